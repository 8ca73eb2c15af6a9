import type { Calendar } from '../calendar/Calendar.js';
import { periodIndexOf } from '../calendar/days.js';
import { FairdrawError } from '../model/FairdrawError.js';
import type { ValidPlanInput } from '../model/planInputSchema.js';
import type { DirectedSummary } from '../model/scheduleSchema.js';
import { unitIndex } from '../model/unitIndex.js';
import { inFrame } from './frame.js';
import type { DraftVisit } from './visitOrder.js';

/**
 * The directed visits of the plan (for example, verifying a complaint), in input order: no random
 * number, no routine budget. A visit given a `date` goes on that date, which must be a working day of
 * the calendar; a visit given a window `from..to` goes on the FIRST working day of the window on
 * which the unit is active (deterministic, so anyone re-derives it). Each visit carries its `reason`,
 * and its summary names it by the key `directed/<k>` until the visits are numbered.
 * The plan file's validation has already checked the unit, the horizon and the unit's activity on a
 * given date.
 *
 * @throws {FairdrawError} `invalid-input` naming `directed[k].date` when that date is not a working
 *   day; `infeasible` naming `directed[k].from` when the window has no working day on which the unit
 *   is active.
 */
export function directedVisits(
  input: ValidPlanInput,
  calendar: Calendar,
): { visits: DraftVisit[]; summaries: DirectedSummary[] } {
  const visits = (input.directed ?? []).map((d, k): DraftVisit => {
    const unit = input.units[unitIndex(input.units).get(d.unit)!]!;
    let date: string;
    if (d.date !== undefined) {
      if (!calendar.isWorkday(d.date)) {
        const date = d.date;
        throw new FairdrawError('invalid-input', `directed[${k}].date`, (t) => t.schedule.notWorkday(date));
      }
      date = d.date;
    } else {
      const first = calendar.workdaysBetween(d.from!, d.to!).find((day) => inFrame(unit, day, day));
      if (first === undefined) {
        throw new FairdrawError('infeasible', `directed[${k}].from`, (t) =>
          t.schedule.windowNoActiveDay(d.from!, d.to!, d.unit),
        );
      }
      date = first;
    }
    return {
      key: `directed/${k}`,
      kind: 'directed',
      period: periodIndexOf(calendar, date),
      date,
      unit: d.unit,
      reason: d.reason,
    };
  });
  const summaries = visits.map((v) => ({ unit: v.unit, date: v.date, reason: v.reason!, visit: v.key! }));
  return { visits, summaries };
}
