import * as z from 'zod';
import { boundsSchema } from './boundsSchema.js';
import { checkBoundsOrder } from './checkBoundsOrder.js';
import { customIssue, says } from './schemaWords.js';

/** How the routine visits of every period are drawn. */
export const routineSchema = z
  .strictObject({
    visitsPerPeriod: z.number().int(says('integer')).min(0, says('atLeast', 0)).optional().meta({
      description: 'Routine visits in a full period; prorated by working days unless prorate is "none".',
    }),
    visitsPerWorkday: z
      .number()
      .finite()
      .positive(says('positive'))
      .optional()
      .meta({ description: 'Routine visits per working day (a rate), instead of visitsPerPeriod.' }),
    prorate: z.enum(['workdays', 'none']).default('workdays'),
    fairness: z.enum(['equal', 'risk']).default('risk'),
    bounds: boundsSchema.optional(),
    design: z.enum(['maxent', 'pivotal', 'systematic']).default('maxent'),
    balance: z.enum(['type', 'none']).default('type'),
    coordination: z.enum(['horizon', 'independent']).default('horizon'),
  })
  .superRefine((r, ctx) => {
    if ((r.visitsPerPeriod === undefined) === (r.visitsPerWorkday === undefined)) {
      ctx.addIssue(customIssue(['visitsPerPeriod'], (t) => t.plan.oneBudget));
    }
    checkBoundsOrder(r.bounds, ctx);
  });

/** The routine settings, defaults applied. */
export type Routine = z.output<typeof routineSchema>;
