import { FairdrawError } from '../model/FairdrawError.js';
import type { ValidPlanInput } from '../model/planInputSchema.js';
import { createRng } from '../random/createRng.js';
import { deriveSeed } from '../random/deriveSeed.js';
import { latestVersion } from '../sampling/Design.js';
import { drawSample } from '../sampling/drawSample.js';
import { drawHorizon } from '../sampling/horizon/roundHorizon.js';

/** The routine draw: the units chosen in each period and the probabilities the draw delivered. */
export interface RoutineDraw {
  /** For each period, the sorted indices of the chosen units. */
  chosen: number[][];
  /** `probabilities[t][i]`: the inclusion probability the draw delivered, as the schedule reports it. */
  probabilities: Float64Array[];
}

/**
 * Draws the routine visits of every period from the probabilities `pi[t][i]`.
 * - `coordination: "horizon"`: one joint draw over all periods (`roundHorizon`) with the sub-seed
 *   `deriveSeed(seed, "routine", "horizon")`, strata = unit types when `balance: "type"`.
 *   The delivered probabilities are `pi` on the draw's 2^-48 grid (they differ from `pi` by about 1e-14).
 * - `coordination: "independent"`: each period alone with `drawSample` and `routine.design` in its
 *   newest version (`pivotal@2`, `systematic@2`, `maxent@1`), sub-seed `deriveSeed(seed, "routine", t)`.
 *   The delivered probabilities are `pi` (for `maxent`, the fitted design's probabilities equal `pi` to
 *   the fit's tolerance of 1e-10).
 */
export function drawRoutine(input: ValidPlanInput, seed: string, pi: readonly Float64Array[]): RoutineDraw {
  const { routine, units } = input;
  const strata = routine.balance === 'type' ? units.map((u) => u.type) : undefined;
  if (routine.coordination === 'horizon') {
    const rng = createRng(deriveSeed(seed, 'routine', 'horizon'));
    const draw = drawHorizon(pi, strata ? { rng, strata } : { rng });
    return { chosen: draw.selected, probabilities: draw.probabilities };
  }
  const chosen = pi.map((row, t) => {
    let total = 0;
    for (const p of row) total += p;
    if (Math.round(total) === 0) return [];
    const options = { seed: deriveSeed(seed, 'routine', t), design: routine.design };
    return drawSample(Array.from(row), strata ? { ...options, strata } : options);
  });
  return { chosen, probabilities: pi.map((row) => row.slice()) };
}

/**
 * The algorithm id, with version, of the routine draw that {@link drawRoutine} performs:
 * `horizon-flow@1` / `horizon-flow+type@1` under `coordination: "horizon"`, else
 * `<design>@<v>` / `<design>+type@<v>` with `v` the design's newest version (`pivotal+type@2`,
 * `maxent@1`).
 */
export function routineAlgorithm(input: ValidPlanInput): string {
  const { routine } = input;
  const balance = routine.balance === 'type' ? '+type' : '';
  return routine.coordination === 'horizon'
    ? `horizon-flow${balance}@1`
    : `${routine.design}${balance}@${latestVersion(routine.design)}`;
}

/**
 * Checks that a schedule's routine was drawn as {@link drawRoutine} draws it for this input: the id its
 * manifest records (`recorded`) is `routineAlgorithm(input)`. A replan draws the later periods the
 * same way, so that the schedule stays in one version and `verify` replays it; a schedule drawn in
 * another version (`pivotal+type@1`, withdrawn before the first release) or for another design
 * cannot be replanned.
 *
 * @throws {FairdrawError} `unsupported` naming `path` when `recorded` is not the id this library
 *   writes for this input.
 */
export function checkRecordedRoutine(input: ValidPlanInput, recorded: unknown, path: string): void {
  const id = routineAlgorithm(input);
  if (recorded === id) return;
  const was = JSON.stringify(recorded);
  throw new FairdrawError('unsupported', path, (t) => t.schedule.routineAlgorithm(was, id));
}
