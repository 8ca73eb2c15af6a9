import { buildEligibility, type Eligibility } from './buildEligibility.js';
import type { AssignInspector, AssignVisit, UnitLabelsByNumber, UnitNumbers, VisitToStaff } from './types.js';
import { DATE, ELIGIBLE, FACTS, indexVisits, KIND, NEXT, PREVIOUS, RECUSED, TYPE } from './visitIndex.js';

/** Capacity used for an absent `maxPerDay` / `maxPerPeriod`. */
const UNLIMITED = 0x3fffffff;

/** No inspector. */
const NONE: readonly number[] = [];

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

  /** Every visit's record (see {@link FACTS}). */
  private readonly facts: Int32Array;
  /** The unit type of every visit (also in `facts`), for the loops over all visits. */
  private readonly visitType: Int32Array;
  private readonly datePeriod: Int32Array;
  private readonly visitsByDate: Int32Array[];
  private readonly datesByPeriod: Int32Array[];
  /** Position of each visit in date order (date, then input index). */
  private readonly datePosition: Int32Array;
  private readonly dayCapacity: Int32Array;
  private readonly periodCapacity: Int32Array;
  private readonly ranks: Int32Array;
  private readonly byRank: Int32Array;
  private readonly eligibleLists: Int32Array[];
  private readonly eligibility: Eligibility;
  /** The units' types and regions by number, when the caller gave them. */
  private readonly labels: UnitLabelsByNumber | undefined;
  /** Each visit's unit (numbered as the caller's numbers, or by id). */
  private readonly visitUnit: Int32Array;

  /**
   * @param rank - rank[i] = position of inspector i in the draw's random permutation.
   * @param unavailable - per inspector, the dates on which they cannot visit.
   * @param unitNumbers - the units as numbers, when the caller has them (see {@link AssignOptions.units}).
   * @throws FairdrawError `invalid-input` when one date is given in two periods.
   */
  constructor(
    visits: readonly VisitToStaff[],
    inspectors: readonly AssignInspector[],
    teamSize: number,
    regionRecusal: boolean,
    rank: Int32Array,
    unavailable: readonly ReadonlySet<string>[],
    unitNumbers?: UnitNumbers,
  ) {
    const m = visits.length;
    const n = inspectors.length;
    this.visitCount = m;
    this.inspectorCount = n;
    this.teamSize = teamSize;
    this.ranks = rank;
    this.byRank = new Int32Array(n);
    for (let i = 0; i < n; i++) this.byRank[rank[i]!] = i;

    const index = indexVisits(visits, unitNumbers);
    const { dates, periods, units } = index;
    this.labels = unitNumbers?.labels;
    this.facts = index.facts;
    this.visitType = index.visitType;
    this.dates = dates.values;
    this.periods = periods.values;
    this.unitTypes = index.unitTypes;
    this.dateCount = dates.size;
    this.periodCount = periods.size;
    this.unitTypeCount = index.unitTypes.length;
    this.datePeriod = index.datePeriod;
    this.datesByPeriod = groupIndices(this.datePeriod, this.periodCount);
    if (index.inDateOrder) {
      // Date order is index order: the visits of a date are a range of it, and the pass linked them.
      const { identity, dateStart } = index;
      this.visitsByDate = Array.from({ length: this.dateCount }, (_, d) =>
        identity.subarray(dateStart[d]!, dateStart[d + 1]!),
      );
      this.datePosition = identity;
    } else {
      this.visitsByDate = groupIndices(index.visitDate, this.dateCount);
      this.datePosition = this.dateOrder(units.visitUnit, units.count);
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
      { dates, units, facts: this.facts, labels: this.labels },
      unavailable,
    );
    this.eligibleLists = this.eligibility.lists;
    this.visitUnit = units.visitUnit;
  }

  /**
   * Visit v as the diagnostics read it, with its unit's type and region (from the caller's labels
   * when the visit leaves them out).
   */
  described(visit: VisitToStaff, v: number): AssignVisit {
    const { labels } = this;
    if (labels === undefined) return { ...visit, unitType: this.unitTypes[this.typeOf(v)]! };
    const region = labels.regionOf[this.visitUnit[v]!]!;
    return {
      ...visit,
      unitType: this.unitTypes[this.typeOf(v)]!,
      unitRegion: region < 0 ? undefined : labels.regions[region],
    };
  }

  /**
   * Date order (date, then input index), and each visit's previous / next visit of the same unit
   * in it. The distinct dates are sorted, then the visits are taken date by date, each date's in
   * increasing index (visitsByDate): the order of a sort of the visits by (date, index).
   */
  private dateOrder(visitUnit: Int32Array, unitCount: number): Int32Array {
    const { facts } = this;
    const datesSorted = Array.from({ length: this.dateCount }, (_, d) => d);
    datesSorted.sort((a, b) => (this.dates[a]! < this.dates[b]! ? -1 : 1));
    const position = new Int32Array(this.visitCount);
    const lastOfUnit = new Int32Array(unitCount).fill(-1);
    let at = 0;
    for (const d of datesSorted) {
      const onDate = this.visitsByDate[d]!;
      for (let x = 0; x < onDate.length; x++) {
        const v = onDate[x]!;
        position[v] = at++;
        const u = visitUnit[v]!;
        const w = lastOfUnit[u]!;
        facts[v * FACTS + PREVIOUS] = w;
        facts[v * FACTS + NEXT] = -1;
        if (w >= 0) facts[w * FACTS + NEXT] = v;
        lastOfUnit[u] = v;
      }
    }
    return position;
  }

  /** Date index of visit v. */
  dateOf(v: number): number {
    return this.facts[v * FACTS + DATE]!;
  }

  /** Unit type index of visit v. */
  typeOf(v: number): number {
    return this.facts[v * FACTS + TYPE]!;
  }

  /** The unit type index of every visit, by visit; read only. */
  typeArray(): Int32Array {
    return this.visitType;
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
    return this.facts[v * FACTS + PREVIOUS]!;
  }

  /** The next visit of v's unit in date order, or -1. */
  nextOfUnit(v: number): number {
    return this.facts[v * FACTS + NEXT]!;
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

  /** The number of inspectors eligible for visit v: `eligibleFor(v).length`. */
  eligibleCount(v: number): number {
    return this.facts[v * FACTS + ELIGIBLE]!;
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
    return this.facts[v * FACTS + KIND]!;
  }

  /** The number of kinds of visit (see {@link AssignmentGraph.kindOf}). */
  get kindCount(): number {
    return this.eligibility.kindLists.length;
  }

  /** The kind of every visit, by visit; read only. */
  kindArray(): Int32Array {
    return this.eligibility.visitKind;
  }

  /** Whether inspector i is eligible for visits of `kind`, recusal from a unit aside. */
  kindHas(kind: number, i: number): boolean {
    return this.eligibility.kindFlags[kind * this.inspectorCount + i] === 1;
  }

  /** The inspectors eligible for visits of `kind`, recusal from a unit aside, in increasing rank. */
  kindMembers(kind: number): ArrayLike<number> {
    return this.eligibility.kindLists[kind]!;
  }

  /** Whether some inspector is recused from the unit of visit v (home unit or `conflicts`). */
  hasRecusal(v: number): boolean {
    return this.facts[v * FACTS + RECUSED]! >= 0;
  }

  /** Whether inspector i is recused from the unit of visit v (home unit or `conflicts`). */
  isRecused(v: number, i: number): boolean {
    const x = this.facts[v * FACTS + RECUSED]!;
    return x >= 0 && this.eligibility.recusedFrom[x]!.includes(i);
  }

  /** The inspectors recused from the unit of visit v (home unit or `conflicts`), increasing. */
  recusedAt(v: number): readonly number[] {
    const x = this.facts[v * FACTS + RECUSED]!;
    return x >= 0 ? this.eligibility.recusedFrom[x]! : NONE;
  }

  /** Whether inspector i may staff visit v. */
  isEligible(v: number, i: number): boolean {
    return (
      this.eligibility.kindFlags[this.kindOf(v) * this.inspectorCount + i] === 1 && !this.isRecused(v, i)
    );
  }
}

/** The indices 0 .. keys.length - 1 grouped by key, each group in increasing index. */
function groupIndices(keys: Int32Array, groupCount: number): Int32Array[] {
  const start = new Int32Array(groupCount + 1);
  for (const key of keys) start[key + 1]!++;
  for (let g = 0; g < groupCount; g++) start[g + 1]! += start[g]!;
  const items = new Int32Array(keys.length);
  const fill = start.slice(0, groupCount);
  for (let x = 0; x < keys.length; x++) items[fill[keys[x]!]!++] = x;
  return Array.from({ length: groupCount }, (_, g) => items.subarray(start[g]!, start[g + 1]!));
}
