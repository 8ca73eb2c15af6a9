import type { GapConflict, Visit } from '../model/scheduleSchema.js';
import { dayNumber } from './placeVisitsApart.js';

/**
 * Every pair of consecutive visits of one unit (all kinds, by date) that are fewer than `minGapDays`
 * calendar days apart: the places where `limits.minGapDays` does not hold. Computed from the finished
 * visits, so the schedule never claims a gap that its dates do not keep. Sorted by unit id, then date.
 */
export function gapConflicts(visits: readonly Visit[], minGapDays: number): GapConflict[] {
  const byUnit = new Map<string, string[]>();
  for (const v of visits) {
    const list = byUnit.get(v.unit);
    if (list) list.push(v.date);
    else byUnit.set(v.unit, [v.date]);
  }
  const out: GapConflict[] = [];
  for (const unit of [...byUnit.keys()].sort()) {
    const dates = byUnit.get(unit)!.sort();
    for (let k = 1; k < dates.length; k++) {
      const days = dayNumber(dates[k]!) - dayNumber(dates[k - 1]!);
      if (days < minGapDays) out.push({ rule: 'minGapDays', unit, dates: [dates[k - 1]!, dates[k]!], days });
    }
  }
  return out;
}
