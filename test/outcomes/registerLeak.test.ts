// Nothing from the future: the public register (its data, its page in both languages and its tables)
// names no visit of a period not ended by asOf, no follow-up still to come, and no date after the last
// day of the last ended period but the problems' deadlines. For random plans with campaigns, directed
// visits and findings, random outcomes, a replan that adds their follow-ups, and a random asOf.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registerTables } from '../../src/cli/registerTables.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import type { OutcomeRecord } from '../../src/model/outcomesSchema.js';
import type { Schedule, Visit } from '../../src/model/scheduleSchema.js';
import { followUpFindings } from '../../src/outcomes/followUpFindings.js';
import type { Register } from '../../src/outcomes/RegisterTypes.js';
import { register } from '../../src/outcomes/register.js';
import { registerHtml } from '../../src/report/registerHtml.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { arbitraryYearPlan } from '../schedule/yearPlans.js';

const DAY = 86_400_000;
const plus = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString().slice(0, 10);

/** A source of random whole numbers, read one after the other (round and round). */
function tape(numbers: readonly number[]) {
  let k = 0;
  return (below: number) => (numbers[k++ % numbers.length] ?? 0) % below;
}

/** Random outcomes for some of `visits`: results, problems with deadlines, closing and feedback days. */
function records(visits: readonly Visit[], next: (below: number) => number): OutcomeRecord[] {
  return visits.flatMap((v): OutcomeRecord[] => {
    const pick = next(4);
    if (pick === 0) return [];
    if (pick === 1) return [{ visit: v.id, result: next(2) === 0 ? 'compliant' : 'not-done' }];
    const problems = Array.from({ length: 1 + next(3) }, (_, j) => {
      const deadline = next(5) === 0 ? undefined : plus(v.date, next(40));
      const closed = next(3) === 0 ? plus(v.date, next(50)) : undefined;
      return {
        category: `cat-${next(3)}`,
        text: `problem ${j}`,
        ...(deadline ? { deadline } : {}),
        ...(closed ? { closed } : {}),
      };
    });
    const feedback =
      v.kind === 'directed' && next(2) === 0
        ? { feedback: { complainant: plus(v.date, next(20)), unit: plus(v.date, next(20)) } }
        : {};
    return [{ visit: v.id, result: 'problems', problems, ...feedback }];
  });
}

/** Every ISO date a text names, the Chinese forms (2026年3月2日) read back as ISO dates. */
function datesIn(text: string): string[] {
  const iso = text.match(/(?<![0-9])\d{4}-\d{2}-\d{2}(?![0-9])/g) ?? [];
  const zh = [...text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)].map(
    (m) => `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`,
  );
  return [...iso, ...zh];
}

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
          const next = tape(numbers);
          let s0: Schedule;
          try {
            s0 = plan(input);
          } catch (e) {
            expect(e).toBeInstanceOf(FairdrawError);
            return;
          }
          if (s0.periods.length < 2 || s0.visits.length === 0) return;
          const from = s0.periods[1 + (at % (s0.periods.length - 1))]!.start;
          const early = records(
            s0.visits.filter((v) => v.date < from),
            next,
          );
          const first = { schedule: s0.manifest.scheduleHash, records: early };
          const findings = followUpFindings(s0, first, from);
          let s = s0;
          if (findings.length > 0) {
            try {
              s = replan(input, s0, { from, reason: 'follow-ups', changes: { findings } });
            } catch (e) {
              expect(e).toBeInstanceOf(FairdrawError);
              return;
            }
          }
          followUps += s.visits.filter((v) => v.late).length;
          const later = records(
            s.visits.filter((v) => v.date >= from),
            next,
          );
          const outcomes = { schedule: s.manifest.scheduleHash, records: [...early, ...later] };
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
