import type { Schedule } from '../model/scheduleSchema.js';
import type { FairnessReport } from '../report/FairnessReportTypes.js';
import { INTERIM_TEXT } from '../report/reportCoverage.js';

// The CSV files the CLI writes: a schedule's visits (`plan --csv`) and the fairness report's tables
// (`report --csv`), every cell safe to open in a spreadsheet.

/**
 * What a spreadsheet may run as a formula: a text starting with `=`, `+`, `-` or `@` (OWASP), with
 * their full-width forms `＝＋－＠` (U+FF1D, U+FF0B, U+FF0D, U+FF20), which Chinese spreadsheet
 * programs read as formulas, or with any white space (space, tab, line feed, carriage return,
 * U+3000...), which a spreadsheet may trim before such a character.
 */
const FORMULA_START = /^[\s=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; and a text that a
 * spreadsheet could run as a formula (see `FORMULA_START`: `= + - @`, their full-width forms, or
 * white space first) is prefixed with a single quote, as OWASP's CSV-injection guidance recommends.
 * Numbers are written as they are.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV text as Excel reads it right: with `bom`, prefixed by the UTF-8 byte-order mark (U+FEFF, written
 * as EF BB BF), without which Excel reads a CSV file in the system's code page (GB18030 on a Chinese
 * Windows) and garbles every non-ASCII character; without `bom`, unchanged.
 */
export function withBom(text: string, bom: boolean): string {
  return bom ? `\uFEFF${text}` : text;
}

/** Up to 9 decimals, no trailing zeros, never `-0`: enough to re-add the probabilities exactly to 1e-9. */
const num = (x: number) => {
  const r = Number(x.toFixed(9));
  return Object.is(r, -0) ? 0 : r;
};

/** Rows as CSV text: every cell through {@link csvCell}, CRLF after every row (RFC 4180). */
export function csv(rows: readonly (readonly (string | number)[])[]): string {
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The visits of a schedule as CSV: id, kind, period, date, unit, unit name, type, inspectors. */
export function visitsCsv(schedule: Schedule, names: ReadonlyMap<string, string>): string {
  const typeOf = new Map(schedule.units.map((u) => [u.id, u.type]));
  return csv([
    ['id', 'kind', 'period', 'date', 'unit', 'name', 'type', 'inspectors'],
    ...schedule.visits.map((v) => [
      v.id,
      v.kind,
      v.period,
      v.date,
      v.unit,
      names.get(v.unit) ?? '',
      typeOf.get(v.unit) ?? '',
      v.inspectors.join(' '),
    ]),
  ]);
}

/**
 * The fairness report as three CSV tables (RFC 4180, CRLF line ends, every cell through
 * {@link csvCell}, so no schedule string can run as a spreadsheet formula):
 * - `units`: id, name, type, expected, realised, deviation, within_promise, other, min_pi, max_pi,
 *   active_periods, then the promised probability of each period (`pi_0`, `pi_1`, ...), then
 *   capped (yes/no), promise_expected and promise_realised (the counts the promise is checked on:
 *   from the replanned period on after a replan), the visits of each other kind (`visits_campaign`,
 *   `visits_directed`, ...) and each campaign's inclusion probability (`campaign_pi_<id>`);
 * - `types`: type, units, expected, realised, deviation, periods_outside_promise, other, min_pi,
 *   max_pi, then the expected (`expected_0`...) and realised (`realised_0`...) routine visits per period;
 * - `inspectors`: id, visits, routine, other, then the visits per police type (one column per type).
 *
 * An interim report's tables (`report.coverage.interim`) each start with one more line before the
 * header, a single cell that says so: `Interim report: periods 1–26 of 51, up to 2026-07-05 ...`; a
 * full report's have none.
 */
export function reportCsv(report: FairnessReport): { units: string; types: string; inspectors: string } {
  const periods = report.periods.map((p) => p.index);
  const otherKinds = Object.keys(report.kinds).filter((k) => k !== 'routine');
  const campaignIds = report.campaigns.map((c) => c.id);
  const units = csv([
    [
      'id',
      'name',
      'type',
      'expected',
      'realised',
      'deviation',
      'within_promise',
      'other',
      'min_pi',
      'max_pi',
      'active_periods',
      ...periods.map((t) => `pi_${t}`),
      'capped',
      'promise_expected',
      'promise_realised',
      ...otherKinds.map((k) => `visits_${k}`),
      ...campaignIds.map((id) => `campaign_pi_${id}`),
    ],
    ...report.units.map((u) => [
      u.id,
      u.name ?? '',
      u.type,
      num(u.expected),
      u.realised,
      num(u.deviation),
      u.withinPromise ? 'yes' : 'no',
      u.other,
      num(u.minProbability),
      num(u.maxProbability),
      u.activePeriods,
      ...u.probabilities.map(num),
      u.capped ? 'yes' : 'no',
      num(u.promiseExpected),
      u.promiseRealised,
      ...otherKinds.map((k) => u.byKind[k] ?? 0),
      ...campaignIds.map((id) => num(u.campaigns[id] ?? 0)),
    ]),
  ]);
  const types = csv([
    [
      'type',
      'units',
      'expected',
      'realised',
      'deviation',
      'periods_outside_promise',
      'other',
      'min_pi',
      'max_pi',
      ...periods.map((t) => `expected_${t}`),
      ...periods.map((t) => `realised_${t}`),
    ],
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
  ]);
  const typeNames = report.types.map((t) => t.type);
  const inspectors = csv([
    ['id', 'visits', 'routine', 'other', ...typeNames],
    ...report.inspectors.map((x) => [
      x.id,
      x.visits,
      x.routine,
      x.other,
      ...typeNames.map((t) => x.byType[t] ?? 0),
    ]),
  ]);
  if (!report.coverage.interim) return { units, types, inspectors };
  const first = csv([[INTERIM_TEXT.statement(report.coverage)]]);
  return { units: first + units, types: first + types, inspectors: first + inspectors };
}
