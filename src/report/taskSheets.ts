import { DateTime } from 'luxon';
import { hint } from '../model/closestName.js';
import { FairdrawError } from '../model/FairdrawError.js';
import { readSchedule, type Schedule, type Visit } from '../model/scheduleSchema.js';
import { type TaskSheetOptions, taskSheetOptionsSchema } from '../model/taskSheetOptionsSchema.js';
import { validate } from '../model/validate.js';
import type { TaskSheet, TaskSheets, TaskSheetVisit } from './TaskSheetTypes.js';

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every inspector the schedule knows: its workload list and every visit's team. */
function knownInspectors(s: Schedule): Set<string> {
  const known = new Set(s.inspectors.map((l) => l.id));
  for (const v of s.visits) for (const id of v.inspectors) known.add(id);
  return known;
}

/**
 * The names the schedule gives (`inspectors[].name`) to the inspectors `ids`, by id, or undefined when
 * it gives none. (`Object.fromEntries` defines each key as an own property, `__proto__` too.)
 */
function namesOf(s: Schedule, ids: readonly string[]): Record<string, string> | undefined {
  const wanted = new Set(ids);
  const entries = s.inspectors.flatMap((i) =>
    i.name !== undefined && wanted.has(i.id) ? [[i.id, i.name] as const] : [],
  );
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

/** `visit` as a sheet lists it for `inspector` (teammates: the rest of the team). */
function sheetVisit(s: Schedule, visit: Visit, index: number, inspector: string | undefined): TaskSheetVisit {
  const unitName = s.units.find((u) => u.id === visit.unit)?.name;
  const out: TaskSheetVisit = {
    id: visit.id,
    kind: visit.kind,
    unit: visit.unit,
    ...(unitName === undefined ? {} : { unitName }),
    teammates: visit.inspectors.filter((id) => id !== inspector),
    ...(visit.campaign === undefined ? {} : { campaign: visit.campaign }),
    ...(visit.reason === undefined ? {} : { reason: visit.reason }),
  };
  if (visit.finding !== undefined) {
    const finding = s.findings?.[visit.finding];
    if (!finding)
      throw new FairdrawError('invalid-input', `schedule.visits[${index}].finding`, (t) =>
        t.report.findingMissing(visit.finding!, s.findings?.length ?? 0),
      );
    out.finding = { index: visit.finding, date: finding.date, deadline: finding.deadline };
  }
  return out;
}

/**
 * The task sheets (派遣单) of one day, handed to the inspectors on the morning of their visits: for
 * each inspector with a visit on `options.date` (or for `options.inspector` alone), that day's visits
 * in the schedule's order, each with its unit (id, and name when the schedule gives one), the
 * teammates, the kind of visit, the campaign, the reason of a directed visit, and for a follow-up the
 * finding it follows (its date and deadline, from `schedule.findings`); the inspectors' names, when the
 * schedule gives them, are in `inspectorNames`. Visits of the day that have
 * no inspector are listed apart (`unassigned`) when no inspector was asked for, so every visit of the
 * day is somewhere.
 *
 * Nothing of another day is in the result: every visit listed is dated `options.date`, and the only
 * other dates are those of the findings that the day's follow-ups check (dates of the plan file, before
 * the visit). Pure: no clock; the schedule is validated with `readSchedule`.
 *
 * @param schedule - a schedule as `plan` wrote it (or read from its JSON file; it is validated).
 * @param options - `date`, the day (required ISO date), and `inspector`, one inspector's id.
 * @returns the day's sheets, ready for `taskSheetsHtml`, the CLI's text and its ICS file.
 * @throws {FairdrawError} `invalid-input` naming `options.date` (missing, not an ISO date or not an
 *   existing day), `options.inspector` (an id no visit and no workload of the schedule names), or the
 *   schedule's field that is wrong (a follow-up naming a finding the schedule does not list).
 */
export function taskSheets(schedule: unknown, options: TaskSheetOptions): TaskSheets {
  const s = readSchedule(schedule);
  const { date, inspector } = validate(taskSheetOptionsSchema, options, 'options');
  if (inspector !== undefined && !knownInspectors(s).has(inspector)) {
    const guess = hint(
      inspector,
      [...knownInspectors(s)].map((id) => ({ id })),
    );
    throw new FairdrawError(
      'invalid-input',
      'options.inspector',
      (t) => t.report.noInspector(inspector) + guess(t),
    );
  }
  const ofDay = s.visits.flatMap((visit, index) => (visit.date === date ? [{ visit, index }] : []));
  const ids =
    inspector !== undefined
      ? [inspector]
      : [...new Set(ofDay.flatMap(({ visit }) => visit.inspectors))].sort(byCodeUnit);
  const sheets: TaskSheet[] = ids.map((id) => ({
    inspector: id,
    visits: ofDay
      .filter(({ visit }) => visit.inspectors.includes(id))
      .map(({ visit, index }) => sheetVisit(s, visit, index, id)),
  }));
  const unassigned =
    inspector !== undefined
      ? []
      : ofDay
          .filter(({ visit }) => visit.inspectors.length === 0)
          .map(({ visit, index }) => sheetVisit(s, visit, index, undefined));
  const period = s.periods.find((p) => p.start <= date && date <= p.end)?.index;
  const inspectorNames = namesOf(s, [
    ...sheets.flatMap((sheet) => [sheet.inspector, ...sheet.visits.flatMap((v) => v.teammates)]),
    ...unassigned.flatMap((v) => v.teammates),
  ]);
  return {
    date,
    weekday: DateTime.fromISO(date, { zone: 'utc' }).weekday,
    ...(period === undefined ? {} : { period }),
    ...(inspector === undefined ? {} : { inspector }),
    scheduleHash: s.manifest.scheduleHash,
    inputHash: s.manifest.inputHash,
    revision: s.log.length,
    ...(inspectorNames === undefined ? {} : { inspectorNames }),
    sheets,
    unassigned,
  };
}
