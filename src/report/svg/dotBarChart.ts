import { text as catalogue } from '../../text/catalogue.js';
import type { Lang } from '../../text/lang.js';
import { fixed } from '../formatNumber.js';
import { type Html, html } from '../html.js';
import { countAxis, nameLabel, svgChart } from './svgChart.js';

/** One row of a {@link dotBarChart}. */
export interface DotBarRow {
  /** The row's key (`data-label`) and its text: a police type, a unit's id. */
  label: string;
  /** A unit's name, written beside its id (cut to fit; the tooltip has it whole). */
  name?: string;
  colour: string;
  expected: number;
  realised: number;
  /** Extra non-routine visits, drawn as a hollow marker after the realised count when positive. */
  other: number;
  /** Tooltip of the row. */
  tooltip: string;
}

/** What {@link dotBarChart} draws. */
export interface DotBarChartOptions {
  id: string;
  title: string;
  description: string;
  /** `data-testid` of each row's group. */
  rowTestId: string;
  rows: readonly DotBarRow[];
  /** Draw the band from floor to ceiling of the expectation behind each bar (the ex-post promise). */
  band: boolean;
  rowHeight?: number;
  /** The language of the chart's own words (default `en`). */
  lang?: Lang;
}

const WIDTH = 960;
const LABEL = 230;
const RIGHT = 140;
const TOP = 34;
const BOTTOM = 12;

/**
 * Expected against realised counts, one row per item: a bar to the expected count, a dot at the
 * realised count (a dot plot in the sense of Cleveland, "The Elements of Graphing Data", 1985), and
 * optionally the promised band from the floor to the ceiling of the expectation.
 */
export function dotBarChart(o: DotBarChartOptions): Html {
  const T = catalogue(o.lang);
  const rowHeight = o.rowHeight ?? 24;
  const max = o.rows.reduce((m, r) => Math.max(m, Math.ceil(r.expected), r.realised + r.other), 1);
  const height = TOP + o.rows.length * rowHeight + BOTTOM;
  const { x, grid } = countAxis(max, LABEL, WIDTH - LABEL - RIGHT, TOP, height - BOTTOM);
  const rows = o.rows.map((r, k) => {
    const y = TOP + k * rowHeight;
    const mid = y + rowHeight / 2;
    const bar = Math.max(6, rowHeight * 0.38);
    const low = x(Math.floor(r.expected + 1e-9));
    const band =
      o.band && r.expected > 0
        ? html`<rect class="band" x="${low}" y="${mid - bar}" width="${Math.max(2, x(Math.ceil(r.expected - 1e-9)) - low)}" height="${2 * bar}" rx="3"/>`
        : '';
    const other =
      r.other > 0
        ? html`<rect class="other" x="${x(r.realised + r.other) - 4}" y="${mid - 4}" width="8" height="8" data-testid="${o.rowTestId}-other"/>`
        : '';
    return html`<g data-testid="${o.rowTestId}" data-label="${r.label}" data-expected="${fixed(r.expected, 6)}" data-realised="${r.realised}"><title>${r.tooltip}</title><text class="label" x="${LABEL - 10}" y="${mid + 4}" text-anchor="end">${(r.name && nameLabel(r.label, r.name, T.common.named, 34)) || clip(r.label, 32)}</text>${band}<rect class="expected" x="${LABEL}" y="${mid - bar / 2}" width="${Math.max(0, x(r.expected) - LABEL)}" height="${bar}" fill="${r.colour}"/>${other}<circle class="realised" cx="${x(r.realised)}" cy="${mid}" r="${Math.min(6, rowHeight * 0.26)}"/><text class="value" x="${WIDTH - 4}" y="${mid + 4}" text-anchor="end">${fixed(r.expected)} / ${r.realised}${r.other > 0 ? ` +${r.other}` : ''}</text></g>`;
  });
  return svgChart({
    id: o.id,
    title: o.title,
    description: o.description,
    width: WIDTH,
    height,
    body: [
      grid,
      html`<text class="tick" x="${WIDTH - 4}" y="${TOP - 12}" text-anchor="end">${T.report.charts.expectedRealised}</text>`,
      rows,
    ],
  });
}

/** `text` cut to `n` characters (by code point) with an ellipsis; the tooltip keeps the full text. */
function clip(text: string, n: number): string {
  const chars = [...text];
  return chars.length <= n ? text : `${chars.slice(0, n - 1).join('')}\u2026`;
}
