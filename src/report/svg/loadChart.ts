import { text } from '../../text/catalogue.js';
import type { Lang } from '../../text/lang.js';
import type { ReportInspector } from '../FairnessReportTypes.js';
import { fixed } from '../formatNumber.js';
import { type Html, html } from '../html.js';
import { countAxis, nameLabel, svgChart } from './svgChart.js';

const WIDTH = 960;
const LABEL = 150;
const RIGHT = 70;
const TOP = 34;
const ROW = 20;

/**
 * Inspector workload: one stacked bar per inspector, a segment per police type of the visited units
 * (colours of `colours`), and a dashed line at the mean load.
 *
 * @param inspectors - the report's inspectors.
 * @param types - the police types, in legend order.
 * @param colours - one colour per entry of `types`.
 * @param lang - the language of the chart's words (default `en`); an inspector with a name is shown
 *   by name beside the id.
 */
export function loadChart(
  inspectors: readonly ReportInspector[],
  types: readonly string[],
  colours: readonly string[],
  id = 'chart-load',
  lang: Lang = 'en',
): Html {
  const C = text(lang);
  const T = C.report.charts;
  const max = inspectors.reduce((m, x) => Math.max(m, x.visits), 1);
  const height = TOP + inspectors.length * ROW + 14;
  const { x, grid } = countAxis(max, LABEL, WIDTH - LABEL - RIGHT, TOP, height - 14);
  const mean = inspectors.length > 0 ? inspectors.reduce((s, i) => s + i.visits, 0) / inspectors.length : 0;
  const rows = inspectors.map((insp, k) => {
    const y = TOP + k * ROW + 3;
    let at = 0;
    const segments = types.flatMap((type, j) => {
      const n = insp.byType[type] ?? 0;
      if (n === 0) return [];
      const seg = html`<rect data-testid="load-segment" x="${x(at)}" y="${y}" width="${x(at + n) - x(at)}" height="${ROW - 6}" fill="${colours[j]!}"><title>${T.loadTooltip(C.common.named(insp.id, insp.name), n, type)}</title></rect>`;
      at += n;
      return [seg];
    });
    return html`<g data-testid="load-row" data-inspector="${insp.id}" data-visits="${insp.visits}"><text class="label" x="${LABEL - 10}" y="${y + ROW - 9}" text-anchor="end">${(insp.name && nameLabel(insp.id, insp.name, C.common.named, 22)) || insp.id}</text>${segments}<text class="value" x="${x(insp.visits) + 6}" y="${y + ROW - 9}">${insp.visits}</text></g>`;
  });
  const meanLine =
    inspectors.length > 0
      ? html`<line class="mean" x1="${x(mean)}" x2="${x(mean)}" y1="${TOP - 4}" y2="${height - 14}"/><text class="tick mean-label" x="${x(mean)}" y="${height - 2}" text-anchor="middle">${T.mean(fixed(mean, 1))}</text>`
      : '';
  return svgChart({
    id,
    title: T.loadTitle,
    description: T.loadDescription(fixed(mean, 1)),
    width: WIDTH,
    height,
    body: [grid, rows, meanLine],
  });
}
