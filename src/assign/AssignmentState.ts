import type { AssignmentGraph } from './AssignmentGraph.js';

/** Where a visit's record (see `AssignmentState.records`) has its number of members, demand and fixed flag. */
const COUNT = 0;
const DEMAND = 1;
const FIXED = 2;
/** Where a visit's record has its first member. */
export const MEMBERS = 3;

/** One change of a team: `joins` takes the slot of `leaves` on `visit`, or a new slot when `leaves` is -1. */
export interface TeamChange {
  visit: number;
  leaves: number;
  joins: number;
}

/** Loads indexed by inspector, for one date, period and unit type (see {@link AssignmentState.loadRows}). */
export interface LoadRows {
  total: Int32Array;
  day: Int32Array;
  period: Int32Array;
  type: Int32Array;
}

/**
 * The flow on an {@link AssignmentGraph}: every visit's team (slots in the order filled), which
 * slots are locked, how many slots each visit must fill, which visits may change, and the loads
 * that follow from the teams (per inspector and date, period, unit type, and in total). Teams
 * change only through `addMember`, `replaceMember` and `apply`, which keep the loads equal to
 * what the teams imply. Internal.
 *
 * Locked slots and fixed (not mutable) visits serve substitution: the other visits' teams stay as
 * they are, so residual paths may neither enter a fixed visit nor take a locked member off a team.
 */
export class AssignmentState {
  readonly graph: AssignmentGraph;
  /**
   * Every visit's record, `stride = 3 + teamSize` numbers from `v * stride`: its number of members,
   * its demand, 1 when it is fixed (not mutable), then its members in slot order (see
   * {@link MEMBERS}). One record per visit rather than one array per field: the fill and the
   * searches take the visits in random order and read one cache line per visit.
   */
  private readonly records: Int32Array;
  private readonly stride: number;
  private readonly lockedSlots: Uint8Array;
  // Loads by date, period and type are stored date-major (`dayLoads[d * n + i]`), so that a scan of
  // the inspectors for one visit reads consecutive memory (see `loadRows`).
  // When no inspector's maxPerDay can be reached (none is at most the number of visits: all absent,
  // say), no day is ever full: the loads by date are then counted only once something reads them
  // (`days`), and not at all by a fill that only asks for room (tens of thousands of writes spread
  // over a large array).
  private dayLoads: Int32Array | undefined;
  private readonly daysBounded: boolean;
  private readonly periodLoads: Int32Array;
  private readonly typeLoads: Int32Array;
  private readonly loads: Int32Array;

  /** An empty assignment: no members, every demand 0, every visit mutable. */
  constructor(graph: AssignmentGraph) {
    this.graph = graph;
    const { visitCount: m, inspectorCount: n, teamSize: k } = graph;
    // All zero: no member, demand 0, mutable.
    this.stride = MEMBERS + k;
    this.records = new Int32Array(m * this.stride);
    this.lockedSlots = new Uint8Array(m * k);
    let bounded = false;
    for (let i = 0; i < n; i++) bounded ||= graph.maxPerDay(i) <= m;
    this.daysBounded = bounded;
    this.dayLoads = bounded ? new Int32Array(n * graph.dateCount) : undefined;
    this.periodLoads = new Int32Array(n * graph.periodCount);
    this.typeLoads = new Int32Array(n * graph.unitTypeCount);
    this.loads = new Int32Array(n);
  }

  /** Number of members of visit v. */
  memberCount(v: number): number {
    return this.records[v * this.stride + COUNT]!;
  }

  /** The member in slot s of visit v. */
  member(v: number, s: number): number {
    return this.records[v * this.stride + MEMBERS + s]!;
  }

  /**
   * Every team, for loops over all visits: visit v has `records[v * stride]` members, the one in
   * slot s at `records[v * stride + MEMBERS + s]` (a view that follows the teams: read it only).
   */
  teamRecords(): { records: Int32Array; stride: number } {
    return { records: this.records, stride: this.stride };
  }

  /** Whether slot s of visit v is locked (its member cannot be moved). */
  isLocked(v: number, s: number): boolean {
    return this.lockedSlots[v * this.graph.teamSize + s] === 1;
  }

  /** The members of visit v, in slot order. */
  team(v: number): number[] {
    const base = v * this.stride;
    return Array.from(this.records.subarray(base + MEMBERS, base + MEMBERS + this.records[base + COUNT]!));
  }

  /** Slot of inspector i on visit v, or -1. */
  slotOf(v: number, i: number): number {
    const base = v * this.stride;
    const c = this.records[base + COUNT]!;
    for (let s = 0; s < c; s++) if (this.records[base + MEMBERS + s] === i) return s;
    return -1;
  }

  /** Whether inspector i is on visit v. */
  isOn(v: number, i: number): boolean {
    return this.slotOf(v, i) >= 0;
  }

  /** Slots visit v must fill. */
  demand(v: number): number {
    return this.records[v * this.stride + DEMAND]!;
  }

  /** Sets the number of slots visit v must fill. */
  setDemand(v: number, slots: number): void {
    this.records[v * this.stride + DEMAND] = slots;
  }

  /** Whether visit v may change (residual paths may enter it). */
  isMutable(v: number): boolean {
    return this.records[v * this.stride + FIXED] === 0;
  }

  /** Lets visit v change, or fixes its team as it is. */
  setMutable(v: number, mutable: boolean): void {
    this.records[v * this.stride + FIXED] = mutable ? 0 : 1;
  }

  /** Whether inspector i can join visit v: v mutable, i eligible for it and not on it (capacity aside). */
  canJoin(v: number, i: number): boolean {
    return this.isMutable(v) && this.graph.isEligible(v, i) && !this.isOn(v, i);
  }

  /** Whether inspector i can leave visit v: v mutable, i on it in an unlocked slot. */
  canLeave(v: number, i: number): boolean {
    if (!this.isMutable(v)) return false;
    const s = this.slotOf(v, i);
    return s >= 0 && !this.isLocked(v, s);
  }

  /** Visits of inspector i over the whole horizon. */
  load(i: number): number {
    return this.loads[i]!;
  }

  /** Visits of inspector i on date d. */
  dayLoad(i: number, d: number): number {
    return this.days()[d * this.graph.inspectorCount + i]!;
  }

  /** Visits of inspector i in period p. */
  periodLoad(i: number, p: number): number {
    return this.periodLoads[p * this.graph.inspectorCount + i]!;
  }

  /** Visits of inspector i to units of type t. */
  typeLoad(i: number, t: number): number {
    return this.typeLoads[t * this.graph.inspectorCount + i]!;
  }

  /** Whether inspector i is below `maxPerDay` on date d. */
  hasDayRoom(i: number, d: number): boolean {
    return !this.daysBounded || this.dayLoad(i, d) < this.graph.maxPerDay(i);
  }

  /** Whether inspector i is below `maxPerPeriod` in period p. */
  hasPeriodRoom(i: number, p: number): boolean {
    return this.periodLoad(i, p) < this.graph.maxPerPeriod(i);
  }

  /**
   * For a scan of the inspectors on visit v's date `d`, period `p` and unit type `t`: each
   * inspector's visits in all, on `d`, in `p` and to type `t`, indexed by inspector (views that
   * follow the loads; read them, never write them).
   */
  loadRows(d: number, p: number, t: number): LoadRows {
    return { total: this.loads, day: this.dayRow(d), period: this.periodRow(p), type: this.typeRow(t) };
  }

  /** Every inspector's visits in all, indexed by inspector (a view that follows the loads: read it only). */
  totalRow(): Int32Array {
    return this.loads;
  }

  /** Every inspector's visits on date d, indexed by inspector (a view that follows the loads: read it only). */
  dayRow(d: number): Int32Array {
    const n = this.graph.inspectorCount;
    return this.days().subarray(d * n, (d + 1) * n);
  }

  /** Every inspector's visits in period p, indexed by inspector (a view that follows the loads: read it only). */
  periodRow(p: number): Int32Array {
    const n = this.graph.inspectorCount;
    return this.periodLoads.subarray(p * n, (p + 1) * n);
  }

  /** Every inspector's visits to units of type t, indexed by inspector (a view that follows the loads: read it only). */
  typeRow(t: number): Int32Array {
    const n = this.graph.inspectorCount;
    return this.typeLoads.subarray(t * n, (t + 1) * n);
  }

  /** Puts inspector i on visit v in a new slot. */
  addMember(v: number, i: number, locked: boolean): void {
    const base = v * this.stride;
    const s = this.records[base + COUNT]!++;
    this.records[base + MEMBERS + s] = i;
    this.lockedSlots[v * this.graph.teamSize + s] = locked ? 1 : 0;
    this.count(v, i, 1);
  }

  /** Puts inspector `joins` in the slot of `leaves` on visit v. */
  replaceMember(v: number, leaves: number, joins: number): void {
    this.records[v * this.stride + MEMBERS + this.slotOf(v, leaves)] = joins;
    this.count(v, leaves, -1);
    this.count(v, joins, 1);
  }

  /** Applies the changes of an augmenting path or an exchange (new slots unlocked). */
  apply(changes: readonly TeamChange[]): void {
    for (const { visit, leaves, joins } of changes) {
      if (leaves < 0) this.addMember(visit, joins, false);
      else this.replaceMember(visit, leaves, joins);
    }
  }

  /** The loads by date, counted from the teams the first time they are asked for (see `dayLoads`). */
  private days(): Int32Array {
    if (this.dayLoads === undefined) {
      const { graph } = this;
      const { visitCount: m, inspectorCount: n } = graph;
      const { records, stride } = this;
      const days = new Int32Array(n * graph.dateCount);
      for (let v = 0; v < m; v++) {
        const d = graph.dateOf(v);
        for (let s = 0; s < records[v * stride + COUNT]!; s++)
          days[d * n + records[v * stride + MEMBERS + s]!]! += 1;
      }
      this.dayLoads = days;
    }
    return this.dayLoads;
  }

  private count(v: number, i: number, delta: number): void {
    const { graph } = this;
    const n = graph.inspectorCount;
    const d = graph.dateOf(v);
    const days = this.dayLoads;
    if (days !== undefined) days[d * n + i]! += delta;
    this.periodLoads[graph.periodOfDate(d) * n + i]! += delta;
    this.typeLoads[graph.typeOf(v) * n + i]! += delta;
    this.loads[i]! += delta;
  }
}
