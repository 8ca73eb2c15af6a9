import type { AssignmentGraph } from './AssignmentGraph.js';
import type { AssignmentState, TeamChange } from './AssignmentState.js';

/**
 * Which inspector nodes end a search, given the load of the root being explored:
 * `any` every one; `lighter` one with load <= root load - 2 (it can take a visit from the root);
 * `heavier` one with load >= root load + 2 (it can pass a visit to the root).
 */
export type SearchTarget = 'any' | 'lighter' | 'heavier';

/**
 * Breadth-first search of the residual graph of an {@link AssignmentState}, never built: arcs are
 * generated on the fly from the teams and the load counters. Nodes are numbered visits first
 * (V, `0 .. m-1`), then (inspector, date) (ID), (inspector, period) (IP) and inspectors (IT).
 *
 * Every node has arcs "up" (toward the sink: V -> ID -> IP -> IT) and "down". A **forward** search
 * follows residual arcs: up where the arc has room, down where it carries flow that can be undone.
 * A **backward** search follows them reversed: up where the arc carries flow, down where it has
 * room. At each node the up arcs come first, then the down arcs, in a fixed order (docs/assign.md,
 * steps 7 and 9). Roots enter one at a time, the next once the queue is empty, marks kept: every
 * node reached while root r is explored is connected to r, so an end test relative to r's load is
 * sound, and complete because a node first reached from an earlier root was explored from there.
 *
 * Early exit: on reaching ID `(i, d)` from a visit, if i is an end and its IP and IT nodes are
 * unmarked and the arcs up to IT are usable, the path through them is taken at once.
 */
export class ResidualSearch {
  private readonly graph: AssignmentGraph;
  private readonly state: AssignmentState;
  private readonly firstDayNode: number;
  private readonly firstPeriodNode: number;
  private readonly firstInspectorNode: number;
  private readonly parent: Int32Array;
  private readonly stamp: Int32Array;
  private readonly queue: Int32Array;
  private epoch = 0;
  private tail = 0;
  private forward = true;
  private target: SearchTarget = 'any';
  private rootLoad = 0;

  constructor(state: AssignmentState) {
    const graph = state.graph;
    this.graph = graph;
    this.state = state;
    const n = graph.inspectorCount;
    this.firstDayNode = graph.visitCount;
    this.firstPeriodNode = this.firstDayNode + n * graph.dateCount;
    this.firstInspectorNode = this.firstPeriodNode + n * graph.periodCount;
    const nodes = this.firstInspectorNode + n;
    this.parent = new Int32Array(nodes);
    this.stamp = new Int32Array(nodes);
    this.queue = new Int32Array(nodes);
  }

  /**
   * A shortest augmenting path from the visit `visit` to any inspector (forward), as the team
   * changes that apply it, or undefined when none exists.
   */
  augmentingPath(visit: number): TeamChange[] | undefined {
    return this.find('forward', [visit], 'any');
  }

  /**
   * An exchange of visits that moves one visit from an inspector to another with a load at least 2
   * lower. `forward`: from `inspectors` (sorted by decreasing load) to a lighter one; `backward`:
   * from a heavier one to `inspectors` (sorted by increasing load). Undefined when none exists.
   */
  exchange(direction: 'forward' | 'backward', inspectors: readonly number[]): TeamChange[] | undefined {
    const roots = inspectors.map((i) => this.firstInspectorNode + i);
    return this.find(direction, roots, direction === 'forward' ? 'lighter' : 'heavier');
  }

  /**
   * Explores everything reachable from the visits `visits` (forward); then `reachedVisit`,
   * `reachedDay` and `reachedPeriod` tell the source side of a minimum cut when no inspector is
   * reachable.
   */
  explore(visits: readonly number[]): void {
    this.find('forward', visits, 'any');
  }

  /** Whether the last search reached visit v. */
  reachedVisit(v: number): boolean {
    return this.reached(v);
  }

  /** Whether the last search reached (inspector i, date d). */
  reachedDay(i: number, d: number): boolean {
    return this.reached(this.firstDayNode + i * this.graph.dateCount + d);
  }

  /** Whether the last search reached (inspector i, period p). */
  reachedPeriod(i: number, p: number): boolean {
    return this.reached(this.firstPeriodNode + i * this.graph.periodCount + p);
  }

  private find(
    direction: 'forward' | 'backward',
    roots: readonly number[],
    target: SearchTarget,
  ): TeamChange[] | undefined {
    this.forward = direction === 'forward';
    this.target = target;
    this.epoch++;
    const { queue } = this;
    let head = 0;
    this.tail = 0;
    let r = 0;
    for (;;) {
      if (head === this.tail) {
        if (r >= roots.length) return undefined;
        const root = roots[r++]!;
        this.rootLoad = root >= this.firstInspectorNode ? this.state.load(root - this.firstInspectorNode) : 0;
        if (this.mark(root, -1)) queue[this.tail++] = root;
        continue;
      }
      const u = queue[head++]!;
      let end: number;
      if (u < this.firstDayNode) end = this.expandVisit(u);
      else if (u < this.firstPeriodNode) end = this.expandDay(u);
      else if (u < this.firstInspectorNode) end = this.expandPeriod(u);
      else end = this.expandInspector(u);
      if (end >= 0) return this.changesTo(end);
    }
  }

  /** V v: up to (i, d(v)) for the inspectors who can join v (forward) or leave it (backward). */
  private expandVisit(v: number): number {
    const { graph, state } = this;
    const d = graph.dateOf(v);
    if (this.forward) {
      const eligible = graph.eligibleFor(v);
      for (let e = 0; e < eligible.length; e++) {
        const j = eligible[e]!;
        if (state.isOn(v, j)) continue;
        const end = this.reachDayFromVisit(v, j, d);
        if (end >= 0) return end;
      }
    } else {
      const c = state.memberCount(v);
      for (let s = 0; s < c; s++) {
        if (state.isLocked(v, s)) continue;
        const end = this.reachDayFromVisit(v, state.member(v, s), d);
        if (end >= 0) return end;
      }
    }
    return -1;
  }

  /** Marks (i, d) from visit v; returns i's inspector node when the early exit applies, else -1. */
  private reachDayFromVisit(v: number, i: number, d: number): number {
    const w = this.firstDayNode + i * this.graph.dateCount + d;
    if (!this.mark(w, v)) return -1;
    this.queue[this.tail++] = w;
    const p = this.graph.periodOfDate(d);
    const y = this.firstPeriodNode + i * this.graph.periodCount + p;
    const z = this.firstInspectorNode + i;
    if (this.isEnd(i) && this.upDay(i, d) && this.upPeriod(i, p) && !this.reached(y) && !this.reached(z)) {
      this.mark(y, w);
      this.mark(z, y);
      return z;
    }
    return -1;
  }

  /** ID (i, d): up to (i, p(d)), then down to the visits of d, in input order. */
  private expandDay(u: number): number {
    const { graph, state } = this;
    const x = u - this.firstDayNode;
    const i = (x / graph.dateCount) | 0;
    const d = x - i * graph.dateCount;
    if (this.upDay(i, d)) this.visit(this.firstPeriodNode + i * graph.periodCount + graph.periodOfDate(d), u);
    const visits = graph.visitsOn(d);
    for (let a = 0; a < visits.length; a++) {
      const v = visits[a]!;
      if (this.forward ? state.canLeave(v, i) : state.canJoin(v, i)) this.visit(v, u);
    }
    return -1;
  }

  /** IP (i, p): up to inspector i (an end, perhaps), then down to the dates of p, in index order. */
  private expandPeriod(u: number): number {
    const { graph } = this;
    const x = u - this.firstPeriodNode;
    const i = (x / graph.periodCount) | 0;
    const p = x - i * graph.periodCount;
    if (this.upPeriod(i, p)) {
      const w = this.firstInspectorNode + i;
      if (this.mark(w, u)) {
        if (this.isEnd(i)) return w;
        this.queue[this.tail++] = w;
      }
    }
    const dates = graph.datesIn(p);
    for (let b = 0; b < dates.length; b++) {
      const d = dates[b]!;
      if (this.downDay(i, d)) this.visit(this.firstDayNode + i * graph.dateCount + d, u);
    }
    return -1;
  }

  /** IT i: down to its periods, in index order. */
  private expandInspector(u: number): number {
    const i = u - this.firstInspectorNode;
    for (let p = 0; p < this.graph.periodCount; p++) {
      if (this.downPeriod(i, p)) this.visit(this.firstPeriodNode + i * this.graph.periodCount + p, u);
    }
    return -1;
  }

  /** Whether the search may go up from (i, d) to (i, p(d)). */
  private upDay(i: number, d: number): boolean {
    return this.forward ? this.state.hasDayRoom(i, d) : this.state.dayLoad(i, d) > 0;
  }

  /** Whether the search may go down from (i, p(d)) to (i, d). */
  private downDay(i: number, d: number): boolean {
    return this.forward ? this.state.dayLoad(i, d) > 0 : this.state.hasDayRoom(i, d);
  }

  /** Whether the search may go up from (i, p) to inspector i. */
  private upPeriod(i: number, p: number): boolean {
    return this.forward ? this.state.hasPeriodRoom(i, p) : this.state.periodLoad(i, p) > 0;
  }

  /** Whether the search may go down from inspector i to (i, p). */
  private downPeriod(i: number, p: number): boolean {
    return this.forward ? this.state.periodLoad(i, p) > 0 : this.state.hasPeriodRoom(i, p);
  }

  private isEnd(i: number): boolean {
    if (this.target === 'any') return true;
    const load = this.state.load(i);
    return this.target === 'lighter' ? load <= this.rootLoad - 2 : load >= this.rootLoad + 2;
  }

  /** Marks w (reached from `from`) and queues it, unless already reached. */
  private visit(w: number, from: number): void {
    if (this.mark(w, from)) this.queue[this.tail++] = w;
  }

  private mark(w: number, from: number): boolean {
    if (this.stamp[w] === this.epoch) return false;
    this.stamp[w] = this.epoch;
    this.parent[w] = from;
    return true;
  }

  private reached(w: number): boolean {
    return this.stamp[w] === this.epoch;
  }

  /**
   * The team changes along the path to `end`. The path, in the direction of the flow, starts at a
   * visit or an inspector and ends at an inspector; every visit on it is entered from (i, d) (i
   * leaves it; none for a starting visit) and left to (j, d) (j joins it).
   */
  private changesTo(end: number): TeamChange[] {
    const path: number[] = [];
    for (let u = end; u !== -1; u = this.parent[u]!) path.push(u);
    if (this.forward) path.reverse();
    const inspectorOf = (dayNode: number) => ((dayNode - this.firstDayNode) / this.graph.dateCount) | 0;
    const changes: TeamChange[] = [];
    for (let a = 0; a + 1 < path.length; a++) {
      const v = path[a]!;
      if (v >= this.firstDayNode) continue;
      changes.push({
        visit: v,
        leaves: a > 0 ? inspectorOf(path[a - 1]!) : -1,
        joins: inspectorOf(path[a + 1]!),
      });
    }
    return changes;
  }
}
