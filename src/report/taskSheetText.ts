import { plural } from './formatNumber.js';
import type { TaskSheets, TaskSheetVisit } from './TaskSheetTypes.js';

/**
 * Every sentence of the task sheets that a person reads (the page, the CLI's summary and the ICS
 * file's events), in English, in one place for the catalogue that will translate them.
 */
export const TASK_SHEET_TEXT = {
  title: 'Inspection task sheets',
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  /** The day as people read it: `Thursday 2026-03-05`. */
  day: (weekdayName: string, date: string) => `${weekdayName} ${date}`,
  period: (index: number) => `period ${index + 1}`,
  inspectors: (n: number) => plural(n, 'inspector'),
  visits: (n: number) => plural(n, 'visit'),
  confidential:
    'Confidential until the visits are made: the visits are unannounced. Hand each inspector their own sheet on the morning of the visits, and do not show it to the units.',
  sheetHeading: (inspector: string) => `Task sheet of ${inspector}`,
  caption: (inspector: string, day: string) => `Visits of ${inspector} on ${day}`,
  columns: { visit: 'Visit', unit: 'Unit', kind: 'Kind', teammates: 'Teammates', why: 'Why this visit' },
  noVisit: 'No visit on this day.',
  alone: 'none (alone)',
  kinds: {
    routine: 'routine',
    campaign: 'campaign',
    directed: 'directed',
    'follow-up': 'follow-up',
  } as Record<string, string>,
  why: {
    routine: 'Routine inspection, drawn at random.',
    campaign: (id: string) => `Campaign ${id}, drawn at random among the units in its scope.`,
    directed: (reason: string) => (reason ? reason : 'Directed visit; no reason recorded.'),
    followUp: (date: string, deadline: string) =>
      `Follow-up of the finding of ${date}, to be put right by ${deadline}: check that it was.`,
    other: (kind: string) => `A ${kind} visit.`,
  },
  signature: (inspector: string) => `Received by ${inspector}: ______________________`,
  unassignedHeading: 'Visits without an inspector',
  unassignedNote:
    'The schedule assigns no inspector to these visits of the day: send a team and record who went.',
  footer: (hash: string, revision: number) =>
    `From the schedule ${hash}${revision > 0 ? `, after ${plural(revision, 'logged change')}` : ''}. The same schedule and day always give the same sheets.`,
  /** The CLI's summary (`fairdraw tasks`). */
  summary: (day: string, inspectors: number, visits: number) =>
    `task sheets for ${day}: ${plural(inspectors, 'inspector')}, ${plural(visits, 'visit')}`,
  nothing: (day: string) => `no visit on ${day}`,
  scheduleLine: (hash: string) => `schedule hash ${hash}`,
  teammatesLine: (teammates: string) => `teammates: ${teammates}`,
  unassignedLine: 'without an inspector:',
  wrote: (paths: readonly string[]) => `wrote ${paths.join(', ')}`,
  /** The ICS file: the calendar's name, and each event's summary and description. */
  calendarName: (date: string) => `fairdraw task sheets ${date}`,
  eventSummary: (unit: string, kind: string) => `Inspection of ${unit} (${kind})`,
  eventInspector: (inspector: string) => `Inspector: ${inspector}`,
  eventTeammates: (teammates: string) => `Teammates: ${teammates}`,
  eventUnit: (unit: string) => `Unit: ${unit}`,
  eventWhy: (why: string) => `Why: ${why}`,
  eventVisit: (id: string, hash: string) => `Visit ${id} of the schedule ${hash}`,
};

/** `Thursday 2026-03-05`: the day of the sheets as people read it. */
export function sheetDay(sheets: Pick<TaskSheets, 'date' | 'weekday'>): string {
  return TASK_SHEET_TEXT.day(TASK_SHEET_TEXT.weekdays[sheets.weekday - 1] ?? '', sheets.date);
}

/** The kind of a visit as a sheet names it (`campaign spring-crackdown`). */
export function kindText(visit: TaskSheetVisit): string {
  const kind = TASK_SHEET_TEXT.kinds[visit.kind] ?? visit.kind;
  return visit.campaign === undefined ? kind : `${kind} ${visit.campaign}`;
}

/** Why the visit is made: drawn at random, the campaign, the directed visit's reason, the finding. */
export function whyText(visit: TaskSheetVisit): string {
  const { why } = TASK_SHEET_TEXT;
  if (visit.finding) return why.followUp(visit.finding.date, visit.finding.deadline);
  if (visit.kind === 'routine') return why.routine;
  if (visit.kind === 'campaign') return why.campaign(visit.campaign ?? '');
  if (visit.kind === 'directed') return why.directed(visit.reason ?? '');
  return visit.reason ?? why.other(visit.kind);
}

/** The teammates of a visit as a sheet lists them: `insp-02, insp-07`, or `none (alone)`. */
export function teammatesText(visit: TaskSheetVisit): string {
  return visit.teammates.length > 0 ? visit.teammates.join(', ') : TASK_SHEET_TEXT.alone;
}
