import { FairdrawError, type FairdrawProblem } from '../model/FairdrawError.js';
import { uniformInt } from '../random/uniformInt.js';
import { AssignmentNetwork } from './AssignmentNetwork.js';
import { checkAssignInput } from './checkAssignInput.js';
import { capacityProblems, staticProblem } from './infeasibilityProblems.js';
import { randomRanks } from './randomRanks.js';
import type { AssignInspector, AssignOptions, AssignVisit } from './types.js';

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
  visits: readonly AssignVisit[],
  teams: readonly (readonly string[])[],
  inspectors: readonly AssignInspector[],
  change: InspectorChange,
  options: AssignOptions,
): { teams: string[][]; changed: number[] } {
  checkAssignInput(inspectors, options);
  const n = inspectors.length;
  const k = options.teamSize;
  if (teams.length !== visits.length) {
    throw new FairdrawError(
      'invalid-input',
      'teams',
      `has ${teams.length} teams for ${visits.length} visits`,
    );
  }
  const index = new Map(inspectors.map((insp, i) => [insp.id, i]));
  const out = index.get(change.inspector);
  if (out === undefined) {
    throw new FairdrawError(
      'invalid-input',
      'change.inspector',
      `unknown inspector id ${JSON.stringify(change.inspector)}`,
    );
  }
  const regionRecusal = options.recusal.includes('region');
  const dates = new Set(change.dates);
  const unavailable = inspectors.map((insp) => new Set(insp.unavailable ?? []));
  for (const d of dates) unavailable[out]!.add(d);

  const rank = randomRanks(options.rng, n);
  const net = new AssignmentNetwork(visits, inspectors, k, regionRecusal, rank, unavailable);

  const affected: number[] = [];
  for (let v = 0; v < visits.length; v++) {
    const team = teams[v]!;
    if (team.length > k) {
      throw new FairdrawError(
        'invalid-input',
        `teams[${v}]`,
        `has ${team.length} inspectors, more than the team size ${k}`,
      );
    }
    const hit = dates.has(visits[v]!.date) && team.includes(change.inspector);
    net.mutable[v] = hit ? 1 : 0;
    for (const id of team) {
      const i = index.get(id);
      if (i === undefined) {
        throw new FairdrawError('invalid-input', `teams[${v}]`, `unknown inspector id ${JSON.stringify(id)}`);
      }
      if (hit && i === out) continue;
      if (net.slotOf(v, i) >= 0) {
        throw new FairdrawError('invalid-input', `teams[${v}]`, `lists ${id} twice`);
      }
      net.add(v, i, true);
    }
    net.demand[v] = team.length;
    if (hit) affected.push(v);
  }
  affected.sort((a, b) => {
    const da = visits[a]!.date;
    const db = visits[b]!.date;
    return da < db ? -1 : da > db ? 1 : a - b;
  });

  const problems: FairdrawProblem[] = [];
  for (const v of affected) {
    const taken = new Set<number>();
    for (let s = 0; s < net.teamCount[v]!; s++) taken.add(net.team[v * k + s]!);
    let free = 0;
    for (let e = net.eligStart[v]!; e < net.eligStart[v + 1]!; e++) if (!taken.has(net.eligList[e]!)) free++;
    const need = net.demand[v]! - net.teamCount[v]!;
    if (free < need) {
      problems.push(staticProblem(visits[v]!, inspectors, regionRecusal, unavailable, need, taken));
      net.demand[v] = net.teamCount[v]!;
    }
  }
  const order = Int32Array.from(affected);
  const offset = new Int32Array(visits.length);
  for (const v of affected) offset[v] = uniformInt(options.rng, Math.max(n, 1));
  net.greedy(offset, order);
  const short = net.augment(order);
  problems.push(...capacityProblems(net, short, visits, inspectors));
  if (problems.length > 0) {
    throw new FairdrawError(
      'infeasible',
      'inspectors',
      `cannot replace ${change.inspector}: ${problems.length} problem${problems.length === 1 ? '' : 's'}; first: ${problems[0]!.path}: ${problems[0]!.message}`,
      problems,
    );
  }
  const result = teams.map((team) => [...team]);
  for (const v of affected) {
    const ids: string[] = [];
    for (let s = 0; s < net.teamCount[v]!; s++) ids.push(inspectors[net.team[v * k + s]!]!.id);
    result[v] = ids.sort();
  }
  return { teams: result, changed: [...affected].sort((a, b) => a - b) };
}
