import * as z from 'zod';
import { identifier } from './identifier.js';
import { isoDate } from './isoDate.js';

/** An inspector who cannot make the given dates after the schedule was published. */
export const substitutionSchema = z.strictObject({
  inspector: identifier,
  dates: z.array(isoDate).min(1, 'must list at least one date'),
  reason: z.string().trim().min(1, 'must say why (it goes into the schedule log)').max(2000),
  at: z.iso
    .datetime({
      offset: true,
      message: 'must be an ISO date-time with offset, e.g. 2026-03-01T08:00:00+08:00',
    })
    .optional(),
});

/** A substitution request, as passed to `substitute`. */
export type Substitution = z.input<typeof substitutionSchema>;
