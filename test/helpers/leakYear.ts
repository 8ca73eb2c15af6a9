// What the no-leak property tests (test/outcomes/registerLeak.test.ts, test/report/resultsLeak.property.test.ts)
// share: a tape of random numbers, random outcomes of a year's visits, a replan that adds their follow-ups,
// and the dates a published text names.
import { expect } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import type { OutcomeRecord } from '../../src/model/outcomesSchema.js';
import type { PlanInput } from '../../src/model/planInputSchema.js';
import type { Schedule, Visit } from '../../src/model/scheduleSchema.js';
import { followUpFindings } from '../../src/outcomes/followUpFindings.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';

/** One day in milliseconds. */
export const DAY = 86_400_000;

/** The ISO date `days` after `iso`. */
export const plus = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * DAY).toISOString().slice(0, 10);

/** A source of random whole numbers, read one after the other (round and round). */
export function tape(numbers: readonly number[]) {
  let k = 0;
  return (below: number) => (numbers[k++ % numbers.length] ?? 0) % below;
}

/** How {@link randomRecords} writes a problem and how far on its dates may fall. */
export interface RecordShape {
  /**
   * The category and the other words of the `j`-th problem of visit `v`, read after its deadline and
   * closing day (`next` draws from the same tape).
   */
  problem: (
    v: Visit,
    j: number,
    next: (below: number) => number,
  ) => { category: string; text?: string; responsible?: string };
  /** A closing day falls up to this many days after the visit. */
  closedWithin: number;
  /** A directed visit's feedback days fall up to this many days after the visit. */
  feedbackWithin: number;
}

/** Random outcomes for some of `visits`: results, problems with deadlines, closing and feedback days. */
export function randomRecords(
  visits: readonly Visit[],
  next: (below: number) => number,
  shape: RecordShape,
): OutcomeRecord[] {
  return visits.flatMap((v): OutcomeRecord[] => {
    const pick = next(4);
    if (pick === 0) return [];
    if (pick === 1) return [{ visit: v.id, result: next(2) === 0 ? 'compliant' : 'not-done' }];
    const problems = Array.from({ length: 1 + next(3) }, (_, j) => {
      const deadline = next(5) === 0 ? undefined : plus(v.date, next(40));
      const closed = next(3) === 0 ? plus(v.date, next(shape.closedWithin)) : undefined;
      return {
        ...shape.problem(v, j, next),
        ...(deadline ? { deadline } : {}),
        ...(closed ? { closed } : {}),
      };
    });
    const feedback =
      v.kind === 'directed' && next(2) === 0
        ? {
            feedback: {
              complainant: plus(v.date, next(shape.feedbackWithin)),
              unit: plus(v.date, next(shape.feedbackWithin)),
            },
          }
        : {};
    return [{ visit: v.id, result: 'problems', problems, ...feedback }];
  });
}

/** A year planned, given random outcomes, replanned from a random period with their follow-ups. */
export interface LeakYear {
  /** The schedule after the replan (the first one when there was nothing to follow up). */
  s: Schedule;
  /** The outcomes of the whole year: those before the replan, then those after. */
  outcomes: { schedule: string; records: OutcomeRecord[] };
}

/**
 * Plans `input`, records random outcomes of the visits before the start of period `1 + at % (n - 1)`,
 * replans from there with their follow-ups, and records random outcomes of the visits from there on.
 * `undefined` when the plan or the replan refuses (with a FairdrawError, else the test fails), or the
 * plan has fewer than two periods or no visit.
 */
export function leakYear(
  input: PlanInput,
  next: (below: number) => number,
  at: number,
  shape: RecordShape,
): LeakYear | undefined {
  let s0: Schedule;
  try {
    s0 = plan(input);
  } catch (e) {
    expect(e).toBeInstanceOf(FairdrawError);
    return undefined;
  }
  if (s0.periods.length < 2 || s0.visits.length === 0) return undefined;
  const from = s0.periods[1 + (at % (s0.periods.length - 1))]!.start;
  const early = randomRecords(
    s0.visits.filter((v) => v.date < from),
    next,
    shape,
  );
  const findings = followUpFindings(s0, { schedule: s0.manifest.scheduleHash, records: early }, from);
  let s = s0;
  if (findings.length > 0) {
    try {
      s = replan(input, s0, { from, reason: 'follow-ups', changes: { findings } });
    } catch (e) {
      expect(e).toBeInstanceOf(FairdrawError);
      return undefined;
    }
  }
  const later = randomRecords(
    s.visits.filter((v) => v.date >= from),
    next,
    shape,
  );
  return { s, outcomes: { schedule: s.manifest.scheduleHash, records: [...early, ...later] } };
}

/** Every ISO date a text names, the Chinese forms (2026年3月2日) read back as ISO dates. */
export function datesIn(text: string): string[] {
  const iso = text.match(/(?<![0-9])\d{4}-\d{2}-\d{2}(?![0-9])/g) ?? [];
  const zh = [...text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)].map(
    (m) => `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`,
  );
  return [...iso, ...zh];
}
