import { text } from '../../text/catalogue.js';
import type { Lang } from '../../text/lang.js';
import type { FairnessReport } from '../FairnessReportTypes.js';
import { fixed } from '../formatNumber.js';
import { type Html, html, section } from '../html.js';
import { binValues, histogram } from '../svg/histogram.js';
import { EXTREME_ROWS, largest, PAGE_ROWS } from './pageLimits.js';
import { marked } from './promise.js';
import { inspectorTable } from './workload.js';

/**
 * "Inspectors" of a report of more than `PAGE_ROWS` inspectors, where a bar and a row each would make
 * the page grow with them: where the full table is (the `inspectors` table of `report --csv` or
 * `--xlsx`), the histogram of their workloads (visits of every kind, whole bins), and the
 * `EXTREME_ROWS` busiest and least busy inspectors with the columns of the full table.
 */
export function inspectorsOverview(report: FairnessReport, lang: Lang = 'en'): Html {
  const R = text(lang);
  const S = R.reportScale.inspectors;
  const { inspectors } = report;
  const loads = binValues(
    function* () {
      for (const x of inspectors) yield x.visits;
    },
    40,
    true,
  );
  const min = inspectors.reduce((m, x) => Math.min(m, x.visits), Number.POSITIVE_INFINITY);
  const max = inspectors.reduce((m, x) => Math.max(m, x.visits), 0);
  const mean = inspectors.reduce((s, x) => s + x.visits, 0) / inspectors.length;
  const busiest = largest(inspectors, EXTREME_ROWS, (x) => x.visits);
  const quietest = largest(inspectors, EXTREME_ROWS, (x) => -x.visits);
  // whole bins: [a, b) holds the loads a to b - 1
  const range = (from: number, to: number) => (to - from === 1 ? `${from}` : `${from}\u2013${to - 1}`);
  return section(
    { id: 'inspectors', title: R.report.inspectors.title },
    html`<p class="lead" data-testid="inspectors-overview">${S.lead(inspectors.length, PAGE_ROWS, EXTREME_ROWS)}</p>`,
    html`<p class="promise" data-testid="full-inspector-table">${marked(S.fullTable)}</p>`,
    html`<h3>${S.title}</h3>`,
    histogram({
      id: 'chart-loads',
      title: S.title,
      description: S.description(inspectors.length, min, max, fixed(mean, 1)),
      bins: loads,
      edge: (x) => `${x}`,
      tooltip: (b) => S.tooltip(range(b.from, b.to), b.count),
      axis: S.axis,
    }),
    inspectorTable(report, 'table-inspectors-busiest', S.busiest(busiest.length), busiest, lang),
    inspectorTable(report, 'table-inspectors-quietest', S.quietest(quietest.length), quietest, lang),
  );
}
