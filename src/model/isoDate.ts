import { DateTime } from 'luxon';
import * as z from 'zod';

/** An ISO calendar date `yyyy-mm-dd` that exists (no 2026-02-30). Zone-free: read in the horizon's zone. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date yyyy-mm-dd')
  .refine((s) => DateTime.fromISO(s, { zone: 'utc' }).isValid, {
    message: 'must be an existing calendar date',
  });
