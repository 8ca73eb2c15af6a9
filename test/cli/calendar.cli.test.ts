// `fairdraw plan` and `fairdraw hash` on plans that name an official calendar or list days outside their
// horizon: the summary says what was written out and how many listed days were ignored, and the hash
// is the one `plan` publishes.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { smallPlan, writeIn } from './smallPlan.js';

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-calendar-cli-'));
const version = JSON.parse(readFileSync('node_modules/chinese-days/package.json', 'utf8')).version;

/** The small plan over Spring Festival 2026 (Feb 2 .. Mar 1), its days listed by hand. */
function listed(): any {
  const p: any = smallPlan('calendar-cli');
  p.horizon.start = '2026-02-02';
  p.horizon.end = '2026-03-01';
  p.horizon.holidays = [15, 16, 17, 18, 19, 20, 21, 22, 23].map((d) => `2026-02-${d}`);
  p.horizon.extraWorkdays = ['2026-02-14', '2026-02-28'];
  return p;
}

describe('fairdraw plan and hash with official calendars', () => {
  const lists = writeIn(dir, 'lists.json', listed());
  const cnPlan = listed();
  cnPlan.horizon = { ...cnPlan.horizon, holidays: [], extraWorkdays: [], calendar: 'CN' };
  const cn = writeIn(dir, 'cn.json', cnPlan);

  it('prints the same input hash for the calendar and for the days written out', () => {
    const a = run(['hash', lists]);
    const b = run(['hash', cn]);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const planned = run(['plan', cn]);
    expect(planned.stdout).toContain(`input hash ${a.stdout?.trim()}`);
  });

  it('says which calendar wrote out how many days', () => {
    const result = run(['plan', cn]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `calendar CN (chinese-days@${version}): 9 holidays and 2 adjusted working days in the horizon, written out before the input hash`,
    );
    expect(run(['plan', lists]).stdout).not.toContain('calendar CN');
  });

  it('says how many listed days outside the horizon were ignored, and only when there are some', () => {
    const pasted = listed();
    pasted.horizon.holidays = [
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      ...pasted.horizon.holidays,
      '2026-04-04',
    ];
    pasted.horizon.extraWorkdays = ['2026-01-04', ...pasted.horizon.extraWorkdays];
    const path = writeIn(dir, 'pasted.json', pasted);
    const result = run(['plan', path]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'ignored: 4 holidays and 1 extra working days listed outside the horizon (not hashed, no effect)',
    );
    expect(run(['hash', path]).stdout).toBe(run(['hash', lists]).stdout);
    expect(run(['plan', lists]).stdout).not.toContain('ignored:');
  });

  it('exits 2 naming horizon.calendar for a year the package does not know', () => {
    const later = smallPlan('calendar-cli');
    const path = writeIn(dir, 'later.json', {
      ...later,
      horizon: { ...later.horizon, start: '2040-01-02', end: '2040-02-26', calendar: 'CN' },
    });
    const result = run(['plan', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('horizon.calendar: calendar "CN"');
    expect(result.stderr).toContain('has no data for 2040');
    expect(result.stderr).toContain('by hand in horizon.holidays and horizon.extraWorkdays');
  });
});
