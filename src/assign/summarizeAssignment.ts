import type { AssignmentNetwork } from './AssignmentNetwork.js';
import type { AssignInspector, Assignment } from './types.js';

/** Reads teams (ids sorted), loads and per-type counts out of a solved network. Internal. */
export function summarizeAssignment(
  net: AssignmentNetwork,
  inspectors: readonly AssignInspector[],
): Assignment {
  const teams: string[][] = [];
  for (let v = 0; v < net.m; v++) {
    const ids: string[] = [];
    for (let s = 0; s < net.teamCount[v]!; s++) ids.push(inspectors[net.team[v * net.k + s]!]!.id);
    teams.push(ids.sort());
  }
  const loads: Record<string, number> = {};
  const byType: Record<string, Record<string, number>> = {};
  inspectors.forEach((insp, i) => {
    loads[insp.id] = net.load[i]!;
    const counts: Record<string, number> = {};
    net.types.forEach((t, ti) => {
      counts[t] = net.typeCount[i * net.nTypes + ti]!;
    });
    byType[insp.id] = counts;
  });
  return { teams, loads, byType };
}
