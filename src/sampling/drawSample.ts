import * as z from 'zod';
import { FairdrawError } from '../model/FairdrawError.js';
import { says } from '../model/schemaWords.js';
import { validate } from '../model/validate.js';
import { createRng } from '../random/createRng.js';
import { checkInclusion } from './checkInclusion.js';
import { DESIGN_VERSIONS, DESIGNS, type Design, type DesignVersion } from './Design.js';
import { runDesign } from './runDesign.js';
import { stratify } from './stratify.js';

/** Options of {@link drawSample}. */
export interface DrawSampleOptions {
  /** The draw's seed (a non-empty string), e.g. a sub-seed from `deriveSeed`. */
  seed: string;
  /** The design; `maxent` by default. */
  design?: Design;
  /** One stratum label per unit (e.g. its police type): balance the counts by stratum. */
  strata?: readonly (string | number)[];
  /**
   * The version of the design's draw (`DESIGN_VERSIONS`: `pivotal` and `systematic` have 2, `maxent`
   * 1); the newest by default. Every version is the same design; an older one, while listed, reproduces
   * the samples an older release drew from the same seed.
   */
  version?: DesignVersion;
}

const optionsSchema = z.strictObject({
  seed: z.string({ error: says('nonEmptyString') }).min(1, says('nonEmptyString')),
  design: z.enum(DESIGNS as [Design, ...Design[]], { error: says('oneOf', DESIGNS) }).optional(),
  strata: z
    .array(z.union([z.string(), z.number()], { error: says('stratumLabel') }), {
      error: says('stratumLabels'),
    })
    .optional(),
  version: z.union([z.literal(1), z.literal(2)], { error: says('oneOrTwo') }).optional(),
});

/**
 * Draws a sample with exact inclusion probabilities `pi` and exactly `round(sum(pi))` units, from the
 * generator `createRng(options.seed)`.
 *
 * Without `strata`, the design (`maxent` by default, else `pivotal` or `systematic`) runs on `pi`.
 * With `strata` (one label per unit), the draw is balanced: every stratum gets the floor or the
 * ceiling of its expected count `E_h = sum(pi)` over it, every unit keeps its exact `pi_i`, and the
 * total is fixed. Two stages, both with the chosen design (see `stratify`, `docs/spec/designs.md`):
 * 1. the design on the strata's fractional parts `r_h = E_h - floor(E_h)` (in order of first
 *    appearance of the labels) picks the strata that get `floor(E_h) + 1`;
 * 2. the design within each stratum, in the same order, on `pi^c` (sum `floor + 1`) or `pi^f`
 *    (sum `floor`), where `pi = r_h pi^c + (1 - r_h) pi^f` (`pi` itself when `r_h = 0`).
 * A vector with no fractional entry consumes no random number.
 *
 * `options.version` picks the version of the design's draw (the newest by default: `pivotal@2`,
 * `systematic@2`, `maxent@1`); a version `DESIGN_VERSIONS` does not list for the design is refused.
 * `pivotal@1` and `systematic@1` existed only before the first release and were withdrawn.
 *
 * @throws {@link FairdrawError} naming `pi`, `pi[i]`, `options`, `options.seed`, `options.design`,
 *   `options.strata` or `options.version`.
 * @returns the selected indices, increasing.
 */
export function drawSample(pi: readonly number[], options: DrawSampleOptions): number[] {
  if (!Array.isArray(pi)) throw new FairdrawError('invalid-input', 'pi', (t) => t.sampling.numbersInUnit);
  checkInclusion(pi, 'pi');
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new FairdrawError('invalid-input', 'options', (t) => t.sampling.optionsObject);
  }
  const { seed, design = 'maxent', strata, version } = validate(optionsSchema, options, 'options');
  if (version !== undefined && !DESIGN_VERSIONS[design].includes(version)) {
    const versions = DESIGN_VERSIONS[design];
    throw new FairdrawError('invalid-input', 'options.version', (t) =>
      t.sampling.versionOneOf(versions, design, version),
    );
  }
  if (strata !== undefined && strata.length !== pi.length) {
    throw new FairdrawError('invalid-input', 'options.strata', (t) =>
      t.sampling.labelsLength(pi.length, strata.length),
    );
  }
  const rng = createRng(seed);
  if (strata === undefined) return runDesign(design, pi, rng);
  const plan = stratify(pi, strata);
  const up = new Uint8Array(plan.strata.length);
  for (const h of runDesign(design, plan.remainders, rng)) up[h] = 1;
  const out: number[] = [];
  plan.strata.forEach((stratum, h) => {
    const vector = up[h] === 1 ? stratum.ceilPi : stratum.floorPi;
    for (const k of runDesign(design, vector, rng)) out.push(stratum.members[k]!);
  });
  return out.sort((a, b) => a - b);
}
