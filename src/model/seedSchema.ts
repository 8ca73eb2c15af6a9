import * as z from 'zod';
import { says } from './schemaWords.js';

/**
 * The master seed: a plain string, or the commit-reveal form `{ secret, public, commitment }` in which
 * the effective seed is derived from the secret, a public entropy value and the input hash.
 */
export const seedSchema = z.union(
  [
    z.string().min(1, says('notEmpty')),
    z.strictObject({
      secret: z.string().min(1, says('notEmpty')),
      public: z.string().min(1, says('notEmpty')),
      commitment: z.string().regex(/^[0-9a-f]{64}$/, says('commitmentHex')),
    }),
  ],
  {
    error: (issue) => (issue.input === undefined ? says('seedMissing') : undefined),
  },
);

/** A seed as given in a plan file. */
export type Seed = z.output<typeof seedSchema>;
