import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan } from '../../src/schedule/plan.js';
import { verify } from '../../src/schedule/verify.js';
import { arbitraryYearPlan, smallYearPlan } from '../schedule/yearPlans.js';
import { accepted, FUZZ_TIMEOUT, fuzz, Tally } from './fuzz.js';
import { mutate, mutation } from './mutate.js';

// Trust, "prove it": mutated plan files. plan() either returns a schedule that verify() accepts (as
// it is, and after both went through JSON), or throws a FairdrawError whose path is non-empty and
// whose message starts with it: never another error, never a hang.

const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));

/** The plans to mutate: mostly small ones (fast), sometimes the county example. */
const basePlan = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null).map(() => smallYearPlan()) },
  { weight: 4, arbitrary: arbitraryYearPlan() },
  { weight: 1, arbitrary: fc.constant(null).map(() => county) },
);

const mutatedPlan = fc
  .tuple(basePlan, fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([base, mutations]) => ({ base, mutations }));

describe('fuzz: mutated plan files', () => {
  const tally = new Tally('plan files');
  it(
    'plan() returns a schedule that verifies, or throws a FairdrawError naming its field',
    () => {
      fuzz(
        tally,
        mutatedPlan,
        ({ base, mutations }) => {
          const input = mutate(base, mutations);
          const schedule = accepted(tally, () => plan(input));
          if (schedule === undefined) return;
          expect(verify(input, schedule).status).toBe('verified');
          const [fileInput, fileSchedule] = JSON.parse(JSON.stringify([input, schedule]));
          expect(verify(fileInput, fileSchedule).status).toBe('verified');
        },
        400,
        20261,
      );
      // The mutations reach both outcomes.
      expect(tally.accepted).toBeGreaterThan(0);
      expect(tally.rejected.size).toBeGreaterThan(10);
    },
    FUZZ_TIMEOUT,
  );
});
