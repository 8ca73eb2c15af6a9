import { type Content, type Html, html } from '../html.js';

/** What {@link svgChart} wraps. */
export interface SvgChartOptions {
  /** Element id and `data-testid` of the `<svg>`; also prefixes the ids of its title and description. */
  id: string;
  /** Short title (the `<title>`, read by screen readers and shown as a tooltip). */
  title: string;
  /** One or two sentences saying what the chart shows (the `<desc>`). */
  description: string;
  width: number;
  height: number;
  /** The chart's SVG elements. */
  body: Content;
}

/**
 * An accessible inline SVG chart: `role="img"`, labelled by its `<title>` and described by its `<desc>`
 * (WAI-ARIA Graphics Module; W3C SVG 2 §5.9), scaled to the page width through its `viewBox`.
 */
export function svgChart(o: SvgChartOptions): Html {
  const { id } = o;
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="${id}" data-testid="${id}" viewBox="0 0 ${o.width} ${o.height}" width="${o.width}" height="${o.height}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc"><title id="${id}-title">${o.title}</title><desc id="${id}-desc">${o.description}</desc>${o.body}</svg>`;
}

/** Characters drawn about twice as wide as a Latin letter: CJK, Hangul, full-width forms. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** The width of `text` in Latin letters: a wide character counts 2. */
function displayWidth(text: string): number {
  let width = 0;
  for (const c of text) width += WIDE.test(c) ? 2 : 1;
  return width;
}

/**
 * A unit's or an inspector's label in a chart: its name beside its id as `named` writes it, the name
 * cut with an ellipsis so that the whole takes at most `width` Latin letters (a wide character counts
 * 2) and the id always shows; nothing when there is no room for a name beside the id (the chart
 * then writes the id as it would without a name).
 *
 * @param named - the language's `common.named`.
 */
export function nameLabel(
  id: string,
  name: string,
  named: (id: string, name?: string) => string,
  width: number,
): string | undefined {
  const room = width - (displayWidth(named(id, 'x')) - 1);
  if (displayWidth(name) <= room) return named(id, name);
  if (room < 4) return undefined;
  let cut = '';
  for (const c of name) {
    if (displayWidth(`${cut}${c}`) > room - 1) break;
    cut += c;
  }
  return named(id, `${cut}\u2026`);
}

/**
 * Round axis ticks for counts, from 0 to at least `max`: a whole step of 1, 2 or 5 times a power of
 * ten, chosen so there are at most `count` intervals (Heckbert, "Nice numbers for graph labels",
 * Graphics Gems, 1990).
 */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.max(0, Math.floor(Math.log10(raw)));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks = [0];
  while (ticks.at(-1)! < max - 1e-9) ticks.push(ticks.length * step);
  return ticks;
}

/**
 * A count scale from 0 over `niceTicks(max)`: the ticks, and the position of a count, `from` at 0 and
 * `from + length` at the last tick (a negative `length` runs upwards, as a vertical axis does).
 */
export function countScale(
  max: number,
  from: number,
  length: number,
): { ticks: number[]; at: (count: number) => number } {
  const ticks = niceTicks(max);
  const end = ticks.at(-1)!;
  return { ticks, at: (count: number) => from + (count / end) * length };
}

/**
 * A horizontal count axis from 0 over `niceTicks(max)`: the position `x` of a count, from `left` to
 * `left + width`, and the vertical grid lines with their tick labels above `top`.
 *
 * @param bottom - where the grid lines end.
 */
export function countAxis(
  max: number,
  left: number,
  width: number,
  top: number,
  bottom: number,
): { x: (count: number) => number; grid: Html[] } {
  const { ticks, at: x } = countScale(max, left, width);
  const grid = ticks.map(
    (t) =>
      html`<line class="grid" x1="${x(t)}" x2="${x(t)}" y1="${top - 6}" y2="${bottom}"/><text class="tick" x="${x(t)}" y="${top - 12}" text-anchor="middle">${t}</text>`,
  );
  return { x, grid };
}
