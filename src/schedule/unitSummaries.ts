import type { Unit } from '../model/unitSchema.js';
import type { ScheduleUnit } from './Schedule.js';

/**
 * The routine part of `schedule.units`: for unit `i`, its probability in every period (`pi[t][i]`),
 * their sum (the expected routine visits), the realised routine visits (how many periods of `chosen`
 * list `i`), and `capped: true` when `isCapped(i)`. Shared by `plan` and `replan`.
 */
export function unitSummaries(
  units: readonly Unit[],
  pi: readonly Float64Array[],
  chosen: readonly (readonly number[])[],
  isCapped: (i: number) => boolean,
): ScheduleUnit[] {
  const counts = new Array<number>(units.length).fill(0);
  for (const sel of chosen) for (const i of sel) counts[i]! += 1;
  return units.map((u, i) => {
    const probabilities = pi.map((row) => row[i]!);
    return {
      id: u.id,
      type: u.type,
      probabilities,
      expectedVisits: probabilities.reduce((s, p) => s + p, 0),
      visits: counts[i]!,
      ...(isCapped(i) ? { capped: true } : {}),
    };
  });
}
