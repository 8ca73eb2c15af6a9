import type { AssignmentState } from './AssignmentState.js';

/**
 * Greedy fill (docs/assign.md, step 6). For every mutable visit in `order`, fills its free slots
 * with the eligible inspectors with room who are not yet on the team and have the smallest keys,
 * compared lexicographically: (sits on the team of the unit's previous or next visit in date
 * order, load so far, visits to this unit type so far, (rank - offset[v]) mod n). Slots are filled
 * in increasing key order. Deterministic; internal.
 *
 * @param offset - each visit's rotation offset.
 * @param order - the visits to fill, in the order to fill them.
 */
export function greedyFill(state: AssignmentState, offset: Int32Array, order: ArrayLike<number>): void {
  const graph = state.graph;
  const { inspectorCount: n, teamSize: k } = graph;
  const near = new Uint8Array(n);
  const bestInspector = new Int32Array(k);
  const bestKey = new Float64Array(k);
  const { day: dayCap, period: periodCap } = graph.capacities();
  const ranks = graph.rankArray();
  const markNeighbourTeams = (v: number, flag: number) => {
    for (const w of [graph.previousOfUnit(v), graph.nextOfUnit(v)]) {
      if (w >= 0) for (let s = 0; s < state.memberCount(w); s++) near[state.member(w, s)] = flag;
    }
  };
  for (let o = 0; o < order.length; o++) {
    const v = order[o]!;
    if (!state.isMutable(v)) continue;
    const need = Math.min(state.demand(v), k) - state.memberCount(v);
    if (need <= 0) continue;
    const t = graph.typeOf(v);
    const d = graph.dateOf(v);
    const p = graph.periodOfDate(d);
    const off = offset[v]!;
    markNeighbourTeams(v, 1);
    // Keep the `need` smallest keys; key = near * 2^50 + load * 2^34 + typeLoad * 2^18 + tie,
    // exact in a double for loads and type loads below 2^16 and n below 2^18.
    let filled = 0;
    const eligible = graph.eligibleFor(v);
    const { total, day, period, type } = state.loadRows(d, p, t);
    const onTeam = state.memberCount(v) > 0;
    for (let e = 0; e < eligible.length; e++) {
      const i = eligible[e]!;
      // The key's first two parts bound it from below: an inspector they put at or past the worst
      // of the best so far is passed over before anything else is read.
      const high = near[i]! * 1125899906842624 + Math.min(total[i]!, 65535) * 17179869184;
      if (filled === need && high >= bestKey[need - 1]!) continue;
      if (day[i]! >= dayCap[i]! || period[i]! >= periodCap[i]! || (onTeam && state.isOn(v, i))) continue;
      let tie = ranks[i]! - off;
      if (tie < 0) tie += n;
      const key = high + Math.min(type[i]!, 65535) * 262144 + tie;
      if (filled === need && key >= bestKey[need - 1]!) continue;
      // Insertion into the sorted list of the best keys (dropping the largest when it is full).
      let q = filled < need ? filled++ : need - 1;
      while (q > 0 && bestKey[q - 1]! > key) {
        bestKey[q] = bestKey[q - 1]!;
        bestInspector[q] = bestInspector[q - 1]!;
        q--;
      }
      bestKey[q] = key;
      bestInspector[q] = i;
    }
    markNeighbourTeams(v, 0);
    for (let q = 0; q < filled; q++) state.addMember(v, bestInspector[q]!, false);
  }
}
