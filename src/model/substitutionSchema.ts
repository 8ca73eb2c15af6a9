import * as z from 'zod';
import { identifier } from './identifier.js';
import { isoDate } from './isoDate.js';
import { says } from './schemaWords.js';

/** An inspector who cannot make the given dates after the schedule was published. */
export const substitutionSchema = z.strictObject({
  inspector: identifier,
  dates: z.array(isoDate).min(1, says('oneDate')),
  reason: z.string().trim().min(1, says('logReason')).max(2000),
  at: z.iso
    .datetime({
      offset: true,
      message: says('dateTime'),
    })
    .optional(),
});

/** A substitution request, as passed to `substitute`. */
export type Substitution = z.input<typeof substitutionSchema>;
