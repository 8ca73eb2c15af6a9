import { escapeHtml } from '../escapeHtml.js';

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
  /** The chart's SVG elements, already escaped. */
  body: string;
}

/**
 * An accessible inline SVG chart: `role="img"`, labelled by its `<title>` and described by its `<desc>`
 * (WAI-ARIA Graphics Module; W3C SVG 2 §5.9), scaled to the page width through its `viewBox`.
 */
export function svgChart(o: SvgChartOptions): string {
  const id = escapeHtml(o.id);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="${id}" data-testid="${id}" ` +
    `viewBox="0 0 ${o.width} ${o.height}" width="${o.width}" height="${o.height}" role="img" ` +
    `aria-labelledby="${id}-title" aria-describedby="${id}-desc">` +
    `<title id="${id}-title">${escapeHtml(o.title)}</title>` +
    `<desc id="${id}-desc">${escapeHtml(o.description)}</desc>${o.body}</svg>`
  );
}
