import { type Content, type Html, html, joinHtml, table, td, textCol } from './html.js';
import { pageDocument } from './page/document.js';
import type { TaskSheet, TaskSheets, TaskSheetVisit } from './TaskSheetTypes.js';
import { kindText, sheetDay, TASK_SHEET_TEXT, teammatesText, whyText } from './taskSheetText.js';

/** Options of {@link taskSheetsHtml}. */
export interface TaskSheetsHtmlOptions {
  /** The page's heading; default `Inspection task sheets`. */
  title?: string;
}

const unitCell = (v: TaskSheetVisit): Content =>
  v.unitName ? html`${v.unitName}<br><span class="note">${v.unit}</span>` : v.unit;

/** The visits of one sheet (or the unassigned ones) as a table. */
function visitTable(id: string, caption: string, visits: readonly TaskSheetVisit[]): Html {
  const { columns } = TASK_SHEET_TEXT;
  return table(
    id,
    caption,
    [columns.visit, columns.unit, columns.kind, columns.teammates, columns.why].map(textCol),
    visits.map((v) => [
      td(v.id, 'nowrap'),
      td(unitCell(v), 'nowrap'),
      kindText(v),
      teammatesText(v),
      whyText(v),
    ]),
  );
}

function sheetSection(sheet: TaskSheet, k: number, day: string): Html {
  const id = `sheet-${k + 1}`;
  const body =
    sheet.visits.length > 0
      ? visitTable(`table-${id}`, TASK_SHEET_TEXT.caption(sheet.inspector, day), sheet.visits)
      : html`<p class="note" data-testid="no-visit">${TASK_SHEET_TEXT.noVisit}</p>`;
  return html`<section class="sheet" id="${id}" data-testid="sheet" data-inspector="${sheet.inspector}" aria-labelledby="${id}-h">
<h2 id="${id}-h">${TASK_SHEET_TEXT.sheetHeading(sheet.inspector)}</h2>
<p class="lead">${day} · ${TASK_SHEET_TEXT.visits(sheet.visits.length)}</p>
${body}
<p class="sign">${TASK_SHEET_TEXT.signature(sheet.inspector)}</p>
</section>`;
}

function unassignedSection(sheets: TaskSheets, day: string): Html | string {
  if (sheets.unassigned.length === 0) return '';
  return html`\n<section class="unassigned" id="unassigned" data-testid="unassigned" aria-labelledby="unassigned-h">
<h2 id="unassigned-h">${TASK_SHEET_TEXT.unassignedHeading}</h2>
<p class="note">${TASK_SHEET_TEXT.unassignedNote}</p>
${visitTable('table-unassigned', `${TASK_SHEET_TEXT.unassignedHeading}: ${day}`, sheets.unassigned)}
</section>`;
}

/**
 * The task sheets of one day as one self-contained printable page: one section per inspector, each
 * starting on a new printed page, with the day, the visits (unit, kind, teammates, why the visit is
 * made) and a line to sign for receipt; then the day's visits without an inspector, if any. Inline CSS
 * only (the report's style sheet, allowed by its hash in the page's Content-Security-Policy), no
 * script, nothing to fetch. Every string from the schedule is escaped by the `html` template.
 *
 * The page shows the day and no other date but those of the findings that the day's follow-ups check:
 * not the horizon, not another visit's day. It depends on `sheets` only (no clock), so the same
 * schedule and day always give the same bytes.
 *
 * @param sheets - what `taskSheets(schedule, { date, inspector? })` returned.
 * @param options - the page title.
 */
export function taskSheetsHtml(sheets: TaskSheets, options: TaskSheetsHtmlOptions = {}): string {
  const title = options.title ?? TASK_SHEET_TEXT.title;
  const day = sheetDay(sheets);
  const visits = new Set(sheets.sheets.flatMap((s) => s.visits.map((v) => v.id))).size;
  const subtitle = [
    day,
    ...(sheets.period === undefined ? [] : [TASK_SHEET_TEXT.period(sheets.period)]),
    TASK_SHEET_TEXT.inspectors(sheets.sheets.length),
    TASK_SHEET_TEXT.visits(visits + sheets.unassigned.length),
  ];
  return pageDocument({
    title: title,
    subtitle: subtitle.join(' · '),
    noindex: true,
    main: html`
<p class="note" data-testid="confidential">${TASK_SHEET_TEXT.confidential}</p>
${joinHtml(
  sheets.sheets.map((sheet, k) => sheetSection(sheet, k, day)),
  '\n',
)}${unassignedSection(sheets, day)}`,
    footer: TASK_SHEET_TEXT.footer(sheets.scheduleHash, sheets.revision),
  });
}
