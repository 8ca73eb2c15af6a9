import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/random/createRng.js';

/** A published vector file of test/vectors/draw/. */
const load = (name: string): any =>
  JSON.parse(readFileSync(new URL(`./draw/${name}`, import.meta.url), 'utf8'));

/**
 * `spreadOverDays(count, days, rng)` as docs/calendar.md states it: every day `floor(count / d)` times,
 * and one more on the days `order[0..r-1]` of the first `r` steps of the ascending Fisher–Yates
 * (`downward: true`: the first `r` steps of Durstenfeld's downward form, the extra days at the end).
 */
function specSpread(count: number, days: readonly string[], seed: string, downward = false): string[] {
  const rng = createRng(seed);
  const d = days.length;
  const r = count % d;
  const load = new Array<number>(d).fill(Math.floor(count / d));
  const order = Array.from({ length: d }, (_, i) => i);
  for (let step = 0; step < r; step++) {
    const i = downward ? d - 1 - step : step;
    const j = downward ? Math.floor(rng.next() * (i + 1)) : i + Math.floor(rng.next() * (d - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
    load[order[i]!]! += 1;
  }
  return days.flatMap((day, k) => new Array<string>(load[k]!).fill(day));
}

/** Every period of dates.json and dates-apart.json with visits: its count, days, sub-seed and slots. */
function periods(): { count: number; days: string[]; seed: string; slots: string[] }[] {
  const dates = load('dates.json');
  const apart = load('dates-apart.json');
  return [
    ...dates.periods
      .filter((p: any) => p.subSeed !== null)
      .map((p: any) => ({
        count: p.units.length,
        days: dates.workdays[p.period],
        seed: p.subSeed,
        slots: p.slots,
      })),
    ...apart.cases.flatMap((c: any) =>
      c.periods
        .filter((p: any) => p.subSeed !== null)
        .map((p: any) => ({
          count: c.chosen[p.period].length,
          days: c.workdays[p.period],
          seed: p.subSeed,
          slots: p.slots,
        })),
    ),
  ];
}

describe('the extra days of spreadOverDays against the text of docs/calendar.md', () => {
  it('the ascending Fisher–Yates of the text gives every published slot list', () => {
    const all = periods();
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const p of all) expect(specSpread(p.count, p.days, p.seed), p.seed).toEqual(p.slots);
  });

  it("Durstenfeld's downward form, stopped after r steps, does not", () => {
    const differ = periods().filter(
      (p) => JSON.stringify(specSpread(p.count, p.days, p.seed, true)) !== JSON.stringify(p.slots),
    );
    expect(differ.length).toBeGreaterThan(0);
  });
});
