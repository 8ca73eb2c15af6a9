import { text } from '../../text/catalogue.js';
import type { Lang } from '../../text/lang.js';
import type { FairnessReport } from '../FairnessReportTypes.js';
import { fixed, percent, percentRange, signed } from '../formatNumber.js';
import { type Html, html, joinHtml, numCol, section, table, td, textCol } from '../html.js';
import { legend, swatch, typeColour } from '../palette.js';
import { dotBarChart } from '../svg/dotBarChart.js';

/** "Police types": expected against realised routine visits per type, as a chart and a table. */
export function typesSection(report: FairnessReport, lang: Lang = 'en'): Html {
  const T = text(lang).report.types;
  const { promises } = report;
  const nPeriods = report.periods.length;
  const chart = dotBarChart({
    id: 'chart-types',
    title: T.chartTitle,
    description: T.chartDescription,
    rowTestId: 'type-row',
    band: false,
    rowHeight: 28,
    lang,
    rows: report.types.map((t, j) => ({
      label: t.type,
      colour: typeColour(j),
      expected: t.expected,
      realised: t.realised,
      other: t.other,
      tooltip: T.tooltip(t.type, t.units, fixed(t.expected), t.realised, t.other),
    })),
  });
  const rows = report.types.map((t, j) => [
    html`${swatch(typeColour(j))} ${t.type}`,
    t.units,
    percentRange(t.minProbability, t.maxProbability),
    fixed(t.expected),
    t.realised,
    signed(t.deviation),
    td(
      `${nPeriods - t.periodsOutsidePromise} / ${nPeriods}`,
      promises.typeCounts && t.periodsOutsidePromise > 0 ? 'num bad' : 'num',
    ),
    t.other,
  ]);
  return section(
    { id: 'types', title: T.title },
    html`<p class="lead">${T.lead}</p>`,
    legend(report.types),
    chart,
    table(
      'table-types',
      T.caption,
      [
        textCol(T.type),
        numCol(T.units),
        numCol(T.probability),
        numCol(T.expected),
        numCol(T.realised),
        numCol(T.deviation),
        numCol(T.periodsRounded),
        numCol(T.other),
      ],
      rows,
    ),
  );
}

/**
 * A small line of a unit's promised probability per period (Tufte, "Beautiful Evidence", 2006),
 * on a common vertical scale `0..max` so rows can be compared.
 */
function sparkline(probabilities: readonly number[], max: number, label: (range: string) => string): Html {
  const width = 120;
  const height = 18;
  const n = probabilities.length;
  const top = max > 0 ? max : 1;
  const points = probabilities
    .map(
      (p, t) =>
        `${n > 1 ? ((t / (n - 1)) * (width - 2) + 1).toFixed(1) : width / 2},${(height - 2 - (p / top) * (height - 4)).toFixed(1)}`,
    )
    .join(' ');
  const positive = probabilities.filter((p) => p > 0);
  // reduce, not a spread: a spread of a million arguments overflows the stack
  const range =
    positive.length > 0
      ? percentRange(
          positive.reduce((m, x) => Math.min(m, x), Number.POSITIVE_INFINITY),
          positive.reduce((m, x) => Math.max(m, x), 0),
        )
      : '0%';
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="spark" data-testid="sparkline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${label(range)}"><polyline points="${points}"/></svg>`;
}

/**
 * "Units": every unit's promised probabilities, expected and realised routine visits (chart and
 * table, units grouped by police type), its other visits by kind and its campaign chances. A unit's
 * name, when the schedule gives one, is shown beside its id.
 */
export function unitsSection(report: FairnessReport, lang: Lang = 'en'): Html {
  const R = text(lang);
  const T = R.report.units;
  const { promises } = report;
  const unitCheck = promises.unitCounts && !report.coverage.interim;
  const colourOf = new Map(report.types.map((t, j) => [t.type, typeColour(j)]));
  const maxPi = report.units.reduce((m, u) => Math.max(m, u.maxProbability), 0);
  const order = report.units
    .map((u, i) => ({ u, i }))
    .sort((a, b) => (a.u.type < b.u.type ? -1 : a.u.type > b.u.type ? 1 : a.i - b.i))
    .map(({ u }) => u);
  const chart = dotBarChart({
    id: 'chart-units',
    title: T.chartTitle,
    description: T.chartDescription,
    rowTestId: 'unit-row',
    band: true,
    rowHeight: 19,
    lang,
    rows: order.map((u) => ({
      label: u.id,
      ...(u.name ? { name: u.name } : {}),
      colour: colourOf.get(u.type)!,
      expected: u.expected,
      realised: u.realised,
      other: u.other,
      tooltip: T.tooltip(
        u.id,
        u.name,
        u.type,
        fixed(u.expected),
        u.realised,
        u.other,
        percentRange(u.minProbability, u.maxProbability),
      ),
    })),
  });
  const otherKinds = Object.keys(report.kinds).filter((k) => k !== 'routine');
  const campaignIds = report.campaigns.map((c) => c.id);
  const anyCapped = report.units.some((u) => u.capped);
  const caption = T.caption(promises.fromPeriod > 0 ? promises.fromPeriod + 1 : 0, anyCapped, campaignIds);
  const rows = order.map((u) => [
    html`${u.id}${u.capped ? html` <span class="tag" data-testid="capped">${T.capped}</span>` : ''}${u.name ? html`<br><span class="note">${u.name}</span>` : ''}`,
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
    ...(campaignIds.length > 0
      ? [
          joinHtml(
            campaignIds.map(
              (id) => `${campaignIds.length > 1 ? `${id} ` : ''}${percent(u.campaigns[id] ?? 0)}`,
            ),
            html`<br>`,
          ),
        ]
      : []),
  ]);
  return section(
    { id: 'units', title: T.title },
    html`<p class="lead">${T.lead(promises.unitCounts)}${promises.unitCounts && report.coverage.interim ? R.report.interim.unitsLead : ''}</p>`,
    legend(report.types),
    chart,
    table(
      'table-units',
      caption,
      [
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
      ],
      rows,
    ),
  );
}
