import * as z from 'zod';
import { says } from './schemaWords.js';

/** An identifier: 1 to 200 printable characters without leading or trailing spaces. */
export const identifier = z
  .string()
  .min(1, says('notEmpty'))
  .max(200, says('atMostChars', 200))
  .refine((s) => s.trim() === s && ![...s].some((c) => c.charCodeAt(0) < 0x20), {
    message: says('noSpaces'),
  });
