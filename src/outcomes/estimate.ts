import { replayedUnits } from '../schedule/replanFrame.js';
import type { Lang } from '../text/lang.js';
import type { EstimateBy, Estimates } from './EstimateTypes.js';
import { readEstimateOptions } from './estimateOptions.js';
import { estimateSchedule, planAndSchedule } from './estimateSchedule.js';
import { outcomeIndex } from './outcomeIndex.js';

/** Options of {@link estimate}. */
export interface EstimateOptions {
  /** The grouping: `all` (default), `type`, `region`, `category` or `campaign`. */
  by?: EstimateBy;
  /** The confidence level of the intervals, in (0, 1); default 0.95. */
  level?: number;
  /** The estimate's date, `yyyy-mm-dd` (required): only the periods ended by then count. */
  asOf: string;
  /** The language of `estimand` and `method`; default `en`. */
  lang?: Lang;
}

/**
 * Design-based estimates of how often a visit finds a problem, from the outcomes of a schedule's
 * random visits (docs/estimation.md). The estimand is the share of unit-periods in the routine frame
 * (units with an inclusion probability above 0 in a period) at which a visit would find a problem (of
 * a category, for `by: "category"`), over the periods ended by `asOf`. `all`, `type`, `region` and
 * `category` count the routine visits of those periods, each with the probability the schedule reports
 * for it (`unitProbabilities(schedule, unit)[t]`); `campaign` gives one group per campaign ended by
 * `asOf`, from its visits and probabilities (`schedule.units[u].campaigns[id]`). Directed and
 * follow-up visits are not random: they are listed in `uncounted`, never counted.
 *
 * The estimator is Hájek's, `sum(y/π) / sum(1/π)` (Hájek 1971); its variance is Deville's
 * approximation for high-entropy designs (Deville 1993; Tillé 2020), per period, summed over the
 * periods; the interval is the estimate ± z standard errors, cut to [0, 1]. A visit recorded
 * `not-done`, or with no record, is left out and the done visits of its draw are weighted up by the
 * share done (missing at random within the draw). For one period under `maxent` the figures equal R's
 * `sampling::Hajekestimator(y, pik, type = "mean")` and `sqrt(sampling::varest(y - estimate, pik =
 * pik)) / sum(1 / pik)` (test/vectors/estimate). Every unit's rate comes with Wilson's interval and a
 * flag when the interval lies wholly above its police type's estimate; units are never ranked.
 *
 * Pure: no clock, no randomness, no I/O.
 *
 * @param input - the plan file the schedule was drawn from (its input hash must match): it gives the
 *   units' regions, those added by a replan included.
 * @param schedule - the schedule (validated).
 * @param outcomes - its outcomes file (validated; `schedule` must be the schedule's hash).
 * @param options - `asOf` (required), `by`, `level`, `lang`.
 * @returns the groups with their estimates, every unit's rate, what was not counted, and the estimand
 *   and method in words.
 * @throws {FairdrawError} `invalid-input` naming the field: a malformed plan, schedule or outcomes file,
 *   a schedule of another plan (`schedule.manifest.inputHash`), outcomes of another schedule, a record of
 *   an unknown visit or a second record of one, a bad option.
 */
export function estimate(
  input: unknown,
  schedule: unknown,
  outcomes: unknown,
  options: EstimateOptions,
): Estimates {
  const settings = readEstimateOptions(options);
  const { plan, schedule: s } = planAndSchedule(input, schedule);
  const frame = new Map(replayedUnits(plan.input, s.log).map((u) => [u.id, u]));
  const index = outcomeIndex(outcomes, s);
  return estimateSchedule(s, index, {
    ...settings,
    regions: s.units.map((u) => frame.get(u.id)?.region),
    names: s.units.map((u) => frame.get(u.id)?.name),
  }).estimates;
}
