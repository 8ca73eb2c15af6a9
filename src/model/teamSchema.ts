import * as z from 'zod';
import { says } from './schemaWords.js';

/** How many inspectors make a visit and which recusal rules apply (`homeUnit` always does). */
export const teamSchema = z.strictObject({
  size: z.number().int(says('integer')).min(1, says('atLeast', 1)).max(20, says('atMost', 20)).default(2),
  recusal: z.array(z.enum(['homeUnit', 'region'])).default(['homeUnit']),
});

/** Team settings, defaults applied. */
export type Team = z.output<typeof teamSchema>;
