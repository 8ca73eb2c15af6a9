import { coinOf } from '../random/Coin.js';
import type { Rng } from '../random/Rng.js';
import type { Design } from './Design.js';
import { maxentSample } from './maxent/maxentSample.js';
import { pivotalOrdered } from './pivotalOrdered.js';
import { randomOrder } from './randomOrder.js';
import { systematicOrdered } from './systematicOrdered.js';

/**
 * Draws from `design` without validating `pi` (callers have). A vector with no fractional entry
 * (every `pi_i` is 0 or 1) returns the units at 1 and consumes no random number, whatever the design;
 * otherwise:
 * - `maxent`: {@link maxentSample} (`docs/spec/maxent.md` gives its random-number order);
 * - `pivotal`: {@link randomOrder}, then {@link pivotalOrdered} with the coin `rng.next() < p`;
 * - `systematic`: {@link randomOrder}, then {@link systematicOrdered} with `u = rng.next()`.
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
    case 'pivotal':
      return pivotalOrdered(pi, randomOrder(pi, rng), coinOf(rng));
    case 'systematic': {
      const order = randomOrder(pi, rng);
      return systematicOrdered(pi, order, rng.next());
    }
  }
}
