import type { AssignmentState } from './AssignmentState.js';
import { FillIndex } from './FillIndex.js';

/** How {@link greedyFill} finds the best candidates: both ways give the same teams. */
export type FillStrategy = 'auto' | 'scan' | 'index';

/**
 * Greedy fill (docs/assign.md, step 6). For every mutable visit in `order`, fills its free slots
 * with the eligible inspectors with room who are not yet on the team and have the smallest keys,
 * compared lexicographically: (sits on the team of the unit's previous or next visit in date
 * order, load so far, visits to this unit type so far, (rank - offset[v]) mod n). Slots are filled
 * in increasing key order. Deterministic; internal.
 *
 * The candidates come from a {@link FillIndex} when there are enough visits and inspectors for it
 * to pay (a visit then reads a few dozen words instead of every eligible inspector), otherwise, or
 * when the index reads more than half as many words as the visit has eligible inspectors, from a
 * scan of the visit's eligible list. The teams are the same either way (`strategy` forces one,
 * for the tests that compare them).
 *
 * @param offset - each visit's rotation offset.
 * @param order - the visits to fill, in the order to fill them.
 * @returns how many of them it left with fewer members than their demand (none: the augmenting
 *   paths have nothing to do).
 */
export function greedyFill(
  state: AssignmentState,
  offset: Int32Array,
  order: ArrayLike<number>,
  strategy: FillStrategy = 'auto',
): number {
  const graph = state.graph;
  const { inspectorCount: n, teamSize: k } = graph;
  const near = new Uint8Array(n);
  const nearList = new Int32Array(2 * k);
  const best = new Int32Array(k);
  const bestKey = new Float64Array(k);
  // The index reproduces the float key only while the tie fits below 2^18 (see `scan`).
  const indexed =
    n < 262144 && (strategy === 'index' || (strategy === 'auto' && n >= 64 && order.length >= 16));
  let index = indexed ? new FillIndex(state, order) : undefined;
  if (index !== undefined && !index.usable && strategy !== 'index') index = undefined;
  let short = 0;
  for (let o = 0; o < order.length; o++) {
    const v = order[o]!;
    if (!state.isMutable(v)) continue;
    const need = Math.min(state.demand(v), k) - state.memberCount(v);
    if (need <= 0) continue;
    // Mark (and list) the members of the teams of the unit's previous and next visits.
    let nearCount = 0;
    for (let side = 0; side < 2; side++) {
      const w = side === 0 ? graph.previousOfUnit(v) : graph.nextOfUnit(v);
      if (w < 0) continue;
      for (let s = 0; s < state.memberCount(w); s++) {
        const i = state.member(w, s);
        if (near[i] === 1) continue;
        near[i] = 1;
        nearList[nearCount++] = i;
      }
    }
    let filled = -1;
    if (index !== undefined) {
      const budget = strategy === 'index' ? Number.POSITIVE_INFINITY : graph.eligibleCount(v) >> 1;
      filled = index.pick(v, need, offset[v]!, near, budget, best, bestKey);
      // Every key with near = 1 is above every key without: the marked come last, if at all, and
      // all of them are offered, in key order, to the slots still free.
      if (filled >= 0 && filled < need) {
        for (let q = 0; q < nearCount; q++) {
          filled = consider(state, v, nearList[q]!, offset[v]!, 1, filled, need, best, bestKey);
        }
      }
    }
    if (filled < 0) filled = scan(state, v, need, offset[v]!, near, best, bestKey);
    for (let q = 0; q < nearCount; q++) near[nearList[q]!] = 0;
    for (let q = 0; q < filled; q++) {
      state.addMember(v, best[q]!, false);
      index?.added(v, best[q]!);
    }
    if (filled < need) short++;
    if (index !== undefined && !index.usable && strategy !== 'index') index = undefined;
  }
  return short;
}

/**
 * The `need` smallest keys of the inspectors who may join visit v, found by reading its whole
 * eligible list; written to `best` and `bestKey` in increasing key. Returns how many there are.
 */
function scan(
  state: AssignmentState,
  v: number,
  need: number,
  off: number,
  near: Uint8Array,
  best: Int32Array,
  bestKey: Float64Array,
): number {
  const graph = state.graph;
  const n = graph.inspectorCount;
  const t = graph.typeOf(v);
  const d = graph.dateOf(v);
  const p = graph.periodOfDate(d);
  const { day: dayCap, period: periodCap } = graph.capacities();
  const ranks = graph.rankArray();
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
    filled = insert(i, key, filled, need, best, bestKey);
  }
  return filled;
}

/**
 * Offers inspector i, with `near` as given, to the best of visit v: inserted by key if i may join v
 * (eligible, with day and period room, not on v). Returns the new count of the best.
 */
function consider(
  state: AssignmentState,
  v: number,
  i: number,
  off: number,
  near: number,
  filled: number,
  need: number,
  best: Int32Array,
  bestKey: Float64Array,
): number {
  const graph = state.graph;
  const t = graph.typeOf(v);
  const d = graph.dateOf(v);
  if (!graph.isEligible(v, i) || !state.hasDayRoom(i, d) || !state.hasPeriodRoom(i, graph.periodOfDate(d))) {
    return filled;
  }
  if (state.isOn(v, i)) return filled;
  let tie = graph.rank(i) - off;
  if (tie < 0) tie += graph.inspectorCount;
  const key =
    near * 1125899906842624 +
    Math.min(state.load(i), 65535) * 17179869184 +
    Math.min(state.typeLoad(i, t), 65535) * 262144 +
    tie;
  if (filled === need && key >= bestKey[need - 1]!) return filled;
  return insert(i, key, filled, need, best, bestKey);
}

/** Inserts (i, key) into the sorted best (dropping the largest when it is full); returns the new count. */
function insert(
  i: number,
  key: number,
  filled: number,
  need: number,
  best: Int32Array,
  bestKey: Float64Array,
): number {
  let q = filled < need ? filled++ : need - 1;
  while (q > 0 && bestKey[q - 1]! > key) {
    bestKey[q] = bestKey[q - 1]!;
    best[q] = best[q - 1]!;
    q--;
  }
  bestKey[q] = key;
  best[q] = i;
  return filled;
}
