import { checkSecretEntropy } from '../../audit/checkSecretEntropy.js';
import { FairdrawError } from '../../model/FairdrawError.js';
import { expandPlan } from '../../schedule/expandPlan.js';
import { plan } from '../../schedule/plan.js';
import { visitsCsv, withBom } from '../csv.js';
import { formatPlan } from '../format.js';
import { jsonText, type OutputFile, readJson, writeAll } from '../io.js';
import { integerOption, type Outcome, parseArgs, USAGE, usageError } from '../usage.js';

/**
 * Runs `fairdraw plan`: draws the schedule of a plan file, writes it as JSON (and CSV) and prints a
 * summary, with a warning on stderr when the seed is a plain string (exit status 0 all the same).
 * `--quiet` prints nothing, the warning included.
 */
export function runPlan(argv: readonly string[]): Outcome {
  const { positional, options } = parseArgs(argv, ['out', 'csv', 'weeks'], ['quiet', 'bom', 'help']);
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length !== 1) return usageError('plan', 'one input file');
  const weeks = integerOption(options, 'weeks', { min: 0, max: 1000, fallback: 2 });
  const raw = readJson(positional[0]!);
  const schedule = plan(raw);
  const { input, ignored } = expandPlan(raw);
  const files: OutputFile[] = [];
  if (typeof options.out === 'string') files.push({ path: options.out, text: jsonText(schedule) });
  if (typeof options.csv === 'string') {
    const names = new Map(input.units.map((u) => [u.id, u.name ?? '']));
    files.push({ path: options.csv, text: withBom(visitsCsv(schedule, names), options.bom === true) });
  }
  writeAll(files);
  if (options.quiet) return { code: 0 };
  let text = formatPlan(input, schedule, { weeks, ignored });
  if (options.out === undefined) text += '\n(use --out schedule.json to write the full schedule)\n';
  const warning = typeof input.seed === 'string' ? plainSeedWarning(input.seed) : undefined;
  return { code: 0, stdout: text, ...(warning ? { stderr: warning } : {}) };
}

/**
 * The warning for a plain-string seed, which never names the seed (the output may be posted). One
 * that `checkSecretEntropy` refuses can be guessed, and then every visit re-derived; one that passes
 * is still no commitment: nobody outside can check that it was fixed before the draw rather than
 * picked among many for the schedule it gives. Either way the cure is `fairdraw commit`.
 */
function plainSeedWarning(seed: string): string {
  let guessable = false;
  try {
    checkSecretEntropy(seed, 'seed');
  } catch (e) {
    if (!(e instanceof FairdrawError)) throw e;
    guessable = true;
  }
  const why = guessable
    ? 'the seed is a plain string, and it can be guessed: whoever tries it re-derives\n' +
      '  every visit, the unannounced ones included.\n'
    : 'the seed is a plain string. It may be hard to guess, but it is no commitment:\n' +
      '  nobody can check that it was fixed before the draw rather than picked among many.\n';
  return (
    `fairdraw: warning: ${why}` +
    '  Use the commit-reveal form (fairdraw commit), which lets the public check that the seed was\n' +
    '  fixed before the draw: docs/runbook.md, step 1.\n'
  );
}
