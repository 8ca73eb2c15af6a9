import * as z from 'zod';
import { identifier } from './identifier.js';
import { isoDate } from './isoDate.js';

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
    reason: z
      .string()
      .trim()
      .min(1, 'must say why (e.g. "complaint 2026-117")')
      .max(2000, 'must be at most 2000 characters'),
  })
  .superRefine((d, ctx) => {
    const window = d.from !== undefined || d.to !== undefined;
    if (d.date !== undefined && window) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'give either date or from/to, not both' });
    } else if (d.date === undefined && !window) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'give a date or a window from/to' });
    } else if (window && (d.from === undefined || d.to === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [d.from === undefined ? 'from' : 'to'],
        message: 'a window needs both from and to',
      });
    } else if (window && d.from! > d.to!) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: `must not be after to (${d.from} > ${d.to})` });
    }
  });

/** A directed visit as given in a plan file. */
export type Directed = z.output<typeof directedSchema>;
