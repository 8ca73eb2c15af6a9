import * as z from 'zod';
import { says } from './schemaWords.js';

const probability = z.number().min(0, says('probability')).max(1, says('probability'));

/**
 * The optional `bounds` of a draw: the least and the greatest inclusion probability any unit may get
 * (each in [0, 1]). That `min` does not exceed `max` is checked by {@link checkBoundsOrder}, in the
 * schema that holds the bounds.
 */
export const boundsSchema = z.strictObject({ min: probability.optional(), max: probability.optional() });
