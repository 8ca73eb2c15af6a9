import type { AssignmentState } from './AssignmentState.js';

/** The greedy key clamps loads and type counts at this value (docs/assign.md, step 6). */
export const KEY_CLAMP = 65535;

/** The number of bits set in a 32-bit word. */
function bitCount(bits: number): number {
  let x = bits - ((bits >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Bitset words (32 bits each) the index may allocate before it gives up: 32 MB. */
const MAX_WORDS = 1 << 23;

/** Bitsets over the inspectors' ranks, reused once empty, counting what they take. */
class BitsetPool {
  /** Words allocated so far. */
  allocated = 0;
  private readonly free: Uint32Array[] = [];

  constructor(readonly words: number) {}

  /** An empty bitset. */
  take(): Uint32Array {
    const reused = this.free.pop();
    if (reused !== undefined) return reused;
    this.allocated += this.words;
    return new Uint32Array(this.words);
  }

  /** Gives back a bitset that is empty again. */
  give(set: Uint32Array): void {
    this.free.push(set);
  }
}

/**
 * The inspectors partitioned by a level that only rises (a clamped load): one bitset over ranks per
 * level that some inspector is at, and the range `low .. high` of those levels.
 */
class Levels {
  readonly sets: (Uint32Array | undefined)[] = [];
  low = Number.POSITIVE_INFINITY;
  high = -1;
  private readonly level: Int32Array;
  private readonly counts: number[] = [];

  constructor(
    private readonly ranks: Int32Array,
    private readonly pool: BitsetPool,
    levelOf: (i: number) => number,
  ) {
    this.level = new Int32Array(ranks.length);
    for (let i = 0; i < ranks.length; i++) this.place(i, levelOf(i));
  }

  /** Moves inspector i up to level `to` (no-op when it is there already). */
  raise(i: number, to: number): void {
    const from = this.level[i]!;
    if (to === from) return;
    const r = this.ranks[i]!;
    const set = this.sets[from]!;
    set[r >>> 5]! &= ~(1 << (r & 31));
    if (--this.counts[from]! === 0) {
      this.pool.give(set);
      this.sets[from] = undefined;
      while (this.low <= this.high && !this.counts[this.low]) this.low++;
    }
    this.place(i, to);
  }

  private place(i: number, to: number): void {
    const r = this.ranks[i]!;
    this.level[i] = to;
    let set = this.sets[to];
    if (set === undefined) {
      set = this.pool.take();
      this.sets[to] = set;
      this.counts[to] = 0;
    }
    set[r >>> 5]! |= 1 << (r & 31);
    this.counts[to]!++;
    if (to < this.low) this.low = to;
    if (to > this.high) this.high = to;
  }
}

/**
 * An index for the greedy fill (docs/assign.md, step 6) that finds a visit's candidates with the
 * smallest keys without scanning every eligible inspector. Its answer is the scan's, exactly.
 *
 * The key (near, load, type count, tie) is ordered first by the clamped load, then by the clamped
 * count of the visit's unit type, then by `tie = (rank - offset) mod n`, i.e. by rank rotated to
 * start at the offset. So the inspectors are kept in bitsets over their ranks: one per load level,
 * and per unit type one per type-count level; bitsets of who may staff a kind of visit, and of who
 * has room on a date and in a period. For a visit, the load levels are visited in increasing
 * order; at each, who may take the visit (load level, kind, day and period room intersected, and
 * counted) is read once, then the type levels in increasing order until all of those have been
 * met, each intersection read 32 ranks at a time from the offset round to it: the inspectors
 * appear in increasing key. A few checks remain per inspector found (recusal from the unit,
 * already on the team, on a neighbouring team).
 *
 * Adding a member moves it by one level in two of the partitions (load, and the visit's type), so
 * the index follows the fill in constant time. Type partitions and room sets are built on first
 * use, from the state. The index gives up (`usable` false) past {@link MAX_WORDS} words of bitsets.
 * Internal to the greedy fill.
 */
export class FillIndex {
  private readonly state: AssignmentState;
  private readonly n: number;
  private readonly words: number;
  private readonly ranks: Int32Array;
  private readonly byRank: Int32Array;
  private readonly pool: BitsetPool;
  /** The inspectors at one load level who may take the visit, for {@link FillIndex.pick}. */
  private readonly scratch: Uint32Array;
  private readonly totals: Levels;
  private readonly types: (Levels | undefined)[];
  private readonly kinds: (Uint32Array | undefined)[];
  private readonly dayRoom: (Uint32Array | undefined)[];
  private readonly periodRoom: (Uint32Array | undefined)[];

  constructor(state: AssignmentState) {
    const graph = state.graph;
    this.state = state;
    this.n = graph.inspectorCount;
    this.words = (this.n + 31) >>> 5;
    this.ranks = graph.rankArray();
    this.byRank = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) this.byRank[this.ranks[i]!] = i;
    this.pool = new BitsetPool(this.words);
    this.scratch = new Uint32Array(this.words);
    this.totals = new Levels(this.ranks, this.pool, (i) => Math.min(state.load(i), KEY_CLAMP));
    this.types = new Array(graph.unitTypeCount).fill(undefined);
    this.kinds = new Array(graph.kindCount).fill(undefined);
    this.dayRoom = new Array(graph.dateCount).fill(undefined);
    this.periodRoom = new Array(graph.periodCount).fill(undefined);
  }

  /** False once the bitsets take more than their budget: the fill then scans instead. */
  get usable(): boolean {
    return this.pool.allocated <= MAX_WORDS;
  }

  /**
   * Writes to `best` and `bestKey`, in increasing key, the first `need` inspectors who may join
   * visit v (eligible, with day and period room, not on v) and are not marked in `near`, with
   * their keys for `offset`; returns how many it found (fewer than `need` only when there are no
   * more), or -1 when more than `budget` words and inspectors were read before that.
   */
  pick(
    v: number,
    need: number,
    offset: number,
    near: Uint8Array,
    budget: number,
    best: Int32Array,
    bestKey: Float64Array,
  ): number {
    const { state, n, words, byRank } = this;
    const graph = state.graph;
    const t = graph.typeOf(v);
    const d = graph.dateOf(v);
    const kind = this.kindSet(graph.kindOf(v));
    const day = this.dayRoomSet(d);
    const period = this.periodRoomSet(graph.periodOfDate(d));
    const types = this.typeLevels(t);
    const onTeam = state.memberCount(v) > 0;
    const startWord = offset >>> 5;
    const startBit = offset & 31;
    const open = this.scratch;
    let found = 0;
    for (let a = this.totals.low; a <= this.totals.high; a++) {
      const load = this.totals.sets[a];
      if (load === undefined) continue;
      // Who is at this load and may take v, type count aside; each is at one type level, so the
      // levels are read only until all of them have been met.
      let left = 0;
      for (let w = 0; w < words; w++) {
        const bits = load[w]! & kind[w]! & day[w]! & period[w]!;
        open[w] = bits;
        left += bitCount(bits);
      }
      budget -= words;
      if (budget < 0) return -1;
      for (let x = types.low; x <= types.high && left > 0; x++) {
        const typed = types.sets[x];
        if (typed === undefined) continue;
        budget -= words;
        if (budget < 0) return -1;
        // Ranks offset .. n - 1, then 0 .. offset - 1: the word of the offset is read twice,
        // first its bits from the offset on, last the bits below it.
        for (let step = 0; step <= words; step++) {
          const w = step === words ? startWord : (startWord + step) % words;
          let bits = open[w]! & typed[w]!;
          if (step === 0) bits &= -1 << startBit;
          else if (step === words) bits &= ~(-1 << startBit);
          while (bits !== 0) {
            const lowest = bits & -bits;
            bits ^= lowest;
            left--;
            const r = (w << 5) + 31 - Math.clz32(lowest);
            const i = byRank[r]!;
            if (near[i] === 1 || (onTeam && state.isOn(v, i)) || !graph.isEligible(v, i)) {
              if (--budget < 0) return -1;
              continue;
            }
            let tie = r - offset;
            if (tie < 0) tie += n;
            best[found] = i;
            bestKey[found] = a * 17179869184 + x * 262144 + tie;
            if (++found === need) return found;
          }
        }
      }
    }
    return found;
  }

  /** Follows `state.addMember(v, i, ...)`: call it after each. */
  added(v: number, i: number): void {
    const { state } = this;
    const graph = state.graph;
    const t = graph.typeOf(v);
    const d = graph.dateOf(v);
    const p = graph.periodOfDate(d);
    this.totals.raise(i, Math.min(state.load(i), KEY_CLAMP));
    this.types[t]?.raise(i, Math.min(state.typeLoad(i, t), KEY_CLAMP));
    const r = this.ranks[i]!;
    const day = this.dayRoom[d];
    if (day !== undefined && !state.hasDayRoom(i, d)) day[r >>> 5]! &= ~(1 << (r & 31));
    const period = this.periodRoom[p];
    if (period !== undefined && !state.hasPeriodRoom(i, p)) period[r >>> 5]! &= ~(1 << (r & 31));
  }

  private typeLevels(t: number): Levels {
    let levels = this.types[t];
    if (levels === undefined) {
      const { state } = this;
      levels = new Levels(this.ranks, this.pool, (i) => Math.min(state.typeLoad(i, t), KEY_CLAMP));
      this.types[t] = levels;
    }
    return levels;
  }

  private kindSet(kind: number): Uint32Array {
    let set = this.kinds[kind];
    if (set === undefined) {
      set = this.rankSet(this.state.graph.kindMembers(kind));
      this.kinds[kind] = set;
    }
    return set;
  }

  private dayRoomSet(d: number): Uint32Array {
    let set = this.dayRoom[d];
    if (set === undefined) {
      const { state } = this;
      // Only the date's row is read (period and type 0 exist: there is a visit).
      set = this.below(state.loadRows(d, 0, 0).day, state.graph.capacities().day);
      this.dayRoom[d] = set;
    }
    return set;
  }

  private periodRoomSet(p: number): Uint32Array {
    let set = this.periodRoom[p];
    if (set === undefined) {
      const { state } = this;
      // Only the period's row is read (date and type 0 exist: there is a visit).
      set = this.below(state.loadRows(0, p, 0).period, state.graph.capacities().period);
      this.periodRoom[p] = set;
    }
    return set;
  }

  /** A bitset over ranks of the inspectors listed. */
  private rankSet(inspectors: ArrayLike<number>): Uint32Array {
    const set = this.pool.take();
    for (let e = 0; e < inspectors.length; e++) {
      const r = this.ranks[inspectors[e]!]!;
      set[r >>> 5]! |= 1 << (r & 31);
    }
    return set;
  }

  /** A bitset over ranks of the inspectors i with `loads[i] < caps[i]` (room). */
  private below(loads: Int32Array, caps: Int32Array): Uint32Array {
    const set = this.pool.take();
    for (let i = 0; i < this.n; i++) {
      if (loads[i]! >= caps[i]!) continue;
      const r = this.ranks[i]!;
      set[r >>> 5]! |= 1 << (r & 31);
    }
    return set;
  }
}
