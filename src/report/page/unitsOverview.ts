import { text } from '../../text/catalogue.js';
import type { Lang } from '../../text/lang.js';
import type { FairnessReport, ReportUnit } from '../FairnessReportTypes.js';
import { percent, signed } from '../formatNumber.js';
import { type Html, html, section } from '../html.js';
import { legend } from '../palette.js';
import { binValues, type HistogramBin, histogram } from '../svg/histogram.js';
import { EXTREME_ROWS, firstRows, largest, PAGE_ROWS } from './pageLimits.js';
import { marked } from './promise.js';
import { type UnitTable, unitsInTypeOrder, unitTable } from './unitTable.js';

/** Decimals that tell the edges of `bins` apart, for edges shown as `scale * x` (100 for percentages). */
function decimals(bins: readonly HistogramBin[], scale = 1): number {
  const step = bins[0] ? (bins[0].to - bins[0].from) * scale : 1;
  return Math.max(0, Math.min(6, Math.ceil(-Math.log10(step) - 1e-9)));
}

/** A deviation counts as above (below) its expectation beyond this, as the promise's own tolerance. */
const TOLERANCE = 1e-9;

/**
 * "Units" of a report of more than `PAGE_ROWS` units, where a row per unit would make a page of
 * hundreds of MB: where the full table is (the `units` table of `report --csv` or `--xlsx`), the
 * histogram of every unit's realised minus expected routine visits and the one of the promised
 * probabilities (every unit and period), the `EXTREME_ROWS` units furthest above and below their
 * expected visits, and (folded) the capped units and the units outside the promise, the first
 * `PAGE_ROWS` of each with the count of the rest. The tables have the columns of the full units table.
 * Its size depends on `PAGE_ROWS` and the number of periods (through the sparklines, themselves
 * bounded), not on the number of units.
 */
export function unitsOverview(report: FairnessReport, lang: Lang = 'en'): Html {
  const R = text(lang);
  const S = R.reportScale.units;
  const units = unitTable(report, lang);
  const n = report.units.length;
  const deviations = binValues(function* () {
    for (const u of report.units) yield u.deviation;
  });
  let zero = 0;
  const probabilities = binValues(function* () {
    zero = 0;
    for (const u of report.units)
      for (const p of u.probabilities)
        if (p > 0) yield p;
        else zero += 1;
  });
  const pairs = probabilities.reduce((s, b) => s + b.count, 0);
  const dd = decimals(deviations);
  const pd = decimals(probabilities, 100);
  const lowest = report.units.reduce((m, u) => Math.min(m, u.deviation), Number.POSITIVE_INFINITY);
  const highest = report.units.reduce((m, u) => Math.max(m, u.deviation), Number.NEGATIVE_INFINITY);
  const above = largest(
    report.units,
    EXTREME_ROWS,
    (u) => u.deviation,
    (u) => u.deviation > TOLERANCE,
  );
  const below = largest(
    report.units,
    EXTREME_ROWS,
    (u) => -u.deviation,
    (u) => u.deviation < -TOLERANCE,
  );
  const ordered = unitsInTypeOrder(report.units);
  return section(
    { id: 'units', title: R.report.units.title },
    html`<p class="lead" data-testid="units-overview">${S.lead(n, PAGE_ROWS)}</p>`,
    html`<p class="promise" data-testid="full-table">${marked(S.fullTable)}</p>`,
    html`<h3>${S.deviationTitle}</h3>`,
    histogram({
      id: 'chart-deviations',
      title: S.deviationTitle,
      description: S.deviationDescription(n, signed(lowest), signed(highest)),
      bins: deviations,
      edge: (x) => signed(x, dd),
      tooltip: (b) => S.deviationTooltip(signed(b.from, dd), signed(b.to, dd), b.count),
      axis: S.deviationAxis,
      mark: 0,
    }),
    html`<h3>${S.probabilityTitle}</h3>`,
    histogram({
      id: 'chart-probabilities',
      title: S.probabilityTitle,
      description: S.probabilityDescription(pairs, zero),
      bins: probabilities,
      edge: (x) => percent(x, pd),
      tooltip: (b) => S.probabilityTooltip(percent(b.from, pd), percent(b.to, pd), b.count),
      axis: S.probabilityAxis,
    }),
    legend(report.types),
    above.length > 0 ? units.table('table-units-above', S.above(above.length), above, true) : '',
    below.length > 0 ? units.table('table-units-below', S.below(below.length), below, true) : '',
    folded(
      units,
      'units-capped',
      S.capped,
      S.cappedCaption,
      ordered.filter((u) => u.capped),
      S.more,
    ),
    units.unitCheck
      ? folded(
          units,
          'units-outside',
          S.outside,
          S.outsideCaption,
          ordered.filter((u) => !u.withinPromise),
          S.more,
        )
      : '',
  );
}

/** A folded list of units (`<details id>`), its first `PAGE_ROWS` and the count of the rest; nothing when empty. */
function folded(
  units: UnitTable,
  id: string,
  summary: (n: number) => string,
  caption: string,
  list: readonly ReportUnit[],
  more: (n: number) => string,
): Html | string {
  if (list.length === 0) return '';
  const shown = firstRows(list);
  return html`<details id="${id}"><summary>${summary(list.length)}</summary>
${units.table(`table-${id}`, marked(caption), shown.rows, true)}${shown.more > 0 ? html`\n<p class="note" data-testid="more">${more(shown.more)}</p>` : ''}
</details>`;
}
