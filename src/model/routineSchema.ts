import * as z from 'zod';

const probability = z.number().min(0, 'must be in [0, 1]').max(1, 'must be in [0, 1]');

/** How the routine visits of every period are drawn. */
export const routineSchema = z
  .strictObject({
    visitsPerPeriod: z.number().int('must be an integer').min(0, 'must be >= 0').optional().meta({
      description: 'Routine visits in a full period; prorated by working days unless prorate is "none".',
    }),
    visitsPerWorkday: z
      .number()
      .finite()
      .positive('must be > 0')
      .optional()
      .meta({ description: 'Routine visits per working day (a rate), instead of visitsPerPeriod.' }),
    prorate: z.enum(['workdays', 'none']).default('workdays'),
    fairness: z.enum(['equal', 'risk']).default('risk'),
    bounds: z.strictObject({ min: probability.optional(), max: probability.optional() }).optional(),
    design: z.enum(['maxent', 'pivotal', 'systematic']).default('maxent'),
    balance: z.enum(['type', 'none']).default('type'),
    coordination: z.enum(['horizon', 'independent']).default('horizon'),
  })
  .superRefine((r, ctx) => {
    if ((r.visitsPerPeriod === undefined) === (r.visitsPerWorkday === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['visitsPerPeriod'],
        message: 'give exactly one of visitsPerPeriod or visitsPerWorkday',
      });
    }
    const min = r.bounds?.min;
    const max = r.bounds?.max;
    if (min !== undefined && max !== undefined && min > max) {
      ctx.addIssue({
        code: 'custom',
        path: ['bounds', 'min'],
        message: `must not exceed bounds.max (${min} > ${max})`,
      });
    }
  });

/** The routine settings, defaults applied. */
export type Routine = z.output<typeof routineSchema>;
