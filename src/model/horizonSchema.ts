import * as z from 'zod';
import { isoDate } from './isoDate.js';
import { zoneProblem } from './zoneProblem.js';

/** The planning window, read in an explicit IANA zone and cut into periods. */
export const horizonSchema = z.strictObject({
  start: isoDate.meta({ description: 'First day of the horizon (inclusive), read in `zone`.' }),
  end: isoDate.meta({ description: 'Last day of the horizon (inclusive), read in `zone`.' }),
  zone: z
    .string()
    .superRefine((zone, ctx) => {
      const problem = zoneProblem(zone);
      if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
    })
    .meta({
      description:
        'IANA time zone, written as IANA spells it (Asia/Shanghai, not asia/shanghai): the input hash reads it as written.',
    }),
  period: z.enum(['day', 'week', 'month', 'quarter']),
  workdays: z
    .array(z.number().int().min(1, 'must be an ISO weekday 1..7').max(7, 'must be an ISO weekday 1..7'))
    .min(1, 'must list at least one ISO weekday')
    .refine((d) => new Set(d).size === d.length, { message: 'must not repeat a weekday' })
    .default([1, 2, 3, 4, 5]),
  holidays: z.array(isoDate).default([]).meta({
    description:
      'Days on which no visit happens. Days outside the horizon are accepted and ignored (not hashed).',
  }),
  extraWorkdays: z.array(isoDate).default([]).meta({
    description:
      'Days outside `workdays` that are worked (adjusted working weekends). Days outside the horizon are accepted and ignored (not hashed).',
  }),
  calendar: z.enum(['CN']).optional().meta({
    description:
      'An official calendar whose public holidays and adjusted working days are added to `holidays` and `extraWorkdays` before the input hash: "CN", China\'s (State Council notices, from the chinese-days package). A year it does not cover is an error.',
  }),
});

/** A horizon as given in a plan file, defaults applied. */
export type Horizon = z.output<typeof horizonSchema>;
