import type { FractionalOrder } from './fractionalOrder.js';

/**
 * The sample, as sorted unit indices: every unit with `pi_i >= 1`, and the fractional units whose
 * position `k` in the random order of `order` is selected (bit `k & 31` of `selected[k >>> 5]`). The
 * swaps of the shuffle are undone on the bit set (for `i = 1 .. M-1`, exchange bits `i` and
 * `swaps[i]`), which carries each mark back to the unit's rank among the fractional units in index
 * order; one pass over `pi` then lists the units in increasing order (O(N), no sort). Overwrites
 * `selected`.
 */
export function selectedUnits(
  pi: ArrayLike<number>,
  order: FractionalOrder,
  selected: Uint32Array,
): number[] {
  const { swaps } = order;
  const M = swaps.length;
  for (let i = 1; i < M; i++) {
    const j = swaps[i]!;
    // Only a swap of a marked and an unmarked position changes anything (few positions are marked).
    if ((((selected[i >>> 5]! >>> (i & 31)) ^ (selected[j >>> 5]! >>> (j & 31))) & 1) !== 0) {
      selected[i >>> 5]! ^= 1 << (i & 31);
      selected[j >>> 5]! ^= 1 << (j & 31);
    }
  }
  const out: number[] = [];
  const N = pi.length;
  for (let i = 0, m = 0; i < N; i++) {
    const p = pi[i]!;
    if (p >= 1) out.push(i);
    else if (p > 0) {
      if (((selected[m >>> 5]! >>> (m & 31)) & 1) === 1) out.push(i);
      m++;
    }
  }
  return out;
}
