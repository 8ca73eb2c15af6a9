import * as z from 'zod';
import { isoDate } from './isoDate.js';
import { says } from './schemaWords.js';

/** The options of `taskSheets`, as passed: the day (required, the library reads no clock), one inspector. */
export const taskSheetOptionsSchema = z.strictObject({
  date: isoDate.meta({ description: 'The day of the visits, ISO yyyy-mm-dd.' }),
  inspector: z
    .string()
    .min(1, says('notEmpty'))
    .optional()
    .meta({ description: 'One inspector’s id: only that inspector’s sheet.' }),
});

/** Options of `taskSheets`: the day, and optionally the one inspector whose sheet is wanted. */
export type TaskSheetOptions = z.input<typeof taskSheetOptionsSchema>;
