import type { AssignmentGraph } from './AssignmentGraph.js';
import { Numbering } from './Numbering.js';
import type { AssignInspector, UnitLabelsByNumber, VisitToStaff } from './types.js';
import { ELIGIBLE, FACTS, KIND, RECUSED, type VisitUnits } from './visitIndex.js';

/**
 * Static eligibility on indices: the rules of `ineligibility` (home unit and conflicts, region,
 * qualification, availability, a capacity of 0), each visit's list in increasing rank.
 *
 * The rules other than recusal from a unit depend on the visit's region, type and date only, and
 * only where some inspector has such a rule: visits alike in those share one list (a plan without
 * regions, qualifications or unavailable dates has one list for every visit). A visit to a unit
 * that some inspector is recused from gets that list without them. So the lists take memory per
 * kind of visit, not per visit times inspectors. Writes each visit's kind, recusal and number of
 * eligible inspectors to its record in `facts`.
 */
export function buildEligibility(
  graph: AssignmentGraph,
  visits: readonly VisitToStaff[],
  inspectors: readonly AssignInspector[],
  regionRecusal: boolean,
  {
    dates,
    units,
    facts,
    labels,
  }: {
    dates: Numbering<string>;
    units: VisitUnits;
    facts: Int32Array;
    labels: UnitLabelsByNumber | undefined;
  },
  unavailable: readonly ReadonlySet<string>[],
): Eligibility {
  const { visitCount: m, inspectorCount: n, unitTypeCount: nT, dateCount: nD } = graph;
  // Regions are read only by the region rule: numbered as first met, or as the caller's labels.
  const regions = new Numbering<string>();
  const visitRegion = new Int32Array(m).fill(-1);
  for (let v = 0; regionRecusal && v < m; v++) {
    const label = labels === undefined ? -1 : labels.regionOf[units.visitUnit[v]!]!;
    const region =
      labels === undefined ? visits[v]!.unitRegion : label < 0 ? undefined : labels.regions[label];
    if (region !== undefined) visitRegion[v] = regions.index(region);
  }
  // recusedFrom[unitRecused[u]]: the inspectors recused from unit u (home unit and conflicts),
  // increasing; unitRecused[u] = -1 when there are none.
  const unitRecused = new Int32Array(units.count).fill(-1);
  const recusedFrom: number[][] = [];
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
      if (unitRecused[u] === -1) unitRecused[u] = recusedFrom.push([]) - 1;
      const list = recusedFrom[unitRecused[u]!]!;
      if (list[list.length - 1] !== i) list.push(i);
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
  const bans: Bans = { visitRegion, homeRegion, typeBan, dateBan, noCapacity, byRegion, byType, byDate };
  const { visitKind, kindLists } = visitKinds(graph, bans);
  // Each visit's list: its kind's, without the inspectors recused from its unit (shared by the
  // unit's visits of the kind).
  const lists = new Array<Int32Array>(m);
  const unitKind = new Int32Array(units.count).fill(-1);
  const unitList = new Array<Int32Array>(units.count);
  for (let v = 0; v < m; v++) {
    const kind = visitKind[v]!;
    const u = units.visitUnit[v]!;
    const x = unitRecused[u]!;
    let list: Int32Array;
    if (x < 0) list = kindLists[kind]!;
    else if (unitKind[u] === kind) list = unitList[u]!;
    else {
      unitKind[u] = kind;
      list = unitList[u] = without(kindLists[kind]!, recusedFrom[x]!);
    }
    lists[v] = list;
    facts[v * FACTS + KIND] = kind;
    facts[v * FACTS + RECUSED] = x;
    facts[v * FACTS + ELIGIBLE] = list.length;
  }
  const flags = new Uint8Array(kindLists.length * n);
  kindLists.forEach((list, kind) => {
    for (const i of list) flags[kind * n + i] = 1;
  });
  return {
    lists,
    kindLists,
    kindFlags: flags,
    visitKind,
    recusedFrom,
  };
}

/** The rules other than recusal from a unit, as {@link buildEligibility} reads them. */
interface Bans {
  /** Each visit's region (numbered), -1 for none; each inspector's home region, -2 for none. */
  visitRegion: Int32Array;
  homeRegion: Int32Array;
  /** `typeBan[i * nT + t]`, `dateBan[i * nD + d]`: 1 when inspector i may not take that type (date). */
  typeBan: Uint8Array;
  dateBan: Uint8Array;
  noCapacity: Uint8Array;
  /** Whether some inspector has a rule by region, by type, by date. */
  byRegion: boolean;
  byType: boolean;
  byDate: boolean;
}

/**
 * The kind of each visit and the inspectors eligible for each kind (recusal from a unit aside), in
 * increasing rank: one shared list per kind of visit, (region, type, date), each only where some
 * rule reads it, numbered by (region, type) pair and date: pair * (nD + 1) + date + 1 < (m + 1)^2,
 * an exact number. Without any such rule, every visit is of kind 0.
 */
function visitKinds(graph: AssignmentGraph, bans: Bans): { visitKind: Int32Array; kindLists: Int32Array[] } {
  const { visitCount: m, inspectorCount: n, unitTypeCount: nT, dateCount: nD } = graph;
  const { visitRegion, homeRegion, typeBan, dateBan, noCapacity, byRegion, byType, byDate } = bans;
  const visitKind = new Int32Array(m);
  const kindLists: Int32Array[] = [];
  const kindOf = (v: number): Int32Array => {
    const t = graph.typeOf(v);
    const d = graph.dateOf(v);
    const r = visitRegion[v]!;
    const list = new Int32Array(n);
    let count = 0;
    for (let q = 0; q < n; q++) {
      const i = graph.inspectorAtRank(q);
      if ((r >= 0 && homeRegion[i] === r) || typeBan[i * nT + t] || dateBan[i * nD + d] || noCapacity[i])
        continue;
      list[count++] = i;
    }
    return list.slice(0, count);
  };
  if (m === 0) return { visitKind, kindLists };
  if (!byRegion && !byType && !byDate) {
    kindLists.push(kindOf(0));
    return { visitKind, kindLists };
  }
  const pairs = new Numbering<number>();
  const kinds = new Map<number, number>();
  for (let v = 0; v < m; v++) {
    const pair = pairs.index(
      (byRegion ? visitRegion[v]! + 1 : 0) * (nT + 1) + (byType ? graph.typeOf(v) + 1 : 0),
    );
    const name = pair * (nD + 1) + (byDate ? graph.dateOf(v) + 1 : 0);
    let kind = kinds.get(name);
    if (kind === undefined) {
      kind = kindLists.push(kindOf(v)) - 1;
      kinds.set(name, kind);
    }
    visitKind[v] = kind;
  }
  return { visitKind, kindLists };
}

/** `list` without the inspectors of `recused` (distinct, a few), in the same order: copied around them. */
function without(list: Int32Array, recused: readonly number[]): Int32Array {
  const at: number[] = [];
  for (const i of recused) {
    const e = list.indexOf(i);
    if (e >= 0) at.push(e);
  }
  at.sort((x, y) => x - y);
  const out = new Int32Array(list.length - at.length);
  let from = 0;
  let to = 0;
  for (const e of at) {
    out.set(list.subarray(from, e), to);
    to += e - from;
    from = e + 1;
  }
  out.set(list.subarray(from), to);
  return out;
}

/** What {@link buildEligibility} finds: every visit's list, and what {@link AssignmentGraph.isEligible} reads. */
export interface Eligibility {
  /** The inspectors eligible for each visit, in increasing rank (shared by visits of a kind). */
  lists: Int32Array[];
  /** The inspectors eligible for each kind of visit (recusal from a unit aside), in increasing rank. */
  kindLists: Int32Array[];
  /** `kindFlags[kind * n + i] = 1` when inspector i is eligible for visits of that kind, recusal aside. */
  kindFlags: Uint8Array;
  visitKind: Int32Array;
  /** The inspectors recused from a unit, increasing: `recusedFrom[x]` for the visit's `RECUSED` field x (none when -1). */
  recusedFrom: readonly (readonly number[])[];
}
