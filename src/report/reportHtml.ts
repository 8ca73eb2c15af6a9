import { text } from '../text/catalogue.js';
import type { Lang } from '../text/lang.js';
import type { FairnessReport } from './FairnessReportTypes.js';
import { html } from './html.js';
import { pageDocument } from './page/document.js';
import { estimatesSection } from './page/estimates.js';
import { inspectorsOverview } from './page/inspectorsOverview.js';
import { limitsSection, otherVisitsSection } from './page/otherVisits.js';
import { PAGE_ROWS } from './page/pageLimits.js';
import { manifestSection, promiseSection, summarySection } from './page/promise.js';
import { typesSection, unitsSection } from './page/typesAndUnits.js';
import { unitsOverview } from './page/unitsOverview.js';
import { calendarSection, horizonSpan, inspectorsSection, kindsSection } from './page/workload.js';

/** Options of {@link reportHtml}. */
export interface ReportHtmlOptions {
  /** The page's heading; default `Fairness report of the inspection schedule` (in the page's language). */
  title?: string;
  /** The language of the page: `en` (default) or `zh-CN`. */
  lang?: Lang;
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
 * (`report.coverage.interim`) says so in a box at the top, with the periods it covers. Every word
 * comes from the catalogue's `report` section in `options.lang`; units and inspectors are shown by
 * name beside their id when the schedule gives one.
 *
 * The page stays small at any size (a few MB at most): a report of more than `PAGE_ROWS` (300) units
 * shows the distributions of the units' deviations and probabilities, the extreme units, the capped
 * units and those outside the promise instead of a chart bar and a table row per unit, and says that
 * the full table is the `units` table of `fairdraw report --csv` / `--xlsx`; likewise more than
 * `PAGE_ROWS` inspectors give the distribution of their workloads and the busiest and least busy.
 * Every other list shows its first `PAGE_ROWS` rows and counts the rest; the police types are listed
 * in full. A report of at most `PAGE_ROWS` units and inspectors is the page it has always been.
 *
 * @param report - the model made by `fairnessReport(schedule)`.
 * @param options - the page title and language.
 */
export function reportHtml(report: FairnessReport, options: ReportHtmlOptions = {}): string {
  const lang = options.lang ?? 'en';
  const T = text(lang).report;
  const title = options.title ?? T.title;
  const { totals, manifest } = report;
  const optional = [
    otherVisitsSection(report, lang),
    limitsSection(report, lang),
    estimatesSection(report.estimates, lang),
  ].flatMap((s) =>
    s
      ? [
          html`
${s}`,
        ]
      : [],
  );
  const { coverage } = report;
  const periods = coverage.interim ? T.interim.periods(coverage) : T.subtitle.periods(report.periods.length);
  const interim = coverage.interim
    ? html`\n<div class="promise card bad" id="interim" data-testid="interim" role="note"><strong>${T.interim.statement(coverage)}</strong></div>`
    : '';
  const subtitle = [
    horizonSpan(report, lang),
    periods,
    T.subtitle.units(totals.units, totals.types),
    T.subtitle.inspectors(totals.inspectors),
    T.subtitle.visits(totals.visits),
  ].join(' · ');
  return pageDocument({
    lang,
    title: title,
    subtitle,
    generator: manifest.library,
    main: html`${interim}

${promiseSection(report, lang)}

${summarySection(report, lang)}

${manifestSection(report, lang)}
${typesSection(report, lang)}
${report.units.length > PAGE_ROWS ? unitsOverview(report, lang) : unitsSection(report, lang)}${optional}
${calendarSection(report, lang)}
${report.inspectors.length > PAGE_ROWS ? inspectorsOverview(report, lang) : inspectorsSection(report, lang)}
${kindsSection(report, lang)}`,
    footer: T.footer(manifest.library, manifest.scheduleHash),
  });
}
