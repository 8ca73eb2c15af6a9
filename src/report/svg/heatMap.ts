import { DateTime } from 'luxon';
import { text } from '../../text/catalogue.js';
import type { Lang } from '../../text/lang.js';
import type { ReportDay } from '../FairnessReportTypes.js';
import { type Html, html } from '../html.js';
import { svgChart } from './svgChart.js';

/** Fill colours from no visit to the busiest day (a sequential blue scale, ColorBrewer "Blues"). */
export const HEAT_COLOURS = ['#eef1f4', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

const CELL = 14;
const GAP = 3;
const LEFT = 40;
const TOP = 22;
const WEEKS_PER_ROW = 53;
const BLOCK_GAP = 26;

/** The colour class (0 = no visit ... 5 = busiest) of a day with `count` visits when the busiest has `max`. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((count / max) * (HEAT_COLOURS.length - 1)));
}

/**
 * A calendar heat map of the visits per day: one column per week (Monday first), one row per
 * weekday, darker for more visits; long horizons wrap every 53 weeks. Dates are ISO calendar days,
 * handled with luxon in UTC (only the calendar matters, not the zone). Weekdays, months and the
 * chart's words are those of `lang` (default `en`).
 */
export function heatMap(days: readonly ReportDay[], id = 'chart-heatmap', lang: Lang = 'en'): Html {
  const T = text(lang).report.charts;
  const max = days.reduce((m, d) => Math.max(m, d.routine + d.other), 0);
  const first = days[0] ? DateTime.fromISO(days[0].date, { zone: 'utc' }).startOf('week') : undefined;
  const nWeeks = first
    ? Math.floor(DateTime.fromISO(days.at(-1)!.date, { zone: 'utc' }).diff(first, 'days').days / 7) + 1
    : 0;
  const blocks = Math.max(1, Math.ceil(nWeeks / WEEKS_PER_ROW));
  const blockHeight = TOP + 7 * (CELL + GAP);
  const legendY = blocks * blockHeight + (blocks - 1) * BLOCK_GAP + 16;
  const width = Math.max(LEFT + Math.min(nWeeks, WEEKS_PER_ROW) * (CELL + GAP) + 40, 480);
  const height = legendY + 28;
  const parts: Html[] = [];
  for (let b = 0; b < blocks; b++) {
    const y0 = b * (blockHeight + BLOCK_GAP) + TOP;
    T.weekdays.forEach((name, w) => {
      if (w % 2 === 0)
        parts.push(
          html`<text class="tick" x="${LEFT - 6}" y="${y0 + w * (CELL + GAP) + CELL - 3}" text-anchor="end">${name}</text>`,
        );
    });
  }
  let lastMonth = '';
  let lastBlock = -1;
  for (const d of days) {
    const date = DateTime.fromISO(d.date, { zone: 'utc', locale: lang });
    const week = Math.floor(date.diff(first!, 'days').days / 7);
    const block = Math.floor(week / WEEKS_PER_ROW);
    const x = LEFT + (week % WEEKS_PER_ROW) * (CELL + GAP);
    const y0 = block * (blockHeight + BLOCK_GAP) + TOP;
    const y = y0 + (d.weekday - 1) * (CELL + GAP);
    if (block !== lastBlock) {
      parts.push(
        html`<text class="tick year" x="${LEFT - 6}" y="${y0 - 8}" text-anchor="end">${date.year}</text>`,
      );
      lastBlock = block;
    }
    const month = date.toFormat('yyyy-LL');
    if (month !== lastMonth) {
      const label =
        date.month === 1 && lastMonth !== ''
          ? date.toFormat(T.monthYearFormat)
          : date.toFormat(T.monthFormat);
      parts.push(html`<text class="tick month" x="${x}" y="${y0 - 8}">${label}</text>`);
      lastMonth = month;
    }
    const count = d.routine + d.other;
    const level = heatLevel(count, max);
    const what = count === 0 ? T.noVisit : T.dayVisits(count, d.routine, d.other);
    parts.push(
      html`<rect data-testid="heat-cell" data-date="${d.date}" data-count="${count}" x="${x}" y="${y}" width="${CELL}" height="${CELL}" rx="2" fill="${HEAT_COLOURS[level]!}"><title>${T.dayTooltip(date.toFormat(T.dayFormat), what)}</title></rect>`,
    );
  }
  let slot = 0;
  HEAT_COLOURS.forEach((colour, level) => {
    const lo = level === 0 ? 0 : Math.floor(((level - 1) / (HEAT_COLOURS.length - 1)) * max) + 1;
    const hi = level === 0 ? 0 : Math.floor((level / (HEAT_COLOURS.length - 1)) * max);
    if (hi < lo) return;
    const x = LEFT + slot++ * 58;
    parts.push(
      html`<rect data-testid="heat-legend" x="${x}" y="${legendY}" width="${CELL}" height="${CELL}" rx="2" fill="${colour}"/><text class="tick" x="${x + CELL + 4}" y="${legendY + 11}">${lo === hi ? hi : `${lo}\u2013${hi}`}</text>`,
    );
  });
  parts.push(html`<text class="tick" x="${LEFT + slot * 58}" y="${legendY + 11}">${T.visitsPerDay}</text>`);
  return svgChart({
    id,
    title: T.heatTitle,
    description: T.heatDescription(days.length, days[0]?.date ?? '-', days.at(-1)?.date ?? '-', max),
    width,
    height,
    body: parts,
  });
}
