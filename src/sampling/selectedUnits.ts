import type { FractionalOrder } from './fractionalOrder.js';

/**
 * The sample, as sorted unit indices: every unit with `pi_i >= 1`, and the fractional units whose
 * position in the random order of `order` is selected (bit `k & 31` of `selected[k >>> 5]` for position
 * `k`). One pass over `pi` lists them in increasing order (O(N), no sort): the `m`-th fractional unit
 * is at position `order.where[m]`. The bit set is 1/8 of a byte per unit, so these reads stay in cache.
 */
export function selectedUnits(
  pi: ArrayLike<number>,
  order: FractionalOrder,
  selected: Uint32Array,
): number[] {
  const { where } = order;
  const out: number[] = [];
  const N = pi.length;
  for (let i = 0, m = 0; i < N; i++) {
    const p = pi[i]!;
    if (p >= 1) out.push(i);
    else if (p > 0) {
      const k = where[m++]!;
      if (((selected[k >>> 5]! >>> (k & 31)) & 1) === 1) out.push(i);
    }
  }
  return out;
}
