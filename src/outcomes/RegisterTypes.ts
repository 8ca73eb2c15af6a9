import type { VISIT_RESULTS } from '../model/outcomesSchema.js';
import type { Visit } from '../model/scheduleSchema.js';
import type { ReportEstimates } from './scheduleEstimates.js';

/** What a visit found: `compliant`, `problems` or `not-done`. */
export type VisitResult = (typeof VISIT_RESULTS)[number];

/**
 * Who a register is for. `public` (the default) may be posted: it shows only the visits of the periods
 * ended by `asOf`, every status as of the last day of the last of them, and no date of a visit still to
 * come. `office` is for the inspection office only: every visit held by `asOf`, statuses as of `asOf`,
 * and the dates of the follow-up visits still to come.
 */
export type RegisterAudience = 'public' | 'office';

/** Options of `register`. */
export interface RegisterOptions {
  /** The register's date, ISO `yyyy-mm-dd` (required: the library never reads the clock). */
  asOf: string;
  /** `public` (default) or `office`. */
  audience?: RegisterAudience;
}

/** A problem's state on the register's day: being rectified, past its deadline, or rectified. */
export type ProblemStatus = 'open' | 'overdue' | 'closed';

/** The follow-up visit (回访) that checks a problem, as far as the register may show it. */
export interface RegisterFollowUp {
  /**
   * `done`: the visit has been made (its date is shown); `scheduled`: it is still to come (its id and
   * date are shown in the office register only); `unscheduled`: the schedule lists the finding but
   * makes no visit for it (after the horizon, or the unit closed).
   */
  status: 'done' | 'scheduled' | 'unscheduled';
  /** The visit's id (`done`, and `scheduled` in the office register). */
  visit?: string;
  /** The visit's date (`done`, and `scheduled` in the office register). */
  date?: string;
  /** The follow-up fell due before the replan that added it, and was placed on its first working day. */
  late?: true;
  /** What the follow-up visit found, when the outcomes record it (`done` only). */
  result?: VisitResult;
}

/** One problem of the register: where and when it was found, who rectifies it by when, and its state. */
export interface RegisterProblem {
  /** The visit that found it. */
  visit: string;
  kind: Visit['kind'];
  date: string;
  unit: string;
  /** The unit's name, when the schedule gives one. */
  unitName?: string;
  /** The problem's position among its visit's problems, from 0. */
  index: number;
  category: string;
  text?: string;
  responsible?: string;
  deadline?: string;
  /** The day it was rectified, when that day is on or before the register's day. */
  closed?: string;
  status: ProblemStatus;
  /** Closed after its deadline. */
  closedLate?: true;
  /** An overdue problem: calendar days from its deadline to the register's day. */
  daysOverdue?: number;
  /** Its follow-up visit, when the schedule has one for it (same unit, finding date and deadline). */
  followUp?: RegisterFollowUp;
}

/** A complaint (a directed visit, 定向督察) and the feedback given to both sides. */
export interface RegisterComplaint {
  visit: string;
  date: string;
  unit: string;
  unitName?: string;
  /** Why the visit was made (`complaint 2026-117`). */
  reason?: string;
  /** What the visit found, when the outcomes record it. */
  result?: VisitResult;
  /** Its problems, and how many of them are closed on the register's day. */
  problems: number;
  closed: number;
  /** The days the result was reported to the complainant and to the unit (those up to the register's day). */
  feedback: { complainant?: string; unit?: string };
}

/** A visit the register names without a record: id, kind, day and unit. */
export interface RegisterVisit {
  visit: string;
  kind: Visit['kind'];
  date: string;
  unit: string;
  unitName?: string;
}

/** The rectification register (整改台账) of a schedule and its outcomes on one day. */
export interface Register {
  audience: RegisterAudience;
  /** The date the register was asked for. */
  asOf: string;
  /**
   * The day every status is as of: `asOf` in the office register; in the public one, the last day of
   * the last period ended by `asOf` (`''` when none has ended, and the register is then empty), or
   * `asOf` once every period has ended.
   */
  through: string;
  /** Periods ended by `asOf`, of all the schedule's periods. */
  periods: { ended: number; total: number };
  /** The schedule's hash, and the hash the outcomes were recorded against (the same, or an earlier one). */
  scheduleHash: string;
  outcomesHash: string;
  counts: {
    /** Visits the register covers (held, and shown to its audience). */
    visits: number;
    /** Of them, those with an outcome record. */
    recorded: number;
    problems: number;
    open: number;
    overdue: number;
    closed: number;
    complaints: number;
    /** Complaints whose result has not yet been reported to both sides. */
    awaitingFeedback: number;
  };
  /** Every problem, by visit date, then visit id, then position. */
  problems: RegisterProblem[];
  /**
   * The estimates from the random visits' outcomes (overall, per police type, every unit's rate), over
   * the periods ended by `asOf`; absent before the first period has ended (docs/estimation.md).
   */
  estimates?: ReportEstimates;
  /** Every complaint, by date. */
  complaints: RegisterComplaint[];
  /** The visits covered without an outcome record, in schedule order. */
  unrecorded: RegisterVisit[];
}
