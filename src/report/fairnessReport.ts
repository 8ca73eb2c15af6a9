import { DateTime } from 'luxon';
import { MAX_HORIZON_YEARS } from '../calendar/checkHorizon.js';
import { readAsOf } from '../model/asOfOption.js';
import { FairdrawError } from '../model/FairdrawError.js';
import { type LogEntry, readSchedule } from '../model/scheduleSchema.js';
import { unitProbabilities } from '../model/unitProbabilities.js';
import { scheduleEstimates } from '../outcomes/scheduleEstimates.js';
import { type OnProgress, stepper } from '../schedule/progress.js';
import type {
  FairnessReport,
  ReportDay,
  ReportInspector,
  ReportPeriod,
  ReportType,
  ReportUnit,
} from './FairnessReportTypes.js';
import { reportCoverage, visibility } from './reportCoverage.js';
import { tallyVisits } from './tallyVisits.js';

/** Options of {@link fairnessReport}. */
export interface FairnessReportOptions {
  /**
   * The report's date, ISO `yyyy-mm-dd` (required): the report shows only the periods that ended on
   * or before it (a period has ended when its last day is on or before `asOf`). The horizon's last
   * day, or any later day, gives the full report.
   */
  asOf: string;
  /** An outcomes file of the schedule: the report then shows the estimates (`estimates`). */
  outcomes?: unknown;
  /**
   * Told as each step ends, for a progress bar (see `Progress`): `check-schedule` (the schedule read
   * and checked), `tally` (its visits counted per unit, type, inspector and day), then `estimates`
   * when `outcomes` is given.
   */
  onProgress?: OnProgress;
}

/** A realised count keeps the promise when it is the floor or the ceiling of its expectation. */
const TOLERANCE = 1e-9;
const withinPromise = (realised: number, expected: number) => Math.abs(realised - expected) < 1 - TOLERANCE;

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortedRecord = (map: ReadonlyMap<string, number>): Record<string, number> =>
  Object.fromEntries([...map].sort(([a], [b]) => byCodeUnit(a, b)));
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

function probabilityRange(values: Iterable<number>): { min: number; max: number; active: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  let active = 0;
  for (const p of values) {
    if (p <= 0) continue;
    active += 1;
    if (p < min) min = p;
    if (p > max) max = p;
  }
  return { min: active > 0 ? min : 0, max, active };
}

/**
 * The public fairness report of a schedule: per unit and per police type, the promised routine
 * inclusion probability of each period, the expected visits (their sum), the realised routine visits
 * and the deviation; per inspector, the workload and the mix of police types; per day, the visits
 * (for a calendar heat map). Routine visits, the ones the promise is about, are counted apart from
 * every other kind (campaign, directed, follow-up, or kinds added later).
 *
 * Everything is recomputed from `schedule.units[].probabilities` and `schedule.visits`; the summaries
 * stored in the schedule (`types`, `inspectors`, `units[].visits`) are not trusted, so a report of a
 * consistent schedule reproduces them and one of an edited schedule shows what it really lists. The
 * promise checked is the one of the horizon rounding (Cox, JASA 1987; Gandhi, Khuller,
 * Parthasarathy & Srinivasan, JACM 2006): each count is the floor or the ceiling of its expectation.
 * After a `replan` (a `replan` entry in the log) the unit counts are checked over the redrawn periods
 * only, the promise the replanned schedule restates (docs/replan.md); the per-period type counts are
 * checked in every period. Campaigns, directed visits, findings with their follow-ups, gap conflicts
 * (`limits.minGapDays`) and replan notes are passed through for the page.
 *
 * Nothing from the future: the report covers only the periods that ended on or before
 * `options.asOf` (`coverage`). Before the horizon's last day it is an interim report of the ended
 * periods, and shows no visit, count, load, day, campaign, directed visit, finding, conflict, note or
 * change of a later period; from the horizon's last day on it is the full report.
 *
 * Pure: no clock, no randomness, no I/O. The schedule is validated with `scheduleSchema` (`readSchedule`).
 *
 * @param schedule - a schedule as written by `plan` (or read from its JSON file; it is validated).
 * @param options - `asOf`, the report's date (required); `outcomes`; `onProgress`, told as each step ends.
 * @returns the report model, ready for the text summary, the CSV files and the HTML page.
 * @throws FairdrawError (`invalid-input`) naming the field when `options.asOf` is missing or not a
 *   date, or when the schedule is malformed or inconsistent: a missing field, a probability outside
 *   [0, 1], a visit to an unknown unit, a routine visit in a period that does not exist.
 */
export function fairnessReport(schedule: unknown, options: FairnessReportOptions): FairnessReport {
  const asOf = readAsOf(options, (t) => t.plan.asOfWhyReport);
  const done = stepper(options.outcomes !== undefined ? 3 : 2, options.onProgress);
  const s = readSchedule(schedule);
  const allPeriods = s.periods.length;

  const unitIndex = new Map<string, number>();
  s.units.forEach((u, i) => {
    if (unitIndex.has(u.id))
      throw new FairdrawError('invalid-input', `schedule.units[${i}].id`, (t) =>
        t.report.duplicateUnit(u.id),
      );
    unitIndex.set(u.id, i);
    const probabilities = unitProbabilities(s, u);
    if (probabilities.length !== allPeriods)
      throw new FairdrawError('invalid-input', `schedule.units[${i}].probabilities`, (t) =>
        t.report.probabilitiesCount(probabilities.length, allPeriods),
      );
  });
  s.periods.forEach((p, k) => {
    if (p.index !== k)
      throw new FairdrawError('invalid-input', `schedule.periods[${k}].index`, (t) =>
        t.report.periodIndex(k, p.index),
      );
  });

  done('check-schedule');

  const typeNames = [...new Set(s.units.map((u) => u.type))].sort(byCodeUnit);
  const typeIndex = new Map(typeNames.map((t, j) => [t, j]));
  const unitType = s.units.map((u) => typeIndex.get(u.type)!);

  // Nothing from the future: the periods ended by `asOf`, and what they show (reportCoverage.ts).
  const coverage = reportCoverage(s.periods, asOf);
  const shown = visibility(coverage);
  const nPeriods = coverage.ended;
  const shownPeriods = s.periods.slice(0, nPeriods);
  const log = s.log.filter(shown.logEntry);
  const campaignRows = (s.campaigns ?? []).filter((c) => shown.rowDate(c.from) && shown.rowDate(c.to));
  const campaignIds = new Set(campaignRows.map((c) => c.id));

  const fromPeriod = promiseStart(log, shownPeriods);
  const tally = tallyVisits(
    s.visits,
    {
      unitIndex,
      unitType,
      typeNames,
      nPeriods: allPeriods,
      fromPeriod,
      inspectors: s.inspectors.map((x) => x.id),
    },
    shown.visit,
  );
  const { unitKinds } = tally;
  const typeRealised = tally.typeRealised.map((row) => row.slice(0, nPeriods));
  const shownIds = new Set(s.visits.filter(shown.visit).map((v) => v.id));
  const shownVisit = (id: string | undefined) => id === undefined || shownIds.has(id);

  // What depends on a unit's probabilities alone, once per distinct vector: units that share a profile
  // (schedule format 3) share it, so a national report holds a few hundred vectors, not one per unit.
  const byVector = new Map<readonly number[], ReturnType<typeof vectorFigures>>();
  const vectorFigures = (vector: readonly number[]) => {
    const probabilities = vector.slice(0, nPeriods);
    const expected = sum(probabilities);
    const promiseExpected = fromPeriod === 0 ? expected : sum(probabilities.slice(fromPeriod));
    return { probabilities, expected, promiseExpected, range: probabilityRange(probabilities) };
  };
  const units: ReportUnit[] = s.units.map((u, i) => {
    const vector = unitProbabilities(s, u);
    const figures = byVector.get(vector) ?? vectorFigures(vector);
    byVector.set(vector, figures);
    const { expected, promiseExpected, range } = figures;
    const realised = unitKinds[i]!.get('routine') ?? 0;
    const promiseRealised = fromPeriod === 0 ? realised : tally.unitRoutineFrom[i]!;
    let visits = 0;
    for (const n of unitKinds[i]!.values()) visits += n;
    return {
      id: u.id,
      ...(u.name !== undefined ? { name: u.name } : {}),
      type: u.type,
      probabilities: figures.probabilities,
      minProbability: range.min,
      maxProbability: range.max,
      activePeriods: range.active,
      expected,
      realised,
      deviation: realised - expected,
      promiseExpected,
      promiseRealised,
      withinPromise: withinPromise(promiseRealised, promiseExpected),
      campaigns: Object.fromEntries(
        Object.entries(u.campaigns ?? {}).filter(([id]) => !coverage.interim || campaignIds.has(id)),
      ),
      capped: u.capped === true,
      other: visits - realised,
      byKind: sortedRecord(unitKinds[i]!),
    };
  });

  let typePeriodsWithinPromise = 0;
  const types: ReportType[] = typeNames.map((type, j) => {
    const members = units.filter((_, i) => unitType[i] === j);
    const expectedPerPeriod = Array.from({ length: nPeriods }, (_, t) =>
      sum(members.map((u) => u.probabilities[t]!)),
    );
    const realisedPerPeriod = typeRealised[j]!;
    const inside = expectedPerPeriod.filter((e, t) => withinPromise(realisedPerPeriod[t]!, e)).length;
    typePeriodsWithinPromise += inside;
    const range = probabilityRange(members.flatMap((u) => u.probabilities));
    const expected = sum(expectedPerPeriod);
    const realised = sum(realisedPerPeriod);
    return {
      type,
      units: members.length,
      expectedPerPeriod,
      realisedPerPeriod,
      expected,
      realised,
      deviation: realised - expected,
      periodsOutsidePromise: nPeriods - inside,
      minProbability: range.min,
      maxProbability: range.max,
      other: tally.typeOther[j]!,
    };
  });

  const inspectorNames = new Map(s.inspectors.flatMap((x) => (x.name ? [[x.id, x.name] as const] : [])));
  const inspectors: ReportInspector[] = tally.loads.map((load) => ({
    id: load.id,
    ...(inspectorNames.has(load.id) ? { name: inspectorNames.get(load.id)! } : {}),
    visits: load.routine + load.other,
    routine: load.routine,
    other: load.other,
    byType: sortedRecord(load.byType),
  }));

  const periods: ReportPeriod[] = shownPeriods.map((p, t) => ({
    index: p.index,
    start: p.start,
    end: p.end,
    budget: p.visits,
    routine: tally.periodRoutine[t]!,
    other: tally.periodOther[t]!,
  }));

  coveredDays(
    s.periods,
    s.visits.map((v) => v.date),
  ); // checks the whole schedule's span, whatever `asOf` shows of it
  const horizon = coveredDays(shownPeriods, [...tally.days.keys()]);
  const days: ReportDay[] = [];
  if (horizon.start !== '') {
    const last = DateTime.fromISO(horizon.end, { zone: 'utc' });
    for (let d = DateTime.fromISO(horizon.start, { zone: 'utc' }); d <= last; d = d.plus({ days: 1 })) {
      const date = d.toISODate()!;
      const count = tally.days.get(date);
      days.push({ date, weekday: d.weekday, routine: count?.routine ?? 0, other: count?.other ?? 0 });
    }
  }

  done('tally');
  const estimates =
    options.outcomes !== undefined ? { estimates: scheduleEstimates(s, options.outcomes, asOf) } : {};
  if (options.outcomes !== undefined) done('estimates');

  const routineAlgorithm =
    s.manifest.algorithms?.routine ??
    s.manifest.algorithm
      .split(';')
      .find((part) => part.startsWith('routine='))
      ?.slice('routine='.length) ??
    '';
  const routineTotal = tally.kinds.get('routine') ?? 0;
  const visitTotal = sum([...tally.kinds.values()]);
  const { routine: _, ...otherKinds } = sortedRecord(tally.kinds);
  return {
    coverage,
    manifest: {
      library: s.manifest.library,
      algorithm: s.manifest.algorithm,
      rng: s.manifest.rng,
      inputHash: s.manifest.inputHash,
      seedCommitment: s.manifest.seedCommitment,
      scheduleHash: s.manifest.scheduleHash,
    },
    promises: {
      routine: routineAlgorithm,
      unitCounts: routineAlgorithm.startsWith('horizon-flow'),
      typeCounts: /\+type@/.test(routineAlgorithm),
      fromPeriod,
    },
    horizon,
    periods,
    kinds: { routine: routineTotal, ...otherKinds },
    totals: {
      visits: visitTotal,
      routine: routineTotal,
      other: visitTotal - routineTotal,
      units: units.length,
      types: types.length,
      inspectors: inspectors.length,
      unitsWithinPromise: units.filter((u) => u.withinPromise).length,
      typePeriodsWithinPromise,
      typePeriods: types.length * nPeriods,
      changes: log.length,
    },
    units,
    types,
    inspectors,
    days,
    campaigns: campaignRows.map((c) => ({
      id: c.id,
      from: c.from,
      to: c.to,
      planned: c.visits,
      visits: tally.campaignVisits.get(c.id) ?? 0,
      scopeUnits: c.scopeUnits,
      fairness: c.fairness,
      design: c.design,
    })),
    directed: (s.directed ?? [])
      .filter((d) => shown.rowDate(d.date) && shownVisit(d.visit))
      .map((d) => ({
        unit: d.unit,
        date: d.date,
        reason: d.reason,
        visit: d.visit ?? '',
        note: d.note ?? '',
      })),
    findings: (s.findings ?? [])
      .filter((f) => [f.date, f.deadline, f.followUp].every(shown.rowDate) && shownVisit(f.visit))
      .map((f) => ({
        unit: f.unit,
        date: f.date,
        deadline: f.deadline,
        followUp: f.followUp,
        scheduled: f.scheduled,
        visit: f.visit ?? '',
        note: f.note ?? '',
      })),
    conflicts: (s.conflicts ?? [])
      .filter((c) => c.dates.every(shown.visitDate))
      .map((c) => ({
        rule: c.rule,
        unit: c.unit,
        dates: [c.dates[0], c.dates[1]],
        days: c.days,
      })),
    notes: (s.notes ?? [])
      .filter((n) => shown.visitDate(n.from))
      .map((n) => ({
        kind: n.kind,
        from: n.from,
        unit: n.unit ?? '',
        message: n.message,
      })),
    ...estimates,
  };
}

/**
 * The first period of the unit-count promise: the period starting on the `from` date of the latest
 * `replan` entry of the log (docs/replan.md: a replan redraws whole periods from `from` on and restates
 * the floor/ceiling for them only), or 0 when the schedule was never replanned.
 */
function promiseStart(log: readonly LogEntry[], periods: readonly { start: string; end: string }[]): number {
  for (let k = log.length - 1; k >= 0; k -= 1) {
    const entry = log[k]!;
    if (entry.kind !== 'replan') continue;
    const from = entry.from;
    const t = periods.findIndex((p) => p.end >= from);
    return t < 0 ? periods.length : t;
  }
  return 0;
}

/** The days from the first period's start to the last period's end, widened to every visit date. */
function coveredDays(
  periods: readonly { start: string; end: string }[],
  dates: readonly string[],
): { start: string; end: string } {
  const all = [...periods.flatMap((p) => [p.start, p.end]), ...dates].sort(byCodeUnit);
  if (all.length === 0) return { start: '', end: '' };
  const start = all[0]!;
  const end = all.at(-1)!;
  const years = DateTime.fromISO(end, { zone: 'utc' }).diff(
    DateTime.fromISO(start, { zone: 'utc' }),
    'years',
  ).years;
  if (years > MAX_HORIZON_YEARS + 1)
    throw new FairdrawError('invalid-input', 'schedule.visits', (t) =>
      t.report.spanTooLong(start, end, MAX_HORIZON_YEARS + 1),
    );
  return { start, end };
}
