import type { ValidPlanInput } from '../model/planInputSchema.js';
import { createRng } from '../random/createRng.js';
import { deriveSeed } from '../random/deriveSeed.js';
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
 * - `coordination: "independent"`: each period alone with `drawSample` and `routine.design`, sub-seed
 *   `deriveSeed(seed, "routine", t)`. The delivered probabilities are `pi` (for `maxent`, the fitted
 *   design's probabilities equal `pi` to the fit's tolerance of 1e-10).
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

/** The algorithm id, with version, of the routine draw that {@link drawRoutine} performs. */
export function routineAlgorithm(input: ValidPlanInput): string {
  const { routine } = input;
  const balance = routine.balance === 'type' ? '+type' : '';
  return routine.coordination === 'horizon' ? `horizon-flow${balance}@1` : `${routine.design}${balance}@1`;
}
