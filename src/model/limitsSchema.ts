import * as z from 'zod';

/** Per-unit limits over the horizon (docs/limits.md). Both are optional; leave a limit out for none. */
export const limitsSchema = z.strictObject({
  maxVisitsPerUnit: z
    .number()
    .int('must be an integer')
    .min(0, 'must be >= 0')
    .max(100_000, 'must be at most 100000')
    .optional()
    .meta({
      description:
        'At most this many visits of one unit over the horizon, all kinds counted. Enforced exactly; requires routine.coordination "horizon".',
    }),
  minGapDays: z
    .number()
    .int('must be an integer')
    .min(1, 'must be >= 1 (leave it out for no minimum)')
    .max(3660, 'must be at most 3660')
    .optional()
    .meta({
      description:
        "At least this many calendar days between two visits of one unit, kept when placing dates; pairs that cannot be kept are listed in the schedule's conflicts.",
    }),
});

/** The plan's limits. */
export type Limits = z.output<typeof limitsSchema>;
