import type { Schedule } from '../../src/model/scheduleSchema.js';
import { replan } from '../../src/schedule/replan.js';
import { substitute } from '../../src/schedule/substitute.js';

/** A planned schedule with a log of one substitution and one replan, and the two requests. */
export interface Logged {
  schedule: Schedule;
  substitution: { inspector: string; dates: string[]; reason: string; at: string };
  replan: { from: string; reason: string; changes: Record<string, unknown> };
}

/**
 * `planned` with one substitution (the first inspector of a visit of the second period, on its day,
 * `at` 08:00 that morning in the horizon's zone offset `offset`) and then one replan from the first
 * period start after it (the last unit closed, the first one's risk doubled).
 */
export function loggedSchedule(input: unknown, planned: Schedule, offset = '+08:00'): Logged {
  const visit = planned.visits.find((v) => v.period === 1 && v.inspectors.length > 0);
  if (!visit) throw new Error('the planned schedule has no staffed visit in its second period');
  const substitution = {
    inspector: visit.inspectors[0]!,
    dates: [visit.date],
    reason: 'sick leave',
    at: `${visit.date}T08:00:00${offset}`,
  };
  const once = substitute(input, planned, substitution);
  const period = planned.periods.find((p) => p.start > visit.date);
  if (!period) throw new Error('no period starts after the substitution');
  const first = planned.units[0]!;
  const request = {
    from: period.start,
    reason: 'merger and risk review',
    changes: {
      close: [planned.units.at(-1)!.id],
      risk: { [first.id]: 2 * (first.expectedVisits > 0 ? 2 : 1) },
    },
  };
  return { schedule: replan(input, once, request), substitution, replan: request };
}
