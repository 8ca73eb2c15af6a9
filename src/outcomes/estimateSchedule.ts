import { FairdrawError } from '../model/FairdrawError.js';
import type { OutcomeRecord } from '../model/outcomesSchema.js';
import { readSchedule, type Schedule } from '../model/scheduleSchema.js';
import { hajekOverPeriods, type PeriodSample } from '../sampling/estimate/hajekOverPeriods.js';
import { normalQuantile } from '../sampling/estimate/normalQuantile.js';
import { wilsonInterval } from '../sampling/estimate/wilsonInterval.js';
import { readPlan } from '../schedule/pipeline.js';
import { text } from '../text/catalogue.js';
import type { Lang } from '../text/lang.js';
import type { EstimateBy, EstimateGroup, Estimates, UncountedVisits, UnitRate } from './EstimateTypes.js';
import { type DrawSample, type Observation, type Observed, observe } from './observations.js';

/** What {@link estimateSchedule} needs besides the schedule and its outcomes. */
export interface EstimateSettings {
  by: EstimateBy;
  level: number;
  asOf: string;
  lang: Lang;
  /** The region of each unit of the schedule (by index), for `by: "region"`. */
  regions?: readonly (string | undefined)[];
  /** The name of each unit (by index), where the schedule gives none. */
  names?: readonly (string | undefined)[];
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A group's figures from its draws: `y` and `inDomain` say what counts, per observation; `collapsed`,
 * the periods pooled with a neighbour for the variance. Shared with `periodEstimates`.
 */
export function groupEstimate(
  key: string,
  draws: readonly DrawSample[],
  inDomain: (o: Observation) => boolean,
  y: (o: Observation) => boolean,
  z: number,
): EstimateGroup & { collapsed: number } {
  const samples: PeriodSample[] = draws.map((d) => ({
    y: d.done.map((o) => (y(o) ? 1 : 0)),
    pi: d.done.map((o) => o.pi),
    domain: d.done.map((o) => (inDomain(o) ? 1 : 0)),
  }));
  const pooled = hajekOverPeriods(samples);
  let withProblems = 0;
  let notDone = 0;
  let unrecorded = 0;
  for (const d of draws) {
    for (const o of d.done) if (inDomain(o) && y(o)) withProblems += 1;
    notDone += d.notDone.filter(inDomain).length;
    unrecorded += d.unrecorded.filter(inDomain).length;
  }
  const estimate = Number.isNaN(pooled.estimate) ? null : pooled.estimate;
  const se = estimate === null || Number.isNaN(pooled.variance) ? null : Math.sqrt(pooled.variance);
  return {
    key,
    visits: pooled.sampled,
    withProblems,
    notDone,
    unrecorded,
    estimate,
    standardError: se,
    ci:
      estimate === null || se === null
        ? null
        : [Math.max(0, estimate - z * se), Math.min(1, estimate + z * se)],
    collapsed: pooled.collapsed,
  };
}

/** The groups of `by` and their figures. */
function groups(
  schedule: Schedule,
  observed: Observed,
  settings: EstimateSettings,
  z: number,
): (EstimateGroup & { collapsed: number })[] {
  const { by } = settings;
  const problems = (o: Observation) => o.problems;
  if (by === 'campaign') {
    return [...observed.campaigns].map(([id, draw]) => groupEstimate(id, [draw], () => true, problems, z));
  }
  const draws = observed.routine;
  if (by === 'all') return [groupEstimate('all', draws, () => true, problems, z)];
  if (by === 'category') {
    const categories = new Set<string>();
    for (const d of draws) for (const o of d.done) for (const c of o.categories) categories.add(c);
    return [...categories].sort(byCodeUnit).map((c) =>
      groupEstimate(
        c,
        draws,
        () => true,
        (o) => o.categories.has(c),
        z,
      ),
    );
  }
  const keyOf =
    by === 'type'
      ? (unit: number) => schedule.units[unit]!.type
      : (unit: number) => settings.regions?.[unit] ?? '';
  const keys = [...new Set(schedule.units.map((_, i) => keyOf(i)))].sort(byCodeUnit);
  return keys.map((key) => groupEstimate(key, draws, (o) => keyOf(o.unit) === key, problems, z));
}

/** Each unit's routine findings with Wilson's interval, beside its type's estimate. */
function unitRates(
  schedule: Schedule,
  observed: Observed,
  level: number,
  z: number,
  names: readonly (string | undefined)[] = [],
): UnitRate[] {
  const typeEstimate = new Map(
    groups(schedule, observed, { by: 'type', level, asOf: '', lang: 'en' }, z).map((g) => [
      g.key,
      g.estimate,
    ]),
  );
  const counts = schedule.units.map(() => ({ visits: 0, withProblems: 0, problems: 0 }));
  for (const d of observed.routine) {
    for (const o of d.done) {
      const c = counts[o.unit]!;
      c.visits += 1;
      if (o.problems) c.withProblems += 1;
      c.problems += o.count;
    }
  }
  return schedule.units.map((u, i) => {
    const c = counts[i]!;
    const ci = wilsonInterval(c.withProblems, c.visits, level);
    const type = typeEstimate.get(u.type) ?? null;
    const name = u.name ?? names[i];
    return {
      id: u.id,
      ...(name !== undefined ? { name } : {}),
      type: u.type,
      ...c,
      rate: c.visits > 0 ? c.withProblems / c.visits : null,
      ci,
      typeEstimate: type,
      above: c.visits > 0 && type !== null && ci[0] > type,
    };
  });
}

/** The visits listed but not counted: the other kinds, and the ended campaigns when `by` is not `campaign`. */
function uncounted(observed: Observed, by: EstimateBy): UncountedVisits[] {
  const rows = new Map(observed.other);
  if (by !== 'campaign') {
    for (const draw of observed.campaigns.values()) {
      const row = rows.get('campaign') ?? {
        kind: 'campaign',
        visits: 0,
        withProblems: 0,
        notDone: 0,
        unrecorded: 0,
      };
      row.visits += draw.done.length;
      row.withProblems += draw.done.filter((o) => o.problems).length;
      row.notDone += draw.notDone.length;
      row.unrecorded += draw.unrecorded.length;
      rows.set('campaign', row);
    }
  }
  return [...rows.values()].sort((a, b) => byCodeUnit(a.kind, b.kind));
}

/** What the estimand and method say in words, whatever the language (see {@link estimateWords}). */
export interface EstimateFacts {
  by: EstimateBy;
  level: number;
  /** The normal quantile of `(1 + level) / 2`: the interval is the estimate ± z standard errors. */
  z: number;
  /** Periods ended by `asOf`. */
  periods: number;
  /** The last day of the last of them (`asOf` when none has ended). */
  lastDay: string;
  /** Whether the routine was drawn under horizon coordination. */
  horizon: boolean;
  /** The most periods of one group pooled with a neighbour for the variance. */
  collapsed: number;
}

/** The estimand and the method of an estimate in words, in `lang`. */
export function estimateWords(facts: EstimateFacts, lang: Lang): { estimand: string; method: string } {
  const words = text(lang).estimate;
  return {
    estimand: words.estimand(facts.by, facts.periods, facts.lastDay),
    method: words.method(facts),
  };
}

/**
 * The estimates of a validated schedule from its outcomes (see `estimate`, which validates and
 * explains): the groups of `settings.by`, every unit's rate, the visits not counted, and the facts
 * behind the words.
 */
export function estimateSchedule(
  schedule: Schedule,
  outcomes: ReadonlyMap<string, OutcomeRecord>,
  settings: EstimateSettings,
): { estimates: Estimates; facts: EstimateFacts } {
  const { by, level, asOf, lang } = settings;
  const z = normalQuantile((1 + level) / 2);
  const observed = observe(schedule, outcomes, asOf);
  const found = groups(schedule, observed, settings, z);
  const routine = schedule.manifest.algorithms.routine ?? '';
  const facts: EstimateFacts = {
    by,
    level,
    z,
    periods: observed.ended,
    lastDay: observed.ended > 0 ? schedule.periods[observed.ended - 1]!.end : asOf,
    horizon: routine.startsWith('horizon-flow'),
    collapsed: found.reduce((m, g) => Math.max(m, g.collapsed), 0),
  };
  const estimates: Estimates = {
    by,
    level,
    asOf,
    periods: observed.ended,
    ...estimateWords(facts, lang),
    groups: found.map(({ collapsed: _, ...g }) => g),
    units: unitRates(schedule, observed, level, z, settings.names),
    uncounted: uncounted(observed, by),
  };
  return { estimates, facts };
}

/**
 * The plan file and the schedule that `estimate` and `proposeRisk` read: both validated, and the
 * schedule checked to be drawn from that plan (its `manifest.inputHash`).
 *
 * @throws FairdrawError (`invalid-input`) naming the field that is wrong, or
 *   `schedule.manifest.inputHash` when the schedule was drawn from another plan.
 */
export function planAndSchedule(
  input: unknown,
  schedule: unknown,
): { plan: ReturnType<typeof readPlan>; schedule: Schedule } {
  const plan = readPlan(input);
  const s = readSchedule(schedule);
  if (plan.inputHash !== s.manifest.inputHash) {
    const { inputHash } = plan;
    throw new FairdrawError('invalid-input', 'schedule.manifest.inputHash', (t) =>
      t.outcomes.otherPlan(inputHash),
    );
  }
  return { plan, schedule: s };
}
