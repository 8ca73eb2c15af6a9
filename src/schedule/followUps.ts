import { addWorkdays, nextWorkday } from '../calendar/addWorkdays.js';
import type { Calendar } from '../calendar/Calendar.js';
import { isoOf, periodIndexOf, requireDay } from '../calendar/days.js';
import type { Finding } from '../model/findingSchema.js';
import type { ValidPlanInput } from '../model/planInputSchema.js';
import type { FindingSummary } from '../model/scheduleSchema.js';
import { unitIndex } from '../model/unitIndex.js';
import { inFrame } from './frame.js';
import type { DraftVisit } from './visitOrder.js';

/** Where a finding's deadline comes from, and the deadline: the summary's fields for its form. */
function deadlineOf(
  f: Finding,
  path: string,
  calendar: Calendar,
): Pick<FindingSummary, 'deadlineWorkdays' | 'deadlineDays' | 'deadline'> {
  if (f.deadlineWorkdays !== undefined) {
    const paths = { date: `${path}.date`, n: `${path}.deadlineWorkdays` };
    return {
      deadlineWorkdays: f.deadlineWorkdays,
      deadline: addWorkdays(calendar, f.date, f.deadlineWorkdays, paths),
    };
  }
  if (f.deadlineDays !== undefined) {
    const day = requireDay(f.date, calendar.zone, `${path}.date`);
    return { deadlineDays: f.deadlineDays, deadline: isoOf(day.plus({ days: f.deadlineDays })) };
  }
  requireDay(f.deadline, calendar.zone, `${path}.deadline`);
  return { deadline: f.deadline! };
}

/** Findings a replan adds (`changes.findings`): numbered after the schedule's, placed from `from` on. */
export interface AddedFindings {
  findings: readonly Finding[];
  /** The index in the schedule's `findings` of the first of them. */
  first: number;
  /** The replan's `from`: a follow-up due before it is made on the first working day from it on. */
  from: string;
  /** Where they sit, for error messages (`options.changes.findings`). */
  path: string;
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
 * With `added` (a replan's `changes.findings`), the findings are those, numbered from `added.first`,
 * and a follow-up due before `added.from` (the past, which a replan never touches) is made on the first
 * working day from `added.from` on, its visit marked `late: true`; the summary's `followUp` stays the day
 * it fell due.
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
  added?: AddedFindings,
): { visits: DraftVisit[]; summaries: FindingSummary[] } {
  const visits: DraftVisit[] = [];
  const list = added?.findings ?? input.findings ?? [];
  const summaries = list.map((f, j): FindingSummary => {
    const k = (added?.first ?? 0) + j;
    const path = added ? `${added.path}[${j}]` : `findings[${k}]`;
    const { deadline, ...form } = deadlineOf(f, path, calendar);
    const followUp = nextWorkday(calendar, deadline, { date: `${path}.deadline` });
    const late = added !== undefined && followUp < added.from;
    const day = !late
      ? followUp
      : calendar.isWorkday(added.from)
        ? added.from
        : nextWorkday(calendar, added.from);
    const unit = input.units[unitIndex(input.units).get(f.unit)!]!;
    let note: string | undefined;
    if (day > calendar.end) note = `the follow-up ${day} falls after the horizon end ${calendar.end}`;
    else if (day < calendar.start) {
      note = `the follow-up ${day} falls before the horizon start ${calendar.start}`;
    } else if (!inFrame(unit, day, day)) {
      note = `unit ${JSON.stringify(f.unit)} is not active on ${day}`;
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
        period: periodIndexOf(calendar, day),
        date: day,
        unit: f.unit,
        finding: k,
        ...(late ? { late: true as const } : {}),
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
