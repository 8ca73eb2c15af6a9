import * as z from 'zod';
import { identifier } from './identifier.js';
import { isoDate } from './isoDate.js';
import { riskWeight } from './riskWeight.js';
import { says } from './schemaWords.js';

/** An inspected body: a police station, a criminal investigation team, a detention centre... */
export const unitSchema = z.strictObject({
  id: identifier,
  name: z.string().max(500).optional(),
  type: identifier,
  risk: riskWeight.meta({
    description:
      'Risk weight: 0, or from 1e-9 to 1e9; only ratios matter. Under fairness "risk" a unit is drawn in proportion to it.',
  }),
  region: identifier.optional(),
  active: z
    .strictObject({ from: isoDate.optional(), to: isoDate.optional() })
    .refine((a) => a.from === undefined || a.to === undefined || a.from <= a.to, {
      message: says('activeFromAfterTo'),
    })
    .optional(),
});

/** A unit as given in a plan file. */
export type Unit = z.output<typeof unitSchema>;
