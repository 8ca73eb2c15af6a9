import { hint } from '../model/closestName.js';
import { FairdrawError } from '../model/FairdrawError.js';
import { uniformInt } from '../random/uniformInt.js';
import { AssignmentGraph } from './AssignmentGraph.js';
import { AssignmentState } from './AssignmentState.js';
import { augment } from './augment.js';
import { checkAssignInput } from './checkAssignInput.js';
import { greedyFill } from './greedyFill.js';
import { StaffingProblems } from './infeasibilityProblems.js';
import { randomRanks } from './randomRanks.js';
import type { AssignInspector, AssignOptions, VisitToStaff } from './types.js';

/** What {@link substituteInspector} replaces: an inspector who cannot make some dates. */
export interface InspectorChange {
  /** Id of the inspector to replace. */
  inspector: string;
  /** ISO dates on which they are replaced (they are treated as unavailable on them). */
  dates: readonly string[];
}

/**
 * Replaces `change.inspector` on every visit dated in `change.dates` that they are part of, without
 * touching anything else (Ford & Fulkerson 1956 for the flow; `docs/assign.md`, "Substitution").
 *
 * The other visits' teams and the other members of the affected teams stay as they are and count
 * toward every capacity; only the vacated slots are filled, under every hard constraint (the
 * replaced inspector counts as unavailable on `change.dates`). The fill is the assignment's greedy
 * (least loaded first, avoiding the unit's neighbouring teams) followed by augmenting paths that may
 * only move the new replacements, so infeasibility is exact with the other teams fixed.
 *
 * Random numbers from `options.rng`, in this order: `shuffle(rng, inspectors.length)` (the
 * inspectors' random order), then one `uniformInt(rng, inspectors.length)` per affected visit in
 * (date, index) order (its rotation offset). Same inputs and rng state, same result.
 *
 * @param teams - the current team of every visit (aligned with `visits`).
 * @returns the new teams (every unaffected team is the same array contents, copied) and the
 *   indices of the visits that changed, increasing.
 * @throws FairdrawError `infeasible` (path `inspectors`) listing each visit that cannot be
 *   restaffed and why; `invalid-input` for an unknown inspector or a team that does not fit.
 */
export function substituteInspector(
  visits: readonly VisitToStaff[],
  teams: readonly (readonly string[])[],
  inspectors: readonly AssignInspector[],
  change: InspectorChange,
  options: AssignOptions,
): { teams: string[][]; changed: number[] } {
  checkAssignInput(inspectors, options);
  const n = inspectors.length;
  const k = options.teamSize;
  if (teams.length !== visits.length) {
    throw new FairdrawError('invalid-input', 'teams', (t) =>
      t.assign.teamsCount(teams.length, visits.length),
    );
  }
  const index = new Map(inspectors.map((insp, i) => [insp.id, i]));
  const out = index.get(change.inspector);
  if (out === undefined) {
    const guess = hint(change.inspector, inspectors);
    throw new FairdrawError(
      'invalid-input',
      'change.inspector',
      (t) => t.assign.unknownInspector(change.inspector) + guess(t),
    );
  }
  const regionRecusal = options.recusal.includes('region');
  const dates = new Set(change.dates);
  const unavailable = inspectors.map((insp) => new Set(insp.unavailable ?? []));
  for (const d of dates) unavailable[out]!.add(d);

  const rank = randomRanks(options.rng, n);
  const graph = new AssignmentGraph(visits, inspectors, k, regionRecusal, rank, unavailable, options.units);
  const state = new AssignmentState(graph);

  const hits: number[] = [];
  for (let v = 0; v < visits.length; v++) {
    const team = teams[v]!;
    if (team.length > k) {
      throw new FairdrawError('invalid-input', `teams[${v}]`, (t) => t.assign.teamTooBig(team.length, k));
    }
    const hit = dates.has(visits[v]!.date) && team.includes(change.inspector);
    state.setMutable(v, hit);
    for (const id of team) {
      const i = index.get(id);
      if (i === undefined) {
        throw new FairdrawError('invalid-input', `teams[${v}]`, (t) => t.assign.unknownInspector(id));
      }
      if (hit && i === out) continue;
      if (state.isOn(v, i)) {
        throw new FairdrawError('invalid-input', `teams[${v}]`, (t) => t.assign.listedTwice(id));
      }
      state.addMember(v, i, true);
    }
    state.setDemand(v, team.length);
    if (hit) hits.push(v);
  }
  const affected = graph.inDateOrder(hits);

  const problems = new StaffingProblems();
  for (const v of affected) {
    const taken = new Set(state.team(v));
    const free = Array.from(graph.eligibleFor(v)).filter((i) => !taken.has(i)).length;
    const need = state.demand(v) - state.memberCount(v);
    if (free < need) {
      problems.addShortVisit(
        graph.described(visits[v]!, v),
        inspectors,
        regionRecusal,
        unavailable,
        need,
        taken,
      );
      state.setDemand(v, state.memberCount(v));
    }
  }
  const offset = new Int32Array(visits.length);
  for (const v of affected) offset[v] = uniformInt(options.rng, Math.max(n, 1));
  const short = greedyFill(state, offset, affected) > 0 ? augment(state, affected) : [];
  problems.addCapacity(state, short, visits, inspectors);
  problems.throwIfAny({ assign: false, inspector: change.inspector });
  const result = teams.map((team) => [...team]);
  for (const v of affected)
    result[v] = state
      .team(v)
      .map((i) => inspectors[i]!.id)
      .sort();
  return { teams: result, changed: hits };
}
