import { FairdrawError } from '../model/FairdrawError.js';
import { showControls } from '../report/visibleText.js';
import { VERSION } from '../version.js';
import { runCommit } from './commands/commit.js';
import { runHash } from './commands/hash.js';
import { runInit } from './commands/init.js';
import { runPlan } from './commands/plan.js';
import { runReplan } from './commands/replan.js';
import { runReport } from './commands/report.js';
import { runReveal } from './commands/reveal.js';
import { runSubstitute } from './commands/substitute.js';
import { runTasks } from './commands/tasks.js';
import { runVerify } from './commands/verify.js';
import { runVerifyPage } from './commands/verifyPage.js';
import { runVerifyPeriod } from './commands/verifyPeriod.js';
import { OptionError, type Outcome, USAGE } from './usage.js';

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit status and output. What
 * it prints shows control characters (but line feeds) and bidirectional controls as their codes
 * (`\u202e`), so that no string of a file can drive the terminal or reorder what it shows; printed
 * JSON stays the same JSON value. `init`, which reads spreadsheets, runs only through {@link runAsync}.
 */
export function run(argv: readonly string[]): Outcome {
  return shown(runCommand(argv));
}

/**
 * Runs the CLI on `argv` like {@link run}, every command included: `init` reads .xlsx files, which is
 * asynchronous. The `fairdraw` command runs through here.
 */
export async function runAsync(argv: readonly string[]): Promise<Outcome> {
  if (argv[0] !== 'init') return run(argv);
  try {
    return shown(await runInit(argv.slice(1)));
  } catch (e) {
    return shown(failed(e));
  }
}

/** The outcome as printed: control characters and bidirectional controls shown as codes. */
function shown({ code, stdout, stderr }: Outcome): Outcome {
  return {
    code,
    ...(stdout === undefined ? {} : { stdout: showControls(stdout, true) }),
    ...(stderr === undefined ? {} : { stderr: showControls(stderr, true) }),
  };
}

/** The outcome of a command that threw: exit 2 for bad input or a wrong call; anything else is a bug, thrown on. */
function failed(e: unknown): Outcome {
  if (e instanceof FairdrawError) {
    const lines = e.problems.length > 1 ? e.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n') : '';
    return { code: 2, stderr: `fairdraw: ${e.message}\n${lines ? `${lines}\n` : ''}` };
  }
  if (e instanceof OptionError) {
    return { code: 2, stderr: `fairdraw: ${e.message}\n\n${USAGE}` };
  }
  throw e;
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
      case 'tasks':
        return runTasks(rest);
      case 'hash':
        return runHash(rest);
      case 'verify-page':
        return runVerifyPage(rest);
      case 'commit':
        return runCommit(rest);
      case 'init':
        throw new Error('fairdraw bug: init reads spreadsheets asynchronously; run it through runAsync');
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
    return failed(e);
  }
}
