import { DateTime } from 'luxon';
import * as z from 'zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO calendar date `yyyy-mm-dd` that exists (no 2026-02-30). Zone-free: read in the horizon's zone. */
export const isoDate = z
  .string()
  .refine((s) => ISO_DATE.test(s) && DateTime.fromISO(s, { zone: 'utc' }).isValid, {
    message: 'must be an existing ISO date yyyy-mm-dd',
  });
