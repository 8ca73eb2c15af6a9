import type { AssignmentState } from './AssignmentState.js';

/**
 * Load-preserving swaps that bring each inspector's mix of unit types closer to the mix of the
 * visits they could staff (docs/assign.md, step 10). Best effort, deterministic (no random
 * numbers), internal.
 *
 * Target: with `W[i][t]` the number of slots of type t on visits i is eligible for, inspector i's
 * share of type t is `p[i][t] = W[i][t] / sum_u W[i][u]` and its target count `q[i][t] = load[i] *
 * p[i][t]`; the excess is `e[i][t] = count[i][t] - q[i][t]`. A swap takes i off visit a (type t)
 * and j off visit b (type u), then puts j on a and i on b; loads do not change and the sum of
 * squared excesses falls by `2 * (e[i][t] - e[i][u] - e[j][t] + e[j][u]) - 4`, so a swap is made
 * only when that gain is positive. Swaps never break a hard constraint (eligibility, distinct
 * members, day and period capacity) nor put an inspector on a team of the unit's previous or next
 * visit. Scan order: inspectors in random rank order, types in first-seen order, i's visits in
 * the order held, candidates j in a's eligibility order (rank), types u in first-seen order, j's
 * visits of type u in the order held (initially increasing index; a visit gained goes last);
 * the first improving swap found is made. At most 4 passes and a budget of `20 * m * k + 100000`
 * candidate checks.
 *
 * @param budget - the candidate checks allowed (the default above; the tests pass others).
 * @returns the number of swaps made.
 */
export function improveTypeMix(
  state: AssignmentState,
  budget = 20 * state.graph.visitCount * state.graph.teamSize + 100_000,
): number {
  const graph = state.graph;
  const { visitCount: m, inspectorCount: n, unitTypeCount: nT } = graph;
  if (nT < 2 || n < 2) return 0;
  // share[i * nT + t]: first the number of visits of type t that i is eligible for. Visits alike share
  // one list of the eligible (AssignmentGraph): count the visits of each type per list, then add.
  const share = new Float64Array(n * nT);
  const byList = new Map<ArrayLike<number>, Int32Array>();
  for (let v = 0; v < m; v++) {
    const eligible = graph.eligibleFor(v);
    let counts = byList.get(eligible);
    if (counts === undefined) byList.set(eligible, (counts = new Int32Array(nT)));
    counts[graph.typeOf(v)]! += 1;
  }
  for (const [eligible, counts] of byList) {
    for (let t = 0; t < nT; t++) {
      const c = counts[t]!;
      if (c > 0) for (let e = 0; e < eligible.length; e++) share[eligible[e]! * nT + t]! += c;
    }
  }
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let t = 0; t < nT; t++) sum += share[i * nT + t]!;
    if (sum > 0) for (let t = 0; t < nT; t++) share[i * nT + t]! /= sum;
  }
  // held(i * nT + t): the visits of type t that i is on, in increasing visit index at the start.
  // The lists start packed in one array (list x at start[x] .. start[x + 1] of items); the few
  // that swaps change become arrays of their own (`own`).
  const start = new Int32Array(n * nT + 1);
  for (let v = 0; v < m; v++) {
    for (let s = 0; s < state.memberCount(v); s++) start[state.member(v, s) * nT + graph.typeOf(v) + 1]!++;
  }
  for (let x = 0; x < n * nT; x++) start[x + 1]! += start[x]!;
  const items = new Int32Array(start[n * nT]!);
  const fill = start.slice(0, n * nT);
  for (let v = 0; v < m; v++) {
    for (let s = 0; s < state.memberCount(v); s++)
      items[fill[state.member(v, s) * nT + graph.typeOf(v)]!++] = v;
  }
  const owned = new Map<number, number[]>();
  const held = (x: number): ArrayLike<number> & Iterable<number> =>
    owned.get(x) ?? items.subarray(start[x]!, start[x + 1]!);
  const own = (x: number): number[] => {
    let list = owned.get(x);
    if (list === undefined) owned.set(x, (list = Array.from(items.subarray(start[x]!, start[x + 1]!))));
    return list;
  };
  const excess = (i: number, t: number) => state.typeLoad(i, t) - state.load(i) * share[i * nT + t]!;
  // short[t * words + w]: bit r set when the inspector at rank r has excess(., t) < -0.5, the only
  // candidates j the search below can take for type t; swaps keep loads, so only the four counts
  // a swap changes need marking again. The search reads these bits instead of every candidate.
  const words = (n + 31) >>> 5;
  const short = new Uint32Array(nT * words);
  const mark = (j: number, t: number) => {
    const r = graph.rank(j);
    const bit = 1 << (r & 31);
    if (excess(j, t) < -0.5) short[t * words + (r >>> 5)]! |= bit;
    else short[t * words + (r >>> 5)]! &= ~bit;
  };
  for (let j = 0; j < n; j++) for (let t = 0; t < nT; t++) mark(j, t);
  const onNeighbour = (v: number, i: number, except: number) => {
    for (const w of [graph.previousOfUnit(v), graph.nextOfUnit(v)]) {
      if (w >= 0 && w !== except && state.isOn(w, i)) return true;
    }
    return false;
  };
  const fits = (i: number, from: number, to: number) => {
    const df = graph.dateOf(from);
    const dt = graph.dateOf(to);
    if (df === dt) return true;
    if (!state.hasDayRoom(i, dt)) return false;
    const pt = graph.periodOfDate(dt);
    return graph.periodOfDate(df) === pt || state.hasPeriodRoom(i, pt);
  };
  const swap = (i: number, a: number, j: number, b: number) => {
    state.replaceMember(a, i, j);
    state.replaceMember(b, j, i);
    for (const x of [i, j]) for (const y of [graph.typeOf(a), graph.typeOf(b)]) mark(x, y);
    for (const [x, from, to] of [
      [i, a, b],
      [j, b, a],
    ] as const) {
      const out = own(x * nT + graph.typeOf(from));
      out.splice(out.indexOf(from), 1);
      own(x * nT + graph.typeOf(to)).push(to);
    }
  };
  let swaps = 0;
  for (let pass = 0; pass < 4 && budget > 0; pass++) {
    let made = 0;
    for (let r = 0; r < n && budget > 0; r++) {
      const i = graph.inspectorAtRank(r);
      for (let t = 0; t < nT && budget > 0; t++) {
        let again = true;
        while (again && excess(i, t) > 0.5 && budget > 0) {
          again = false;
          search: for (const a of held(i * nT + t)) {
            if (!state.canLeave(a, i)) continue;
            // The candidates j are a's eligible inspectors in rank order, each counted in the
            // budget: those with excess(j, t) < -0.5 are read from `short` in that same order,
            // and the others, passed over at once, are counted all together.
            const candidates = graph.eligibleFor(a);
            for (let w = 0; w < words; w++) {
              let bits = short[t * words + w]!;
              while (bits !== 0) {
                const lowest = bits & -bits;
                bits ^= lowest;
                const j = graph.inspectorAtRank((w << 5) + 31 - Math.clz32(lowest));
                if (j === i || !graph.isEligible(a, j) || state.isOn(a, j)) continue;
                const base = excess(i, t) - excess(j, t);
                for (let u = 0; u < nT; u++) {
                  if (u === t || excess(j, u) - excess(i, u) + base <= 2) continue;
                  for (const b of held(j * nT + u)) {
                    budget--;
                    if (!state.canJoin(b, i) || !state.canLeave(b, j)) continue;
                    if (!fits(i, a, b) || !fits(j, b, a)) continue;
                    if (onNeighbour(b, i, a) || onNeighbour(a, j, b)) continue;
                    // The candidates up to j were read.
                    budget -= Array.prototype.indexOf.call(candidates, j) + 1;
                    swap(i, a, j, b);
                    swaps++;
                    made++;
                    again = true;
                    break search;
                  }
                }
              }
            }
            budget -= candidates.length;
          }
        }
      }
    }
    if (made === 0) break;
  }
  return swaps;
}
