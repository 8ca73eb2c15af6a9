import { FairdrawError } from '../model/FairdrawError.js';
import type { ValidPlanInput } from '../model/planInputSchema.js';
import { createRng } from '../random/createRng.js';
import { deriveSeed } from '../random/deriveSeed.js';
import { DESIGN_VERSIONS, DESIGNS, type DesignVersion } from '../sampling/Design.js';
import { drawSample } from '../sampling/drawSample.js';
import { drawHorizon } from '../sampling/horizon/roundHorizon.js';
import { designVersion } from './drawVersions.js';

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
 *   It uses no sampling design, so `version` does not change it.
 * - `coordination: "independent"`: each period alone with `drawSample` and `routine.design` in the
 *   version `designVersion(design, version)` (`pivotal@1` or `@2`, `systematic@1` or `@2`, `maxent@1`),
 *   sub-seed `deriveSeed(seed, "routine", t)`. The delivered probabilities are `pi` (for `maxent`, the
 *   fitted design's probabilities equal `pi` to the fit's tolerance of 1e-10).
 *
 * @param version - the ceiling on the design's version (`DrawVersions.routine`): the newest for a new
 *   plan, the one the schedule's manifest records for a replan or a verification.
 */
export function drawRoutine(
  input: ValidPlanInput,
  seed: string,
  pi: readonly Float64Array[],
  version: DesignVersion,
): RoutineDraw {
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
    const options = {
      seed: deriveSeed(seed, 'routine', t),
      design: routine.design,
      version: designVersion(routine.design, version),
    };
    return drawSample(Array.from(row), strata ? { ...options, strata } : options);
  });
  return { chosen, probabilities: pi.map((row) => row.slice()) };
}

/**
 * The algorithm id, with version, of the routine draw that {@link drawRoutine} performs with `version`:
 * `horizon-flow@1` / `horizon-flow+type@1` under `coordination: "horizon"`, else
 * `<design>@<v>` / `<design>+type@<v>` with `v = designVersion(design, version)` (`pivotal+type@2`,
 * `maxent@1`).
 */
export function routineAlgorithm(input: ValidPlanInput, version: DesignVersion): string {
  const { routine } = input;
  const balance = routine.balance === 'type' ? '+type' : '';
  return routine.coordination === 'horizon'
    ? `horizon-flow${balance}@1`
    : `${routine.design}${balance}@${designVersion(routine.design, version)}`;
}

/**
 * The version a schedule's routine was drawn with, from the id its manifest records (`recorded`,
 * e.g. `pivotal+type@1` -> 1): the version `v` for which `routineAlgorithm(input, v)` is `recorded`
 * (the newest such, for ids every version writes alike: `maxent@1`, `horizon-flow@1`). A replan draws
 * the later periods with it, so that the schedule stays in one version and `verify` replays it.
 *
 * @throws {FairdrawError} `unsupported` naming `path` when no version this library draws writes
 *   `recorded` for this input.
 */
export function recordedRoutineVersion(
  input: ValidPlanInput,
  recorded: unknown,
  path: string,
): DesignVersion {
  const versions = [...new Set(DESIGNS.flatMap((d) => DESIGN_VERSIONS[d]))].sort((a, b) => b - a);
  const version = versions.find((v) => routineAlgorithm(input, v) === recorded);
  if (version !== undefined) return version;
  const known = [...new Set(versions.map((v) => routineAlgorithm(input, v)))];
  throw new FairdrawError(
    'unsupported',
    path,
    `the schedule's routine was drawn with ${JSON.stringify(recorded) ?? 'no recorded algorithm'}, which this library cannot draw for this plan (it draws ${known.join(', ')})`,
  );
}
