import * as z from 'zod';
import { identifier } from './identifier.js';
import { isoDate } from './isoDate.js';
import { customIssue, says } from './schemaWords.js';

/**
 * A directed visit (for example, verifying a complaint): not random, outside the routine budget.
 * Give either a `date` (a working day) or a window `from`..`to`, in which case the visit goes on the
 * first working day of the window on which the unit is active.
 */
export const directedSchema = z
  .strictObject({
    unit: identifier,
    date: isoDate.optional().meta({ description: 'The day of the visit (a working day of the calendar).' }),
    from: isoDate
      .optional()
      .meta({ description: 'First day of a window; the visit goes on its first working day.' }),
    to: isoDate.optional().meta({ description: 'Last day of the window (inclusive).' }),
    reason: z.string().trim().min(1, says('directedReason')).max(2000, says('atMostChars', 2000)),
  })
  .superRefine((d, ctx) => {
    const window = d.from !== undefined || d.to !== undefined;
    if (d.date !== undefined && window) {
      ctx.addIssue(customIssue(['date'], (t) => t.plan.dateAndWindow));
    } else if (d.date === undefined && !window) {
      ctx.addIssue(customIssue(['date'], (t) => t.plan.dateOrWindow));
    } else if (window && (d.from === undefined || d.to === undefined)) {
      ctx.addIssue(customIssue([d.from === undefined ? 'from' : 'to'], (t) => t.plan.windowBoth));
    } else if (window && d.from! > d.to!) {
      ctx.addIssue(customIssue(['from'], (t) => t.plan.fromAfterTo(d.from!, d.to!)));
    }
  });

/** A directed visit as given in a plan file. */
export type Directed = z.output<typeof directedSchema>;
