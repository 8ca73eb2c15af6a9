import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { expect } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';

// The one place the fuzz suite reads its environment.
//
// In CI (no FAIRDRAW_FUZZ_RUNS): each property runs its own small number of cases from a fixed
// fast-check seed, so `npm test` is fast and never flaky.
// With FAIRDRAW_FUZZ_RUNS (a large run, `npm run fuzz`): `40x` runs each property 40 times its CI
// count, `5000` runs each 5000 cases; the seed is random (or FAIRDRAW_FUZZ_SEED, to replay one) and
// printed on failure, and a summary of every property (cases, rejections by error path, time) is printed.

const RUNS = process.env.FAIRDRAW_FUZZ_RUNS?.trim() || undefined;
const SEED = process.env.FAIRDRAW_FUZZ_SEED?.trim() || undefined;

/** The repository's root, for the replay command (the CLI fuzz moves the cwd). */
const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));

/** Whether this is a large run (FAIRDRAW_FUZZ_RUNS set). */
export const LARGE = RUNS !== undefined;

/** The timeout of a fuzz test: the config's 60 s in CI, none in a large run. */
export const FUZZ_TIMEOUT = LARGE ? 0 : 60_000;

/** The number of cases of a property: its CI count, or what FAIRDRAW_FUZZ_RUNS asks for. */
export function fuzzRuns(ciRuns: number): number {
  if (RUNS === undefined) return ciRuns;
  const m = /^([1-9][0-9]*)(x?)$/.exec(RUNS);
  if (!m)
    throw new Error(
      `FAIRDRAW_FUZZ_RUNS must be a count (5000) or a multiple of the CI count (40x), got ${RUNS}`,
    );
  return m[2] ? ciRuns * Number(m[1]) : Number(m[1]);
}

/** The family of an error path, for the tallies: indices dropped, at most two segments (`units[].risk`). */
export function pathFamily(path: string): string {
  return path
    .replace(/\[[^\]]*\]/g, '[]')
    .split('.')
    .slice(0, 2)
    .join('.');
}

/**
 * The family of a refusal: its code (unless `invalid-input`) and path family; an unknown field (whose
 * name is random) counts under its parent.
 */
export function errorFamily(error: FairdrawError): string {
  const code = error.code === 'invalid-input' ? '' : `${error.code} `;
  if (error.problems[0]?.message === 'unknown field') {
    const parent = error.path.replace(/\.[^.]*$/, '');
    return `${code}${parent === error.path ? '' : `${pathFamily(parent)}.`}(unknown field)`;
  }
  return `${code}${pathFamily(error.path)}`;
}

/** What a property saw: cases, accepted ones, rejections by path family, and the slowest case. */
export class Tally {
  readonly name: string;
  cases = 0;
  accepted = 0;
  readonly rejected = new Map<string, number>();
  /** The first message seen in each family (for the large-run summary). */
  readonly examples = new Map<string, string>();
  slowestMs = 0;
  totalMs = 0;

  constructor(name: string) {
    this.name = name;
  }

  /**
   * Counts a case that took `ms`; `rejection` is the error path family, or undefined when accepted;
   * `message` an example of the family.
   */
  count(ms: number, rejection?: string, message?: string): void {
    this.cases += 1;
    this.totalMs += ms;
    this.slowestMs = Math.max(this.slowestMs, ms);
    if (rejection === undefined) this.accepted += 1;
    else {
      this.rejected.set(rejection, (this.rejected.get(rejection) ?? 0) + 1);
      if (message !== undefined && !this.examples.has(rejection))
        this.examples.set(rejection, message.split('\n')[0]!.slice(0, 160));
    }
  }

  /** The rejection families, most frequent first. */
  families(): [string, number][] {
    return [...this.rejected].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }

  /** One JSON line for the large-run summary. */
  summary(run: { seed: number; numRuns: number }): string {
    return JSON.stringify({
      property: this.name,
      ...run,
      cases: this.cases,
      accepted: this.accepted,
      rejected: this.cases - this.accepted,
      slowestMs: Math.round(this.slowestMs),
      totalS: Math.round(this.totalMs / 100) / 10,
      families: Object.fromEntries(this.families()),
      examples: Object.fromEntries(this.examples),
    });
  }
}

/** The longest a single case may take before it counts as a hang (generous: the machine is shared). */
export const CASE_LIMIT_MS = 20_000;

/**
 * Runs `property` for `fuzzRuns(ciRuns)` cases, from `ciSeed` in CI or a random seed in a large run.
 * A failure is rethrown with the seed and the command that replays it; a large run prints the tally.
 */
export function fuzz<T>(
  tally: Tally,
  arbitrary: fc.Arbitrary<T>,
  property: (value: T) => void,
  ciRuns: number,
  ciSeed: number,
): void {
  const seed = !LARGE ? ciSeed : SEED !== undefined ? Number(SEED) : (Math.random() * 2 ** 31) | 0;
  const numRuns = fuzzRuns(ciRuns);
  try {
    fc.assert(fc.property(arbitrary, property), { seed, numRuns });
  } catch (error) {
    const file = relative(REPOSITORY, expect.getState().testPath ?? 'test/fuzz');
    const replay = `FAIRDRAW_FUZZ_SEED=${seed} FAIRDRAW_FUZZ_RUNS=${numRuns} npx vitest run ${file}`;
    throw new Error(`fuzz "${tally.name}" failed with fast-check seed ${seed} (replay: ${replay})`, {
      cause: error,
    });
  } finally {
    if (LARGE) console.log(`FUZZ ${tally.summary({ seed, numRuns })}`);
  }
}

/**
 * Runs one case: `f` either returns (accepted) or throws a FairdrawError whose path is non-empty, whose
 * message starts with `path: `, whose every problem names a path, and whose path `allowed` accepts.
 * Anything else (another error, an empty path) fails the property. Returns what `f` returned, or
 * undefined when it was refused.
 */
export function accepted<R>(
  tally: Tally,
  f: () => R,
  allowed: (error: FairdrawError) => boolean = () => true,
): R | undefined {
  const start = performance.now();
  let rejection: string | undefined;
  let message: string | undefined;
  try {
    return f();
  } catch (error) {
    if (!(error instanceof FairdrawError)) throw error;
    expect(error.path, error.message).not.toBe('');
    expect(error.message.startsWith(`${error.path}: `), error.message).toBe(true);
    for (const problem of error.problems) expect(problem.path, problem.message).not.toBe('');
    expect(allowed(error), `${error.code} at ${error.path}: ${error.message}`).toBe(true);
    rejection = errorFamily(error);
    message = error.message;
    return undefined;
  } finally {
    const ms = performance.now() - start;
    tally.count(ms, rejection, message);
    expect(ms, 'one case took too long (a hang?)').toBeLessThan(CASE_LIMIT_MS);
  }
}
