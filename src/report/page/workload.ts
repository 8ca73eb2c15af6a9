import type { FairnessReport } from '../FairnessReportTypes.js';
import { plural } from '../formatNumber.js';
import { type Html, html, numCol, section, table, textCol } from '../html.js';
import { legend, typeColour } from '../palette.js';
import { heatMap } from '../svg/heatMap.js';
import { loadChart } from '../svg/loadChart.js';

const KIND_WORDS: Record<string, string> = {
  routine: 'routine (random draw)',
  campaign: 'campaign (special inspection)',
  directed: 'directed (e.g. a complaint)',
  'follow-up': 'follow-up (rectification check)',
};

/** The horizon in words: `2026-01-01 to 2026-12-27`, or `no dates`. */
export function horizonSpan(report: FairnessReport): string {
  const { horizon } = report;
  return horizon.start ? `${horizon.start} to ${horizon.end}` : 'no dates';
}

/** "Calendar of visits": the heat map of the visits of every kind per day. */
export function calendarSection(report: FairnessReport): Html {
  const busiest = report.days.reduce((m, d) => Math.max(m, d.routine + d.other), 0);
  const visitDays = report.days.filter((d) => d.routine + d.other > 0).length;
  return section(
    { id: 'calendar', title: 'Calendar of visits' },
    html`<p class="lead">Visits of every kind per day, ${horizonSpan(report)}: ${plural(visitDays, 'day')} with visits, at most ${busiest} on one day. Hover a day for its count.</p>`,
    heatMap(report.days),
  );
}

/** "Inspectors": each inspector's visits by police type, as a stacked bar chart and a table. */
export function inspectorsSection(report: FairnessReport): Html {
  const typeNames = report.types.map((t) => t.type);
  const loadTable = table(
    'table-inspectors',
    'Visits per inspector, all kinds, by police type of the visited unit.',
    [textCol('Inspector'), numCol('Visits'), numCol('Routine'), numCol('Other'), ...typeNames.map(numCol)],
    report.inspectors.map((x) => [
      x.id,
      x.visits,
      x.routine,
      x.other,
      ...typeNames.map((t) => x.byType[t] ?? 0),
    ]),
  );
  return section(
    { id: 'inspectors', title: 'Inspectors: workload and mix of police types' },
    html`<p class="lead">Inspectors are drawn at random, never for their own unit, with balanced workloads and a similar mix of police types, so leniency and strictness even out.</p>`,
    legend(report.types),
    loadChart(
      report.inspectors,
      typeNames,
      typeNames.map((_, j) => typeColour(j)),
    ),
    loadTable,
  );
}

/** "Visits by kind": the visits per kind, and (folded) the routine budget and visits per period. */
export function kindsSection(report: FairnessReport): Html {
  const kindTable = table(
    'table-kinds',
    'Visits of the schedule by kind.',
    [textCol('Kind'), numCol('Visits'), textCol('Part of the random promise')],
    Object.entries(report.kinds).map(([kind, n]) => [
      KIND_WORDS[kind] ?? kind,
      n,
      kind === 'routine' ? 'yes' : 'no',
    ]),
  );
  const periodTable = table(
    'table-periods',
    'Routine visits drawn per period (budget) and listed, and other visits.',
    [
      numCol('Period'),
      textCol('From'),
      textCol('To'),
      numCol('Routine budget'),
      numCol('Routine listed'),
      numCol('Other visits'),
    ],
    report.periods.map((p) => [p.index + 1, p.start, p.end, p.budget, p.routine, p.other]),
  );
  return section(
    { id: 'kinds', title: 'Visits by kind' },
    kindTable,
    html`<details id="periods"><summary>Visits per period (${report.periods.length})</summary>
${periodTable}
</details>`,
  );
}
