import type { ValidPlanInput } from '../model/planInputSchema.js';
import { createRng } from '../random/createRng.js';
import { deriveSeed } from '../random/deriveSeed.js';
import { drawSample } from '../sampling/drawSample.js';
import { roundHorizon } from '../sampling/horizon/roundHorizon.js';

/**
 * Draws the routine visits of every period from the probabilities `pi[t][i]`, returning the sorted
 * unit indices chosen in each period.
 * - `coordination: "horizon"`: one joint draw over all periods (`roundHorizon`) with the sub-seed
 *   `deriveSeed(seed, "routine", "horizon")`, strata = unit types when `balance: "type"`.
 * - `coordination: "independent"`: each period alone with `drawSample` and `routine.design`, sub-seed
 *   `deriveSeed(seed, "routine", t)`.
 */
export function drawRoutine(input: ValidPlanInput, seed: string, pi: readonly Float64Array[]): number[][] {
  const { routine, units } = input;
  const strata = routine.balance === 'type' ? units.map((u) => u.type) : undefined;
  if (routine.coordination === 'horizon') {
    const rng = createRng(deriveSeed(seed, 'routine', 'horizon'));
    return roundHorizon(pi, strata ? { rng, strata } : { rng });
  }
  return pi.map((row, t) => {
    let total = 0;
    for (const p of row) total += p;
    if (Math.round(total) === 0) return [];
    const options = { seed: deriveSeed(seed, 'routine', t), design: routine.design };
    return drawSample(Array.from(row), strata ? { ...options, strata } : options);
  });
}

/** The algorithm id, with version, of the routine draw that {@link drawRoutine} performs. */
export function routineAlgorithm(input: ValidPlanInput): string {
  const { routine } = input;
  const balance = routine.balance === 'type' ? '+type' : '';
  return routine.coordination === 'horizon' ? `horizon-flow${balance}@1` : `${routine.design}${balance}@1`;
}
