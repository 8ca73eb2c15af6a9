import { FairdrawError } from '../model/FairdrawError.js';
import type { AssignInspector, AssignVisit } from './types.js';

/** Capacity used for an absent `maxPerDay` / `maxPerPeriod`. */
const UNLIMITED = 0x3fffffff;

/**
 * The fixed part of the flow network behind {@link assignInspectors} and {@link substituteInspector}:
 *
 * ```
 * source -> visit v (cap = slots to fill) -> (inspector i, date d) (cap 1 per eligible (v, i))
 *        -> (i, d) -> (i, period p) (cap maxPerDay_i) -> (i, p) -> inspector i (cap maxPerPeriod_i)
 *        -> i -> sink (uncapped; the load of i)
 * ```
 *
 * Everything here is decided by the input and never changes during a draw: dates, periods and unit
 * types numbered in order of first appearance, which visits fall on which date and which dates in
 * which period, who is eligible for which visit (lists in increasing random rank), the capacities,
 * and each visit's neighbours of the same unit in date order. The flow itself (teams and loads) is
 * an {@link AssignmentState}. Internal; not exported from the package.
 */
export class AssignmentGraph {
  readonly visitCount: number;
  readonly inspectorCount: number;
  readonly teamSize: number;
  /** ISO date of each date index. */
  readonly dates: readonly string[];
  /** Period (as given on the visits) of each period index. */
  readonly periods: readonly number[];
  /** Unit type of each type index. */
  readonly unitTypes: readonly string[];
  readonly dateCount: number;
  readonly periodCount: number;
  readonly unitTypeCount: number;

  private readonly visitDate: Int32Array;
  private readonly visitType: Int32Array;
  private readonly datePeriod: Int32Array;
  private readonly visitsByDate: Int32Array[];
  private readonly datesByPeriod: Int32Array[];
  private readonly previousVisit: Int32Array;
  private readonly nextVisit: Int32Array;
  /** Position of each visit in date order (date, then input index). */
  private readonly datePosition: Int32Array;
  private readonly dayCapacity: Int32Array;
  private readonly periodCapacity: Int32Array;
  private readonly ranks: Int32Array;
  private readonly byRank: Int32Array;
  private readonly eligibleLists: Int32Array[];
  private readonly eligibility: Eligibility;

  /**
   * @param rank - rank[i] = position of inspector i in the draw's random permutation.
   * @param unavailable - per inspector, the dates on which they cannot visit.
   * @throws FairdrawError `invalid-input` when one date is given in two periods.
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
    this.visitCount = m;
    this.inspectorCount = n;
    this.teamSize = teamSize;
    this.ranks = rank;
    this.byRank = new Int32Array(n);
    for (let i = 0; i < n; i++) this.byRank[rank[i]!] = i;

    const dates = new Numbering<string>();
    const periods = new Numbering<number>();
    const types = new Numbering<string>();
    const datePeriod: number[] = [];
    this.visitDate = new Int32Array(m);
    this.visitType = new Int32Array(m);
    for (let v = 0; v < m; v++) {
      const visit = visits[v]!;
      const p = periods.index(visit.period);
      const known = dates.size;
      const d = dates.index(visit.date);
      if (d === known) datePeriod.push(p);
      else if (datePeriod[d] !== p) {
        const earlier = periods.values[datePeriod[d]!]!;
        throw new FairdrawError('invalid-input', `visits[${v}].period`, (t) =>
          t.assign.datePeriods(visit.date, visit.period, earlier),
        );
      }
      this.visitDate[v] = d;
      this.visitType[v] = types.index(visit.unitType);
    }
    this.dates = dates.values;
    this.periods = periods.values;
    this.unitTypes = types.values;
    this.dateCount = dates.size;
    this.periodCount = periods.size;
    this.unitTypeCount = types.size;
    this.datePeriod = Int32Array.from(datePeriod);
    this.visitsByDate = groupIndices(this.visitDate, this.dateCount);
    this.datesByPeriod = groupIndices(this.datePeriod, this.periodCount);

    // Date order (date, then input index), and each visit's previous / next visit of the same unit
    // in it. The distinct dates are sorted, then the visits are taken date by date, each date's in
    // increasing index (visitsByDate): the order of a sort of the visits by (date, index).
    const units = new Numbering<string>();
    const visitUnit = new Int32Array(m);
    for (let v = 0; v < m; v++) visitUnit[v] = units.index(visits[v]!.unit);
    const datesSorted = Array.from({ length: this.dateCount }, (_, d) => d);
    datesSorted.sort((a, b) => (this.dates[a]! < this.dates[b]! ? -1 : 1));
    this.datePosition = new Int32Array(m);
    this.previousVisit = new Int32Array(m).fill(-1);
    this.nextVisit = new Int32Array(m).fill(-1);
    const lastOfUnit = new Int32Array(units.size).fill(-1);
    let position = 0;
    for (const d of datesSorted) {
      const onDate = this.visitsByDate[d]!;
      for (let x = 0; x < onDate.length; x++) {
        const v = onDate[x]!;
        this.datePosition[v] = position++;
        const u = visitUnit[v]!;
        const previous = lastOfUnit[u]!;
        if (previous >= 0) {
          this.previousVisit[v] = previous;
          this.nextVisit[previous] = v;
        }
        lastOfUnit[u] = v;
      }
    }

    this.dayCapacity = new Int32Array(n);
    this.periodCapacity = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      this.dayCapacity[i] = Math.min(inspectors[i]!.maxPerDay ?? UNLIMITED, UNLIMITED);
      this.periodCapacity[i] = Math.min(inspectors[i]!.maxPerPeriod ?? UNLIMITED, UNLIMITED);
    }

    this.eligibility = buildEligibility(
      this,
      visits,
      inspectors,
      regionRecusal,
      { dates, units, visitUnit },
      unavailable,
    );
    this.eligibleLists = this.eligibility.lists;
  }

  /** Date index of visit v. */
  dateOf(v: number): number {
    return this.visitDate[v]!;
  }

  /** Unit type index of visit v. */
  typeOf(v: number): number {
    return this.visitType[v]!;
  }

  /** Period index of date d. */
  periodOfDate(d: number): number {
    return this.datePeriod[d]!;
  }

  /** The visits on date d, in increasing input index. */
  visitsOn(d: number): ArrayLike<number> {
    return this.visitsByDate[d]!;
  }

  /** The dates of period p, in increasing date index. */
  datesIn(p: number): ArrayLike<number> {
    return this.datesByPeriod[p]!;
  }

  /** The previous visit of v's unit in date order (date, then input index), or -1. */
  previousOfUnit(v: number): number {
    return this.previousVisit[v]!;
  }

  /** The next visit of v's unit in date order, or -1. */
  nextOfUnit(v: number): number {
    return this.nextVisit[v]!;
  }

  /** The given visits sorted in date order (date, then input index). */
  inDateOrder(visits: readonly number[]): number[] {
    return [...visits].sort((a, b) => this.datePosition[a]! - this.datePosition[b]!);
  }

  /** Every inspector's `maxPerDay` and `maxPerPeriod` (large numbers when unlimited), by inspector; read only. */
  capacities(): { day: Int32Array; period: Int32Array } {
    return { day: this.dayCapacity, period: this.periodCapacity };
  }

  /** Every inspector's place in the draw's random order, by inspector; read only. */
  rankArray(): Int32Array {
    return this.ranks;
  }

  /** Inspector i's `maxPerDay` (a large number when unlimited). */
  maxPerDay(i: number): number {
    return this.dayCapacity[i]!;
  }

  /** Inspector i's `maxPerPeriod` (a large number when unlimited). */
  maxPerPeriod(i: number): number {
    return this.periodCapacity[i]!;
  }

  /** Inspector i's place in the draw's random order. */
  rank(i: number): number {
    return this.ranks[i]!;
  }

  /** The inspector at place r of the draw's random order. */
  inspectorAtRank(r: number): number {
    return this.byRank[r]!;
  }

  /** The inspectors eligible for visit v (every static hard constraint met), in increasing rank. */
  eligibleFor(v: number): ArrayLike<number> {
    return this.eligibleLists[v]!;
  }

  /**
   * The kind of visit v: visits of one kind share every eligibility rule but recusal from a unit,
   * so `eligibleFor(v)` is the kind's list without the inspectors recused from v's unit.
   */
  kindOf(v: number): number {
    return this.eligibility.visitKind[v]!;
  }

  /** The inspectors eligible for visits of `kind`, recusal from a unit aside, in increasing rank. */
  kindMembers(kind: number): ArrayLike<number> {
    return this.eligibility.kindLists[kind]!;
  }

  /** Whether inspector i may staff visit v. */
  isEligible(v: number, i: number): boolean {
    const { kindFlags, visitKind, visitUnit, recusedFrom } = this.eligibility;
    if (kindFlags[visitKind[v]! * this.inspectorCount + i] !== 1) return false;
    const recused = recusedFrom.get(visitUnit[v]!);
    return recused === undefined || !recused.includes(i);
  }
}

/** Numbers distinct values in order of first appearance. */
class Numbering<T> {
  readonly values: T[] = [];
  private readonly indices = new Map<T, number>();

  get size(): number {
    return this.values.length;
  }

  /** The number of `value`, given the next one if it is new. */
  index(value: T): number {
    let x = this.indices.get(value);
    if (x === undefined) {
      x = this.values.length;
      this.indices.set(value, x);
      this.values.push(value);
    }
    return x;
  }

  /** The number of `value`, or undefined if it never appeared. */
  find(value: T): number | undefined {
    return this.indices.get(value);
  }
}

/** The indices 0 .. keys.length - 1 grouped by key, each group in increasing index. */
function groupIndices(keys: Int32Array, groupCount: number): Int32Array[] {
  const start = new Int32Array(groupCount + 1);
  for (const key of keys) start[key + 1]!++;
  for (let g = 0; g < groupCount; g++) start[g + 1]! += start[g]!;
  const items = new Int32Array(keys.length);
  const fill = start.slice(0, groupCount);
  keys.forEach((key, x) => {
    items[fill[key]!++] = x;
  });
  return Array.from({ length: groupCount }, (_, g) => items.subarray(start[g]!, start[g + 1]!));
}

/**
 * Static eligibility on indices: the rules of `ineligibility` (home unit and conflicts, region,
 * qualification, availability, a capacity of 0), each visit's list in increasing rank.
 *
 * The rules other than recusal from a unit depend on the visit's region, type and date only, and
 * only where some inspector has such a rule: visits alike in those share one list (a plan without
 * regions, qualifications or unavailable dates has one list for every visit). A visit to a unit
 * that some inspector is recused from gets that list without them. So the lists take memory per
 * kind of visit, not per visit times inspectors.
 */
function buildEligibility(
  graph: AssignmentGraph,
  visits: readonly AssignVisit[],
  inspectors: readonly AssignInspector[],
  regionRecusal: boolean,
  { dates, units, visitUnit }: { dates: Numbering<string>; units: Numbering<string>; visitUnit: Int32Array },
  unavailable: readonly ReadonlySet<string>[],
): Eligibility {
  const { visitCount: m, inspectorCount: n, unitTypeCount: nT, dateCount: nD } = graph;
  const regions = new Numbering<string>();
  const visitRegion = new Int32Array(m);
  for (let v = 0; v < m; v++) {
    const region = visits[v]!.unitRegion;
    visitRegion[v] = region === undefined ? -1 : regions.index(region);
  }
  // recusedFrom[u]: the inspectors recused from unit u (home unit and conflicts), increasing.
  const recusedFrom = new Map<number, number[]>();
  const typeBan = new Uint8Array(n * nT);
  const dateBan = new Uint8Array(n * nD);
  const homeRegion = new Int32Array(n).fill(-2);
  const noCapacity = new Uint8Array(n);
  let byRegion = false;
  let byType = false;
  let byDate = false;
  for (let i = 0; i < n; i++) {
    const insp = inspectors[i]!;
    for (const unit of [insp.homeUnit, ...(insp.conflicts ?? [])]) {
      const u = unit === undefined ? undefined : units.find(unit);
      if (u === undefined) continue;
      const list = recusedFrom.get(u) ?? [];
      if (list[list.length - 1] !== i) list.push(i);
      recusedFrom.set(u, list);
    }
    if (regionRecusal && insp.homeRegion !== undefined) {
      homeRegion[i] = regions.find(insp.homeRegion) ?? -2;
      byRegion ||= homeRegion[i]! >= 0;
    }
    if (insp.types !== undefined) {
      for (let t = 0; t < nT; t++) {
        if (insp.types.includes(graph.unitTypes[t]!)) continue;
        typeBan[i * nT + t] = 1;
        byType = true;
      }
    }
    for (const date of unavailable[i] ?? []) {
      const d = dates.find(date);
      if (d === undefined) continue;
      dateBan[i * nD + d] = 1;
      byDate = true;
    }
    if ((insp.maxPerPeriod ?? 1) <= 0 || (insp.maxPerDay ?? 1) <= 0) noCapacity[i] = 1;
  }
  // One shared list per kind of visit: (region, type, date), each only where some rule reads it,
  // numbered by (region, type) pair and date: pair * (nD + 1) + date + 1 < (m + 1)^2, an exact number.
  const pairs = new Numbering<number>();
  const kinds = new Map<number, number>();
  const kindLists: Int32Array[] = [];
  const visitKind = new Int32Array(m);
  const scratch = new Int32Array(n);
  const lists = new Array<Int32Array>(m);
  for (let v = 0; v < m; v++) {
    const t = graph.typeOf(v);
    const d = graph.dateOf(v);
    const r = visitRegion[v]!;
    const pair = pairs.index((byRegion ? r + 1 : 0) * (nT + 1) + (byType ? t + 1 : 0));
    const name = pair * (nD + 1) + (byDate ? d + 1 : 0);
    let kind = kinds.get(name);
    if (kind === undefined) {
      let count = 0;
      for (let q = 0; q < n; q++) {
        const i = graph.inspectorAtRank(q);
        if ((r >= 0 && homeRegion[i] === r) || typeBan[i * nT + t] || dateBan[i * nD + d] || noCapacity[i]) {
          continue;
        }
        scratch[count++] = i;
      }
      kind = kindLists.length;
      kinds.set(name, kind);
      kindLists.push(scratch.slice(0, count));
    }
    visitKind[v] = kind;
    const recused = recusedFrom.get(visitUnit[v]!);
    const list = kindLists[kind]!;
    lists[v] = recused === undefined ? list : list.filter((i) => !recused.includes(i));
  }
  const flags = new Uint8Array(kindLists.length * n);
  kindLists.forEach((list, kind) => {
    for (const i of list) flags[kind * n + i] = 1;
  });
  return { lists, kindLists, kindFlags: flags, visitKind, visitUnit, recusedFrom };
}

/** What {@link buildEligibility} finds: every visit's list, and what {@link AssignmentGraph.isEligible} reads. */
interface Eligibility {
  /** The inspectors eligible for each visit, in increasing rank (shared by visits of a kind). */
  lists: Int32Array[];
  /** The inspectors eligible for each kind of visit (recusal from a unit aside), in increasing rank. */
  kindLists: Int32Array[];
  /** `kindFlags[kind * n + i] = 1` when inspector i is eligible for visits of that kind, recusal aside. */
  kindFlags: Uint8Array;
  visitKind: Int32Array;
  /** The unit (numbered) of each visit, and the inspectors recused from each unit. */
  visitUnit: Int32Array;
  recusedFrom: ReadonlyMap<number, readonly number[]>;
}
