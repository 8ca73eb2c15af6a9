import * as z from 'zod';
import { says } from './schemaWords.js';

/** Per-unit limits over the horizon (docs/limits.md). Both are optional; leave a limit out for none. */
export const limitsSchema = z.strictObject({
  maxVisitsPerUnit: z
    .number()
    .int(says('integer'))
    .min(0, says('atLeast', 0))
    .max(100_000, says('atMost', 100000))
    .optional()
    .meta({
      description:
        'At most this many visits of one unit over the horizon, all kinds counted. Enforced exactly; requires routine.coordination "horizon".',
    }),
  minGapDays: z
    .number()
    .int(says('integer'))
    .min(1, says('atLeast1OrLeaveOut'))
    .max(3660, says('atMost', 3660))
    .optional()
    .meta({
      description:
        "At least this many calendar days between two visits of one unit, kept when placing dates; pairs that cannot be kept are listed in the schedule's conflicts.",
    }),
});

/** The plan's limits. */
export type Limits = z.output<typeof limitsSchema>;
