import * as z from 'zod';
import { refinement, says } from './schemaWords.js';

/** The smallest positive risk weight a plan, a finding or a replan may give (docs/spec/plan.md). */
export const MIN_RISK = 1e-9;
/** The largest risk weight a plan, a finding or a replan may give (docs/spec/plan.md). */
export const MAX_RISK = 1e9;

/** `weight` with the range of a risk weight: at most 1e9, and 0 (where `zero` allows it) or >= 1e-9. */
function inRange(weight: z.ZodNumber, zero: boolean) {
  return weight.max(MAX_RISK, says('riskAtMost')).refine(
    (w) => w === 0 || w >= MIN_RISK,
    refinement((t, input) => t.schema.riskAtLeast(zero, String(input))),
  );
}

/**
 * A risk weight (`units[i].risk`, a replan's new risks): 0, never drawn under `fairness: "risk"`, or a
 * number from {@link MIN_RISK} (1e-9) to {@link MAX_RISK} (1e9). Within these bounds the ratio of two
 * positive weights lies in [1e-18, 1e18]: no weight is subnormal, no ratio overflows or underflows,
 * and the sampling layer's own limit (a ratio of 1e300) never refuses a plan, so a weight out of
 * range is blamed on the field that holds it, not on the budget that could not be spread.
 */
export const riskWeight = inRange(z.number().finite(says('finite')).nonnegative(says('atLeast', 0)), true);

/** A risk weight that must be positive (a finding's `raiseRisk`): from 1e-9 to 1e9. */
export const positiveRiskWeight = inRange(
  z.number().finite(says('finite')).positive(says('positive')),
  false,
);
