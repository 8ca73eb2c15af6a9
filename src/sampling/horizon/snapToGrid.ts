import { FairdrawError } from '../../model/FairdrawError.js';

/** Bits of the fixed-point grid on which the horizon rounding works: probabilities are multiples of 2^-48. */
export const GRID_BITS = 48;

/** The grid's unit: probability 1 is the integer `2^48`. Every grid value is an integer in `[0, GRID_ONE]`. */
export const GRID_ONE = 2 ** GRID_BITS;

/**
 * Rounds one period's inclusion probabilities to the fixed-point grid of {@link GRID_ONE} so that their sum
 * is **exactly** `n * GRID_ONE`, and returns the grid integers (probability `g[i] / GRID_ONE`).
 *
 * Each `pi[i]` is first rounded to the nearest multiple of 2^-48 (an exact operation in doubles). The
 * small remaining difference to the exact total (floating-point noise, and at most the 1e-9 tolerance
 * accepted by `checkInclusion`) is then spread, in index order and in equal shares, over the entries that
 * are strictly between 0 and 1, so an input 0 stays 0 and an input 1 stays 1. With an input whose sum
 * is already an integer to double precision each entry moves by a few units of 2^-48 (about 1e-14).
 *
 * Working on integers below 2^53 makes every later step of {@link roundHorizon} exact: flows are
 * conserved without drift, so the guarantees cannot be broken by rounding errors.
 *
 * @param pi - one period's inclusion probabilities, already checked by `checkInclusion`.
 * @param n - the period's sample size, `round(sum(pi))` as returned by `checkInclusion`.
 * @param path - the field's name, used in the (practically unreachable) error.
 * @returns a `Float64Array` of integers in `[0, GRID_ONE]` summing exactly to `n * GRID_ONE`.
 */
export function snapToGrid(pi: ArrayLike<number>, n: number, path = 'pi'): Float64Array {
  const size = pi.length;
  const g = new Float64Array(size);
  let ones = 0;
  // The fractional entries' mass, kept as whole * GRID_ONE + rem so every partial sum stays exact.
  let whole = 0;
  let rem = 0;
  for (let i = 0; i < size; i++) {
    const v = Math.round(pi[i]! * GRID_ONE);
    g[i] = v;
    if (v === GRID_ONE) ones++;
    else if (v > 0) {
      rem += v;
      if (rem >= GRID_ONE) {
        rem -= GRID_ONE;
        whole++;
      }
    }
  }
  // What the fractional entries must gain (d > 0) or lose (d < 0), in grid units; |d| is tiny.
  let d = (n - ones - whole) * GRID_ONE - rem;
  while (d !== 0) {
    let count = 0;
    for (let i = 0; i < size; i++) {
      const v = g[i]!;
      if (v > 0 && v < GRID_ONE) count++;
    }
    if (count === 0) {
      throw new FairdrawError('invalid-input', path, (t) => t.sampling.cannotAdjust(n));
    }
    const share = Math.ceil(Math.abs(d) / count);
    for (let i = 0; i < size && d !== 0; i++) {
      const v = g[i]!;
      if (v <= 0 || v >= GRID_ONE) continue;
      if (d > 0) {
        const step = Math.min(share, GRID_ONE - v, d);
        g[i] = v + step;
        d -= step;
      } else {
        const step = Math.min(share, v, -d);
        g[i] = v - step;
        d += step;
      }
    }
  }
  return g;
}
