import type { Rng } from '../random/Rng.js';
import type { Design } from './Design.js';
import { type FractionalOrder, fractionalOrder } from './fractionalOrder.js';
import { maxentSample } from './maxent/maxentSample.js';
import { pivotalPositions } from './pivotalPositions.js';
import { systematicPositions } from './systematicPositions.js';

/**
 * Draws from `design`, in the one version of its draw `DESIGN_VERSIONS` lists (`maxent@1`,
 * `pivotal@2`, `systematic@2`), without validating `pi` (callers have). A vector with no fractional entry
 * (every `pi_i` is 0 or 1) returns the units at 1 and consumes no random number, whatever the design;
 * otherwise:
 * - `maxent`: {@link maxentSample} (`docs/spec/maxent.md` gives its random-number order);
 * - `pivotal`: `randomOrder`, then `pivotalOrdered` with the coin `lazyCoin(rng, p)`;
 * - `systematic`: `randomOrder`, then `systematicOrdered` with `u = rng.next()`.
 *
 * Pivotal and systematic run on a fast path with the same random numbers, in the same order, and
 * the same sample: {@link fractionalOrder} (the random order, as the probabilities of the fractional
 * units permuted in place), {@link pivotalPositions} or {@link systematicPositions} (sequential
 * passes), then `selectedUnits`. `randomOrder`, `pivotalOrdered` and `systematicOrdered` (in
 * `test/reference/`) remain the reference, with the coin or start injected, which the
 * exact-enumeration tests walk; a property test checks that both paths agree, draw for draw.
 *
 * @returns the selected indices, sorted.
 */
export function runDesign(design: Design, pi: ArrayLike<number>, rng: Rng): number[] {
  let fractional = false;
  for (let i = 0; i < pi.length; i++) {
    const p = pi[i]!;
    if (p > 0 && p < 1) {
      fractional = true;
      break;
    }
  }
  if (!fractional) {
    const out: number[] = [];
    for (let i = 0; i < pi.length; i++) if (pi[i]! >= 1) out.push(i);
    return out;
  }
  switch (design) {
    case 'maxent':
      return maxentSample(pi, rng);
    case 'pivotal': {
      const order = fractionalOrder(pi, rng);
      return selectedUnits(pi, order, pivotalPositions(order.values, rng, order.n - order.ones));
    }
    case 'systematic': {
      const order = fractionalOrder(pi, rng);
      const u = rng.next();
      return selectedUnits(pi, order, systematicPositions(order.values, u, order.n - order.ones));
    }
  }
}

/**
 * The sample, as sorted unit indices: every unit with `pi_i >= 1`, and the fractional units whose
 * position in the random order of `order` is selected (bit `k & 31` of `selected[k >>> 5]` for position
 * `k`). One pass over `pi` lists them in increasing order (O(N), no sort): the `m`-th fractional unit
 * is at position `order.where[m]`. The bit set is 1/8 of a byte per unit, so these reads stay in cache.
 */
function selectedUnits(pi: ArrayLike<number>, order: FractionalOrder, selected: Uint32Array): number[] {
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
