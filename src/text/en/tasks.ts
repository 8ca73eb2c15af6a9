import { weekdayName } from '../format.js';
import { plural } from '../plural.js';

/**
 * The task sheets (`taskSheetsHtml`), the `tasks` command's summary, its workbook's header row and its
 * calendar file (ICS). Dates reach these phrases already written for the language (`formatDate`), but
 * `day`, which writes the day of the sheets from its ISO date.
 */
export const tasks = {
  title: 'Inspection task sheets',
  /** The day of the sheets as people read it: `Thursday 2026-03-05`. */
  day: (iso: string) => `${weekdayName(iso, 'en', 'long')} ${iso}`,
  /** The period holding the day, counted from 1: `period 17`. */
  period: (n: number) => `period ${n}`,
  inspectors: (n: number) => plural(n, 'inspector'),
  visits: (n: number) => plural(n, 'visit'),
  confidential:
    'Confidential until the visits are made: the visits are unannounced. Hand each inspector their own sheet on the morning of the visits, and do not show it to the units.',
  sheetHeading: (inspector: string) => `Task sheet of ${inspector}`,
  caption: (inspector: string, day: string) => `Visits of ${inspector} on ${day}`,
  columns: { visit: 'Visit', unit: 'Unit', kind: 'Kind', teammates: 'Teammates', why: 'Why this visit' },
  noVisit: 'No visit on this day.',
  alone: 'none (alone)',
  /** The teammates of a visit, listed: `insp-02, insp-07`. */
  teammates: (names: readonly string[]) => names.join(', '),
  kinds: {
    routine: 'routine',
    campaign: 'campaign',
    directed: 'directed',
    'follow-up': 'follow-up',
  } as Record<string, string>,
  /** A campaign visit's kind with its campaign: `campaign spring-crackdown`. */
  kindOfCampaign: (kind: string, campaign: string) => `${kind} ${campaign}`,
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
  unassignedCaption: (day: string) => `Visits without an inspector: ${day}`,
  footer: (hash: string, revision: number) =>
    `From the schedule ${hash}${revision > 0 ? `, after ${plural(revision, 'logged change')}` : ''}. The same schedule and day always give the same sheets.`,
  /** The CLI's summary (`fairdraw tasks`). */
  summary: (day: string, inspectors: number, visits: number) =>
    `task sheets for ${day}: ${plural(inspectors, 'inspector')}, ${plural(visits, 'visit')}`,
  nothing: (day: string) => `no visit on ${day}`,
  scheduleLine: (hash: string) => `schedule hash ${hash}`,
  sheetLine: (inspector: string, visits: number) => `${inspector}: ${plural(visits, 'visit')}`,
  teammatesLine: (teammates: string) => `teammates: ${teammates}`,
  unassignedLine: 'without an inspector:',
  wrote: (paths: readonly string[]) => `wrote ${paths.join(', ')}`,
  /** `tasks --xlsx`: the sheet's name and its header row (a row per inspector and visit). */
  sheetName: 'tasks',
  tableHeader: ['date', 'inspector', 'visit', 'unit', 'name', 'kind', 'teammates', 'why'],
  /** The ICS file: the calendar's name, and each event's summary and description. */
  calendarName: (date: string) => `fairdraw task sheets ${date}`,
  eventSummary: (unit: string, kind: string) => `Inspection of ${unit} (${kind})`,
  eventInspector: (inspector: string) => `Inspector: ${inspector}`,
  eventTeammates: (teammates: string) => `Teammates: ${teammates}`,
  eventUnit: (unit: string) => `Unit: ${unit}`,
  eventWhy: (why: string) => `Why: ${why}`,
  eventVisit: (id: string, hash: string) => `Visit ${id} of the schedule ${hash}`,
};
