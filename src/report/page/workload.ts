import { text } from '../../text/catalogue.js';
import { formatDate } from '../../text/format.js';
import type { Lang } from '../../text/lang.js';
import type { FairnessReport } from '../FairnessReportTypes.js';
import { type Html, html, numCol, section, table, textCol } from '../html.js';
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
 * "Inspectors": each inspector's visits by police type, as a stacked bar chart and a table; an
 * inspector with a name is shown by name beside the id.
 */
export function inspectorsSection(report: FairnessReport, lang: Lang = 'en'): Html {
  const C = text(lang);
  const T = C.report.inspectors;
  const typeNames = report.types.map((t) => t.type);
  const loadTable = table(
    'table-inspectors',
    T.caption,
    [textCol(T.inspector), numCol(T.visits), numCol(T.routine), numCol(T.other), ...typeNames.map(numCol)],
    report.inspectors.map((x) => [
      C.common.named(x.id, x.name),
      x.visits,
      x.routine,
      x.other,
      ...typeNames.map((t) => x.byType[t] ?? 0),
    ]),
  );
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
    loadTable,
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
