import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fairnessReport } from '../../src/report/fairnessReport.js';
import { escapeHtml, html } from '../../src/report/html.js';
import { reportHtml } from '../../src/report/reportHtml.js';
import { COUNTY_END } from './county.js';
import { fromPool, HOSTILE_KEYS, hostileString, renamedCounty } from './hostile.js';

// Bidirectional formatting characters (ALM, LRM, RLM, LRE..RLO, LRI..PDI) reorder the text around
// them: `ps-\u202Eexe.txt` reads as `ps-txt.exe`. The page shows each as a visible `\uXXXX` instead.

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const CONTROLS = ['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E'];
const ISOLATES = ['\u2066', '\u2067', '\u2068', '\u2069'];
const withBidi = fc
  .array(fc.oneof(fc.constantFrom(...CONTROLS, ...ISOLATES), hostileString), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join(''));

describe('bidirectional controls in the report page', () => {
  it('show as visible escapes wherever a string of the schedule or the title is written', () => {
    const names = [
      'ps-\u202Etxt.exe',
      'a\u2066b\u2069c',
      '\u200Fx\u200E',
      '\u061Cy',
      '\u202A\u202B\u202C\u202D',
    ];
    const pool = Array.from({ length: HOSTILE_KEYS }, (_, k) => `${names[k % names.length]}#${k}`);
    const schedule = renamedCounty(fromPool(pool));
    const page = reportHtml(fairnessReport(schedule, COUNTY_END), { title: 'County \u202Ereport' });
    expect(page).not.toMatch(BIDI);
    expect(page).toContain('<title>County \\u202ereport</title>');
    expect(page).toContain('<td>ps-\\u202etxt.exe#0<br>');
    expect(page).toContain('a\\u2066b\\u2069c#1');
    expect(page).toContain('\\u200fx\\u200e#2');
    expect(page).toContain('\\u061cy#3');
    expect(page).toContain('\\u202a\\u202b\\u202c\\u202d#4');
  });

  it('never reach the page, whatever the strings', () => {
    fc.assert(
      fc.property(fc.uniqueArray(withBidi, { minLength: HOSTILE_KEYS, maxLength: HOSTILE_KEYS }), (pool) => {
        const page = reportHtml(fairnessReport(renamedCounty(fromPool(pool)), COUNTY_END), {
          title: pool[0]!,
        });
        expect(page).not.toMatch(BIDI);
      }),
      { seed: 21, numRuns: 10 },
    );
  });

  it('change nothing else: a string without them is written exactly as escapeHtml writes it', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostileString, fc.string({ unit: 'binary', maxLength: 40 })).filter((s) => !BIDI.test(s)),
        (s) => {
          expect(html`<td title="${s}">${s}</td>`.html).toBe(
            `<td title="${escapeHtml(s)}">${escapeHtml(s)}</td>`,
          );
        },
      ),
      { seed: 22, numRuns: 2000 },
    );
  });
});
