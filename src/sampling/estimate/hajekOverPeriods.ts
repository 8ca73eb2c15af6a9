import { devilleVariance } from './devilleVariance.js';

/** The sample of one period (one independent draw): values, inclusion probabilities, domain. */
export interface PeriodSample {
  /** `y_k` of the sampled units. */
  y: ArrayLike<number>;
  /** `pi_k`, each in (0, 1]. */
  pi: ArrayLike<number>;
  /** `d_k`: 1 when unit `k` is in the domain estimated, else 0 (default: every unit is). */
  domain?: ArrayLike<number>;
}

/** What {@link hajekOverPeriods} returns. */
export interface PooledEstimate {
  /** `sum(d y / pi) / sum(d / pi)` over every period; `NaN` when no sampled unit is in the domain. */
  estimate: number;
  /** The estimated variance of `estimate`; `NaN` when it cannot be estimated (see the function). */
  variance: number;
  /** Sampled units in the domain, over every period. */
  sampled: number;
  /** `sum(d / pi)`: the estimated size of the domain, in unit-periods. */
  size: number;
  /** Periods with exactly one sampled unit of `pi < 1`, pooled with a neighbour for the variance. */
  collapsed: number;
}

/**
 * Hájek's estimator of a domain mean over several periods, each drawn on its own with a fixed-size
 * high-entropy design, and its linearised variance (Hájek 1971; Deville 1993; Tillé, *Sampling and
 * Estimation from Finite Populations*, Wiley 2020, sect. 5.7 and 5.15):
 *
 * ```
 * R = sum_t sum_k d_k y_k / pi_k  /  sum_t sum_k d_k / pi_k
 * v = sum_t V_t(z) / (sum_t sum_k d_k / pi_k)^2,   z_k = d_k (y_k - R)
 * ```
 *
 * `V_t` is Deville's approximation ({@link devilleVariance}) over period `t`'s whole sample (units
 * outside the domain carry `z_k = 0` but still count, as a domain estimator needs). For one period and
 * every unit in the domain this is `sqrt(v) = sqrt(sampling::varest(y - R, pik = pi)) / sum(1 / pi)`
 * in R. A period whose sample has fewer than two units with `pi < 1` measures no variance on its own:
 * it is pooled with the next period (the last such period with the one before), the collapsed-strata
 * device (Wolter, *Introduction to Variance Estimation*, 2nd ed., Springer 2007, sect. 2.5), which
 * overstates rather than understates. With a single period of one such unit the variance is `NaN`.
 *
 * @param periods - the samples, in period order.
 * @returns the estimate, its variance, and counts.
 */
export function hajekOverPeriods(periods: readonly PeriodSample[]): PooledEstimate {
  let total = 0;
  let size = 0;
  let sampled = 0;
  for (const p of periods) {
    for (let k = 0; k < p.y.length; k++) {
      const d = p.domain ? p.domain[k]! : 1;
      if (d === 0) continue;
      total += p.y[k]! / p.pi[k]!;
      size += 1 / p.pi[k]!;
      sampled += 1;
    }
  }
  const estimate = size > 0 ? total / size : Number.NaN;
  if (!(size > 0)) return { estimate, variance: Number.NaN, sampled, size, collapsed: 0 };

  // Residuals and probabilities, pooled into groups of at least two units with pi < 1.
  const groups: { z: number[]; pi: number[] }[] = [];
  let current = { z: [] as number[], pi: [] as number[] };
  let fractional = 0;
  let periodsInGroup = 0;
  let collapsed = 0;
  for (const p of periods) {
    if (p.y.length === 0) continue;
    let own = 0;
    for (let k = 0; k < p.y.length; k++) {
      const d = p.domain ? p.domain[k]! : 1;
      current.z.push(d === 0 ? 0 : p.y[k]! - estimate);
      current.pi.push(p.pi[k]!);
      if (p.pi[k]! < 1) own += 1;
    }
    if (own === 1) collapsed += 1;
    fractional += own;
    periodsInGroup += 1;
    if (fractional >= 2) {
      groups.push(current);
      current = { z: [], pi: [] };
      fractional = 0;
      periodsInGroup = 0;
    }
  }
  if (periodsInGroup > 0) {
    const last = groups.at(-1);
    if (last && fractional > 0) {
      for (const z of current.z) last.z.push(z);
      for (const pi of current.pi) last.pi.push(pi);
    } else groups.push(current);
  }
  let variance = 0;
  for (const g of groups) variance += devilleVariance(g.z, g.pi);
  return { estimate, variance: variance / (size * size), sampled, size, collapsed };
}
