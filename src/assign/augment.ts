import type { AssignmentState } from './AssignmentState.js';
import { ResidualSearch } from './ResidualSearch.js';

/**
 * Completes a fill to a maximum flow (docs/assign.md, step 7): for every mutable visit in `order`,
 * while it has fewer members than its demand, augments along a shortest residual path from it.
 * Returns the visits still short of their demand (empty iff the demands are feasible; Ford &
 * Fulkerson 1956). Internal.
 */
export function augment(state: AssignmentState, order: ArrayLike<number>): number[] {
  const search = new ResidualSearch(state);
  const short: number[] = [];
  for (let o = 0; o < order.length; o++) {
    const v = order[o]!;
    if (!state.isMutable(v)) continue;
    while (state.memberCount(v) < state.demand(v)) {
      const path = search.augmentingPath(v);
      if (path === undefined) break;
      state.apply(path);
    }
    if (state.memberCount(v) < state.demand(v)) short.push(v);
  }
  return short;
}
