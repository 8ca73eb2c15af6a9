import * as z from 'zod';
import { identifier } from './identifier.js';
import { isoDate } from './isoDate.js';
import { says } from './schemaWords.js';

/** A person who visits; recused from their `homeUnit` and from every unit in `conflicts`. */
export const inspectorSchema = z.strictObject({
  id: identifier,
  name: z.string().max(500).optional(),
  homeUnit: identifier.optional(),
  types: z.array(identifier).min(1, says('typesWhenGiven')).optional(),
  conflicts: z.array(identifier).optional(),
  maxPerPeriod: z.number().int(says('integer')).min(0, says('atLeast', 0)).optional(),
  maxPerDay: z.number().int(says('integer')).min(1, says('atLeast', 1)).optional(),
  unavailable: z.array(isoDate).optional(),
});

/** An inspector as given in a plan file. */
export type Inspector = z.output<typeof inspectorSchema>;
