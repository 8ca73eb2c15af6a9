import * as z from 'zod';
import { findingSchema } from './findingSchema.js';
import { identifier } from './identifier.js';
import { isoDate } from './isoDate.js';
import { riskWeight } from './riskWeight.js';
import { says } from './schemaWords.js';
import { unitSchema } from './unitSchema.js';

/** What changes when replanning: new units, closed units, new risk weights, new findings to follow up. */
export const replanChangesSchema = z
  .strictObject({
    add: z
      .array(unitSchema)
      .max(1_000_000)
      .optional()
      .meta({ description: 'New units (with their active.from).' }),
    close: z
      .array(identifier)
      .max(1_000_000)
      .optional()
      .meta({ description: 'Ids of units closed from `from` on.' }),
    risk: z
      .record(identifier, riskWeight)
      .optional()
      .meta({ description: 'New risk weights by unit id (0, or from 1e-9 to 1e9), from `from` on.' }),
    findings: z.array(findingSchema).max(100_000).optional().meta({
      description:
        'New findings, as in the plan file (without raiseRisk): each gets a follow-up visit; one due before `from` is made on the first working day from `from` on, marked late.',
    }),
  })
  .refine(
    (c) =>
      (c.add?.length ?? 0) +
        (c.close?.length ?? 0) +
        Object.keys(c.risk ?? {}).length +
        (c.findings?.length ?? 0) >
      0,
    { message: says('replanNoChange') },
  );

/** A replan request, as passed to `replan` (and stored, with its kind, in the schedule log). */
export const replanSchema = z.strictObject({
  from: isoDate.meta({ description: 'First day of the period from which the schedule is redrawn.' }),
  reason: z.string().trim().min(1, says('logReason')).max(2000),
  changes: replanChangesSchema,
});

/** A replan request as written. */
export type ReplanOptions = z.input<typeof replanSchema>;
/** The changes of a replan, validated. */
export type ReplanChanges = z.output<typeof replanChangesSchema>;
