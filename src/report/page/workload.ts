import { text } from '../../text/catalogue.js';
import { formatDate } from '../../text/format.js';
import type { Lang } from '../../text/lang.js';
import type { FairnessReport, ReportInspector } from '../FairnessReportTypes.js';
import { type Content, type Html, html, numCol, section, table, textCol } from '../html.js';
import { legend, typeColour } from '../palette.js';
import { heatMap } from '../svg/heatMap.js';
import { loadChart } from '../svg/loadChart.js';

/** The horizon in words: `2026-01-01 to 2026-12-27`, or `no dates`. */
export function horizonSpan(report: FairnessReport, lang: Lang = 'en'): string {
  const T = text(lang).report;
  const { horizon } = report;
  return horizon.start ? T.span(formatDate(horizon.start, lang), formatDate(horizon.end, lang)) : T.noDates;
}

/** "Calendar of visits": the heat map of the visits of every kind per day. */
export function calendarSection(report: FairnessReport, lang: Lang = 'en'): Html {
  const T = text(lang).report.calendar;
  const busiest = report.days.reduce((m, d) => Math.max(m, d.routine + d.other), 0);
  const visitDays = report.days.filter((d) => d.routine + d.other > 0).length;
  return section(
    { id: 'calendar', title: T.title },
    html`<p class="lead">${T.lead(horizonSpan(report, lang), visitDays, busiest)}</p>`,
    heatMap(report.days, 'chart-heatmap', lang),
  );
}

/**
 * The table of `inspectors` (the report's, or some of them): each one's visits of every kind, routine,
 * other, then per police type; an inspector with a name is shown by name beside the id.
 */
export function inspectorTable(
  report: FairnessReport,
  id: string,
  caption: Content,
  inspectors: readonly ReportInspector[],
  lang: Lang = 'en',
): Html {
  const C = text(lang);
  const T = C.report.inspectors;
  const typeNames = report.types.map((t) => t.type);
  return table(
    id,
    caption,
    [textCol(T.inspector), numCol(T.visits), numCol(T.routine), numCol(T.other), ...typeNames.map(numCol)],
    inspectors.map((x) => [
      C.common.named(x.id, x.name),
      x.visits,
      x.routine,
      x.other,
      ...typeNames.map((t) => x.byType[t] ?? 0),
    ]),
  );
}

/**
 * "Inspectors": each inspector's visits by police type, as a stacked bar chart and a table; an
 * inspector with a name is shown by name beside the id. For a report of more than `PAGE_ROWS`
 * inspectors the page shows `inspectorsOverview` instead (page/inspectorsOverview.ts).
 */
export function inspectorsSection(report: FairnessReport, lang: Lang = 'en'): Html {
  const T = text(lang).report.inspectors;
  const typeNames = report.types.map((t) => t.type);
  return section(
    { id: 'inspectors', title: T.title },
    html`<p class="lead">${T.lead}</p>`,
    legend(report.types),
    loadChart(
      report.inspectors,
      typeNames,
      typeNames.map((_, j) => typeColour(j)),
      'chart-load',
      lang,
    ),
    inspectorTable(report, 'table-inspectors', T.caption, report.inspectors, lang),
  );
}

/** "Visits by kind": the visits per kind, and (folded) the routine budget and visits per period. */
export function kindsSection(report: FairnessReport, lang: Lang = 'en'): Html {
  const R = text(lang).report;
  const T = R.kinds;
  const kindTable = table(
    'table-kinds',
    T.caption,
    [textCol(T.kind), numCol(T.visits), textCol(T.random)],
    Object.entries(report.kinds).map(([kind, n]) => [
      T.names[kind] ?? kind,
      n,
      kind === 'routine' ? R.yes : R.no,
    ]),
  );
  const date = (iso: string) => formatDate(iso, lang);
  const periodTable = table(
    'table-periods',
    T.periodsCaption,
    [numCol(T.period), textCol(T.from), textCol(T.to), numCol(T.budget), numCol(T.listed), numCol(T.other)],
    report.periods.map((p) => [p.index + 1, date(p.start), date(p.end), p.budget, p.routine, p.other]),
  );
  return section(
    { id: 'kinds', title: T.title },
    kindTable,
    html`<details id="periods"><summary>${T.periodsSummary(report.periods.length)}</summary>
${periodTable}
</details>`,
  );
}
