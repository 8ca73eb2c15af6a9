import { shuffle } from '../random/shuffle.js';
import { uniformInt } from '../random/uniformInt.js';
import { AssignmentGraph } from './AssignmentGraph.js';
import { AssignmentState } from './AssignmentState.js';
import { augment } from './augment.js';
import { balanceLoads } from './balanceLoads.js';
import { checkAssignInput } from './checkAssignInput.js';
import { greedyFill } from './greedyFill.js';
import { improveTypeMix } from './improveTypeMix.js';
import { StaffingProblems } from './infeasibilityProblems.js';
import { randomRanks } from './randomRanks.js';
import type { AssignInspector, Assignment, AssignOptions, VisitToStaff } from './types.js';

/**
 * Assigns a team of `options.teamSize` distinct inspectors to every visit ("double random").
 *
 * Hard constraints, never broken: recusal (home unit, `conflicts`, same region when `region` is in
 * `options.recusal`), qualification (`types`), availability (`unavailable`), capacity (`maxPerDay`,
 * `maxPerPeriod`). Feasibility is decided exactly by a maximum flow (Ford & Fulkerson 1956; the
 * network is described in {@link AssignmentGraph}): an error is thrown if and only if no
 * assignment meets them all.
 *
 * The draw (full step-by-step specification, with the order in which random numbers are consumed,
 * in `docs/assign.md`): a random permutation of the inspectors and one random rotation offset per
 * visit drive a greedy fill (fewest visits of that unit type first, then least loaded, avoiding the
 * unit's previous team); augmenting paths complete it to a maximum flow; exchanges along residual
 * paths then make the load vector decreasingly minimal (Frank & Murota, "Discrete decreasing
 * minimization", Math. Oper. Res. 2022), so loads differ by at most 1 whenever any feasible
 * assignment achieves that; load-preserving swaps finally even out each inspector's mix of unit
 * types (best effort).
 *
 * @param visits - the visits, in the schedule's order (their units' types and regions may be left
 *   out when `options.units.labels` gives them).
 * @param inspectors - the inspectors (ids distinct).
 * @param options - team size, recusal rules and the draw's {@link Rng}.
 * @returns the teams (aligned with `visits`), loads and per-type counts.
 * @throws FairdrawError `infeasible` (path `inspectors`) listing every visit that cannot be staffed
 *   and why, and every period or date whose capacity is exceeded; `invalid-input` for a bad team
 *   size, duplicate inspector ids, bad capacities or a date given in two periods.
 */
export function assignInspectors(
  visits: readonly VisitToStaff[],
  inspectors: readonly AssignInspector[],
  options: AssignOptions,
): Assignment {
  checkAssignInput(inspectors, options);
  const n = inspectors.length;
  const k = options.teamSize;
  const regionRecusal = options.recusal.includes('region');
  const unavailable = inspectors.map((insp) => new Set(insp.unavailable ?? []));

  // Random numbers, step 1: the inspectors' random order.
  const rank = randomRanks(options.rng, n);

  const graph = new AssignmentGraph(visits, inspectors, k, regionRecusal, rank, unavailable, options.units);
  const state = new AssignmentState(graph);
  const problems = new StaffingProblems();
  for (let v = 0; v < visits.length; v++) {
    if (graph.eligibleCount(v) >= k) state.setDemand(v, k);
    else problems.addShortVisit(graph.described(visits[v]!, v), inspectors, regionRecusal, unavailable, k);
  }

  // Random numbers, step 2: the order in which visits are staffed.
  const order = shuffle(options.rng, visits.length);
  // Random numbers, step 3: one rotation offset per visit, in that order.
  const offset = new Int32Array(visits.length);
  for (let o = 0; o < visits.length; o++) offset[order[o]!] = uniformInt(options.rng, Math.max(n, 1));

  // Augmenting paths complete only the visits the fill left short.
  const short = greedyFill(state, offset, order) > 0 ? augment(state, order) : [];
  problems.addCapacity(state, short, visits, inspectors);
  problems.throwIfAny({ assign: true, teamSize: k });
  balanceLoads(state);
  improveTypeMix(state);
  return summarize(state, inspectors);
}

/**
 * Reads teams (ids sorted), loads and per-type counts out of a solved assignment. The loads and
 * counts are read when first asked for (the planner asks only for the teams).
 */
function summarize(state: AssignmentState, inspectors: readonly AssignInspector[]): Assignment {
  const { graph } = state;
  const teams = new Array<string[]>(graph.visitCount);
  const scratch: string[] = [];
  for (let v = 0; v < graph.visitCount; v++) teams[v] = sortedIds(state, v, inspectors, scratch);
  let loads: Record<string, number> | undefined;
  let byType: Record<string, Record<string, number>> | undefined;
  const count = () => {
    loads = {};
    byType = {};
    for (let i = 0; i < inspectors.length; i++) {
      const id = inspectors[i]!.id;
      loads[id] = state.load(i);
      const counts: Record<string, number> = {};
      for (let t = 0; t < graph.unitTypeCount; t++) counts[graph.unitTypes[t]!] = state.typeLoad(i, t);
      byType[id] = counts;
    }
  };
  return {
    teams,
    get loads() {
      if (loads === undefined) count();
      return loads!;
    },
    get byType() {
      if (byType === undefined) count();
      return byType!;
    },
  };
}

/**
 * The ids of visit v's members in code-unit order, as `ids.sort()` gives them: an insertion sort
 * on `<` (the ids are distinct) in `scratch`, copied out at its length (one array per visit, tens
 * of thousands of them, each allocated once at its size).
 */
function sortedIds(
  state: AssignmentState,
  v: number,
  inspectors: readonly AssignInspector[],
  scratch: string[],
): string[] {
  const count = state.memberCount(v);
  if (count === 2) {
    // The default team size, written out.
    const a = inspectors[state.member(v, 0)]!.id;
    const b = inspectors[state.member(v, 1)]!.id;
    return b < a ? [b, a] : [a, b];
  }
  for (let s = 0; s < count; s++) {
    const id = inspectors[state.member(v, s)]!.id;
    let q = s;
    while (q > 0 && id < scratch[q - 1]!) {
      scratch[q] = scratch[q - 1]!;
      q--;
    }
    scratch[q] = id;
  }
  return scratch.slice(0, count);
}
