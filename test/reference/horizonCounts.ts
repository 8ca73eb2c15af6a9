import type { roundHorizon } from '../../src/sampling/horizon/roundHorizon.js';

/**
 * How many times each unit was selected over a horizon: `counts[i]` is the number of periods whose
 * selection (as returned by {@link roundHorizon}) contains `i`.
 *
 * @param selection - for each period, the selected unit indices.
 * @param units - the number of units `N`.
 */
export function horizonCounts(selection: readonly (readonly number[])[], units: number): number[] {
  const counts = new Array<number>(units).fill(0);
  for (const period of selection) for (const i of period) counts[i]!++;
  return counts;
}
