import { type AssignmentState, MEMBERS } from './AssignmentState.js';

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
  const { inspectorCount: n, unitTypeCount: nT } = state.graph;
  if (nT < 2 || n < 2) return 0;
  return new TypeMixSearch(state).run(budget);
}

/**
 * The search of {@link improveTypeMix}, in the order it describes. Its setup (the shares, the held
 * lists) and its search are functions of their own, each compiled once by the engine.
 *
 * The search for a visit a of inspector i (type t) reads the candidates j with `e[j][t] < -0.5`,
 * the only ones that can pass, from one bitset over ranks per type (`short`, marked again after
 * each swap), and for each j the types u that pass the gain test. Until a swap, which ends the
 * search, none of that depends on a: the pairs (j, u) are listed once for all of i's visits of
 * type t (`gainful`), and each visit a then reads only those of its eligible candidates, counting
 * all its candidates in the budget at once, as reading each of them would.
 */
class TypeMixSearch {
  private readonly state: AssignmentState;
  private readonly n: number;
  private readonly nT: number;
  private readonly words: number;
  /** `share[i * nT + t]`: the share p[i][t] of type t among the slots inspector i may take. */
  private readonly share: Float64Array;
  /**
   * held(i * nT + t): the visits of type t that i is on, in increasing visit index at the start;
   * packed in one array (list x at start[x] .. start[x + 1] of items), except the few that swaps
   * change, which become arrays of their own (`owned`, flagged in `isOwned`).
   */
  private readonly start: Int32Array;
  private readonly items: Int32Array;
  private readonly owned = new Map<number, number[]>();
  private readonly isOwned: Uint8Array;
  /** `short[t * words + w]`: bit r set when the inspector at rank r has excess(., t) < -0.5. */
  private readonly short: Uint32Array;
  /** The pairs (j, u) that pass the gain test for the inspector and type searched (`gainful`). */
  private readonly pairJ: Int32Array;
  private readonly pairU: Int32Array;

  constructor(state: AssignmentState) {
    this.state = state;
    const { inspectorCount: n, unitTypeCount: nT } = state.graph;
    this.n = n;
    this.nT = nT;
    this.words = (n + 31) >>> 5;
    const { share, start, items } = sharesAndHeld(state);
    this.share = share;
    this.start = start;
    this.items = items;
    this.isOwned = new Uint8Array(n * nT);
    this.short = new Uint32Array(nT * this.words);
    for (let j = 0; j < n; j++) for (let t = 0; t < nT; t++) this.mark(j, t);
    this.pairJ = new Int32Array(n * nT);
    this.pairU = new Int32Array(n * nT);
  }

  /** Makes the passes; returns the number of swaps. */
  run(budget: number): number {
    const { state, n, nT } = this;
    const graph = state.graph;
    let swaps = 0;
    for (let pass = 0; pass < 4 && budget > 0; pass++) {
      let made = 0;
      for (let r = 0; r < n && budget > 0; r++) {
        const i = graph.inspectorAtRank(r);
        for (let t = 0; t < nT && budget > 0; t++) {
          let again = true;
          while (again && this.excess(i, t) > 0.5 && budget > 0) {
            this.swapped = false;
            budget = this.search(i, t, budget);
            again = this.swapped;
            if (again) {
              swaps++;
              made++;
            }
          }
        }
      }
      if (made === 0) break;
    }
    return swaps;
  }

  /** Whether the last {@link TypeMixSearch.search} made a swap. */
  private swapped = false;

  /**
   * Searches i's visits of type t for the first improving swap and makes it; returns the budget
   * left (and sets `swapped`).
   */
  private search(i: number, t: number, budget: number): number {
    const { state, nT, pairJ, pairU } = this;
    const graph = state.graph;
    const pairs = this.gainful(i, t);
    const x = i * nT + t;
    const own = this.isOwned[x] === 1 ? this.owned.get(x)! : undefined;
    const heldCount = own === undefined ? this.start[x + 1]! - this.start[x]! : own.length;
    for (let h = 0; h < heldCount; h++) {
      const a = own === undefined ? this.items[this.start[x]! + h]! : own[h]!;
      if (!state.canLeave(a, i)) continue;
      const candidates = graph.eligibleFor(a);
      for (let q = 0; q < pairs; q++) {
        const j = pairJ[q]!;
        if (j === i || !graph.isEligible(a, j) || state.isOn(a, j)) continue;
        const y = j * nT + pairU[q]!;
        const jOwn = this.isOwned[y] === 1 ? this.owned.get(y)! : undefined;
        const count = jOwn === undefined ? this.start[y + 1]! - this.start[y]! : jOwn.length;
        for (let e = 0; e < count; e++) {
          const b = jOwn === undefined ? this.items[this.start[y]! + e]! : jOwn[e]!;
          budget--;
          if (!state.canJoin(b, i) || !state.canLeave(b, j)) continue;
          if (!this.fits(i, a, b) || !this.fits(j, b, a)) continue;
          if (this.onNeighbour(b, i, a) || this.onNeighbour(a, j, b)) continue;
          // The candidates up to j were read.
          budget -= Array.prototype.indexOf.call(candidates, j) + 1;
          this.swap(i, a, j, b);
          this.swapped = true;
          return budget;
        }
      }
      // Every candidate of a was read.
      budget -= candidates.length;
    }
    return budget;
  }

  /**
   * Lists in `pairJ`, `pairU` the candidates j (rank order) with excess(j, t) < -0.5 and, for each,
   * the types u (in order) with `e[j][u] - e[i][u] + e[i][t] - e[j][t] > 2`; returns how many.
   */
  private gainful(i: number, t: number): number {
    const { state, nT, words, short, pairJ, pairU } = this;
    const graph = state.graph;
    let pairs = 0;
    for (let w = 0; w < words; w++) {
      let bits = short[t * words + w]!;
      while (bits !== 0) {
        const lowest = bits & -bits;
        bits ^= lowest;
        const j = graph.inspectorAtRank((w << 5) + 31 - Math.clz32(lowest));
        const base = this.excess(i, t) - this.excess(j, t);
        for (let u = 0; u < nT; u++) {
          if (u === t || this.excess(j, u) - this.excess(i, u) + base <= 2) continue;
          pairJ[pairs] = j;
          pairU[pairs] = u;
          pairs++;
        }
      }
    }
    return pairs;
  }

  private excess(i: number, t: number): number {
    const { state } = this;
    return state.typeLoad(i, t) - state.load(i) * this.share[i * this.nT + t]!;
  }

  /** Marks again whether j is short of type t (`short`). */
  private mark(j: number, t: number): void {
    const r = this.state.graph.rank(j);
    const bit = 1 << (r & 31);
    const at = t * this.words + (r >>> 5);
    if (this.excess(j, t) < -0.5) this.short[at]! |= bit;
    else this.short[at]! &= ~bit;
  }

  /** Whether i is on the team of v's previous or next visit of its unit, `except` aside. */
  private onNeighbour(v: number, i: number, except: number): boolean {
    const { state } = this;
    const previous = state.graph.previousOfUnit(v);
    if (previous >= 0 && previous !== except && state.isOn(previous, i)) return true;
    const next = state.graph.nextOfUnit(v);
    return next >= 0 && next !== except && state.isOn(next, i);
  }

  /** Whether i, moving from visit `from` to visit `to`, keeps within its day and period capacity. */
  private fits(i: number, from: number, to: number): boolean {
    const { state } = this;
    const graph = state.graph;
    const df = graph.dateOf(from);
    const dt = graph.dateOf(to);
    if (df === dt) return true;
    if (!state.hasDayRoom(i, dt)) return false;
    const pt = graph.periodOfDate(dt);
    return graph.periodOfDate(df) === pt || state.hasPeriodRoom(i, pt);
  }

  /** Takes i off a and j off b, puts j on a and i on b, and follows the held lists and `short`. */
  private swap(i: number, a: number, j: number, b: number): void {
    const { state, nT } = this;
    const graph = state.graph;
    state.replaceMember(a, i, j);
    state.replaceMember(b, j, i);
    for (const x of [i, j]) for (const y of [graph.typeOf(a), graph.typeOf(b)]) this.mark(x, y);
    for (const [x, from, to] of [
      [i, a, b],
      [j, b, a],
    ] as const) {
      const out = this.own(x * nT + graph.typeOf(from));
      out.splice(out.indexOf(from), 1);
      this.own(x * nT + graph.typeOf(to)).push(to);
    }
  }

  /** Held list x as an array of its own, to change. */
  private own(x: number): number[] {
    let list = this.owned.get(x);
    if (list === undefined) {
      list = Array.from(this.items.subarray(this.start[x]!, this.start[x + 1]!));
      this.owned.set(x, list);
      this.isOwned[x] = 1;
    }
    return list;
  }
}

/**
 * The type shares and the held lists (see {@link TypeMixSearch}), counted in one pass over the
 * visits and completed after it.
 *
 * `share[i * nT + t]`: the number of visits of type t that i is eligible for, divided by their sum
 * over t. A visit's eligible are its kind's (AssignmentGraph) without those recused from its unit:
 * the visits of each type are counted per kind and added to each of the kind's inspectors, and each
 * visit's recused members of its kind are taken off. The counts are integers, exact whatever the
 * order they are added in.
 *
 * Held list `i * nT + t`: the visits of type t that i is on, in increasing visit index, at
 * `start[x] .. start[x + 1]` of `items`.
 */
function sharesAndHeld(state: AssignmentState): {
  share: Float64Array;
  start: Int32Array;
  items: Int32Array;
} {
  const graph = state.graph;
  const { visitCount: m, inspectorCount: n, unitTypeCount: nT, kindCount } = graph;
  const visitType = graph.typeArray();
  const visitKind = graph.kindArray();
  const { records, stride } = state.teamRecords();
  const share = new Float64Array(n * nT);
  const perKind = new Int32Array(kindCount * nT);
  const start = new Int32Array(n * nT + 1);
  for (let v = 0; v < m; v++) {
    const t = visitType[v]!;
    perKind[visitKind[v]! * nT + t]! += 1;
    if (graph.hasRecusal(v)) recuse(share, graph.recusedAt(v), visitKind[v]!, t, state);
    const base = v * stride;
    for (let s = 0; s < records[base]!; s++) start[records[base + MEMBERS + s]! * nT + t + 1]!++;
  }
  for (let kind = 0; kind < kindCount; kind++) {
    addShares(share, graph.kindMembers(kind), perKind.subarray(kind * nT, (kind + 1) * nT), nT);
  }
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let t = 0; t < nT; t++) sum += share[i * nT + t]!;
    if (sum > 0) for (let t = 0; t < nT; t++) share[i * nT + t]! /= sum;
  }
  return { share, ...heldItems(state, start) };
}

/** Takes the recused of a visit of `kind` and type t who are of the kind off their count of type t. */
function recuse(
  share: Float64Array,
  recused: readonly number[],
  kind: number,
  t: number,
  state: AssignmentState,
): void {
  const graph = state.graph;
  for (const i of recused) if (graph.kindHas(kind, i)) share[i * graph.unitTypeCount + t]! -= 1;
}

/** Adds `counts[t]` to `share[i * nT + t]` for every inspector i of `eligible`. */
function addShares(share: Float64Array, eligible: ArrayLike<number>, counts: Int32Array, nT: number): void {
  for (let t = 0; t < nT; t++) {
    const c = counts[t]!;
    if (c > 0) for (let e = 0; e < eligible.length; e++) share[eligible[e]! * nT + t]! += c;
  }
}

/** The held lists, from the number of visits of each list (`start[x + 1]`, counted). */
function heldItems(state: AssignmentState, start: Int32Array): { start: Int32Array; items: Int32Array } {
  const graph = state.graph;
  const { visitCount: m, inspectorCount: n, unitTypeCount: nT } = graph;
  const visitType = graph.typeArray();
  const { records, stride } = state.teamRecords();
  for (let x = 0; x < n * nT; x++) start[x + 1]! += start[x]!;
  const items = new Int32Array(start[n * nT]!);
  const fill = start.slice(0, n * nT);
  for (let v = 0; v < m; v++) {
    const t = visitType[v]!;
    const base = v * stride;
    for (let s = 0; s < records[base]!; s++) items[fill[records[base + MEMBERS + s]! * nT + t]!++] = v;
  }
  return { start, items };
}
