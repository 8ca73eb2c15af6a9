import * as z from 'zod';
import { isoDate } from './isoDate.js';
import { customIssue, says } from './schemaWords.js';
import { zoneProblem } from './zoneProblem.js';

/** The planning window, read in an explicit IANA zone and cut into periods. */
export const horizonSchema = z.strictObject({
  start: isoDate.meta({ description: 'First day of the horizon (inclusive), read in `zone`.' }),
  end: isoDate.meta({ description: 'Last day of the horizon (inclusive), read in `zone`.' }),
  zone: z
    .string()
    .superRefine((zone, ctx) => {
      const problem = zoneProblem(zone);
      if (problem !== undefined) ctx.addIssue(customIssue(undefined, problem));
    })
    .meta({
      description:
        'IANA time zone, written as IANA spells it (Asia/Shanghai, not asia/shanghai): the input hash reads it as written.',
    }),
  period: z.enum(['day', 'week', 'month', 'quarter']),
  workdays: z
    .array(z.number().int().min(1, says('isoWeekday')).max(7, says('isoWeekday')))
    .min(1, says('oneWeekday'))
    .refine((d) => new Set(d).size === d.length, { message: says('weekdayRepeated') })
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
