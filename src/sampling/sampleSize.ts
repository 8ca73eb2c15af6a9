/** `round(sum(pi))`: the sample size of a valid inclusion-probability vector (no validation). */
export function sampleSize(pi: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < pi.length; i++) sum += pi[i]!;
  return Math.round(sum);
}
