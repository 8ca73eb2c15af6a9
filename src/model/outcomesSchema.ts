import * as z from 'zod';
import { identifier } from './identifier.js';
import { isoDate } from './isoDate.js';
import { scheduleHash } from './scheduleSchema.js';

/** What a visit found: nothing wrong, problems, or the visit did not take place. */
export const VISIT_RESULTS = ['compliant', 'problems', 'not-done'] as const;

/** One problem found at a visit, to be rectified (整改) by its responsible person before its deadline. */
export const problemSchema = z.strictObject({
  /** The problem's category, e.g. `law-enforcement`; estimates can be made per category. */
  category: identifier,
  /** What was found, in the inspector's words. */
  text: z.string().max(5000).optional(),
  /** The person responsible for rectifying it. */
  responsible: z.string().max(500).optional(),
  /** The day by which it must be rectified. */
  deadline: isoDate.optional(),
  /** The day it was rectified, when it has been. */
  closed: isoDate.optional(),
});

/** The outcome of one visit of a schedule. */
export const outcomeRecordSchema = z.strictObject({
  /** The visit's id in the schedule (`v-0001`); ids of held visits never change. */
  visit: identifier,
  result: z.enum(VISIT_RESULTS),
  /** The problems found; only with `result: "problems"`, and then at least one. */
  problems: z.array(problemSchema).max(1000).optional(),
  /** The day every problem of this visit was rectified, when they all have been. */
  closed: isoDate.optional(),
  /** For a directed visit (a complaint): the days the result was reported to the complainant and to the unit. */
  feedback: z.strictObject({ complainant: isoDate.optional(), unit: isoDate.optional() }).optional(),
});

/**
 * An outcomes file: what each visit of one schedule found. `schedule` is that schedule's hash, or any
 * earlier hash in its history (the log records the hash before each substitution and replan).
 */
export const outcomesSchema = z.strictObject({
  schedule: scheduleHash,
  records: z.array(outcomeRecordSchema).max(10_000_000),
});

/** One problem of an {@link OutcomeRecord}. */
export type Problem = z.infer<typeof problemSchema>;
/** The outcome of one visit. */
export type OutcomeRecord = z.infer<typeof outcomeRecordSchema>;
/** An outcomes file (see {@link outcomesSchema}). */
export type Outcomes = z.infer<typeof outcomesSchema>;
