// Nothing from the future on a results notice (issue 15, item 4): the reveal of one period with
// outcomes, its notice page in both languages and `fairdraw results` in both languages name no visit
// of another period, no problem of another period's visit, no text or responsible person of any
// problem, and no date after the period's last day but its own problems' deadlines (the public
// register's rule: a deadline has been told to the unit; no follow-up visit, no closing or feedback
// day, nothing derived from a deadline). For random plans with campaigns, directed visits and
// findings, random outcomes of the whole year with dates after the period, a replan that adds their
// follow-ups, and a random period.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { OutcomeRecord } from '../../src/model/outcomesSchema.js';
import type { Schedule, Visit } from '../../src/model/scheduleSchema.js';
import { unitProbabilities } from '../../src/model/unitProbabilities.js';
import { periodNotice } from '../../src/report/periodNotice.js';
import { periodNoticeHtml } from '../../src/report/periodNoticeHtml.js';
import type { PeriodReveal } from '../../src/schedule/PeriodReveal.js';
import { revealPeriod } from '../../src/schedule/revealPeriod.js';
import { datesIn, leakYear, type RecordShape, tape } from '../helpers/leakYear.js';
import { arbitraryYearPlan } from '../schedule/yearPlans.js';

/** What no public page may show of a visit's problems: its text and responsible person, marked by the visit. */
const secret = (v: Visit, j: number) => ({
  text: `SECRET-TEXT-${v.id}-${j}`,
  responsible: `PERSON-${v.id}-${j}`,
});
/** A category that names its visit, so that a category of another period's visit can be found. */
const category = (v: Visit, j: number) => `cat-${v.id}-${j}`;

/** The problems of the random outcomes: a category and secret words that name their visit; dates up to 60 days on. */
const SHAPE: RecordShape = {
  problem: (v, j) => ({ category: category(v, j), ...secret(v, j) }),
  closedWithin: 60,
  feedbackWithin: 30,
};

/** Whether `text` names `id` as a whole (not as part of a longer id). */
const names = (text: string, id: string) =>
  new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(text);

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-results-leak-'));

/** Checks the no-leak rule on the reveal of period `k` and on everything published from it. */
function expectNoLeak(reveal: PeriodReveal, s: Schedule, k: number, all: readonly OutcomeRecord[]): void {
  const end = s.periods[k]!.end;
  const mine = new Set(s.visits.filter((v) => v.period === k).map((v) => v.id));
  const others = s.visits.filter((v) => !mine.has(v.id));
  // The data: the period's records only, cut to result, category and deadline; its own probabilities.
  const o = reveal.outcomes!;
  expect(Object.keys(o)).toEqual(['records', 'probabilities', 'types']);
  for (const r of o.records) {
    expect(mine.has(r.visit)).toBe(true);
    expect(Object.keys(r).every((key) => ['visit', 'result', 'problems'].includes(key))).toBe(true);
    for (const p of r.problems ?? [])
      expect(Object.keys(p).every((key) => key === 'category' || key === 'deadline')).toBe(true);
  }
  const units = new Map(s.units.map((u) => [u.id, u]));
  for (const [id, pi] of Object.entries(o.probabilities)) {
    const v = reveal.visits.find((x) => x.id === id)!;
    const u = units.get(v.unit)!;
    expect(pi).toBe(v.kind === 'routine' ? unitProbabilities(s, u)[k] : u.campaigns![v.campaign!]);
  }
  // What is published: the reveal, the page and the text, in both languages.
  const deadlines = new Set(o.records.flatMap((r) => (r.problems ?? []).flatMap((p) => p.deadline ?? [])));
  const notice = periodNotice(reveal, s.manifest.scheduleHash);
  expect(notice.verification.status).toBe('verified');
  const path = join(dir, `reveal-${k}.json`);
  writeFileSync(path, JSON.stringify(reveal));
  const texts = [
    JSON.stringify(reveal),
    periodNoticeHtml(notice),
    periodNoticeHtml(notice, { lang: 'zh-CN' }),
    run(['results', path, s.manifest.scheduleHash, '--lang', 'en']).stdout!,
    run(['results', path, s.manifest.scheduleHash, '--lang', 'zh-CN']).stdout!,
  ];
  const otherCategories = all
    .filter((r) => !mine.has(r.visit))
    .flatMap((r) => (r.problems ?? []).map((p) => p.category));
  for (const text of texts) {
    expect(text).not.toMatch(/SECRET-TEXT|PERSON-/);
    for (const v of others) expect(names(text, v.id), `${v.id} named`).toBe(false);
    for (const c of otherCategories) expect(text.includes(c), `${c} named`).toBe(false);
    for (const d of datesIn(text)) expect(d <= end || deadlines.has(d), `${d} named`).toBe(true);
  }
}

describe('a results notice leaks nothing of what is to come', () => {
  it('for random plans, outcomes, follow-ups and periods (fast-check seed 1504)', () => {
    let checked = 0;
    let withProblems = 0;
    let lateDates = 0;
    fc.assert(
      fc.property(
        arbitraryYearPlan(),
        fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
        fc.nat(),
        fc.nat(),
        (input, numbers, at, which) => {
          const year = leakYear(input, tape(numbers), at, SHAPE);
          if (year === undefined) return;
          const { s, outcomes } = year;
          // a period with visits, revealed once the whole horizon has ended (the most it could leak)
          const periods = [...new Set(s.visits.map((v) => v.period))];
          const k = periods[which % periods.length]!;
          const reveal: PeriodReveal = JSON.parse(
            JSON.stringify(revealPeriod(input, s, k, { asOf: s.periods.at(-1)!.end, outcomes })),
          );
          expectNoLeak(reveal, s, k, outcomes.records);
          checked += 1;
          if (reveal.outcomes!.records.some((r) => r.result === 'problems')) withProblems += 1;
          const end = s.periods[k]!.end;
          if (
            outcomes.records.some((r) =>
              [r.closed, ...(r.problems ?? []).map((p) => p.closed)].some((d) => d !== undefined && d > end),
            )
          )
            lateDates += 1;
        },
      ),
      { seed: 1504, numRuns: 40 },
    );
    expect(checked).toBeGreaterThan(20);
    expect(withProblems).toBeGreaterThan(10);
    expect(lateDates).toBeGreaterThan(10);
  });
});
