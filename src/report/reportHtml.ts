import type { FairnessReport } from './FairnessReportTypes.js';
import { plural } from './formatNumber.js';
import { html } from './html.js';
import { pageDocument } from './page/document.js';
import { estimatesSection } from './page/estimates.js';
import { limitsSection, otherVisitsSection } from './page/otherVisits.js';
import { manifestSection, promiseSection, summarySection } from './page/promise.js';
import { typesSection, unitsSection } from './page/typesAndUnits.js';
import { calendarSection, horizonSpan, inspectorsSection, kindsSection } from './page/workload.js';
import { INTERIM_TEXT } from './reportCoverage.js';

/** Options of {@link reportHtml}. */
export interface ReportHtmlOptions {
  /** The page's heading; default `Fairness report of the inspection schedule`. */
  title?: string;
}

/**
 * The public fairness report as one self-contained HTML page: inline CSS and inline SVG only, no
 * script, no font, no image or link to fetch, and a Content-Security-Policy (`default-src 'none'`)
 * that forbids any request. It shows the manifest, a plain-language statement of the promise,
 * expected against realised visits by police type and by unit, a calendar heat map of visits per
 * day, the inspectors' workloads, and the tables behind every chart. The page is built with the
 * `html` template of `report/html.ts`, which writes every string taken from the schedule with
 * `pageText` (`escapeHtml`, bidirectional controls shown as codes). The page depends on the report
 * only (no clock), so the same schedule and `asOf` always give the same bytes. An interim report
 * (`report.coverage.interim`) says so in a box at the top, with the periods it covers.
 *
 * @param report - the model made by `fairnessReport(schedule)`.
 * @param options - the page title.
 */
export function reportHtml(report: FairnessReport, options: ReportHtmlOptions = {}): string {
  const title = options.title ?? 'Fairness report of the inspection schedule';
  const { totals, manifest } = report;
  const optional = [otherVisitsSection(report), limitsSection(report), estimatesSection(report)].flatMap(
    (s) => (s ? [html`\n${s}`] : []),
  );
  const { coverage } = report;
  const periods = coverage.interim ? INTERIM_TEXT.periods(coverage) : plural(report.periods.length, 'period');
  const interim = coverage.interim
    ? html`\n<div class="promise card bad" id="interim" data-testid="interim" role="note"><strong>${INTERIM_TEXT.statement(coverage)}</strong></div>`
    : '';
  return pageDocument({
    title: title,
    subtitle: html`${horizonSpan(report)} · ${periods} · ${plural(totals.units, 'unit')} in ${plural(totals.types, 'police type')} · ${plural(totals.inspectors, 'inspector')} · ${plural(totals.visits, 'visit')}`,
    generator: manifest.library,
    main: html`${interim}

${promiseSection(report)}

${summarySection(report)}

${manifestSection(report)}
${typesSection(report)}
${unitsSection(report)}${optional}
${calendarSection(report)}
${inspectorsSection(report)}
${kindsSection(report)}`,
    footer: html`Made with ${manifest.library} from the schedule ${manifest.scheduleHash}. The report is computed from the schedule alone; the same schedule always gives the same page.`,
  });
}
