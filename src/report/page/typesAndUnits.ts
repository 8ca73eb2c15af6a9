import type { FairnessReport, ReportUnit } from '../FairnessReportTypes.js';
import { fixed, percent, percentRange, plural, signed } from '../formatNumber.js';
import { type Html, html, joinHtml, numCol, section, table, td, textCol } from '../html.js';
import { legend, swatch, typeColour } from '../palette.js';
import { INTERIM_TEXT } from '../reportCoverage.js';
import { dotBarChart } from '../svg/dotBarChart.js';

/** "Police types": expected against realised routine visits per type, as a chart and a table. */
export function typesSection(report: FairnessReport): Html {
  const { promises } = report;
  const nPeriods = report.periods.length;
  const chart = dotBarChart({
    id: 'chart-types',
    title: 'Expected and realised routine visits by police type',
    description:
      'For each police type, the bar is the expected number of routine visits over the horizon ' +
      '(the sum of its units’ probabilities) and the dot the number of routine visits its units received.',
    rowTestId: 'type-row',
    band: false,
    rowHeight: 28,
    rows: report.types.map((t, j) => ({
      label: t.type,
      colour: typeColour(j),
      expected: t.expected,
      realised: t.realised,
      other: t.other,
      tooltip: `${t.type} (${plural(t.units, 'unit')}): expected ${fixed(t.expected)}, realised ${t.realised}${t.other > 0 ? `, plus ${t.other} other` : ''}`,
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
    { id: 'types', title: 'Police types: expected and realised visits' },
    html`<p class="lead">Bar: expected routine visits over the horizon. Dot: routine visits received. A hollow square marks non-routine visits on top.</p>`,
    legend(report.types),
    chart,
    table(
      'table-types',
      'Routine visits by police type over the horizon. “Periods rounded”: the periods whose count is the expectation rounded down or up.',
      [
        textCol('Police type'),
        numCol('Units'),
        numCol('Promised probability per period'),
        numCol('Expected'),
        numCol('Realised'),
        numCol('Deviation'),
        numCol('Periods rounded'),
        numCol('Other visits'),
      ],
      rows,
    ),
  );
}

function unitTooltip(u: ReportUnit): string {
  return (
    `${u.id}${u.name ? ` (${u.name})` : ''}, ${u.type}: expected ${fixed(u.expected)} routine visits, ` +
    `realised ${u.realised}${u.other > 0 ? `, plus ${u.other} other` : ''}; promised ${percentRange(u.minProbability, u.maxProbability)} per period`
  );
}

/**
 * A small line of a unit's promised probability per period (Tufte, "Beautiful Evidence", 2006),
 * on a common vertical scale `0..max` so rows can be compared.
 */
function sparkline(probabilities: readonly number[], max: number, label: string): Html {
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
  const range = positive.length > 0 ? percentRange(Math.min(...positive), Math.max(...positive)) : '0%';
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="spark" data-testid="sparkline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${label}: ${range} per period"><polyline points="${points}"/></svg>`;
}

/**
 * "Units": every unit's promised probabilities, expected and realised routine visits (chart and
 * table, units grouped by police type), its other visits by kind and its campaign chances.
 */
export function unitsSection(report: FairnessReport): Html {
  const { promises } = report;
  const unitCheck = promises.unitCounts && !report.coverage.interim;
  const colourOf = new Map(report.types.map((t, j) => [t.type, typeColour(j)]));
  const maxPi = Math.max(0, ...report.units.map((u) => u.maxProbability));
  const order = report.units
    .map((u, i) => ({ u, i }))
    .sort((a, b) => (a.u.type < b.u.type ? -1 : a.u.type > b.u.type ? 1 : a.i - b.i))
    .map(({ u }) => u);
  const chart = dotBarChart({
    id: 'chart-units',
    title: 'Expected and realised routine visits by unit',
    description:
      'For each unit, the coloured bar is its expected number of routine visits, the grey band runs from that ' +
      'number rounded down to rounded up (the promise), and the dot is the number of routine visits it received.',
    rowTestId: 'unit-row',
    band: true,
    rowHeight: 19,
    rows: order.map((u) => ({
      label: u.id,
      colour: colourOf.get(u.type)!,
      expected: u.expected,
      realised: u.realised,
      other: u.other,
      tooltip: unitTooltip(u),
    })),
  });
  const otherKinds = Object.keys(report.kinds).filter((k) => k !== 'routine');
  const campaignIds = report.campaigns.map((c) => c.id);
  const anyCapped = report.units.some((u) => u.capped);
  const caption = `Every unit’s promised probability per period (range and line over the periods), expected and realised routine visits${promises.fromPeriod > 0 ? `; “Rounded” compares the routine visits of periods ${promises.fromPeriod + 1}.. with their expectation, the part a replan redrew` : ''}${anyCapped ? '; “capped”: the visit limit per unit lowered its probabilities' : ''}. Other visits are counted apart, by kind${campaignIds.length > 0 ? `; “Campaign chance”: the unit’s probability of a campaign visit${campaignIds.length > 1 ? ', per campaign' : ` (${campaignIds[0]!})`}` : ''}.`;
  const rows = order.map((u) => [
    html`${u.id}${u.capped ? html` <span class="tag" data-testid="capped">capped</span>` : ''}${u.name ? html`<br><span class="note">${u.name}</span>` : ''}`,
    td(html`${swatch(colourOf.get(u.type)!)} ${u.type}`, 'nowrap'),
    html`${percentRange(u.minProbability, u.maxProbability)}${sparkline(u.probabilities, maxPi, `promised probability of ${u.id}`)}`,
    u.activePeriods,
    fixed(u.expected),
    u.realised,
    signed(u.deviation),
    u.withinPromise ? 'yes' : td('no', unitCheck ? 'bad' : ''),
    u.other > 0
      ? html`${u.other}<br><span class="note kinds">${joinHtml(
          otherKinds.filter((k) => (u.byKind[k] ?? 0) > 0).map((k) => `${k} ${u.byKind[k]}`),
          ', ',
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
    { id: 'units', title: 'Units: expected and realised visits' },
    html`<p class="lead">Bar: expected routine visits. Grey band: the expected number rounded down to rounded up${promises.unitCounts ? ', the promised range' : ''}. “Rounded”: the count received is in that range. Dot: routine visits received.${promises.unitCounts && report.coverage.interim ? INTERIM_TEXT.unitsLead : ''}</p>`,
    legend(report.types),
    chart,
    table(
      'table-units',
      caption,
      [
        textCol('Unit'),
        textCol('Police type'),
        textCol('Promised probability per period'),
        numCol('Active periods'),
        numCol('Expected'),
        numCol('Realised'),
        numCol('Deviation'),
        textCol('Rounded'),
        numCol('Other visits'),
        ...(campaignIds.length > 0 ? [numCol('Campaign chance')] : []),
      ],
      rows,
    ),
  );
}
