import * as z from 'zod';

/** How many inspectors make a visit and which recusal rules apply (`homeUnit` always does). */
export const teamSchema = z.strictObject({
  size: z.number().int('must be an integer').min(1, 'must be >= 1').max(20, 'must be at most 20').default(2),
  recusal: z.array(z.enum(['homeUnit', 'region'])).default(['homeUnit']),
});

/** Team settings, defaults applied. */
export type Team = z.output<typeof teamSchema>;
