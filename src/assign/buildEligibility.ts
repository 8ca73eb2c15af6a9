import type { AssignmentGraph } from './AssignmentGraph.js';
import { Numbering, type VisitUnits } from './Numbering.js';
import type { AssignInspector, AssignVisit } from './types.js';

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
export function buildEligibility(
  graph: AssignmentGraph,
  visits: readonly AssignVisit[],
  inspectors: readonly AssignInspector[],
  regionRecusal: boolean,
  { dates, units }: { dates: Numbering<string>; units: VisitUnits },
  unavailable: readonly ReadonlySet<string>[],
): Eligibility {
  const { visitCount: m, inspectorCount: n, unitTypeCount: nT, dateCount: nD } = graph;
  const regions = new Numbering<string>();
  const visitRegion = new Int32Array(m);
  for (let v = 0; v < m; v++) {
    const region = visits[v]!.unitRegion;
    visitRegion[v] = region === undefined ? -1 : regions.index(region);
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
  // One shared list per kind of visit: (region, type, date), each only where some rule reads it,
  // numbered by (region, type) pair and date: pair * (nD + 1) + date + 1 < (m + 1)^2, an exact number.
  const pairs = new Numbering<number>();
  const kinds = new Map<number, number>();
  const kindLists: Int32Array[] = [];
  const visitKind = new Int32Array(m);
  const scratch = new Int32Array(n);
  const lists = new Array<Int32Array>(m);
  // A unit's last list without its recused inspectors, and of which kind.
  const mark = new Uint8Array(n);
  const unitKind = new Int32Array(units.count).fill(-1);
  const unitList = new Array<Int32Array>(units.count);
  // Without any such rule, every visit is of kind 0.
  const oneKind = !byRegion && !byType && !byDate;
  for (let v = 0; v < m; v++) {
    const t = graph.typeOf(v);
    const d = graph.dateOf(v);
    const r = visitRegion[v]!;
    let kind: number | undefined;
    let name = 0;
    if (oneKind) kind = kindLists.length > 0 ? 0 : undefined;
    else {
      const pair = pairs.index((byRegion ? r + 1 : 0) * (nT + 1) + (byType ? t + 1 : 0));
      name = pair * (nD + 1) + (byDate ? d + 1 : 0);
      kind = kinds.get(name);
    }
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
    const u = units.visitUnit[v]!;
    const x = unitRecused[u]!;
    if (x < 0) lists[v] = kindLists[kind]!;
    else if (unitKind[u] === kind) lists[v] = unitList[u]!;
    else {
      // The kind's list without the recused (marked, then unmarked), shared by the unit's visits of the kind.
      const list = kindLists[kind]!;
      const recused = recusedFrom[x]!;
      for (const i of recused) mark[i] = 1;
      let count = 0;
      for (let e = 0; e < list.length; e++) if (mark[list[e]!] === 0) scratch[count++] = list[e]!;
      for (const i of recused) mark[i] = 0;
      unitKind[u] = kind;
      unitList[u] = lists[v] = scratch.slice(0, count);
    }
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
    visitUnit: units.visitUnit,
    unitRecused,
    recusedFrom,
  };
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
  /** The unit (numbered) of each visit, and the inspectors recused from each unit: `recusedFrom[unitRecused[u]]`, or none when -1. */
  visitUnit: Int32Array;
  unitRecused: Int32Array;
  recusedFrom: readonly (readonly number[])[];
}
