import { text } from '../../text/catalogue.js';
import type { Lang } from '../../text/lang.js';
import { campaignChanceCells } from '../campaignChances.js';
import type { FairnessReport, ReportUnit } from '../FairnessReportTypes.js';
import { fixed, percentRange, signed } from '../formatNumber.js';
import {
  type Cell,
  type Column,
  type Content,
  type Html,
  html,
  numCol,
  table,
  td,
  textCol,
} from '../html.js';
import { swatch, typeColour } from '../palette.js';

/** The widest a sparkline is drawn, in pixels; its points fit in `WIDTH - 2`. */
const WIDTH = 120;
const HEIGHT = 18;

/**
 * The points of a sparkline: one per period, or, when there are more periods than pixels to draw them
 * (`WIDTH - 2`, e.g. the working days of a few years), the smallest and the largest value of each
 * pixel column, in their order in time, so that no spike is lost and the line has at most
 * `WIDTH - 2` points whatever the horizon.
 */
function sparkPoints(probabilities: readonly number[]): { t: number; p: number }[] {
  const n = probabilities.length;
  const columns = (WIDTH - 2) / 2;
  if (n <= WIDTH - 2) return probabilities.map((p, t) => ({ t, p }));
  const points: { t: number; p: number }[] = [];
  for (let c = 0; c < columns; c++) {
    const from = Math.floor((c * n) / columns);
    const to = Math.floor(((c + 1) * n) / columns);
    let lo = from;
    let hi = from;
    for (let t = from + 1; t < to; t++) {
      if (probabilities[t]! < probabilities[lo]!) lo = t;
      if (probabilities[t]! > probabilities[hi]!) hi = t;
    }
    const [a, b] = lo <= hi ? [lo, hi] : [hi, lo];
    points.push({ t: a, p: probabilities[a]! });
    if (b !== a) points.push({ t: b, p: probabilities[b]! });
  }
  return points;
}

/**
 * A small line of a unit's promised probability per period (Tufte, "Beautiful Evidence", 2006),
 * on a common vertical scale `0..max` so rows can be compared. Its size is bounded: a horizon of
 * more periods than pixels draws each pixel column's smallest and largest value.
 */
function sparkline(probabilities: readonly number[], max: number, label: (range: string) => string): Html {
  const n = probabilities.length;
  const top = max > 0 ? max : 1;
  const points = sparkPoints(probabilities)
    .map(
      ({ t, p }) =>
        `${n > 1 ? ((t / (n - 1)) * (WIDTH - 2) + 1).toFixed(1) : WIDTH / 2},${(HEIGHT - 2 - (p / top) * (HEIGHT - 4)).toFixed(1)}`,
    )
    .join(' ');
  // one pass, not a spread: a spread of a million arguments overflows the stack
  let min = Number.POSITIVE_INFINITY;
  let most = 0;
  for (const p of probabilities) {
    if (!(p > 0)) continue;
    if (p < min) min = p;
    if (p > most) most = p;
  }
  const range = most > 0 ? percentRange(min, most) : '0%';
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="spark" data-testid="sparkline" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${label(range)}"><polyline points="${points}"/></svg>`;
}

/** The units of `report` in the page's order: grouped by police type (code-unit order), then as listed. */
export function unitsInTypeOrder(units: readonly ReportUnit[]): ReportUnit[] {
  return units
    .map((u, i) => ({ u, i }))
    .sort((a, b) => (a.u.type < b.u.type ? -1 : a.u.type > b.u.type ? 1 : a.i - b.i))
    .map(({ u }) => u);
}

/** What every row of a units table shares: its columns and how a unit becomes a row. */
export interface UnitTable {
  /** `true` when the rounding promise of the units is checked (a full report of a `horizon-flow` draw). */
  unitCheck: boolean;
  /** The colour of each police type, as in the charts and the legend. */
  colourOf: ReadonlyMap<string, string>;
  columns: Column[];
  /**
   * A unit's row: id (and name), type, probability range and line, counts, rounding, other visits,
   * campaign chances; with `nowrap`, the id on one line.
   */
  row(u: ReportUnit, nowrap?: boolean): (Content | Cell)[];
  /**
   * The table of `units`, a row each, as `id` with `caption`; with `nowrap`, a unit's id is kept on
   * one line (the tables of some units, whose columns the style sheet does not narrow).
   */
  table(id: string, caption: Content, units: readonly ReportUnit[], nowrap?: boolean): Html;
}

/**
 * The units table of the page, whether it lists every unit (a small report) or some of them (the
 * extremes of a large one): the same columns and rows in both. The sparklines share one vertical
 * scale, the largest probability of any unit.
 */
export function unitTable(report: FairnessReport, lang: Lang): UnitTable {
  const R = text(lang);
  const T = R.report.units;
  const { promises } = report;
  const unitCheck = promises.unitCounts && !report.coverage.interim;
  const colourOf = new Map(report.types.map((t, j) => [t.type, typeColour(j)]));
  const maxPi = report.units.reduce((m, u) => Math.max(m, u.maxProbability), 0);
  const otherKinds = Object.keys(report.kinds).filter((k) => k !== 'routine');
  const campaignIds = report.campaigns.map((c) => c.id);
  const columns = [
    textCol(T.unit),
    textCol(T.type),
    textCol(T.probability),
    numCol(T.activePeriods),
    numCol(T.expected),
    numCol(T.realised),
    numCol(T.deviation),
    textCol(T.rounded),
    numCol(T.other),
    ...(campaignIds.length > 0 ? [numCol(T.campaignChance)] : []),
  ];
  const row = (u: ReportUnit, nowrap = false): (Content | Cell)[] => {
    const id = html`${u.id}${u.capped ? html` <span class="tag" data-testid="capped">${T.capped}</span>` : ''}${u.name ? html`<br><span class="note">${u.name}</span>` : ''}`;
    return [nowrap ? td(id, 'nowrap') : id, ...cells(u)];
  };
  const cells = (u: ReportUnit): (Content | Cell)[] => [
    td(html`${swatch(colourOf.get(u.type)!)} ${u.type}`, 'nowrap'),
    html`${percentRange(u.minProbability, u.maxProbability)}${sparkline(u.probabilities, maxPi, (range) => T.sparkline(u.id, range))}`,
    u.activePeriods,
    fixed(u.expected),
    u.realised,
    signed(u.deviation),
    u.withinPromise ? R.report.yes : td(R.report.no, unitCheck ? 'bad' : ''),
    u.other > 0
      ? html`${u.other}<br><span class="note kinds">${R.report.ids(
          otherKinds.filter((k) => (u.byKind[k] ?? 0) > 0).map((k) => T.kindCount(k, u.byKind[k]!)),
        )}</span>`
      : '0',
    ...campaignChanceCells(u.campaigns, campaignIds),
  ];
  return {
    unitCheck,
    colourOf,
    columns,
    row,
    table: (id, caption, units, nowrap = false) =>
      table(
        id,
        caption,
        columns,
        units.map((u) => row(u, nowrap)),
      ),
  };
}
