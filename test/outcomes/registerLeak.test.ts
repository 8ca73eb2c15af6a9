// Nothing from the future: the public register (its data, its page in both languages and its tables)
// names no visit of a period not ended by asOf, no follow-up still to come, and no date after the last
// day of the last ended period but the problems' deadlines. For random plans with campaigns, directed
// visits and findings, random outcomes, a replan that adds their follow-ups, and a random asOf.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registerTables } from '../../src/cli/registerTables.js';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import type { Register } from '../../src/outcomes/RegisterTypes.js';
import { register } from '../../src/outcomes/register.js';
import { registerHtml } from '../../src/report/registerHtml.js';
import { DAY, datesIn, leakYear, plus, type RecordShape, tape } from '../helpers/leakYear.js';
import { arbitraryYearPlan } from '../schedule/yearPlans.js';

/** The problems of the random outcomes: a random category of three, a text. */
const SHAPE: RecordShape = {
  problem: (_v, j, next) => ({ category: `cat-${next(3)}`, text: `problem ${j}` }),
  closedWithin: 50,
  feedbackWithin: 20,
};

/** Checks the no-leak rule on a public register and everything published from it. */
function expectNoLeak(r: Register, s: Schedule): void {
  const shown = new Set(s.visits.filter((v) => v.period < r.periods.ended).map((v) => v.id));
  const hidden = s.visits.filter((v) => !shown.has(v.id));
  const through = r.through;
  // The data: visits of ended periods only; every date but a deadline on or before `through`.
  for (const p of r.problems) {
    expect(shown.has(p.visit)).toBe(true);
    for (const d of [p.date, p.closed, p.followUp?.date])
      if (d !== undefined) expect(d <= through).toBe(true);
    if (p.followUp?.visit !== undefined) expect(shown.has(p.followUp.visit)).toBe(true);
    if (p.followUp?.status === 'scheduled') expect(p.followUp).toEqual({ status: 'scheduled' });
  }
  for (const c of r.complaints) {
    expect(shown.has(c.visit)).toBe(true);
    for (const d of [c.date, c.feedback.complainant, c.feedback.unit])
      if (d !== undefined) expect(d <= through).toBe(true);
  }
  for (const v of r.unrecorded) expect(shown.has(v.visit)).toBe(true);
  // What is published: the page in both languages and the tables.
  const deadlines = new Set(r.problems.flatMap((p) => (p.deadline ? [p.deadline] : [])));
  const tables = (lang: 'en' | 'zh-CN') =>
    Object.values(registerTables(r, lang))
      .flat()
      .map((row) => row.join(','))
      .join('\n');
  for (const text of [registerHtml(r), registerHtml(r, { lang: 'zh-CN' }), tables('en'), tables('zh-CN')]) {
    for (const v of hidden) expect(text.includes(v.id), `${v.id} named`).toBe(false);
    for (const d of datesIn(text)) expect(d <= through || deadlines.has(d), `${d} named`).toBe(true);
  }
}

describe('the public register leaks nothing of what is to come', () => {
  it('for random plans, outcomes, follow-ups and days (fast-check seed 1515)', () => {
    let checked = 0;
    let followUps = 0;
    fc.assert(
      fc.property(
        arbitraryYearPlan(),
        fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
        fc.nat(),
        fc.nat(),
        (input, numbers, at, day) => {
          const year = leakYear(input, tape(numbers), at, SHAPE);
          if (year === undefined) return;
          const { s, outcomes } = year;
          followUps += s.visits.filter((v) => v.late).length;
          const asOf = plus(
            s.periods[0]!.start,
            day % (Date.parse(s.periods.at(-1)!.end) / DAY - Date.parse(s.periods[0]!.start) / DAY + 10),
          );
          const r = register(s, outcomes, { asOf });
          expectNoLeak(r, s);
          checked += 1;
        },
      ),
      { seed: 1515, numRuns: 60 },
    );
    expect(checked).toBeGreaterThan(25);
    expect(followUps).toBeGreaterThan(0);
  });
});
