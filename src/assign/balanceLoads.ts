import type { AssignmentState } from './AssignmentState.js';
import { ResidualSearch } from './ResidualSearch.js';

/**
 * Exchanges visits along residual paths until no inspector with load h can pass a visit to one
 * with load <= h - 2 (docs/assign.md, step 9). The result is a decreasingly-minimal load vector
 * (Frank & Murota 2022): it minimises the maximum load, maximises the minimum load, and minimises
 * the sum of squares. Returns the number of exchanges. Internal.
 */
export function balanceLoads(state: AssignmentState): number {
  const graph = state.graph;
  const n = graph.inspectorCount;
  const search = new ResidualSearch(state);
  const inspectors = Array.from({ length: n }, (_, i) => i);
  let exchanges = 0;
  for (;;) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      lo = Math.min(lo, state.load(i));
      hi = Math.max(hi, state.load(i));
    }
    if (!(hi - lo >= 2)) return exchanges;
    // Search from the smaller extreme: forward from the most loaded when they are fewer than
    // the least loaded, backward from the least loaded otherwise. Both are exhaustive over every
    // pair of load levels at least 2 apart, so either certifies decreasing minimality.
    let atHi = 0;
    let atLo = 0;
    for (let i = 0; i < n; i++) {
      if (state.load(i) === hi) atHi++;
      if (state.load(i) === lo) atLo++;
    }
    const forward = atHi <= atLo;
    const sign = forward ? -1 : 1;
    inspectors.sort((a, b) => sign * (state.load(a) - state.load(b)) || graph.rank(a) - graph.rank(b));
    const roots = inspectors.filter((i) => (forward ? state.load(i) >= lo + 2 : state.load(i) <= hi - 2));
    const path = search.exchange(forward ? 'forward' : 'backward', roots);
    if (path === undefined) return exchanges;
    state.apply(path);
    exchanges++;
  }
}
