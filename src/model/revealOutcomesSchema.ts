import * as z from 'zod';
import { identifier } from './identifier.js';
import { isoDate } from './isoDate.js';
import { VISIT_RESULTS } from './outcomesSchema.js';
import { says } from './schemaWords.js';

/**
 * One problem as a period's reveal publishes it: its category and its deadline (整改期限), nothing
 * else. The text, the responsible person and the closing days stay in the outcomes file and the
 * rectification register (docs/results.md, "What the results notice may say").
 */
export const revealProblemSchema = z.strictObject({
  category: identifier,
  deadline: isoDate.optional(),
});

/** The outcome of one visit of the revealed period, as its reveal publishes it. */
export const revealRecordSchema = z.strictObject({
  /** The visit's id, one of the reveal's visits. */
  visit: identifier,
  result: z.enum(VISIT_RESULTS),
  /** With `result: "problems"` only, and then at least one. */
  problems: z.array(revealProblemSchema).max(1000).optional(),
});

/** An inclusion probability of a drawn visit: in (0, 1]. */
const drawnProbability = z.number().gt(0, says('positive')).max(1, says('atMostSign', 1));

/**
 * The optional `outcomes` member of a period's reveal (`revealPeriod(..., { outcomes })`): what the
 * period's visits found, and what an estimate from its random visits needs. It is NOT covered by the
 * seal: `verifyPeriod` checks its shape and that it fits the revealed visits, and the probabilities
 * and police types can be checked against the summary reveal (`summary.units`) once the horizon has
 * ended; the results are the office's record.
 */
export const revealOutcomesSchema = z.strictObject({
  /** The outcome records of the period's visits, in the order of the visits; a visit without one is not recorded yet. */
  records: z.array(revealRecordSchema).max(10_000_000),
  /**
   * The inclusion probability of each drawn visit of the period, by visit id: the unit's routine
   * probability of the period for a routine visit, its probability in the campaign for a campaign visit.
   */
  probabilities: z.record(z.string(), drawnProbability),
  /** The police type of each unit the period's visits name, by unit id. */
  types: z.record(z.string(), z.string().min(1, says('notEmpty'))),
});

/** One problem of a {@link RevealRecord}. */
export type RevealProblem = z.infer<typeof revealProblemSchema>;
/** The outcome of one visit, as a reveal publishes it. */
export type RevealRecord = z.infer<typeof revealRecordSchema>;
/** The `outcomes` member of a period's reveal. */
export type RevealOutcomes = z.infer<typeof revealOutcomesSchema>;
