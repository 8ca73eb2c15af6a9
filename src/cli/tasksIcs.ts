import ical, { ICalCalendarMethod } from 'ical-generator';
import type { TaskSheets } from '../report/TaskSheetTypes.js';
import { inspectorText, kindText, teammatesText, unitText, whyText } from '../report/taskSheetText.js';
import { showControls } from '../report/visibleText.js';
import { text } from '../text/catalogue.js';
import { formatDate } from '../text/format.js';
import type { Lang } from '../text/lang.js';

/**
 * The event id of one inspector's visit: the visit's id, the inspector's id (each percent-encoded, so
 * the `/` between them cannot come from either) and the first 16 hex digits of the input hash (so
 * `v-0001` of two years never collide), `@fairdraw`. The same visit and inspector always give the
 * same id, so a calendar that imports a later file updates the event instead of adding a second one.
 */
export function taskEventUid(visit: string, inspector: string, inputHash: string): string {
  return `${encodeURIComponent(visit)}/${encodeURIComponent(inspector)}/${inputHash.slice(0, 16)}@fairdraw`;
}

/**
 * The task sheets of one day as an iCalendar file (RFC 5545), written by `ical-generator`: one all-day
 * event (`DTSTART;VALUE=DATE`, the day in the horizon's own calendar, no time zone to convert) per
 * inspector and visit, with a stable `UID` ({@link taskEventUid}), `SEQUENCE` the number of logged
 * changes of the schedule (a later version of the schedule updates the event), `SUMMARY` the unit and
 * the kind of visit, and `DESCRIPTION` the inspector, teammates, why the visit is made, and the visit's
 * id in the schedule. `DTSTAMP` is the day at 00:00 UTC, not the clock, so the same sheets always give
 * the same bytes. Visits without an inspector are not in the file (they belong to no one's calendar).
 * Control characters of the schedule's strings are written as their codes (`\u001b`). Units and
 * inspectors are named `name (id)` when the schedule gives their names; the texts are in `lang`.
 *
 * @param sheets - what `taskSheets` returned.
 * @param lang - the language of the calendar's texts: `en` (default) or `zh-CN`.
 */
export function taskSheetsIcs(sheets: TaskSheets, lang: Lang = 'en'): string {
  const t = text(lang).tasks;
  const calendar = ical({
    prodId: { company: 'fairdraw', product: 'task-sheets', language: lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    name: t.calendarName(formatDate(sheets.date, lang)),
  });
  const stamp = `${sheets.date}T00:00:00Z`;
  const names = sheets.inspectorNames ?? {};
  for (const sheet of sheets.sheets) {
    for (const v of sheet.visits) {
      const unit = unitText(v, lang);
      calendar.createEvent({
        id: taskEventUid(v.id, sheet.inspector, sheets.inputHash),
        sequence: sheets.revision,
        stamp,
        start: sheets.date,
        allDay: true,
        summary: showControls(t.eventSummary(unit, kindText(v, lang))),
        description: [
          t.eventInspector(inspectorText(sheet.inspector, lang, names)),
          t.eventTeammates(teammatesText(v, lang, names)),
          t.eventUnit(unit),
          t.eventWhy(whyText(v, lang)),
          t.eventVisit(v.id, sheets.scheduleHash),
        ]
          .map((line) => showControls(line))
          .join('\n'),
      });
    }
  }
  // every content line ends with CRLF (RFC 5545, 3.1), the last one too
  return `${calendar.toString()}\r\n`;
}
