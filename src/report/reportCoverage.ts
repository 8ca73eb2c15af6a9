import type { LogEntry } from '../model/scheduleSchema.js';
import type { ReportCoverage } from './FairnessReportTypes.js';

// What a report made as of a date may show: the periods ended by then, and nothing that reveals a
// visit of a later period (docs/report.md, "Interim reports"). What a person reads about it is in the
// catalogue (`text(lang).report.interim`).

/**
 * The coverage of a report made as of `asOf`: the periods ended by then, a prefix of the schedule's
 * periods (a period has ended when its last day `end` is on or before `asOf`; the first period not
 * ended closes the prefix, so a later one is never shown before an earlier one).
 */
export function reportCoverage(periods: readonly { end: string }[], asOf: string): ReportCoverage {
  let ended = 0;
  while (ended < periods.length && periods[ended]!.end <= asOf) ended += 1;
  return {
    asOf,
    interim: ended < periods.length,
    ended,
    total: periods.length,
    through: ended > 0 ? periods[ended - 1]!.end : '',
  };
}

/** What a report of a given coverage may show of a schedule. */
export interface Visibility {
  /**
   * A visit: one of an ended period, dated up to the last day shown. (A visit in no period, such as a
   * hand-made follow-up after the horizon, is shown once its date has passed.)
   */
  visit(v: { period: number; date: string }): boolean;
  /** A row's date that is not a visit's (a campaign window, a finding's deadline): always in a full report. */
  rowDate(date: string): boolean;
  /** A visit date on a row (a gap conflict): as {@link Visibility.visit}. */
  visitDate(date: string): boolean;
  /** A log entry: a substitution whose dates have all passed, a replan whose first day has. */
  logEntry(entry: LogEntry): boolean;
}

/**
 * What a report of coverage `c` may show. In an interim report, every date shown is on or before the
 * last day of the last ended period (`through`). In a full report every row is shown, but a visit
 * dated after `asOf` is still left out.
 */
export function visibility(c: ReportCoverage): Visibility {
  const last = c.interim ? c.through : c.asOf;
  const visitDate = (date: string) => date <= last; // '' (nothing ended) comes before every date
  return {
    visit: (v) => visitDate(v.date) && (v.period < c.ended || v.period >= c.total),
    rowDate: (date) => !c.interim || date <= last,
    visitDate,
    logEntry: (entry) =>
      entry.kind === 'replan'
        ? visitDate(entry.from)
        : entry.dates.every(visitDate) && entry.visits.every((r) => visitDate(r.date)),
  };
}
