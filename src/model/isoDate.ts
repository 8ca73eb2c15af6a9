import { DateTime } from 'luxon';
import * as z from 'zod';
import { says } from './schemaWords.js';

/** An ISO calendar date `yyyy-mm-dd` that exists (no 2026-02-30). Zone-free: read in the horizon's zone. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, says('isoDate'))
  .refine((s) => DateTime.fromISO(s, { zone: 'utc' }).isValid, {
    message: says('existingDate'),
  });
