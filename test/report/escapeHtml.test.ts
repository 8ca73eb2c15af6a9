import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fairnessReport } from '../../src/report/fairnessReport.js';
import { escapeHtml, pageText } from '../../src/report/html.js';
import { reportHtml } from '../../src/report/reportHtml.js';
import { COUNTY_END } from './county.js';
import { fromPool, HOSTILE, HOSTILE_KEYS, hostileString, plainLike, renamedCounty } from './hostile.js';

const decode = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!,
  );

const anyText = fc.oneof(
  hostileString,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 40 }),
);

describe('escapeHtml', () => {
  it('leaves no markup character and only the five character references', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = escapeHtml(s);
        expect(out).not.toMatch(/[<>"']/);
        expect(out.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
      }),
      { seed: 1, numRuns: 2000 },
    );
  });

  it('loses nothing: decoding gives the original string back', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(decode(escapeHtml(s))).toBe(s);
      }),
      { seed: 2, numRuns: 2000 },
    );
  });

  it('changes nothing in a string without & < > " \'', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !/[&<>"']/.test(s)),
        (s) => {
          expect(escapeHtml(s)).toBe(s);
        },
      ),
      { seed: 3, numRuns: 500 },
    );
  });

  it('escapes the classic payloads', () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
    );
    expect(escapeHtml("' onmouseover='a")).toBe('&#39; onmouseover=&#39;a');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
    expect(escapeHtml('派出所 😀 a\u0301')).toBe('派出所 😀 a\u0301');
  });
});

/**
 * The tags of a page with their attribute names, in order, ignoring every text and attribute value;
 * throws when a `<...>` chunk is not a well-formed tag with double-quoted values, or text holds `>`.
 */
function structure(html: string): string[] {
  const out: string[] = [];
  const body = html.replace(/^<!doctype html>/, '');
  let last = 0;
  for (const m of body.matchAll(/<[^<>]*>/g)) {
    const text = body.slice(last, m.index);
    if (/[<>]/.test(text)) throw new Error(`markup character in text: ${text.slice(0, 80)}`);
    last = m.index + m[0].length;
    const tag = /^<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*(\/?)>$/.exec(m[0]);
    if (!tag) throw new Error(`not a well-formed tag: ${m[0].slice(0, 120)}`);
    const attrs = [...tag[3]!.matchAll(/\s+([\w:-]+)(?:="[^"]*")?/g)].map((a) => a[1]);
    out.push(`${tag[1]}${tag[2]}${attrs.length ? ` ${attrs.join(' ')}` : ''}${tag[4]}`);
  }
  if (/[<>]/.test(body.slice(last))) throw new Error('markup character after the last tag');
  return out;
}

describe('the report page escapes every string of the schedule', () => {
  const keys = HOSTILE_KEYS;
  /** The structure of the page made with plain strings sorted like `pool` (rows sort by name). */
  const reference = (pool: readonly string[]) =>
    structure(reportHtml(fairnessReport(renamedCounty(fromPool(plainLike(pool))), COUNTY_END)));
  const plainStructure = reference(Array.from({ length: keys }, (_, k) => `s${k}`));

  it('has a well-formed structure with plain names (the reference)', () => {
    expect(plainStructure.filter((t) => t.startsWith('svg')).length).toBeGreaterThan(40);
    expect(plainStructure.some((t) => /^(script|img|iframe|object|embed|link)\b/.test(t))).toBe(false);
    // types, units, campaigns, directed visits, findings, inspectors, kinds, periods
    expect(plainStructure.filter((t) => t === 'table id data-testid').length).toBe(8);
  });

  it('keeps exactly the same tags and attributes whatever the unit, type, inspector and manifest strings', () => {
    fc.assert(
      fc.property(fc.uniqueArray(hostileString, { minLength: keys, maxLength: keys }), (pool) => {
        const schedule = renamedCounty(fromPool(pool));
        const html = reportHtml(fairnessReport(schedule, COUNTY_END));
        expect(structure(html)).toEqual(reference(pool));
        for (const u of schedule.units) expect(html).toContain(`<td>${pageText(u.id)}<br>`);
        expect(html).toContain(`<dd>${pageText(schedule.manifest.scheduleHash)}</dd>`);
        for (const d of schedule.directed!) expect(html).toContain(`<td>${pageText(d.reason)}</td>`);
        expect(html).toContain(`<td>${pageText(schedule.campaigns![0]!.id)}</td>`);
      }),
      { seed: 4, numRuns: 15 },
    );
  });

  it('shows each classic payload as text, never as markup', () => {
    const pool = Array.from({ length: keys }, (_, k) => `${HOSTILE[k % HOSTILE.length]}#${k}`);
    const schedule = renamedCounty(fromPool(pool));
    const html = reportHtml(fairnessReport(schedule, COUNTY_END), {
      title: '</title><script>alert(1)</script>',
    });
    expect(structure(html)).toEqual(reference(pool));
    expect(html).not.toMatch(/<script|<img|<svg onload/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
