import type { OutcomeRecord } from '../model/outcomesSchema.js';
import type { Visit } from '../model/scheduleSchema.js';
import { normalQuantile } from '../sampling/estimate/normalQuantile.js';
import type { EstimateGroup, UncountedVisits } from './EstimateTypes.js';
import { groupEstimate } from './estimateSchedule.js';
import { type Observation, weigh } from './observations.js';

/** One visit of a period, as its reveal gives it with outcomes. */
export interface PeriodVisit {
  /** The visit's id. */
  id: string;
  kind: Visit['kind'];
  /** The visited unit's police type. */
  type: string;
  /** The inclusion probability of a routine or campaign visit, in (0, 1]. */
  pi?: number;
}

/** The estimates of one period's routine draw (`periodEstimates`). */
export interface PeriodEstimates {
  /** The confidence level of the intervals. */
  level: number;
  /** The normal quantile of `(1 + level) / 2`: the interval is the estimate ± z standard errors. */
  z: number;
  /** The overall estimate: every routine visit of the period. */
  all: EstimateGroup;
  /** One estimate per police type with a routine visit in the period, by type (code-unit order). */
  types: EstimateGroup[];
  /** 1 when the draw had a single visit done with a probability below 1 (its variance cannot be measured), else 0. */
  collapsed: number;
  /** The visits of the other kinds (campaign, directed, follow-up): listed, never counted. */
  uncounted: UncountedVisits[];
}

/** Code-unit order, as the estimates sort their keys. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The estimates of one period from its routine visits, as `estimate` makes them for a schedule
 * (docs/estimation.md), but from what a period's reveal carries: each visit's kind, its unit's police
 * type and, for a drawn visit, its inclusion probability; and each visit's outcome. The routine visits
 * are the period's draw: a visit recorded `not-done`, or not recorded, is left out and the done ones
 * are weighted up by the share done; the overall share of units with a problem and the share of each
 * police type are Hájek's estimates with Deville's variance (`hajekOverPeriods` over the one period),
 * so that they equal `estimate(input, schedule, outcomes, { asOf })` for a schedule whose outcomes
 * record this period only. Campaign visits (a campaign's draw may span periods), directed and
 * follow-up visits are not counted: they are listed in `uncounted`.
 *
 * Pure: numbers in, numbers out; no clock.
 *
 * @param visits - the period's visits; each routine visit must have `pi` in (0, 1].
 * @param outcome - the outcome of a visit, by id, or `undefined` when it has none.
 * @param level - the confidence level (default 0.95).
 * @returns the overall and per-type estimates, and the visits not counted.
 */
export function periodEstimates(
  visits: readonly PeriodVisit[],
  outcome: (id: string) => Pick<OutcomeRecord, 'result'> | undefined,
  level = 0.95,
): PeriodEstimates {
  const z = normalQuantile((1 + level) / 2);
  const routine = visits.filter((v) => v.kind === 'routine');
  const types = [...new Set(routine.map((v) => v.type))].sort(byCodeUnit);
  const typeIndex = new Map(types.map((t, i) => [t, i]));
  const observed: Omit<Observation, 'pi'>[] = routine.map((v) => {
    const problems = outcome(v.id)?.result === 'problems';
    return { visit: v.id, unit: typeIndex.get(v.type)!, problems, categories: new Set(), count: 0 };
  });
  const record = (id: string) => {
    const r = outcome(id);
    return r === undefined ? undefined : { visit: id, result: r.result };
  };
  const draw = weigh(
    observed,
    routine.map((v) => v.pi!),
    record,
  );
  const problems = (o: Observation) => o.problems;
  const all = groupEstimate('all', [draw], () => true, problems, z);
  const byType = types.map((t, i) => groupEstimate(t, [draw], (o) => o.unit === i, problems, z));
  const uncounted = new Map<Visit['kind'], UncountedVisits>();
  for (const v of visits) {
    if (v.kind === 'routine') continue;
    const row = uncounted.get(v.kind) ?? {
      kind: v.kind,
      visits: 0,
      withProblems: 0,
      notDone: 0,
      unrecorded: 0,
    };
    const result = outcome(v.id)?.result;
    if (result === undefined) row.unrecorded += 1;
    else if (result === 'not-done') row.notDone += 1;
    else {
      row.visits += 1;
      if (result === 'problems') row.withProblems += 1;
    }
    uncounted.set(v.kind, row);
  }
  const { collapsed, ...overall } = all;
  return {
    level,
    z,
    all: overall,
    types: byType.map(({ collapsed: _, ...g }) => g),
    collapsed,
    uncounted: [...uncounted.values()].sort((a, b) => byCodeUnit(a.kind, b.kind)),
  };
}
