import * as z from 'zod';

/** An identifier: 1 to 200 printable characters without leading or trailing spaces. */
export const identifier = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .refine((s) => s.trim() === s && ![...s].some((c) => c.charCodeAt(0) < 0x20), {
    message: 'must not have leading or trailing spaces or control characters',
  });
