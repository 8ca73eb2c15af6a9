import * as z from 'zod';

/** The smallest positive risk weight a plan, a finding or a replan may give (docs/spec/plan.md). */
export const MIN_RISK = 1e-9;
/** The largest risk weight a plan, a finding or a replan may give (docs/spec/plan.md). */
export const MAX_RISK = 1e9;

const HINT = 'only ratios matter: scale every risk by the same factor to bring them into range';

/** `weight` with the range of a risk weight: at most 1e9, and 0 (where `zero` allows it) or >= 1e-9. */
function inRange(weight: z.ZodNumber, zero: boolean) {
  return weight.max(MAX_RISK, `must be at most 1e9 (${HINT})`).refine((w) => w === 0 || w >= MIN_RISK, {
    error: (iss) => `must be ${zero ? '0 or ' : ''}at least 1e-9, got ${String(iss.input)} (${HINT})`,
  });
}

/**
 * A risk weight (`units[i].risk`, a replan's new risks): 0, never drawn under `fairness: "risk"`, or a
 * number from {@link MIN_RISK} (1e-9) to {@link MAX_RISK} (1e9). Within these bounds the ratio of two
 * positive weights lies in [1e-18, 1e18]: no weight is subnormal, no ratio overflows or underflows,
 * and the sampling layer's own limit (a ratio of 1e300) never refuses a plan, so a weight out of
 * range is blamed on the field that holds it, not on the budget that could not be spread.
 */
export const riskWeight = inRange(
  z.number().finite('must be a finite number').nonnegative('must be >= 0'),
  true,
);

/** A risk weight that must be positive (a finding's `raiseRisk`): from 1e-9 to 1e9. */
export const positiveRiskWeight = inRange(
  z.number().finite('must be a finite number').positive('must be > 0'),
  false,
);
