import { addWorkdays, nextWorkday } from '../calendar/addWorkdays.js';
import type { Calendar } from '../calendar/Calendar.js';
import { isoOf, periodIndexOf, requireDay } from '../calendar/days.js';
import type { Finding } from '../model/findingSchema.js';
import type { ValidPlanInput } from '../model/planInputSchema.js';
import type { FindingSummary } from '../model/scheduleSchema.js';
import { inFrame } from './frame.js';
import type { DraftVisit } from './visitOrder.js';

/** Where a finding's deadline comes from, and the deadline: the summary's fields for its form. */
function deadlineOf(
  f: Finding,
  k: number,
  calendar: Calendar,
): Pick<FindingSummary, 'deadlineWorkdays' | 'deadlineDays' | 'deadline'> {
  if (f.deadlineWorkdays !== undefined) {
    const paths = { date: `findings[${k}].date`, n: `findings[${k}].deadlineWorkdays` };
    return {
      deadlineWorkdays: f.deadlineWorkdays,
      deadline: addWorkdays(calendar, f.date, f.deadlineWorkdays, paths),
    };
  }
  if (f.deadlineDays !== undefined) {
    const day = requireDay(f.date, calendar.zone, `findings[${k}].date`);
    return { deadlineDays: f.deadlineDays, deadline: isoOf(day.plus({ days: f.deadlineDays })) };
  }
  requireDay(f.deadline, calendar.zone, `findings[${k}].deadline`);
  return { deadline: f.deadline! };
}

/**
 * Deadlines and follow-up visits of the plan's findings, in input order; deterministic (no random
 * number). For finding `k` on `date`, the deadline is, by the form the finding gives it in:
 * - `deadlineWorkdays` N: `addWorkdays(calendar, date, N)`, the N-th working day after the finding,
 *   its own day not counted, on the plan's calendar (weekday pattern, holidays, extra working days;
 *   beyond the horizon the weekday pattern alone);
 * - `deadlineDays` N: N calendar days after `date` (stepped in the horizon's zone), whatever day that is;
 * - `deadline`: that date, as given.
 *
 * Then `followUp = nextWorkday(calendar, deadline)`: the first working day after the deadline, so a
 * deadline on a holiday or a weekend is followed up on the first working day after it.
 * The follow-up is a visit (kind `follow-up`, `finding: k`) when it falls inside the horizon on a day
 * the unit is active; otherwise the summary says `scheduled: false` with a `note`, and no visit is made.
 * With `raiseRisk`, the summary also says from which period the raised risk applies (see `raisedRisk`).
 *
 * Example (issue 6): a finding on Wed 2026-04-29 with N = 5, holidays May 1, 4 and 5 and Saturday
 * May 9 worked: deadline 2026-05-09, follow-up Mon 2026-05-11.
 *
 * @returns the follow-up visits, and one summary per finding; a scheduled one names its visit by the
 *   key `finding/<k>` until the visits are numbered.
 */
export function followUps(
  input: ValidPlanInput,
  calendar: Calendar,
): { visits: DraftVisit[]; summaries: FindingSummary[] } {
  const unitById = new Map(input.units.map((u) => [u.id, u]));
  const visits: DraftVisit[] = [];
  const summaries = (input.findings ?? []).map((f, k): FindingSummary => {
    const { deadline, ...form } = deadlineOf(f, k, calendar);
    const followUp = nextWorkday(calendar, deadline, { date: `findings[${k}].deadline` });
    const unit = unitById.get(f.unit)!;
    let note: string | undefined;
    if (followUp > calendar.end)
      note = `the follow-up ${followUp} falls after the horizon end ${calendar.end}`;
    else if (followUp < calendar.start) {
      note = `the follow-up ${followUp} falls before the horizon start ${calendar.start}`;
    } else if (!inFrame(unit, followUp, followUp)) {
      note = `unit ${JSON.stringify(f.unit)} is not active on ${followUp}`;
    }
    const summary: FindingSummary = {
      unit: f.unit,
      date: f.date,
      ...form,
      deadline,
      followUp,
      scheduled: note === undefined,
    };
    if (note === undefined) {
      summary.visit = `finding/${k}`;
      visits.push({
        key: summary.visit,
        kind: 'follow-up',
        period: periodIndexOf(calendar, followUp),
        date: followUp,
        unit: f.unit,
        finding: k,
      });
    } else summary.note = note;
    if (f.raiseRisk !== undefined) {
      const p = periodIndexOf(calendar, f.date);
      summary.raiseRisk = f.raiseRisk;
      summary.riskFrom = p + 1 < calendar.periods.length ? p + 1 : -1;
    }
    return summary;
  });
  return { visits, summaries };
}
