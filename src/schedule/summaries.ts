import type { Unit } from '../model/unitSchema.js';
import type { InspectorLoad, ScheduleType, Visit } from './Schedule.js';

/** Expected and realised routine visits per police type and period, types in code-unit order. */
export function typeSummaries(
  units: readonly Unit[],
  pi: readonly Float64Array[],
  chosen: readonly number[][],
): ScheduleType[] {
  const types = [...new Set(units.map((u) => u.type))].sort();
  return types.map((type) => {
    const members = units.flatMap((u, i) => (u.type === type ? [i] : []));
    const memberSet = new Set(members);
    return {
      type,
      units: members.length,
      expected: pi.map((row) => members.reduce((s, i) => s + row[i]!, 0)),
      realised: chosen.map((sel) => sel.filter((i) => memberSet.has(i)).length),
    };
  });
}

/** Each inspector's number of visits, in all and per police type of the visited unit. */
export function inspectorLoads(
  inspectorIds: readonly string[],
  visits: readonly Visit[],
  typeOf: ReadonlyMap<string, string>,
): InspectorLoad[] {
  const loads = new Map<string, InspectorLoad>(inspectorIds.map((id) => [id, { id, visits: 0, byType: {} }]));
  for (const visit of visits) {
    const type = typeOf.get(visit.unit) ?? '';
    for (const id of visit.inspectors) {
      const load = loads.get(id);
      if (!load) continue;
      load.visits += 1;
      load.byType[type] = (load.byType[type] ?? 0) + 1;
    }
  }
  return [...loads.values()];
}
