import type { AssignmentState } from '../../src/assign/AssignmentState.js';

/**
 * The type-mix swaps as `improveTypeMix` (src/assign/improveTypeMix.ts) made them before it read
 * the candidates from bitsets: every candidate j of a visit read in turn, one budget unit each. Kept
 * as the reference that the faster search must match swap for swap (test/assign/fastPaths.property.test.ts).
 */
export function improveTypeMixReference(state: AssignmentState, budget: number): number {
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
  // held[i * nT + t]: the visits of type t that i is on, in increasing visit index at the start.
  const held: number[][] = Array.from({ length: n * nT }, () => []);
  for (let v = 0; v < m; v++) for (const i of state.team(v)) held[i * nT + graph.typeOf(v)]!.push(v);
  const excess = (i: number, t: number) => state.typeLoad(i, t) - state.load(i) * share[i * nT + t]!;
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
    for (const [x, from, to] of [
      [i, a, b],
      [j, b, a],
    ] as const) {
      const out = held[x * nT + graph.typeOf(from)]!;
      out.splice(out.indexOf(from), 1);
      held[x * nT + graph.typeOf(to)]!.push(to);
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
          search: for (const a of held[i * nT + t]!) {
            if (!state.canLeave(a, i)) continue;
            const candidates = graph.eligibleFor(a);
            for (let e = 0; e < candidates.length; e++) {
              const j = candidates[e]!;
              budget--;
              if (j === i || excess(j, t) >= -0.5 || state.isOn(a, j)) continue;
              const base = excess(i, t) - excess(j, t);
              for (let u = 0; u < nT; u++) {
                if (u === t || excess(j, u) - excess(i, u) + base <= 2) continue;
                for (const b of held[j * nT + u]!) {
                  budget--;
                  if (!state.canJoin(b, i) || !state.canLeave(b, j)) continue;
                  if (!fits(i, a, b) || !fits(j, b, a)) continue;
                  if (onNeighbour(b, i, a) || onNeighbour(a, j, b)) continue;
                  swap(i, a, j, b);
                  swaps++;
                  made++;
                  again = true;
                  break search;
                }
              }
            }
          }
        }
      }
    }
    if (made === 0) break;
  }
  return swaps;
}
