import { text } from '../../text/catalogue.js';
import type { Lang } from '../../text/lang.js';
import type { FairnessReport } from '../FairnessReportTypes.js';
import { fixed, percentRange, signed } from '../formatNumber.js';
import { type Html, html, numCol, section, table, td, textCol } from '../html.js';
import { legend, swatch, typeColour } from '../palette.js';
import { dotBarChart } from '../svg/dotBarChart.js';
import { unitsInTypeOrder, unitTable } from './unitTable.js';

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
 * "Units": every unit's promised probabilities, expected and realised routine visits (chart and
 * table, units grouped by police type), its other visits by kind and its campaign chances. A unit's
 * name, when the schedule gives one, is shown beside its id. For a report of more than
 * `UNIT_ROWS` units the page shows `unitsOverview` instead (page/unitsOverview.ts).
 */
export function unitsSection(report: FairnessReport, lang: Lang = 'en'): Html {
  const R = text(lang);
  const T = R.report.units;
  const { promises } = report;
  const units = unitTable(report, lang);
  const order = unitsInTypeOrder(report.units);
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
      colour: units.colourOf.get(u.type)!,
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
  const campaignIds = report.campaigns.map((c) => c.id);
  const anyCapped = report.units.some((u) => u.capped);
  const caption = T.caption(promises.fromPeriod > 0 ? promises.fromPeriod + 1 : 0, anyCapped, campaignIds);
  return section(
    { id: 'units', title: T.title },
    html`<p class="lead">${T.lead(promises.unitCounts)}${promises.unitCounts && report.coverage.interim ? R.report.interim.unitsLead : ''}</p>`,
    legend(report.types),
    chart,
    units.table('table-units', caption, order),
  );
}
