import type { ReportInspector } from '../FairnessReportTypes.js';
import { fixed } from '../formatNumber.js';
import { type Html, html } from '../html.js';
import { countAxis, svgChart } from './svgChart.js';

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
 */
export function loadChart(
  inspectors: readonly ReportInspector[],
  types: readonly string[],
  colours: readonly string[],
  id = 'chart-load',
): Html {
  const max = Math.max(1, ...inspectors.map((x) => x.visits));
  const height = TOP + inspectors.length * ROW + 14;
  const { x, grid } = countAxis(max, LABEL, WIDTH - LABEL - RIGHT, TOP, height - 14);
  const mean = inspectors.length > 0 ? inspectors.reduce((s, i) => s + i.visits, 0) / inspectors.length : 0;
  const rows = inspectors.map((insp, k) => {
    const y = TOP + k * ROW + 3;
    let at = 0;
    const segments = types.flatMap((type, j) => {
      const n = insp.byType[type] ?? 0;
      if (n === 0) return [];
      const seg = html`<rect data-testid="load-segment" x="${x(at)}" y="${y}" width="${x(at + n) - x(at)}" height="${ROW - 6}" fill="${colours[j]!}"><title>${`${insp.id}: ${n} visit${n === 1 ? '' : 's'} to ${type}`}</title></rect>`;
      at += n;
      return [seg];
    });
    return html`<g data-testid="load-row" data-inspector="${insp.id}" data-visits="${insp.visits}"><text class="label" x="${LABEL - 10}" y="${y + ROW - 9}" text-anchor="end">${insp.id}</text>${segments}<text class="value" x="${x(insp.visits) + 6}" y="${y + ROW - 9}">${insp.visits}</text></g>`;
  });
  const meanLine =
    inspectors.length > 0
      ? html`<line class="mean" x1="${x(mean)}" x2="${x(mean)}" y1="${TOP - 4}" y2="${height - 14}"/><text class="tick mean-label" x="${x(mean)}" y="${height - 2}" text-anchor="middle">mean ${fixed(mean, 1)}</text>`
      : '';
  return svgChart({
    id,
    title: 'Inspector workload by police type',
    description:
      `Visits per inspector (all kinds), split by the police type of the visited unit; ` +
      `the dashed line is the mean load of ${fixed(mean, 1)} visits.`,
    width: WIDTH,
    height,
    body: [grid, rows, meanLine],
  });
}
