import type { AssignmentGraph } from './AssignmentGraph.js';

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
  /** members[v * teamSize + s] for s < memberCounts[v]. */
  private readonly members: Int32Array;
  private readonly lockedSlots: Uint8Array;
  private readonly memberCounts: Int32Array;
  private readonly demands: Int32Array;
  private readonly mutableVisits: Uint8Array;
  // Loads by date, period and type are stored date-major (`dayLoads[d * n + i]`), so that a scan of
  // the inspectors for one visit reads consecutive memory (see `loadRows`).
  private readonly dayLoads: Int32Array;
  private readonly periodLoads: Int32Array;
  private readonly typeLoads: Int32Array;
  private readonly loads: Int32Array;

  /** An empty assignment: no members, every demand 0, every visit mutable. */
  constructor(graph: AssignmentGraph) {
    this.graph = graph;
    const { visitCount: m, inspectorCount: n, teamSize: k } = graph;
    this.members = new Int32Array(m * k).fill(-1);
    this.lockedSlots = new Uint8Array(m * k);
    this.memberCounts = new Int32Array(m);
    this.demands = new Int32Array(m);
    this.mutableVisits = new Uint8Array(m).fill(1);
    this.dayLoads = new Int32Array(n * graph.dateCount);
    this.periodLoads = new Int32Array(n * graph.periodCount);
    this.typeLoads = new Int32Array(n * graph.unitTypeCount);
    this.loads = new Int32Array(n);
  }

  /** Number of members of visit v. */
  memberCount(v: number): number {
    return this.memberCounts[v]!;
  }

  /** The member in slot s of visit v. */
  member(v: number, s: number): number {
    return this.members[v * this.graph.teamSize + s]!;
  }

  /**
   * Every team as arrays, for loops over all visits: `members[v * teamSize + s]` for
   * `s < counts[v]` (views that follow the teams: read them, never write them).
   */
  teamArrays(): { members: Int32Array; counts: Int32Array } {
    return { members: this.members, counts: this.memberCounts };
  }

  /** Whether slot s of visit v is locked (its member cannot be moved). */
  isLocked(v: number, s: number): boolean {
    return this.lockedSlots[v * this.graph.teamSize + s] === 1;
  }

  /** The members of visit v, in slot order. */
  team(v: number): number[] {
    const base = v * this.graph.teamSize;
    return Array.from(this.members.subarray(base, base + this.memberCounts[v]!));
  }

  /** Slot of inspector i on visit v, or -1. */
  slotOf(v: number, i: number): number {
    const base = v * this.graph.teamSize;
    const c = this.memberCounts[v]!;
    for (let s = 0; s < c; s++) if (this.members[base + s] === i) return s;
    return -1;
  }

  /** Whether inspector i is on visit v. */
  isOn(v: number, i: number): boolean {
    return this.slotOf(v, i) >= 0;
  }

  /** Slots visit v must fill. */
  demand(v: number): number {
    return this.demands[v]!;
  }

  /** Sets the number of slots visit v must fill. */
  setDemand(v: number, slots: number): void {
    this.demands[v] = slots;
  }

  /** Whether visit v may change (residual paths may enter it). */
  isMutable(v: number): boolean {
    return this.mutableVisits[v] === 1;
  }

  /** Lets visit v change, or fixes its team as it is. */
  setMutable(v: number, mutable: boolean): void {
    this.mutableVisits[v] = mutable ? 1 : 0;
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
    return this.dayLoads[d * this.graph.inspectorCount + i]!;
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
    return this.dayLoad(i, d) < this.graph.maxPerDay(i);
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
    return this.dayLoads.subarray(d * n, (d + 1) * n);
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
    const s = this.memberCounts[v]!++;
    this.members[v * this.graph.teamSize + s] = i;
    this.lockedSlots[v * this.graph.teamSize + s] = locked ? 1 : 0;
    this.count(v, i, 1);
  }

  /** Puts inspector `joins` in the slot of `leaves` on visit v. */
  replaceMember(v: number, leaves: number, joins: number): void {
    this.members[v * this.graph.teamSize + this.slotOf(v, leaves)] = joins;
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

  private count(v: number, i: number, delta: number): void {
    const { graph } = this;
    const n = graph.inspectorCount;
    const d = graph.dateOf(v);
    this.dayLoads[d * n + i]! += delta;
    this.periodLoads[graph.periodOfDate(d) * n + i]! += delta;
    this.typeLoads[graph.typeOf(v) * n + i]! += delta;
    this.loads[i]! += delta;
  }
}
