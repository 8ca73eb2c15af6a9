import * as z from 'zod';
import { identifier } from './identifier.js';
import { isoDate } from './isoDate.js';
import { positiveRiskWeight } from './riskWeight.js';

/** Largest accepted `deadlineWorkdays` (the calendar's `MAX_ADD_WORKDAYS`). */
const MAX_DEADLINE_WORKDAYS = 3660;

/**
 * A finding on a unit that must be rectified within `deadlineWorkdays` working days. The deadline is
 * the N-th working day after `date` (the finding's own day does not count); a `follow-up` visit goes
 * on the first working day after the deadline. With `raiseRisk`, the unit's risk weight becomes that
 * value from the period after the finding's period on (routine draws under `fairness: "risk"`).
 */
export const findingSchema = z.strictObject({
  unit: identifier,
  date: isoDate.meta({ description: 'Day of the finding; not after the horizon end.' }),
  deadlineWorkdays: z
    .number()
    .int('must be a whole number of working days')
    .min(0, 'must be >= 0')
    .max(MAX_DEADLINE_WORKDAYS, `must be at most ${MAX_DEADLINE_WORKDAYS}`)
    .meta({ description: 'N: the deadline is the N-th working day after the finding.' }),
  raiseRisk: positiveRiskWeight.optional().meta({
    description:
      "The unit's new risk weight (from 1e-9 to 1e9) from the period after the finding's on; must exceed the unit's risk.",
  }),
});

/** A finding as given in a plan file. */
export type Finding = z.output<typeof findingSchema>;
