import type { Schedule } from '../model/scheduleSchema.js';
import type { FairnessReport } from '../report/FairnessReportTypes.js';
import type { TaskSheets } from '../report/TaskSheetTypes.js';
import { inspectorText, kindText, teammatesText, whyText } from '../report/taskSheetText.js';
import { text } from '../text/catalogue.js';
import type { Lang } from '../text/lang.js';

// The tables the CLI writes as CSV files (csv.ts) and as sheets of an .xlsx workbook (xlsx.ts): the
// same rows for both, so the two never disagree.

/** One row of a table: texts and numbers. */
export type TableRow = readonly (string | number)[];

/** The report's three tables, and the line that says an interim report is one. */
export interface ReportTables {
  units: TableRow[];
  types: TableRow[];
  inspectors: TableRow[];
  /** Only in an interim report: the line that says so, written before each table. */
  interim?: string;
}

/** Up to 9 decimals, no trailing zeros, never `-0`: enough to re-add the probabilities exactly to 1e-9. */
const num = (x: number) => {
  const r = Number(x.toFixed(9));
  return Object.is(r, -0) ? 0 : r;
};

/**
 * The visits of a schedule as a table: id, kind, period (numbered from 1, as people count: the
 * schedule's `period` + 1), date, unit, unitName, type, inspectors,
 * inspectorNames. The names are the ones the schedule carries (`units[].name`, `inspectors[].name`):
 * `unitName` is empty when the unit has none; `inspectorNames` is empty when no inspector of the visit
 * has one, else each inspector's name (its id when it has none) in the order of `inspectors`, joined by
 * `; ` (names may hold spaces). The ids stay in their own columns.
 */
export function visitsTable(schedule: Schedule): TableRow[] {
  const typeOf = new Map(schedule.units.map((u) => [u.id, u.type]));
  const unitName = new Map(schedule.units.map((u) => [u.id, u.name]));
  const inspectorName = new Map(schedule.inspectors.map((x) => [x.id, x.name]));
  const inspectorNames = (ids: readonly string[]) =>
    ids.some((id) => inspectorName.get(id) !== undefined)
      ? ids.map((id) => inspectorName.get(id) ?? id).join('; ')
      : '';
  return [
    ['id', 'kind', 'period', 'date', 'unit', 'unitName', 'type', 'inspectors', 'inspectorNames'],
    ...schedule.visits.map((v) => [
      v.id,
      v.kind,
      v.period + 1,
      v.date,
      v.unit,
      unitName.get(v.unit) ?? '',
      typeOf.get(v.unit) ?? '',
      v.inspectors.join(' '),
      inspectorNames(v.inspectors),
    ]),
  ];
}

/**
 * The fairness report as three tables, header row first (`report --csv` writes each as a CSV file,
 * `report --xlsx` as a sheet):
 * - `units`: id, name, type, expected, realised, deviation, within_promise, other, min_pi, max_pi,
 *   active_periods, then the promised probability of each period (`pi_1`, `pi_2`, ..., periods
 *   numbered from 1), then
 *   capped (yes/no), promise_expected and promise_realised (the counts the promise is checked on:
 *   from the replanned period on after a replan), the visits of each other kind (`visits_campaign`,
 *   `visits_directed`, ...) and each campaign's inclusion probability (`campaign_pi_<id>`);
 * - `types`: type, units, expected, realised, deviation, periods_outside_promise, other, min_pi,
 *   max_pi, then the expected (`expected_1`...) and realised (`realised_1`...) routine visits per period;
 * - `inspectors`: id, visits, routine, other, then the visits per police type (one column per type).
 *
 * Numbers are numbers, probabilities and expectations rounded to 9 decimals. `interim` is the line that
 * says an interim report (`report.coverage.interim`) is one (`Interim report: periods 1–26 of 51, up
 * to 2026-07-05 ...`), written before each table's header; a full report has none.
 *
 * Headers and the interim line are in `lang` (default `en`, whose headers are the keys above; in
 * Chinese the periods are counted from 1, `第1期抽中概率`).
 */
export function reportTables(report: FairnessReport, lang: Lang = 'en'): ReportTables {
  const T = text(lang).report;
  const H = T.csv;
  const periods = report.periods.map((p) => p.index);
  const otherKinds = Object.keys(report.kinds).filter((k) => k !== 'routine');
  const campaignIds = report.campaigns.map((c) => c.id);
  const units: TableRow[] = [
    [
      ...H.units,
      ...periods.map(H.pi),
      ...H.unitsAfter,
      ...otherKinds.map(H.kindVisits),
      ...campaignIds.map(H.campaignPi),
    ],
    ...report.units.map((u) => [
      u.id,
      u.name ?? '',
      u.type,
      num(u.expected),
      u.realised,
      num(u.deviation),
      u.withinPromise ? H.yes : H.no,
      u.other,
      num(u.minProbability),
      num(u.maxProbability),
      u.activePeriods,
      ...u.probabilities.map(num),
      u.capped ? H.yes : H.no,
      num(u.promiseExpected),
      u.promiseRealised,
      ...otherKinds.map((k) => u.byKind[k] ?? 0),
      ...campaignIds.map((id) => num(u.campaigns[id] ?? 0)),
    ]),
  ];
  const types: TableRow[] = [
    [...H.types, ...periods.map(H.expectedIn), ...periods.map(H.realisedIn)],
    ...report.types.map((t) => [
      t.type,
      t.units,
      num(t.expected),
      t.realised,
      num(t.deviation),
      t.periodsOutsidePromise,
      t.other,
      num(t.minProbability),
      num(t.maxProbability),
      ...t.expectedPerPeriod.map(num),
      ...t.realisedPerPeriod,
    ]),
  ];
  const typeNames = report.types.map((t) => t.type);
  const inspectors: TableRow[] = [
    [...H.inspectors, ...typeNames],
    ...report.inspectors.map((x) => [
      x.id,
      x.visits,
      x.routine,
      x.other,
      ...typeNames.map((t) => x.byType[t] ?? 0),
    ]),
  ];
  if (!report.coverage.interim) return { units, types, inspectors };
  return { units, types, inspectors, interim: T.interim.statement(report.coverage) };
}

/**
 * The task sheets of one day as a table, a row per inspector and visit, in the sheets' order: date,
 * inspector, visit (its id in the schedule), unit, name (the unit's, or empty), kind, teammates, why
 * (as the printed sheet says them). The day's visits with no inspector follow, with an empty
 * inspector cell, as the text and the printed sheets list them. The header row and the texts are in
 * `lang` (default `en`); an inspector the schedule names is `name (id)`.
 */
export function taskTable(sheets: TaskSheets, lang: Lang = 'en'): TableRow[] {
  const names = sheets.inspectorNames ?? {};
  const row = (inspector: string, v: TaskSheets['unassigned'][number]): TableRow => [
    sheets.date,
    inspector,
    v.id,
    v.unit,
    v.unitName ?? '',
    kindText(v, lang),
    teammatesText(v, lang, names),
    whyText(v, lang),
  ];
  return [
    [...text(lang).tasks.tableHeader],
    ...sheets.sheets.flatMap((sheet) =>
      sheet.visits.map((v) => row(inspectorText(sheet.inspector, lang, names), v)),
    ),
    ...sheets.unassigned.map((v) => row('', v)),
  ];
}
