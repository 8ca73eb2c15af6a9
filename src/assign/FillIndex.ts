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

/** Bitsets over the inspectors' ranks, counting what they take. */
class BitsetPool {
  /** Words allocated so far. */
  allocated = 0;

  constructor(readonly words: number) {}

  /** An empty bitset. */
  take(): Uint32Array {
    this.allocated += this.words;
    return new Uint32Array(this.words);
  }
}

/**
 * The inspectors partitioned by a level that only rises (a clamped load): one bitset over ranks per
 * level, `counts[level]` inspectors in it, and the range `low .. high` of the levels (`high < low`
 * when empty). A level's set stays once made (empty when nobody is at the level any more); the
 * readers pass over the levels whose count is 0. The arrays are grown with zeros (`undefined`), so
 * they hold one kind of element each.
 */
class Levels {
  readonly sets: (Uint32Array | undefined)[] = [];
  readonly counts: number[] = [];
  low = KEY_CLAMP + 1;
  high = -1;
  private readonly level: Int32Array;

  /** The partition by `min(loads[i], KEY_CLAMP)`. */
  constructor(
    private readonly ranks: Int32Array,
    private readonly pool: BitsetPool,
    loads: Int32Array,
  ) {
    this.level = new Int32Array(ranks.length);
    for (let i = 0; i < ranks.length; i++) this.place(i, Math.min(loads[i]!, KEY_CLAMP));
  }

  /** Moves inspector i up to level `to` (no-op when it is there already). */
  raise(i: number, to: number): void {
    const from = this.level[i]!;
    if (to === from) return;
    const r = this.ranks[i]!;
    this.sets[from]![r >>> 5]! &= ~(1 << (r & 31));
    this.counts[from]! -= 1;
    this.place(i, to);
    // The lowest level empties when its last inspector rises, to a level above it: `low` then
    // steps up, without a branch (see FillIndex), one level per rise, which is enough (the level
    // it steps to may be empty too; the readers pass over it).
    const empty = this.counts[this.low] === 0;
    const below = this.low < this.high;
    this.low += empty && below ? 1 : 0;
  }

  private place(i: number, to: number): void {
    const r = this.ranks[i]!;
    this.level[i] = to;
    let set = this.sets[to];
    if (set === undefined) set = this.open(to);
    set[r >>> 5]! |= 1 << (r & 31);
    this.counts[to]! += 1;
    if (to < this.low) this.low = to;
    if (to > this.high) this.high = to;
  }

  /** An empty set for a level nobody has been at yet. */
  private open(to: number): Uint32Array {
    while (this.counts.length <= to) {
      this.counts.push(0);
      this.sets.push(undefined);
    }
    const set = this.pool.take();
    this.sets[to] = set;
    return set;
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
 * order; at each, the type levels in increasing order, each read 32 ranks at a time from the offset
 * round to it, intersected with who may take the visit (load level, kind, day and period room,
 * each word of it computed once, when first reached), until all of those have been met: the
 * inspectors appear in increasing key. A few checks remain per inspector found (recusal from the unit,
 * already on the team, on a neighbouring team).
 *
 * Adding a member moves it by one level in two of the partitions (load, and the visit's type), so
 * the index follows the fill in constant time. The sets of the kinds, dates, periods and types of
 * the visits to fill are built at the start, from the state, each in one loop over the inspectors
 * (built as the fill meets them, they were run cold, one at a time, among its first visits). The
 * index gives up (`usable` false) past {@link MAX_WORDS} words of bitsets. Internal to the greedy
 * fill.
 *
 * The code that runs per visit ({@link FillIndex.pick}, {@link FillIndex.added}) reads typed arrays
 * and computes without branches where a branch would be taken only now and then (the rotation, the
 * tie, the end of room): the engine compiles such a function once it has run a while, and a
 * branch it has never seen taken makes it throw the compiled code away and compile again later,
 * each time at the cost of many visits.
 */
export class FillIndex {
  private readonly state: AssignmentState;
  private readonly n: number;
  private readonly words: number;
  private readonly ranks: Int32Array;
  private readonly byRank: Int32Array;
  private readonly pool: BitsetPool;
  /** The inspectors at one load level who may take the visit, for {@link FillIndex.pick}: word w once `read[w]` is the stamp of that reading. */
  private readonly open: Uint32Array;
  private readonly read: Int32Array;
  private stamp = 0;
  private readonly totals: Levels;
  /** The type-count levels of each type some visit to fill has (undefined for the others). */
  private readonly types: (Levels | undefined)[];
  private readonly kinds: Uint32Array[];
  private readonly dayRoom: Uint32Array[];
  private readonly periodRoom: Uint32Array[];

  /** The index of `state`, ready for the visits of `order` that are mutable. */
  constructor(state: AssignmentState, order: ArrayLike<number>) {
    const graph = state.graph;
    this.state = state;
    this.n = graph.inspectorCount;
    this.words = (this.n + 31) >>> 5;
    this.ranks = graph.rankArray();
    this.byRank = new Int32Array(this.n);
    for (let i = 0; i < this.n; i++) this.byRank[this.ranks[i]!] = i;
    this.pool = new BitsetPool(this.words);
    this.open = new Uint32Array(this.words);
    this.read = new Int32Array(this.words);
    this.totals = new Levels(this.ranks, this.pool, state.totalRow());
    // Sets nobody reads stay this shared empty one (a visit's own are always built).
    const none = new Uint32Array(this.words);
    this.kinds = new Array<Uint32Array>(graph.kindCount).fill(none);
    this.dayRoom = new Array<Uint32Array>(graph.dateCount).fill(none);
    this.periodRoom = new Array<Uint32Array>(graph.periodCount).fill(none);
    this.types = new Array<Levels | undefined>(graph.unitTypeCount).fill(undefined);
    const used = usedBy(state, order);
    const caps = graph.capacities();
    for (let t = 0; t < graph.unitTypeCount; t++) {
      if (used.types[t] === 1) this.types[t] = new Levels(this.ranks, this.pool, state.typeRow(t));
    }
    for (let kind = 0; kind < graph.kindCount; kind++) {
      if (used.kinds[kind] === 1) this.kinds[kind] = this.rankSet(graph.kindMembers(kind));
    }
    this.roomSets(this.dayRoom, used.dates, 'day', caps.day);
    this.roomSets(this.periodRoom, used.periods, 'period', caps.period);
  }

  /** False once the bitsets take more than their budget: the fill then scans instead. */
  get usable(): boolean {
    return this.pool.allocated <= MAX_WORDS;
  }

  /**
   * Writes to `best` and `bestKey`, in increasing key, the first `need` inspectors who may join
   * visit v (eligible, with day and period room, not on v) and are not marked in `near`, with
   * their keys for `offset`; returns how many it found (fewer than `need` only when there are no
   * more), or -1 when more than `budget` words and inspectors were read before that. Visit v must
   * be one of the visits the index was made for.
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
    const d = graph.dateOf(v);
    const kind = this.kinds[graph.kindOf(v)]!;
    const day = this.dayRoom[d]!;
    const period = this.periodRoom[graph.periodOfDate(d)]!;
    const types = this.types[graph.typeOf(v)]!;
    const onTeam = state.memberCount(v) > 0;
    const recusal = graph.hasRecusal(v);
    const startWord = offset >>> 5;
    // Ranks offset .. n - 1, then 0 .. offset - 1: the word of the offset is read twice, first its
    // bits from the offset on (`head`), last the bits below it (`tail`).
    const head = -1 << (offset & 31);
    const tail = ~head;
    const { open, read } = this;
    let found = 0;
    // The loops count up before each turn (`++a`), not after it: a loop left by `return` in its
    // first turn still runs its increment, which the compiled code then knows.
    for (let a = this.totals.low - 1; ++a <= this.totals.high; ) {
      if (this.totals.counts[a] === 0) continue;
      const load = this.totals.sets[a]!;
      // Who is at this load and may take v, type count aside (`open`), is read a word at a time as
      // the type levels reach it (`read[w] === now` once read for this load) and counted (`all`):
      // the first level usually yields the need within a word or two. Each of them is at one type
      // level, so once every word has been read (`unread` 0), the levels are read only until all
      // of them have been met (`met`).
      const now = this.nextStamp();
      let unread = words;
      let all = 0;
      let met = 0;
      for (let x = types.low - 1; ++x <= types.high && (met < all || unread > 0); ) {
        if (types.counts[x] === 0) continue;
        const typed = types.sets[x]!;
        for (let step = -1; ++step <= words; ) {
          // w = (startWord + step) mod words, and the mask of the step, without a branch.
          const at = startWord + step;
          const w = at - (words & ((words - 1 - at) >> 31));
          if (read[w] !== now) {
            const bits = load[w]! & kind[w]! & day[w]! & period[w]!;
            open[w] = bits;
            read[w] = now;
            all += bitCount(bits);
            unread--;
          }
          budget--;
          if (budget < 0) return -1;
          const first = step === 0;
          const last = step === words;
          let bits = open[w]! & typed[w]! & (first ? head : last ? tail : -1);
          while (bits !== 0) {
            const lowest = bits & -bits;
            bits ^= lowest;
            met++;
            const r = (w << 5) + 31 - Math.clz32(lowest);
            const i = byRank[r]!;
            // Passed over (and counted) when on a neighbouring team, on v, or recused from v's unit.
            const skip =
              near[i]! | ((onTeam && state.isOn(v, i)) || (recusal && graph.isRecused(v, i)) ? 1 : 0);
            budget -= skip;
            if (budget < 0) return -1;
            if (skip !== 0) continue;
            const tie = r - offset;
            best[found] = i;
            bestKey[found] = a * 17179869184 + x * 262144 + tie + (n & (tie >> 31));
            if (++found === need) return found;
          }
        }
      }
    }
    return found;
  }

  /** A stamp no word of `read` has. */
  private nextStamp(): number {
    if (this.stamp === 0x3fffffff) {
      this.read.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  /** Follows `state.addMember(v, i, ...)`, for a visit v the index was made for: call it after each. */
  added(v: number, i: number): void {
    const { state } = this;
    const graph = state.graph;
    const t = graph.typeOf(v);
    const d = graph.dateOf(v);
    const p = graph.periodOfDate(d);
    this.totals.raise(i, Math.min(state.load(i), KEY_CLAMP));
    this.types[t]!.raise(i, Math.min(state.typeLoad(i, t), KEY_CLAMP));
    // The bit of i leaves the room sets when its room has run out.
    const r = this.ranks[i]!;
    const bit = 1 << (r & 31);
    this.dayRoom[d]![r >>> 5]! &= ~(bit & (state.hasDayRoom(i, d) ? 0 : -1));
    this.periodRoom[p]![r >>> 5]! &= ~(bit & (state.hasPeriodRoom(i, p) ? 0 : -1));
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

  /**
   * Sets `sets[x]`, for each date (period) x with `used[x] = 1`, to a bitset over ranks of the
   * inspectors i with room on it: visits on x below `caps[i]`. One loop over all of them, which the
   * engine compiles early.
   */
  private roomSets(sets: Uint32Array[], used: Uint8Array, of: 'day' | 'period', caps: Int32Array): void {
    const { n, ranks, state } = this;
    // A capacity above the number of visits is never reached (an absent one, say): when nobody
    // has a lower one, everyone has room everywhere, always, and the dates (periods) share one set.
    let reached = false;
    for (let i = 0; i < n; i++) reached ||= caps[i]! <= state.graph.visitCount;
    if (!reached) {
      const everyone = this.pool.take();
      for (let i = 0; i < n; i++) everyone[ranks[i]! >>> 5]! |= 1 << (ranks[i]! & 31);
      for (let x = 0; x < used.length; x++) if (used[x] === 1) sets[x] = everyone;
      return;
    }
    for (let x = 0; x < used.length; x++) {
      if (used[x] === 0) continue;
      const set = this.pool.take();
      const loads = of === 'day' ? state.dayRow(x) : state.periodRow(x);
      for (let i = 0; i < n; i++) {
        const r = ranks[i]!;
        set[r >>> 5]! |= (loads[i]! < caps[i]! ? 1 : 0) << (r & 31);
      }
      sets[x] = set;
    }
  }
}

/**
 * Which kinds, dates, periods and unit types the mutable visits of `order` have (1 for each), or
 * all of them when `order` has every visit.
 */
function usedBy(
  state: AssignmentState,
  order: ArrayLike<number>,
): { kinds: Uint8Array; dates: Uint8Array; periods: Uint8Array; types: Uint8Array } {
  const graph = state.graph;
  const kinds = new Uint8Array(graph.kindCount);
  const dates = new Uint8Array(graph.dateCount);
  const periods = new Uint8Array(graph.periodCount);
  const types = new Uint8Array(graph.unitTypeCount);
  if (order.length === graph.visitCount) {
    // Every visit (assignInspectors): every set.
    for (const used of [kinds, dates, periods, types]) used.fill(1);
    return { kinds, dates, periods, types };
  }
  for (let o = 0; o < order.length; o++) {
    const v = order[o]!;
    if (!state.isMutable(v)) continue;
    const d = graph.dateOf(v);
    kinds[graph.kindOf(v)] = 1;
    dates[d] = 1;
    periods[graph.periodOfDate(d)] = 1;
    types[graph.typeOf(v)] = 1;
  }
  return { kinds, dates, periods, types };
}
