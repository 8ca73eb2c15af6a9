import { FairdrawError } from '../model/FairdrawError.js';
import type { AssignInspector, AssignVisit } from './types.js';

/** Capacity used for an absent `maxPerDay` / `maxPerPeriod`. */
const UNLIMITED = 0x3fffffff;

/**
 * The flow network behind {@link assignInspectors} and {@link substituteInspector}, kept implicit:
 *
 * ```
 * source -> visit v (cap = slots to fill) -> (inspector i, date d) (cap 1 per eligible (v, i))
 *        -> (i, d) -> (i, period p) (cap maxPerDay_i) -> (i, p) -> inspector i (cap maxPerPeriod_i)
 *        -> i -> sink (uncapped; the load of i)
 * ```
 *
 * An integral flow is a set of teams (the arc v -> (i, d) carries 1 when i is on v), so members are
 * distinct and every capacity holds by construction. Residual paths are searched breadth-first over
 * four kinds of nodes: V (visits), ID (inspector-date), IP (inspector-period) and IT (inspector total).
 * Slots can be `locked` (substitution keeps the other visits' teams fixed: their arcs are lower
 * bound = upper bound = 1, so their reverse arcs are absent from the residual graph) and visits can
 * be immutable (never entered by a residual path).
 *
 * Internal; not exported from the package.
 */
export class AssignmentNetwork {
  readonly m: number;
  readonly n: number;
  readonly k: number;
  readonly nDates: number;
  readonly nPeriods: number;
  readonly nTypes: number;
  readonly dates: string[] = [];
  readonly periods: number[] = [];
  readonly types: string[] = [];
  readonly visitDate: Int32Array;
  readonly visitType: Int32Array;
  /** Previous / next visit of the same unit in processing order, or -1. */
  readonly prevOfUnit: Int32Array;
  readonly nextOfUnit: Int32Array;
  readonly periodOfDate: Int32Array;
  readonly dateVisitStart: Int32Array;
  readonly dateVisitList: Int32Array;
  readonly periodDateStart: Int32Array;
  readonly periodDateList: Int32Array;
  readonly maxDay: Int32Array;
  readonly maxPeriod: Int32Array;
  /** Eligible inspectors of each visit (CSR), in increasing `rank`. */
  readonly eligStart: Int32Array;
  readonly eligList: Int32Array;
  /** eligible[v * n + i] = 1 when inspector i may staff visit v. */
  readonly eligible: Uint8Array;
  readonly rank: Int32Array;
  /** Visits sorted by (date, input index): "consecutive visits" of a unit follow this order. */
  readonly order: Int32Array;
  /** team[v * k + s] for s < teamCount[v]; compact. */
  readonly team: Int32Array;
  readonly locked: Uint8Array;
  readonly teamCount: Int32Array;
  /** Slots to fill on each visit (k, or 0 for a visit left out). */
  readonly demand: Int32Array;
  readonly mutable: Uint8Array;
  readonly dayLoad: Int32Array;
  readonly periodLoad: Int32Array;
  readonly load: Int32Array;
  readonly typeCount: Int32Array;
  readonly offId: number;
  readonly offIp: number;
  readonly offIt: number;
  private readonly parent: Int32Array;
  private readonly stamp: Int32Array;
  private readonly queue: Int32Array;
  private epoch = 0;

  /**
   * @param rank - rank[i] = position of inspector i in the draw's random permutation.
   * @param unavailable - per inspector, the dates on which they cannot visit.
   */
  constructor(
    visits: readonly AssignVisit[],
    inspectors: readonly AssignInspector[],
    teamSize: number,
    regionRecusal: boolean,
    rank: Int32Array,
    unavailable: readonly ReadonlySet<string>[],
  ) {
    const m = visits.length;
    const n = inspectors.length;
    const k = teamSize;
    this.m = m;
    this.n = n;
    this.k = k;
    this.rank = rank;

    // Dates, periods, types, units.
    const dateIndex = new Map<string, number>();
    const periodIndex = new Map<number, number>();
    const typeIndex = new Map<string, number>();
    const datePeriod: number[] = [];
    this.visitDate = new Int32Array(m);
    this.visitType = new Int32Array(m);
    for (let v = 0; v < m; v++) {
      const visit = visits[v]!;
      let p = periodIndex.get(visit.period);
      if (p === undefined) {
        p = this.periods.length;
        periodIndex.set(visit.period, p);
        this.periods.push(visit.period);
      }
      let d = dateIndex.get(visit.date);
      if (d === undefined) {
        d = this.dates.length;
        dateIndex.set(visit.date, d);
        this.dates.push(visit.date);
        datePeriod.push(p);
      } else if (datePeriod[d] !== p) {
        throw new FairdrawError(
          'invalid-input',
          `visits[${v}].period`,
          `date ${visit.date} is in period ${visit.period} here but in period ${this.periods[datePeriod[d]!]} on an earlier visit`,
        );
      }
      let t = typeIndex.get(visit.unitType);
      if (t === undefined) {
        t = this.types.length;
        typeIndex.set(visit.unitType, t);
        this.types.push(visit.unitType);
      }
      this.visitDate[v] = d;
      this.visitType[v] = t;
    }
    const nD = (this.nDates = this.dates.length);
    const nP = (this.nPeriods = this.periods.length);
    const nT = (this.nTypes = this.types.length);
    this.periodOfDate = Int32Array.from(datePeriod);

    // Processing order: by date, then input index.
    const idx = Array.from({ length: m }, (_, v) => v);
    idx.sort((a, b) => {
      const da = visits[a]!.date;
      const db = visits[b]!.date;
      return da < db ? -1 : da > db ? 1 : a - b;
    });
    this.order = Int32Array.from(idx);
    this.prevOfUnit = new Int32Array(m).fill(-1);
    this.nextOfUnit = new Int32Array(m).fill(-1);
    const lastOfUnit = new Map<string, number>();
    for (const v of idx) {
      const u = visits[v]!.unit;
      const prev = lastOfUnit.get(u);
      if (prev !== undefined) {
        this.prevOfUnit[v] = prev;
        this.nextOfUnit[prev] = v;
      }
      lastOfUnit.set(u, v);
    }

    // CSR: visits of each date (increasing index), dates of each period.
    this.dateVisitStart = new Int32Array(nD + 1);
    for (let v = 0; v < m; v++) this.dateVisitStart[this.visitDate[v]! + 1]!++;
    for (let d = 0; d < nD; d++) this.dateVisitStart[d + 1]! += this.dateVisitStart[d]!;
    this.dateVisitList = new Int32Array(m);
    const fillD = this.dateVisitStart.slice(0, nD);
    for (let v = 0; v < m; v++) this.dateVisitList[fillD[this.visitDate[v]!]!++] = v;
    this.periodDateStart = new Int32Array(nP + 1);
    for (let d = 0; d < nD; d++) this.periodDateStart[this.periodOfDate[d]! + 1]!++;
    for (let p = 0; p < nP; p++) this.periodDateStart[p + 1]! += this.periodDateStart[p]!;
    this.periodDateList = new Int32Array(nD);
    const fillP = this.periodDateStart.slice(0, nP);
    for (let d = 0; d < nD; d++) this.periodDateList[fillP[this.periodOfDate[d]!]!++] = d;

    // Capacities.
    this.maxDay = new Int32Array(n);
    this.maxPeriod = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const insp = inspectors[i]!;
      this.maxDay[i] = Math.min(insp.maxPerDay ?? UNLIMITED, UNLIMITED);
      this.maxPeriod[i] = Math.min(insp.maxPerPeriod ?? UNLIMITED, UNLIMITED);
    }

    // Static eligibility (the same rules as `ineligibility`, on indices), each list in increasing rank.
    const unitIndex = new Map<string, number>();
    const regionIndex = new Map<string, number>();
    const visitUnit = new Int32Array(m);
    const visitRegion = new Int32Array(m);
    for (let v = 0; v < m; v++) {
      const visit = visits[v]!;
      let u = unitIndex.get(visit.unit);
      if (u === undefined) unitIndex.set(visit.unit, (u = unitIndex.size));
      visitUnit[v] = u;
      let r = visit.unitRegion === undefined ? -1 : regionIndex.get(visit.unitRegion);
      if (r === undefined) regionIndex.set(visit.unitRegion!, (r = regionIndex.size));
      visitRegion[v] = r;
    }
    const recused = new Uint8Array(n * unitIndex.size);
    const typeBan = new Uint8Array(n * nT);
    const dateBan = new Uint8Array(n * nD);
    const homeRegion = new Int32Array(n).fill(-2);
    const noCapacity = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const insp = inspectors[i]!;
      for (const unit of [insp.homeUnit, ...(insp.conflicts ?? [])]) {
        const u = unit === undefined ? undefined : unitIndex.get(unit);
        if (u !== undefined) recused[i * unitIndex.size + u] = 1;
      }
      if (regionRecusal && insp.homeRegion !== undefined) {
        homeRegion[i] = regionIndex.get(insp.homeRegion) ?? -2;
      }
      if (insp.types !== undefined) {
        for (let t = 0; t < nT; t++) if (!insp.types.includes(this.types[t]!)) typeBan[i * nT + t] = 1;
      }
      for (const date of unavailable[i] ?? []) {
        const d = dateIndex.get(date);
        if (d !== undefined) dateBan[i * nD + d] = 1;
      }
      if ((insp.maxPerPeriod ?? 1) <= 0 || (insp.maxPerDay ?? 1) <= 0) noCapacity[i] = 1;
    }
    const byRank = new Int32Array(n);
    for (let i = 0; i < n; i++) byRank[rank[i]!] = i;
    const eligStart = new Int32Array(m + 1);
    const eligible = new Uint8Array(m * n);
    const visitType = this.visitType;
    const visitDate = this.visitDate;
    let list = new Int32Array(Math.max(16, m * Math.min(n, 8)));
    let len = 0;
    const nU = unitIndex.size;
    for (let v = 0; v < m; v++) {
      const u = visitUnit[v]!;
      const t = visitType[v]!;
      const d = visitDate[v]!;
      const r = visitRegion[v]!;
      for (let q = 0; q < n; q++) {
        const i = byRank[q]!;
        if (
          recused[i * nU + u] ||
          (r >= 0 && homeRegion[i] === r) ||
          typeBan[i * nT + t] ||
          dateBan[i * nD + d] ||
          noCapacity[i]
        ) {
          continue;
        }
        if (len === list.length) {
          const grown = new Int32Array(list.length * 2);
          grown.set(list);
          list = grown;
        }
        list[len++] = i;
        eligible[v * n + i] = 1;
      }
      eligStart[v + 1] = len;
    }
    this.eligStart = eligStart;
    this.eligible = eligible;
    this.eligList = list.slice(0, len);

    // Flow state.
    this.team = new Int32Array(m * k).fill(-1);
    this.locked = new Uint8Array(m * k);
    this.teamCount = new Int32Array(m);
    this.demand = new Int32Array(m);
    this.mutable = new Uint8Array(m).fill(1);
    this.dayLoad = new Int32Array(n * nD);
    this.periodLoad = new Int32Array(n * nP);
    this.load = new Int32Array(n);
    this.typeCount = new Int32Array(n * nT);

    this.offId = m;
    this.offIp = this.offId + n * nD;
    this.offIt = this.offIp + n * nP;
    const nodes = this.offIt + n;
    this.parent = new Int32Array(nodes);
    this.stamp = new Int32Array(nodes);
    this.queue = new Int32Array(nodes);
  }

  /** Number of statically eligible inspectors of visit v. */
  eligibleCount(v: number): number {
    return this.eligStart[v + 1]! - this.eligStart[v]!;
  }

  /** Slot of inspector i on visit v, or -1. */
  slotOf(v: number, i: number): number {
    const base = v * this.k;
    const c = this.teamCount[v]!;
    for (let s = 0; s < c; s++) if (this.team[base + s] === i) return s;
    return -1;
  }

  /** Whether i has room for one more visit on v's date and in v's period. */
  hasRoom(i: number, v: number): boolean {
    const d = this.visitDate[v]!;
    return (
      this.dayLoad[i * this.nDates + d]! < this.maxDay[i]! &&
      this.periodLoad[i * this.nPeriods + this.periodOfDate[d]!]! < this.maxPeriod[i]!
    );
  }

  /** Puts i on v (a new slot) and updates every load. */
  add(v: number, i: number, lock: boolean): void {
    const s = this.teamCount[v]!++;
    this.team[v * this.k + s] = i;
    this.locked[v * this.k + s] = lock ? 1 : 0;
    this.bump(v, i, 1);
  }

  private bump(v: number, i: number, delta: number): void {
    const d = this.visitDate[v]!;
    this.dayLoad[i * this.nDates + d]! += delta;
    this.periodLoad[i * this.nPeriods + this.periodOfDate[d]!]! += delta;
    this.load[i]! += delta;
    this.typeCount[i * this.nTypes + this.visitType[v]!]! += delta;
  }

  /**
   * Greedy fill. For every mutable visit in `order`, fill its free slots with the eligible
   * inspectors with room who are not yet on the team and have the smallest keys, compared
   * lexicographically: (sits on the team of the unit's previous or next visit in date order, load
   * so far, visits to this unit type so far, (rank - offset[v]) mod n). Slots are filled in
   * increasing key order.
   */
  greedy(offset: Int32Array, order: Int32Array = this.order): void {
    const { n, k, nTypes, nDates: nD, nPeriods: nP } = this;
    const near = new Uint8Array(n);
    const bestI = new Int32Array(k);
    const bestKey = new Float64Array(k);
    for (let o = 0; o < order.length; o++) {
      const v = order[o]!;
      if (!this.mutable[v]) continue;
      const need = Math.min(this.demand[v]!, k) - this.teamCount[v]!;
      if (need <= 0) continue;
      const t = this.visitType[v]!;
      const d = this.visitDate[v]!;
      const p = this.periodOfDate[d]!;
      const off = offset[v]!;
      const base = v * k;
      const c0 = this.teamCount[v]!;
      for (const w of [this.prevOfUnit[v]!, this.nextOfUnit[v]!]) {
        if (w >= 0) for (let s = 0; s < this.teamCount[w]!; s++) near[this.team[w * k + s]!] = 1;
      }
      // Keep the `need` smallest keys; key = rep * 2^50 + load * 2^34 + typeCount * 2^18 + tie,
      // exact in a double for loads and type counts below 2^16 and n below 2^18.
      let filled = 0;
      const e1 = this.eligStart[v + 1]!;
      for (let e = this.eligStart[v]!; e < e1; e++) {
        const i = this.eligList[e]!;
        if (
          this.dayLoad[i * nD + d]! >= this.maxDay[i]! ||
          this.periodLoad[i * nP + p]! >= this.maxPeriod[i]!
        ) {
          continue;
        }
        let on = false;
        for (let s = 0; s < c0; s++) if (this.team[base + s] === i) on = true;
        if (on) continue;
        let tie = this.rank[i]! - off;
        if (tie < 0) tie += n;
        const key =
          near[i]! * 1125899906842624 +
          Math.min(this.load[i]!, 65535) * 17179869184 +
          Math.min(this.typeCount[i * nTypes + t]!, 65535) * 262144 +
          tie;
        if (filled < need) {
          let q = filled++;
          while (q > 0 && bestKey[q - 1]! > key) {
            bestKey[q] = bestKey[q - 1]!;
            bestI[q] = bestI[q - 1]!;
            q--;
          }
          bestKey[q] = key;
          bestI[q] = i;
        } else if (key < bestKey[need - 1]!) {
          let q = need - 1;
          while (q > 0 && bestKey[q - 1]! > key) {
            bestKey[q] = bestKey[q - 1]!;
            bestI[q] = bestI[q - 1]!;
            q--;
          }
          bestKey[q] = key;
          bestI[q] = i;
        }
      }
      for (const w of [this.prevOfUnit[v]!, this.nextOfUnit[v]!]) {
        if (w >= 0) for (let s = 0; s < this.teamCount[w]!; s++) near[this.team[w * k + s]!] = 0;
      }
      for (let q = 0; q < filled; q++) this.add(v, bestI[q]!, false);
    }
  }

  private mark(w: number, from: number): boolean {
    if (this.stamp[w] === this.epoch) return false;
    this.stamp[w] = this.epoch;
    this.parent[w] = from;
    return true;
  }

  /** Whether node w was reached by the last search. */
  reached(w: number): boolean {
    return this.stamp[w] === this.epoch;
  }

  /**
   * Breadth-first search of the residual graph from the visit nodes `roots`. Any inspector node
   * reached is a target (its sink arc is uncapped): returns the first one (its path is read back
   * with `pathTo`), or -1 after exploring everything reachable (then `reached` tells the source
   * side of a minimum cut).
   */
  search(roots: readonly number[]): number {
    return this.forward(roots, false);
  }

  /**
   * Forward breadth-first search of the residual graph (arcs followed in their residual direction).
   *
   * - `exchange = false`: `roots` are visit nodes, every inspector node reached is a target.
   * - `exchange = true`: `roots` are inspector nodes sorted by decreasing load, entering the search
   *   one at a time (the next root, if not yet reached, once the queue is empty); marks are kept
   *   across roots. Every node reached while root r (load h) is being explored is reachable from
   *   r; an inspector node j reached then is a target when load[j] <= h - 2, otherwise the search
   *   goes on through it. Complete: a node first reached from an earlier root (load >= h) was
   *   explored from there, and any target behind it would have been found then.
   */
  private forward(roots: readonly number[], exchange: boolean): number {
    this.epoch++;
    const { queue, nDates: nD, nPeriods: nP, offId, offIp, offIt, k } = this;
    let qh = 0;
    let qt = 0;
    let r = 0;
    let level = 0;
    for (;;) {
      if (qh === qt) {
        if (r >= roots.length) return -1;
        if (!exchange) {
          for (; r < roots.length; r++) if (this.mark(roots[r]!, -1)) queue[qt++] = roots[r]!;
        } else {
          level = this.load[roots[r]! - offIt]!;
          if (this.mark(roots[r]!, -1)) queue[qt++] = roots[r]!;
          r++;
        }
        continue;
      }
      const u = queue[qh++]!;
      if (u < offId) {
        // Visit node: forward arcs to (j, d) for eligible j not on the team.
        const d = this.visitDate[u]!;
        const e1 = this.eligStart[u + 1]!;
        for (let e = this.eligStart[u]!; e < e1; e++) {
          const j = this.eligList[e]!;
          if (this.slotOf(u, j) >= 0) continue;
          const w = offId + j * nD + d;
          if (!this.mark(w, u)) continue;
          queue[qt++] = w;
          // Early exit: (j, d) -> (j, p) -> j all have room and j is a target.
          const y = offIp + j * nP + this.periodOfDate[d]!;
          const z = offIt + j;
          if (
            (!exchange || this.load[j]! <= level - 2) &&
            this.dayLoad[w - offId]! < this.maxDay[j]! &&
            this.periodLoad[y - offIp]! < this.maxPeriod[j]! &&
            this.stamp[y] !== this.epoch &&
            this.stamp[z] !== this.epoch
          ) {
            this.mark(y, w);
            this.mark(z, y);
            return z;
          }
        }
      } else if (u < offIp) {
        const x = u - offId;
        const i = (x / nD) | 0;
        const d = x - i * nD;
        if (this.dayLoad[x]! < this.maxDay[i]!) {
          const w = offIp + i * nP + this.periodOfDate[d]!;
          if (this.mark(w, u)) queue[qt++] = w;
        }
        // Reverse arcs: visits of that date on which i holds an unlocked slot.
        const a1 = this.dateVisitStart[d + 1]!;
        for (let a = this.dateVisitStart[d]!; a < a1; a++) {
          const v = this.dateVisitList[a]!;
          if (!this.mutable[v]) continue;
          const s = this.slotOf(v, i);
          if (s < 0 || this.locked[v * k + s]) continue;
          if (this.mark(v, u)) queue[qt++] = v;
        }
      } else if (u < offIt) {
        const x = u - offIp;
        const i = (x / nP) | 0;
        const p = x - i * nP;
        if (this.periodLoad[x]! < this.maxPeriod[i]!) {
          const w = offIt + i;
          if (this.mark(w, u)) {
            if (!exchange || this.load[i]! <= level - 2) return w;
            queue[qt++] = w;
          }
        }
        const b1 = this.periodDateStart[p + 1]!;
        for (let b = this.periodDateStart[p]!; b < b1; b++) {
          const w = offId + i * nD + this.periodDateList[b]!;
          if (this.dayLoad[w - offId]! > 0 && this.mark(w, u)) queue[qt++] = w;
        }
      } else {
        // Inspector node (exchange mode only): reverse arcs to its periods with visits.
        const i = u - offIt;
        for (let p = 0; p < nP; p++) {
          const w = offIp + i * nP + p;
          if (this.periodLoad[w - offIp]! > 0 && this.mark(w, u)) queue[qt++] = w;
        }
      }
    }
  }

  /**
   * Backward breadth-first search of the residual graph for a load-improving exchange. `roots` are
   * inspector nodes sorted by increasing load; they enter the search one at a time (once the queue
   * is empty), marks kept across roots. Every node reached while root r (load l) is explored has a
   * residual path to r; an inspector node i reached then with load[i] >= l + 2 can pass one visit
   * to r. Returns the path from such an i to its root, or undefined when no exchange improves the
   * balance.
   */
  searchExchange(roots: readonly number[]): number[] | undefined {
    this.epoch++;
    const { queue, n, nDates: nD, nPeriods: nP, offId, offIp, offIt, k } = this;
    let qh = 0;
    let qt = 0;
    let r = 0;
    let level = 0;
    for (;;) {
      if (qh === qt) {
        if (r >= roots.length) return undefined;
        level = this.load[roots[r]! - offIt]!;
        if (this.mark(roots[r]!, -1)) queue[qt++] = roots[r]!;
        r++;
        continue;
      }
      const w = queue[qh++]!;
      if (w >= offIt) {
        // Predecessors of inspector node j: (j, p) with room in period p.
        const j = w - offIt;
        for (let p = 0; p < nP; p++) {
          const x = j * nP + p;
          if (this.periodLoad[x]! < this.maxPeriod[j]! && this.mark(offIp + x, w)) queue[qt++] = offIp + x;
        }
      } else if (w >= offIp) {
        const x = w - offIp;
        const j = (x / nP) | 0;
        const p = x - j * nP;
        // Reverse arc inspector j -> (j, p) when j has visits in p: j itself is a candidate source.
        if (this.periodLoad[x]! > 0) {
          const it = offIt + j;
          if (this.mark(it, w)) {
            if (this.load[j]! >= level + 2) return this.pathFrom(it);
            queue[qt++] = it;
          }
        }
        const b1 = this.periodDateStart[p + 1]!;
        for (let b = this.periodDateStart[p]!; b < b1; b++) {
          const y = j * nD + this.periodDateList[b]!;
          if (this.dayLoad[y]! < this.maxDay[j]! && this.mark(offId + y, w)) queue[qt++] = offId + y;
        }
      } else if (w >= offId) {
        const y = w - offId;
        const j = (y / nD) | 0;
        const d = y - j * nD;
        // Reverse arc (j, p) -> (j, d) when j works on d.
        if (this.dayLoad[y]! > 0) {
          const z = offIp + j * nP + this.periodOfDate[d]!;
          if (this.mark(z, w)) queue[qt++] = z;
        }
        // Forward arcs v -> (j, d): visits of date d that j may staff and is not on.
        const a1 = this.dateVisitStart[d + 1]!;
        for (let a = this.dateVisitStart[d]!; a < a1; a++) {
          const v = this.dateVisitList[a]!;
          if (this.mutable[v] && this.eligible[v * n + j] && this.slotOf(v, j) < 0 && this.mark(v, w)) {
            queue[qt++] = v;
          }
        }
      } else {
        // Visit node v: reverse arcs (i, d) -> v for its members with unlocked slots.
        const d = this.visitDate[w]!;
        const c = this.teamCount[w]!;
        for (let s = 0; s < c; s++) {
          if (this.locked[w * k + s]) continue;
          const i = this.team[w * k + s]!;
          const z = offId + i * nD + d;
          if (!this.mark(z, w)) continue;
          queue[qt++] = z;
          // Early exit: i -> (i, p) -> (i, d) -> v exist (i is on v) and i is a source.
          const y = offIp + i * nP + this.periodOfDate[d]!;
          const it = offIt + i;
          if (this.load[i]! >= level + 2 && this.stamp[y] !== this.epoch && this.stamp[it] !== this.epoch) {
            this.mark(y, z);
            this.mark(it, y);
            return this.pathFrom(it);
          }
        }
      }
    }
  }

  /** The path of a backward search, from node `start` to its root. */
  private pathFrom(start: number): number[] {
    const path: number[] = [];
    for (let u = start; u !== -1; u = this.parent[u]!) path.push(u);
    return path;
  }

  /** The path of the last forward search, from its root to node `target`. */
  pathTo(target: number): number[] {
    const path: number[] = [];
    for (let u = target; u !== -1; u = this.parent[u]!) path.push(u);
    return path.reverse();
  }

  /**
   * Pushes one unit of flow along `path` (a list of nodes from a visit or an inspector to an
   * inspector node): team changes, day, period, type and total loads are updated.
   */
  applyPath(path: readonly number[]): void {
    const { offId, offIp, offIt, nDates: nD, k } = this;
    const target = path[path.length - 1]!;
    let removed = -1;
    for (let a = 0; a + 1 < path.length; a++) {
      const u = path[a]!;
      const w = path[a + 1]!;
      if (u >= offIt) {
        this.periodLoad[w - offIp]!--;
      } else if (u >= offIp) {
        if (w >= offIt) this.periodLoad[u - offIp]!++;
        else this.dayLoad[w - offId]!--;
      } else if (u >= offId) {
        if (w >= offIp) this.dayLoad[u - offId]!++;
        else removed = ((u - offId) / nD) | 0;
      } else {
        const j = ((w - offId) / nD) | 0;
        const t = this.visitType[u]!;
        if (removed >= 0) {
          const s = this.slotOf(u, removed);
          this.team[u * k + s] = j;
          this.typeCount[removed * this.nTypes + t]!--;
        } else {
          const s = this.teamCount[u]!++;
          this.team[u * k + s] = j;
          this.locked[u * k + s] = 0;
        }
        this.typeCount[j * this.nTypes + t]!++;
        removed = -1;
      }
    }
    this.load[target - offIt]!++;
    if (path[0]! >= offIt) this.load[path[0]! - offIt]!--;
  }

  /**
   * Completes the greedy fill to a maximum flow: for every mutable visit in `order`, while
   * it has a free slot, augment along a shortest residual path from it. Returns the visits still
   * short of their demand (empty iff the demands are feasible; Ford & Fulkerson 1956).
   */
  augment(order: Int32Array = this.order): number[] {
    const short: number[] = [];
    const root = [0];
    for (let o = 0; o < order.length; o++) {
      const v = order[o]!;
      if (!this.mutable[v]) continue;
      while (this.teamCount[v]! < this.demand[v]!) {
        root[0] = v;
        const t = this.search(root);
        if (t < 0) break;
        this.applyPath(this.pathTo(t));
      }
      if (this.teamCount[v]! < this.demand[v]!) short.push(v);
    }
    return short;
  }

  /**
   * Exchanges visits along residual paths until no inspector with load h can pass a visit to one
   * with load <= h - 2. The result is a decreasingly-minimal load vector (Frank & Murota 2022): it
   * minimises the maximum load, maximises the minimum load, and minimises the sum of squares.
   * Returns the number of exchanges.
   */
  balance(): number {
    const n = this.n;
    const ids = Array.from({ length: n }, (_, i) => i);
    let exchanges = 0;
    for (;;) {
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < n; i++) {
        lo = Math.min(lo, this.load[i]!);
        hi = Math.max(hi, this.load[i]!);
      }
      if (!(hi - lo >= 2)) return exchanges;
      // Search from the smaller extreme: forward from the most loaded when they are fewer than
      // the least loaded, backward from the least loaded otherwise. Both are exhaustive over every
      // pair of load levels at least 2 apart, so either certifies decreasing minimality.
      let nHi = 0;
      let nLo = 0;
      for (let i = 0; i < n; i++) {
        if (this.load[i] === hi) nHi++;
        if (this.load[i] === lo) nLo++;
      }
      let path: number[] | undefined;
      if (nHi <= nLo) {
        ids.sort((a, b) => this.load[b]! - this.load[a]! || this.rank[a]! - this.rank[b]!);
        const roots = ids.filter((i) => this.load[i]! >= lo + 2).map((i) => this.offIt + i);
        const t = this.forward(roots, true);
        path = t < 0 ? undefined : this.pathTo(t);
      } else {
        ids.sort((a, b) => this.load[a]! - this.load[b]! || this.rank[a]! - this.rank[b]!);
        const roots = ids.filter((i) => this.load[i]! <= hi - 2).map((i) => this.offIt + i);
        path = this.searchExchange(roots);
      }
      if (path === undefined) return exchanges;
      this.applyPath(path);
      exchanges++;
    }
  }
}
