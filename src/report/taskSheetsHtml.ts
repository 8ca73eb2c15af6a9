import { text } from '../text/catalogue.js';
import type { Lang } from '../text/lang.js';
import { type Content, type Html, html, joinHtml, table, td, textCol } from './html.js';
import { pageDocument } from './page/document.js';
import type { TaskSheet, TaskSheets, TaskSheetVisit } from './TaskSheetTypes.js';
import { inspectorText, kindText, sheetDay, teammatesText, whyText } from './taskSheetText.js';

/** Options of {@link taskSheetsHtml}. */
export interface TaskSheetsHtmlOptions {
  /** The page's heading; default `Inspection task sheets` (`督察任务单`). */
  title?: string;
  /** The language of the page: `en` (default) or `zh-CN`. */
  lang?: Lang;
}

/** What every part of the page needs: the language, the day as written, the inspectors' names. */
interface Page {
  lang: Lang;
  day: string;
  names: Readonly<Record<string, string>>;
}

const unitCell = (v: TaskSheetVisit): Content =>
  v.unitName ? html`${v.unitName}<br><span class="note">${v.unit}</span>` : v.unit;

/** The visits of one sheet (or the unassigned ones) as a table. */
function visitTable(id: string, caption: string, visits: readonly TaskSheetVisit[], page: Page): Html {
  const { columns } = text(page.lang).tasks;
  return table(
    id,
    caption,
    [columns.visit, columns.unit, columns.kind, columns.teammates, columns.why].map(textCol),
    visits.map((v) => [
      td(v.id, 'nowrap'),
      td(unitCell(v), 'nowrap'),
      kindText(v, page.lang),
      teammatesText(v, page.lang, page.names),
      whyText(v, page.lang),
    ]),
  );
}

function sheetSection(sheet: TaskSheet, k: number, page: Page): Html {
  const t = text(page.lang).tasks;
  const id = `sheet-${k + 1}`;
  const who = inspectorText(sheet.inspector, page.lang, page.names);
  const body =
    sheet.visits.length > 0
      ? visitTable(`table-${id}`, t.caption(who, page.day), sheet.visits, page)
      : html`<p class="note" data-testid="no-visit">${t.noVisit}</p>`;
  return html`<section class="sheet" id="${id}" data-testid="sheet" data-inspector="${sheet.inspector}" aria-labelledby="${id}-h">
<h2 id="${id}-h">${t.sheetHeading(who)}</h2>
<p class="lead">${page.day} · ${t.visits(sheet.visits.length)}</p>
${body}
<p class="sign">${t.signature(who)}</p>
</section>`;
}

function unassignedSection(sheets: TaskSheets, page: Page): Html | string {
  if (sheets.unassigned.length === 0) return '';
  const t = text(page.lang).tasks;
  return html`\n<section class="unassigned" id="unassigned" data-testid="unassigned" aria-labelledby="unassigned-h">
<h2 id="unassigned-h">${t.unassignedHeading}</h2>
<p class="note">${t.unassignedNote}</p>
${visitTable('table-unassigned', t.unassignedCaption(page.day), sheets.unassigned, page)}
</section>`;
}

/**
 * The task sheets of one day as one self-contained printable page: one section per inspector, each
 * starting on a new printed page, with the day, the visits (unit, kind, teammates, why the visit is
 * made) and a line to sign for receipt; then the day's visits without an inspector, if any. Inline CSS
 * only (the report's style sheet, allowed by its hash in the page's Content-Security-Policy), no
 * script, nothing to fetch. Every string from the schedule is escaped by the `html` template.
 * Inspectors are named `name (id)` when the schedule gives their names (`sheets.inspectorNames`).
 *
 * The page shows the day and no other date but those of the findings that the day's follow-ups check:
 * not the horizon, not another visit's day. The period holding the day is numbered from 1. It depends
 * on `sheets` only (no clock), so the same schedule and day always give the same bytes.
 *
 * @param sheets - what `taskSheets(schedule, { date, inspector? })` returned.
 * @param options - the page title, and `lang`: `en` (default) or `zh-CN` (`<html lang="zh-CN">`, dates
 *   such as `2026年3月2日 星期一`).
 */
export function taskSheetsHtml(sheets: TaskSheets, options: TaskSheetsHtmlOptions = {}): string {
  const lang = options.lang ?? 'en';
  const t = text(lang).tasks;
  const page: Page = { lang, day: sheetDay(sheets, lang), names: sheets.inspectorNames ?? {} };
  const visits = new Set(sheets.sheets.flatMap((s) => s.visits.map((v) => v.id))).size;
  const subtitle = [
    page.day,
    ...(sheets.period === undefined ? [] : [t.period(sheets.period + 1)]),
    t.inspectors(sheets.sheets.length),
    t.visits(visits + sheets.unassigned.length),
  ];
  return pageDocument({
    lang,
    title: options.title ?? t.title,
    subtitle: subtitle.join(' · '),
    noindex: true,
    main: html`
<p class="note" data-testid="confidential">${t.confidential}</p>
${joinHtml(
  sheets.sheets.map((sheet, k) => sheetSection(sheet, k, page)),
  '\n',
)}${unassignedSection(sheets, page)}`,
    footer: t.footer(sheets.scheduleHash, sheets.revision),
  });
}
