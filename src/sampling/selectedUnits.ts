import type { FractionalOrder } from './fractionalOrder.js';

/**
 * The sample, as sorted unit indices: every unit with `pi_i >= 1`, and the fractional units whose
 * position `k` in the random order of `order` has `selected[k] = 1`. The swaps of the shuffle are
 * undone on `selected` (for `i = 1 .. M-1`, swap `selected[i]` and `selected[swaps[i]]`), which
 * carries each mark back to the unit's rank among the fractional units in index order; one pass over
 * `pi` then lists the units in increasing order (O(N), no sort). Overwrites `selected`.
 */
export function selectedUnits(pi: ArrayLike<number>, order: FractionalOrder, selected: Uint8Array): number[] {
  const { swaps } = order;
  const M = selected.length;
  for (let i = 1; i < M; i++) {
    const j = swaps[i]!;
    const t = selected[i]!;
    selected[i] = selected[j]!;
    selected[j] = t;
  }
  const out: number[] = [];
  const N = pi.length;
  for (let i = 0, m = 0; i < N; i++) {
    const p = pi[i]!;
    if (p >= 1) out.push(i);
    else if (p > 0 && selected[m++] === 1) out.push(i);
  }
  return out;
}
