import { FairdrawError } from '../model/FairdrawError.js';
import { showControls } from '../report/visibleText.js';
import { VERSION } from '../version.js';
import { runCommit } from './commands/commit.js';
import { runHash } from './commands/hash.js';
import { runPlan } from './commands/plan.js';
import { runReplan } from './commands/replan.js';
import { runReport } from './commands/report.js';
import { runResults } from './commands/results.js';
import { runReveal } from './commands/reveal.js';
import { runSubstitute } from './commands/substitute.js';
import { runVerify } from './commands/verify.js';
import { runVerifyPeriod } from './commands/verifyPeriod.js';
import { OptionError, type Outcome, USAGE } from './usage.js';

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit status and output. What
 * it prints shows control characters (but line feeds) and bidirectional controls as their codes
 * (`\u202e`), so that no string of a file can drive the terminal or reorder what it shows; printed
 * JSON stays the same JSON value.
 */
export function run(argv: readonly string[]): Outcome {
  const { code, stdout, stderr } = runCommand(argv);
  return {
    code,
    ...(stdout === undefined ? {} : { stdout: showControls(stdout, true) }),
    ...(stderr === undefined ? {} : { stderr: showControls(stderr, true) }),
  };
}

/** The command of `argv` run, its output as it comes. */
function runCommand(argv: readonly string[]): Outcome {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'plan':
        return runPlan(rest);
      case 'substitute':
        return runSubstitute(rest);
      case 'report':
        return runReport(rest);
      case 'replan':
        return runReplan(rest);
      case 'verify':
        return runVerify(rest);
      case 'reveal':
        return runReveal(rest);
      case 'verify-period':
        return runVerifyPeriod(rest);
      case 'results':
        return runResults(rest);
      case 'hash':
        return runHash(rest);
      case 'commit':
        return runCommit(rest);
      case '--version':
        return { code: 0, stdout: `${VERSION}\n` };
      case undefined:
      case '--help':
      case 'help':
        return { code: command === undefined ? 2 : 0, stdout: USAGE };
      default:
        return { code: 2, stderr: `fairdraw: unknown command ${JSON.stringify(command)}\n\n${USAGE}` };
    }
  } catch (e) {
    if (e instanceof FairdrawError) {
      const lines =
        e.problems.length > 1 ? e.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n') : '';
      return { code: 2, stderr: `fairdraw: ${e.message}\n${lines ? `${lines}\n` : ''}` };
    }
    if (e instanceof OptionError) {
      return { code: 2, stderr: `fairdraw: ${e.message}\n\n${USAGE}` };
    }
    throw e;
  }
}
