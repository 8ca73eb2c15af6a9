import type { PeriodEstimates } from '../outcomes/periodEstimates.js';
import type { Verification } from '../schedule/Verification.js';

/**
 * A unit or an inspector as a results notice names it: its id, and its name once the reveal carries
 * one (the reveals of this version carry ids only; a later version adds names, and the notice shows
 * them without changing its shape).
 */
export interface NoticeName {
  id: string;
  /** The name the reveal gives, when it gives one. */
  name?: string;
}

/** One visit of the revealed period, as the results notice lists it. */
export interface NoticeVisit {
  /** The visit's id in the schedule (`v-0040`). */
  id: string;
  /** The day of the visit, ISO `yyyy-mm-dd`. */
  date: string;
  /** ISO weekday of `date`: 1 = Monday ... 7 = Sunday. */
  weekday: number;
  kind: 'routine' | 'campaign' | 'directed' | 'follow-up';
  /** The visited unit. */
  unit: NoticeName;
  /** The inspectors of the visit, in the reveal's order. */
  inspectors: NoticeName[];
  /** Campaign visits: the campaign's id. */
  campaign?: string;
  /** Directed visits: why the visit is made. */
  reason?: string;
  /** When the reveal carries outcomes: what the visit found (`unrecorded` when it has no record yet). */
  outcome?: NoticeOutcome;
  /** When the reveal carries outcomes: the inclusion probability of a routine or campaign visit. */
  probability?: number;
}

/**
 * What one visit found, as the results notice may say it: the result and each problem's category and
 * deadline (整改期限), nothing else (docs/results.md, "What the results notice may say").
 */
export interface NoticeOutcome {
  result: 'compliant' | 'problems' | 'not-done' | 'unrecorded';
  /** The problems found, in the record's order (empty unless `result` is `problems`). */
  problems: { category: string; deadline?: string }[];
}

/**
 * The results notice of one ended period (`periodNotice`): which units were visited, on which day,
 * by whom, and whether the reveal they come from checks against the schedule hash published at the
 * start; when the reveal carries outcomes, what each visit found and the period's estimate from its
 * random visits.
 */
export interface PeriodNotice {
  /** The period, 0-based as in the reveal; the page calls it period `period + 1`. */
  period: number;
  /** Number of periods of the schedule (the reveal's leaves but the summary). */
  periods: number;
  /** The reveal's seal format (`fairdraw/seal/v1+rfc6962`). */
  seal: string;
  /** The schedule hash published at the start, against which the reveal was checked. */
  scheduleHash: string;
  /**
   * `verifyPeriod(reveal, scheduleHash)`: `verified` only when the visits are exactly those sealed
   * under the published hash; otherwise the notice must say NOT verified.
   */
  verification: Verification;
  /** The visits of the period, by date (the reveal's order within a day). */
  visits: NoticeVisit[];
  /** Number of distinct units visited. */
  units: number;
  /** The first and the last day with a visit; empty when the period had none. */
  first: string;
  last: string;
  /** Present when the reveal carries outcomes (then every visit has its `outcome`). */
  outcomes?: true;
  /**
   * With outcomes: the share of units with a problem estimated from the period's routine visits,
   * overall and by police type (`periodEstimates`); absent when a routine visit has no probability
   * (the verdict then lists the difference).
   */
  estimates?: PeriodEstimates;
}
