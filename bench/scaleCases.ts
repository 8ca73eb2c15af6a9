/**
 * The cases of the `scale` group (issue 16) and their limit: the plan files, built deterministically
 * from fixed seeds, and the bare minimum that any planner of such a file must do, timed in the same
 * run (see {@link scaleLimit}). Shared by the group (bench/scale.ts) and its child processes
 * (bench/scaleChild.ts).
 */
import { createHash } from 'node:crypto';
import { buildCalendar } from '../src/calendar/buildCalendar.js';
import type { PlanInput } from '../src/model/planInputSchema.js';
import { createRng } from '../src/random/createRng.js';
import { uniformInt } from '../src/random/uniformInt.js';
import { drawSample } from '../src/sampling/drawSample.js';
import { inclusionProbabilities } from '../src/sampling/inclusionProbabilities.js';

/** The names of the cases. */
export const CASE_NAMES = ['A', 'B'] as const;
/** A case's name. */
export type CaseName = (typeof CASE_NAMES)[number];

/** One case of issue 16: a frame of units, a horizon, a budget and (for B) inspectors. */
export interface ScaleCase {
  name: CaseName;
  units: number;
  /** First and last day of the horizon and how it is cut. */
  start: string;
  end: string;
  period: 'week' | 'quarter';
  /** `routine.visitsPerPeriod`. */
  visitsPerPeriod: number;
  /** Inspectors, each with `maxPerPeriod` 5 and a home unit; 0 for none. */
  inspectors: number;
  /** The target for `plan()`, as a multiple of the limit. */
  target: number;
  /** One line for the tables. */
  label: string;
}

/** Police types: 20 of them, as in the issue. */
const TYPES = Array.from({ length: 20 }, (_, k) => `type-${String(k + 1).padStart(2, '0')}`);

/** The cases at the sizes, or at a tenth of them (`quick`). */
export function scaleCases(quick: boolean): Record<CaseName, ScaleCase> {
  const f = quick ? 10 : 1;
  const a = { units: 1_000_000 / f, visits: 10_000 / f };
  const b = { units: 100_000 / f, visits: 1_000 / f, inspectors: 1_000 / f };
  return {
    A: {
      name: 'A',
      units: a.units,
      start: '2026-01-01',
      end: '2026-03-31',
      period: 'quarter',
      visitsPerPeriod: a.visits,
      inspectors: 0,
      target: 5,
      label: `A: ${fmt(a.units)} units, one quarter, ${fmt(a.visits)} visits, no inspectors`,
    },
    B: {
      name: 'B',
      units: b.units,
      start: '2026-01-05',
      end: '2027-01-03',
      period: 'week',
      visitsPerPeriod: b.visits,
      inspectors: b.inspectors,
      target: 8,
      label: `B: ${fmt(b.units)} units, 52 weeks, ${fmt(b.visits)} visits a week, ${fmt(b.inspectors)} inspectors`,
    },
  };
}

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * The plan file of a case: units `u-0`, `u-1`... of 20 police types with risk weights 1, 2, 3 or 4
 * (uniform, from a fixed seed), the horizon in Asia/Shanghai with the default working days (Monday to
 * Friday, no holiday), `routine.visitsPerPeriod` and nothing else, so that every other setting is
 * the plan file's default (fairness "risk", design "maxent", balance "type", coordination "horizon",
 * teams of 2 with `homeUnit` recusal). Inspector `i` has home unit `u-floor(i N / I)` and
 * `maxPerPeriod` 5. The same case always gives the same file.
 */
export function scaleInput(c: ScaleCase): PlanInput {
  const g = createRng(`fairdraw-bench-scale-${c.name}`);
  const units = new Array<{ id: string; type: string; risk: number }>(c.units);
  for (let i = 0; i < c.units; i++)
    units[i] = { id: `u-${i}`, type: TYPES[uniformInt(g, TYPES.length)]!, risk: 1 + uniformInt(g, 4) };
  return {
    seed: `fairdraw-bench-scale-${c.name}-seed`,
    horizon: { start: c.start, end: c.end, zone: 'Asia/Shanghai', period: c.period },
    units,
    inspectors: Array.from({ length: c.inspectors }, (_, i) => ({
      id: `insp-${i}`,
      homeUnit: `u-${Math.floor((i * c.units) / c.inspectors)}`,
      maxPerPeriod: 5,
    })),
    routine: { visitsPerPeriod: c.visitsPerPeriod },
  };
}

/** The number of periods of a case's horizon (from the calendar, outside any timing). */
export function periodCount(c: ScaleCase): number {
  return buildCalendar({
    start: c.start,
    end: c.end,
    zone: 'Asia/Shanghai',
    period: c.period,
    workdays: [1, 2, 3, 4, 5],
    holidays: [],
    extraWorkdays: [],
  }).periods.length;
}

/**
 * The limit of issue 16, the same for both cases: `JSON.stringify` of the input, its SHA-256 with
 * `node:crypto`, `JSON.parse` of the text, `inclusionProbabilities` of the parsed risk weights for the
 * budget of a period, and one systematic `drawSample` (no strata) per period. Returns a number so the
 * work cannot be optimised away.
 */
export function scaleLimit(input: PlanInput, periods: number, visitsPerPeriod: number): number {
  const text = JSON.stringify(input);
  const digest = createHash('sha256').update(text).digest();
  const parsed = JSON.parse(text) as { units: { risk: number }[] };
  const pi = inclusionProbabilities(
    parsed.units.map((u) => u.risk),
    visitsPerPeriod,
  );
  let drawn = 0;
  for (let t = 0; t < periods; t++)
    drawn += drawSample(pi, { seed: `bench-scale-limit-${t}`, design: 'systematic' }).length;
  return text.length + digest[0]! + drawn;
}
