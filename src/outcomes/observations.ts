import { FairdrawError } from '../model/FairdrawError.js';
import type { OutcomeRecord } from '../model/outcomesSchema.js';
import type { Schedule, Visit } from '../model/scheduleSchema.js';
import { unitProbabilities } from '../model/unitProbabilities.js';

/** One drawn visit whose outcome counts in an estimate: its unit, its probability and what it found. */
export interface Observation {
  /** The visit's id. */
  visit: string;
  /** The unit's index in `schedule.units`. */
  unit: number;
  /**
   * The probability the visit is weighted with: the reported inclusion probability times the share
   * of its draw's visits that were done (see {@link DrawSample}).
   */
  pi: number;
  /** Whether the visit found a problem. */
  problems: boolean;
  /** The categories of its problems. */
  categories: ReadonlySet<string>;
  /** How many problems it recorded. */
  count: number;
}

/** The visits of one draw (a period's routine draw, or a campaign), split by what became of them. */
export interface DrawSample {
  /** The visits done (`compliant` or `problems`), each weighted. */
  done: Observation[];
  /** Visits recorded `not-done`. */
  notDone: Observation[];
  /** Visits of an ended period with no record in the outcomes. */
  unrecorded: Observation[];
}

/** Visits not drawn at random: listed with their outcomes, never counted in an estimate. */
export interface UncountedKind {
  kind: Visit['kind'];
  visits: number;
  withProblems: number;
  notDone: number;
  unrecorded: number;
}

/** Everything an estimate reads from a schedule and its outcomes, up to `asOf`. */
export interface Observed {
  /** Periods ended by `asOf` (their last day on or before it): periods `0 .. ended - 1`. */
  ended: number;
  /** The routine draw of each ended period. */
  routine: DrawSample[];
  /** Each campaign whose window ended by `asOf`, by id, in the schedule's order. */
  campaigns: Map<string, DrawSample>;
  /** Visit kinds other than routine and campaign in the ended periods (and campaigns when not estimated). */
  other: Map<Visit['kind'], UncountedKind>;
}

/**
 * Splits a draw's visits by outcome and weights the done ones (exported for the estimate of one
 * period's draw, `periodEstimates`). A visit drawn but not done is treated
 * as a non-response missing at random within its draw (a response-homogeneity group: Särndal,
 * Swensson & Wretman, *Model Assisted Survey Sampling*, Springer 1992, sect. 15.6.2): the `m` visits
 * done out of the `n` drawn are a random sub-sample of the draw, so each is weighted with
 * `pi * m / n`. With no visit done, nothing is counted.
 */
export function weigh(
  visits: readonly Omit<Observation, 'pi'>[],
  pi: readonly number[],
  outcome: (id: string) => OutcomeRecord | undefined,
): DrawSample {
  const sample: DrawSample = { done: [], notDone: [], unrecorded: [] };
  visits.forEach((v, k) => {
    const record = outcome(v.visit);
    const o = { ...v, pi: pi[k]! };
    if (record === undefined) sample.unrecorded.push(o);
    else if (record.result === 'not-done') sample.notDone.push(o);
    else sample.done.push(o);
  });
  const share = sample.done.length / visits.length;
  for (const o of sample.done) o.pi *= share;
  return sample;
}

/**
 * The visits of a schedule that an estimate can use, up to `asOf`: the routine visits of each period
 * ended by then, with the probability `unitProbabilities(schedule, u)[t]`; the visits of each campaign
 * whose window ended by then, with `schedule.units[u].campaigns[id]`; and the other visits, only
 * counted. A visit with a probability of 0 (drawn although it could not be) is an error of the
 * schedule.
 *
 * @throws {FairdrawError} `invalid-input` naming the visit (`schedule.visits[12]`).
 */
export function observe(
  schedule: Schedule,
  outcomes: ReadonlyMap<string, OutcomeRecord>,
  asOf: string,
): Observed {
  const unitIndex = new Map(schedule.units.map((u, i) => [u.id, i]));
  let ended = 0;
  while (ended < schedule.periods.length && schedule.periods[ended]!.end <= asOf) ended += 1;
  const lastDay = ended > 0 ? schedule.periods[ended - 1]!.end : '';
  const endedCampaigns = new Set((schedule.campaigns ?? []).filter((c) => c.to <= lastDay).map((c) => c.id));

  const routine = Array.from({ length: ended }, () => ({
    visits: [] as Omit<Observation, 'pi'>[],
    pi: [] as number[],
  }));
  const campaigns = new Map<string, { visits: Omit<Observation, 'pi'>[]; pi: number[] }>();
  for (const id of endedCampaigns) campaigns.set(id, { visits: [], pi: [] });
  const other = new Map<Visit['kind'], UncountedKind>();

  schedule.visits.forEach((v, k) => {
    if (v.period >= ended) return;
    const at = `schedule.visits[${k}]`;
    const unit = unitIndex.get(v.unit);
    if (unit === undefined)
      throw new FairdrawError('invalid-input', `${at}.unit`, (t) => t.outcomes.noUnit(v.unit));
    const record = outcomes.get(v.id);
    const categories = new Set((record?.problems ?? []).map((p) => p.category));
    const base = {
      visit: v.id,
      unit,
      problems: record?.result === 'problems',
      categories,
      count: record?.problems?.length ?? 0,
    };
    const u = schedule.units[unit]!;
    const draw =
      v.kind === 'routine'
        ? routine[v.period]
        : v.kind === 'campaign' && v.campaign !== undefined
          ? campaigns.get(v.campaign)
          : undefined;
    if (draw !== undefined) {
      const pi = v.kind === 'routine' ? unitProbabilities(schedule, u)[v.period] : u.campaigns?.[v.campaign!];
      if (pi === undefined || !(pi > 0))
        throw new FairdrawError('invalid-input', at, (t) => t.outcomes.probability(v.kind, v.unit, pi));
      draw.visits.push(base);
      draw.pi.push(pi);
      return;
    }
    const row = other.get(v.kind) ?? { kind: v.kind, visits: 0, withProblems: 0, notDone: 0, unrecorded: 0 };
    if (record === undefined) row.unrecorded += 1;
    else if (record.result === 'not-done') row.notDone += 1;
    else {
      row.visits += 1;
      if (record.result === 'problems') row.withProblems += 1;
    }
    other.set(v.kind, row);
  });
  const outcome = (id: string) => outcomes.get(id);
  return {
    ended,
    routine: routine.map((d) => weigh(d.visits, d.pi, outcome)),
    campaigns: new Map([...campaigns].map(([id, d]) => [id, weigh(d.visits, d.pi, outcome)])),
    other,
  };
}
