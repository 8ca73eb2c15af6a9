import { normalQuantile } from './normalQuantile.js';

/**
 * Wilson's score interval for a binomial proportion (Wilson 1927, "Probable inference, the law of
 * succession, and statistical inference", *JASA* 22; Agresti & Coull 1998, *Am. Stat.* 52): the
 * proportions `p` with `|x/n - p| <= z sqrt(p (1 - p) / n)`,
 *
 * ```
 * centre = (x + z^2 / 2) / (n + z^2),  half = z sqrt(x (n - x) / n + z^2 / 4) / (n + z^2)
 * ```
 *
 * `z` the normal quantile of `(1 + level) / 2`. Unlike `x/n ± z·se` it never leaves [0, 1] and is not
 * empty at 0 or n successes, which is what a unit visited twice needs.
 *
 * @param successes - `x`, an integer from 0 to `trials`.
 * @param trials - `n`, a positive integer.
 * @param level - the confidence level, in (0, 1), e.g. 0.95.
 * @returns `[lo, hi]`; `[0, 1]` when `trials` is 0.
 */
export function wilsonInterval(successes: number, trials: number, level: number): [number, number] {
  if (trials <= 0) return [0, 1];
  const z = normalQuantile((1 + level) / 2);
  const z2 = z * z;
  const centre = (successes + z2 / 2) / (trials + z2);
  const half = (z * Math.sqrt((successes * (trials - successes)) / trials + z2 / 4)) / (trials + z2);
  return [
    successes === 0 ? 0 : Math.max(0, centre - half),
    successes === trials ? 1 : Math.min(1, centre + half),
  ];
}
