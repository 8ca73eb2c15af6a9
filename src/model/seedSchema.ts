import * as z from 'zod';

/**
 * The master seed: a plain string, or the commit-reveal form `{ secret, public, commitment }` in which
 * the effective seed is derived from the secret, a public entropy value and the input hash.
 */
export const seedSchema = z.union(
  [
    z.string().min(1, 'must not be empty'),
    z.strictObject({
      secret: z.string().min(1, 'must not be empty'),
      public: z.string().min(1, 'must not be empty'),
      commitment: z
        .string()
        .regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits (a SHA-256 commitment)'),
    }),
  ],
  {
    error: (issue) =>
      issue.input === undefined
        ? 'missing: choose the seed in the open once the plan is fixed (fairdraw commit, docs/audit.md), then add it to the plan file'
        : undefined,
  },
);

/** A seed as given in a plan file. */
export type Seed = z.output<typeof seedSchema>;
