import { type Html, html } from '../html.js';
import { countScale, svgChart } from './svgChart.js';

/** One bar of a {@link histogram}: the values from `from` (included) to `to`, and how many there are. */
export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/** What {@link histogram} draws. */
export interface HistogramOptions {
  /** Element id and `data-testid` of the `<svg>`. */
  id: string;
  title: string;
  description: string;
  /** The bars, left to right, of equal width, each adjacent to the next. */
  bins: readonly HistogramBin[];
  /** A bin's edge as the axis writes it (`−0.50`, `1.2%`). */
  edge: (x: number) => string;
  /** The tooltip of a bar. */
  tooltip: (bin: HistogramBin) => string;
  /** The words under the horizontal axis. */
  axis: string;
  /** A value to mark with a dashed line (0 for deviations), when it lies within the bins. */
  mark?: number;
  colour?: string;
}

const WIDTH = 960;
const LEFT = 64;
const RIGHT = 24;
const TOP = 26;
const PLOT = 180;
const BOTTOM = 44;
/** At most this many edges are written under the axis. */
const EDGE_LABELS = 10;

/**
 * A histogram (Pearson, 1895): one bar per bin, its height the count of values in it (at least 2
 * pixels when it holds any), on a count axis from 0 with round ticks; a bin's edges written under
 * the axis (every k-th, at most {@link EDGE_LABELS}), and an optional dashed mark (0 for deviations).
 * Its size depends on the number of bins only, never on the number of values, so the page stays
 * small at any size.
 */
export function histogram(o: HistogramOptions): Html {
  const n = o.bins.length;
  const height = TOP + PLOT + BOTTOM;
  const width = WIDTH - LEFT - RIGHT;
  // the count axis runs upwards from the bottom of the plot
  const { ticks, at: y } = countScale(
    o.bins.reduce((m, b) => Math.max(m, b.count), 0),
    TOP + PLOT,
    -PLOT,
  );
  const barWidth = n > 0 ? width / n : width;
  const x = (k: number) => LEFT + k * barWidth;
  const grid = ticks.map(
    (t) =>
      html`<line class="grid" x1="${LEFT}" x2="${LEFT + width}" y1="${y(t)}" y2="${y(t)}"/><text class="tick" x="${LEFT - 6}" y="${y(t) + 4}" text-anchor="end">${t}</text>`,
  );
  // a bin that holds anything is at least 2 pixels tall, so that a few units beside a million show
  const height0 = (count: number) => (count > 0 ? Math.max(2, TOP + PLOT - y(count)) : 0);
  const bars = o.bins.map(
    (b, k) =>
      html`<rect data-testid="${o.id}-bar" data-from="${b.from}" data-to="${b.to}" data-count="${b.count}" x="${x(k).toFixed(1)}" y="${(TOP + PLOT - height0(b.count)).toFixed(1)}" width="${Math.max(1, barWidth - 1).toFixed(1)}" height="${height0(b.count).toFixed(1)}" fill="${o.colour ?? '#0b4f8a'}"><title>${o.tooltip(b)}</title></rect>`,
  );
  const every = Math.max(1, Math.ceil((n + 1) / EDGE_LABELS));
  const edges: Html[] = [];
  for (let k = 0; k <= n; k += every) {
    const value = k < n ? o.bins[k]!.from : o.bins[n - 1]!.to;
    edges.push(
      html`<text class="tick" x="${x(k).toFixed(1)}" y="${TOP + PLOT + 16}" text-anchor="middle">${o.edge(value)}</text>`,
    );
  }
  const first = o.bins[0];
  const last = o.bins.at(-1);
  const mark =
    o.mark !== undefined && first && last && o.mark >= first.from && o.mark <= last.to
      ? html`<line class="mean" x1="${(LEFT + ((o.mark - first.from) / (last.to - first.from)) * width).toFixed(1)}" x2="${(LEFT + ((o.mark - first.from) / (last.to - first.from)) * width).toFixed(1)}" y1="${TOP - 4}" y2="${TOP + PLOT}"/>`
      : '';
  return svgChart({
    id: o.id,
    title: o.title,
    description: o.description,
    width: WIDTH,
    height,
    body: [
      grid,
      bars,
      html`<line class="grid" x1="${LEFT}" x2="${LEFT + width}" y1="${TOP + PLOT}" y2="${TOP + PLOT}"/>`,
      edges,
      mark,
      html`<text class="tick" x="${LEFT + width / 2}" y="${height - 6}" text-anchor="middle">${o.axis}</text>`,
    ],
  });
}

/**
 * Values counted into equal bins whose width is a round step (1, 2 or 5 times a power of ten, as
 * `niceTicks`), the fewest bins of that form up to `maxBins`, edges on multiples of the step (so 0 is an
 * edge): each bin holds the values from its start (included) to its end (excluded), but the last one
 * also holds its end, unless `whole`: then the values are whole numbers, the step is at least 1, and
 * every bin `[a, b)` holds the numbers `a` to `b - 1`. Non-finite values are skipped. Linear in the number of values, one pass to find
 * the range and one to count; nothing is sorted or kept.
 *
 * @param values - called twice, so a generator function rather than a generator.
 * @returns the bins, empty when there is no finite value.
 */
export function binValues(values: () => Iterable<number>, maxBins = 40, whole = false): HistogramBin[] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values()) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) return [];
  // no finer than 1e-12: the values are counts, deviations and probabilities
  const raw = roundStep(Math.max(1e-12, (max - min) / maxBins || Math.abs(max) / 10 || 1));
  const step = whole ? Math.max(1, raw) : raw;
  // a value on an edge belongs to the bin it starts; the tiny slack absorbs 0.3 / 0.1 = 2.9999...
  const index = (v: number) => Math.floor(v / step + 1e-9);
  const first = index(min);
  // the largest value on an edge goes into the bin it ends, not into a bin of its own
  const q = max / step;
  const last = !whole && max > min && Math.abs(q - Math.round(q)) < 1e-9 ? index(max) - 1 : index(max);
  const n = Math.max(1, last - first + 1);
  if (!(n <= maxBins + 2)) {
    // a range too wide for floating point (beyond 1e307): one bin of everything
    let all = 0;
    for (const v of values()) if (Number.isFinite(v)) all += 1;
    return [{ from: min, to: max, count: all }];
  }
  const counts = new Array<number>(n).fill(0);
  for (const v of values()) {
    if (!Number.isFinite(v)) continue;
    counts[Math.min(n - 1, Math.max(0, index(v) - first))]! += 1;
  }
  return counts.map((count, k) => ({
    from: edge((first + k) * step, step),
    to: edge((first + k + 1) * step, step),
    count,
  }));
}

/** The smallest of 1, 2, 5 times a power of ten that is at least `raw`. */
function roundStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw * (1 - 1e-12)) ?? 10 * power;
}

/** A multiple of `step` without the float noise of the product (`3 * 0.1` is 0.30000000000000004). */
function edge(x: number, step: number): number {
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number(x.toFixed(Math.min(20, digits)));
}
