import { FairdrawError } from '../model/FairdrawError.js';
import { showControls } from '../report/visibleText.js';
import { text } from '../text/catalogue.js';
import { langFromEnv } from '../text/lang.js';
import { VERSION } from '../version.js';
import { runCommit } from './commands/commit.js';
import { runEstimate } from './commands/estimate.js';
import { runHash } from './commands/hash.js';
import { runInit } from './commands/init.js';
import { runNextYear } from './commands/nextYear.js';
import { runNotice } from './commands/notice.js';
import { runPlan } from './commands/plan.js';
import { prepareRegister } from './commands/register.js';
import { runReplan, runReplanAsync } from './commands/replan.js';
import { runReport } from './commands/report.js';
import { runResults } from './commands/results.js';
import { runReveal, runRevealAsync } from './commands/reveal.js';
import { runSubstitute } from './commands/substitute.js';
import { runTasks } from './commands/tasks.js';
import { runVerify } from './commands/verify.js';
import { runVerifyPage } from './commands/verifyPage.js';
import { runVerifyPeriod } from './commands/verifyPeriod.js';
import { type CliContext, globalFlags } from './context.js';
import { type Prepared, writePrepared, writePreparedAsync } from './prepared.js';
import { OptionError, type Outcome, usage } from './usage.js';

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit status and output.
 * `--verbose` and `--lang en|zh-CN`, anywhere before a `--`, are flags of every command: with `--verbose` an
 * error lists every problem found, not only the first {@link PROBLEM_LINES}; `--lang` chooses the language
 * of what the command writes for people (default: the environment's locale, else English). What
 * it prints shows control characters (but line feeds) and bidirectional controls as their codes
 * (`\u202e`), so that no string of a file can drive the terminal or reorder what it shows; printed
 * JSON stays the same JSON value. `init` and `register`, which read spreadsheets, `replan --outcomes`
 * and `reveal --outcomes` with an .xlsx sheet, and `--xlsx`, which writes them, run only through {@link runAsync}.
 */
export function run(argv: readonly string[], options: RunOptions = {}): Outcome {
  const flags = parseFlags(argv, options);
  if ('outcome' in flags) return flags.outcome;
  return shown(runCommand(flags.argv, flags.context));
}

/** Options of {@link run} and {@link runAsync}. */
export interface RunOptions {
  /** The environment whose `LC_ALL`, `LC_MESSAGES` or `LANG` gives the language without `--lang` (default `process.env`). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Where `plan`, `verify` and `report` draw a progress bar (the `fairdraw` command gives stderr when it is a terminal). */
  progress?: NodeJS.WritableStream;
}

/** The flags of every command taken out of `argv`, or the outcome of a wrong `--lang`. */
function parseFlags(
  argv: readonly string[],
  options: RunOptions,
): { argv: readonly string[]; context: CliContext } | { outcome: Outcome } {
  const env = options.env ?? process.env;
  try {
    const flags = globalFlags(argv, env);
    if (options.progress !== undefined) flags.context.progress = options.progress;
    return flags;
  } catch (e) {
    // a wrong --lang: said in the language of the environment
    return { outcome: shown(failed(e, { lang: langFromEnv(env), verbose: false })) };
  }
}

/** The commands that may write an .xlsx workbook: they say what to write, the runner writes it. */
const PREPARING: ReadonlyMap<string, (argv: readonly string[], context: CliContext) => Prepared> = new Map([
  ['plan', runPlan],
  ['report', runReport],
  ['tasks', runTasks],
]);

/**
 * Runs the CLI on `argv` like {@link run}, every command included: `init`, `register`, `replan
 * --outcomes` and `reveal --outcomes` read .xlsx files, and `--xlsx` writes them, which is asynchronous. The `fairdraw` command runs through here.
 */
export async function runAsync(argv: readonly string[], options: RunOptions = {}): Promise<Outcome> {
  const flags = parseFlags(argv, options);
  if ('outcome' in flags) return flags.outcome;
  const { context } = flags;
  const [command, ...args] = flags.argv;
  const preparing = command === undefined ? undefined : PREPARING.get(command);
  if (command === 'register' || command === 'replan' || command === 'reveal') {
    try {
      return shown(
        command === 'register'
          ? await writePreparedAsync(await prepareRegister(args, context))
          : command === 'reveal'
            ? await runRevealAsync(args, context)
            : await runReplanAsync(args, context),
      );
    } catch (e) {
      return shown(failed(e, context));
    }
  }
  if (command !== 'init' && preparing === undefined) return run(argv, options);
  try {
    return shown(await (preparing ? writePreparedAsync(preparing(args, context)) : runInit(args, context)));
  } catch (e) {
    return shown(failed(e, context));
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

/** How many problems of an error are printed without `--verbose`. */
export const PROBLEM_LINES = 10;

/** The outcome of a command that threw: exit 2 for bad input or a wrong call; anything else is a bug, thrown on. */
function failed(e: unknown, context: CliContext): Outcome {
  if (e instanceof FairdrawError)
    return { code: 2, stderr: `fairdraw: ${e.messageIn(context.lang)}\n${problemLines(e, context)}` };
  if (e instanceof OptionError) {
    return { code: 2, stderr: `fairdraw: ${e.say(text(context.lang).cli)}\n\n${usage(context.lang)}` };
  }
  throw e;
}

/** The command of `argv` run, its output as it comes. */
function runCommand(argv: readonly string[], context: CliContext): Outcome {
  const [command, ...rest] = argv;
  const { cli } = text(context.lang);
  try {
    switch (command) {
      case 'plan':
      case 'report':
      case 'tasks':
        return writePrepared(PREPARING.get(command)!(rest, context));
      case 'substitute':
        return runSubstitute(rest, context);
      case 'notice':
        return runNotice(rest, context);
      case 'replan':
        return runReplan(rest, context);
      case 'verify':
        return runVerify(rest, context);
      case 'reveal':
        return runReveal(rest, context);
      case 'verify-period':
        return runVerifyPeriod(rest, context);
      case 'results':
        return runResults(rest, context);
      case 'hash':
        return runHash(rest, context);
      case 'verify-page':
        return runVerifyPage(rest, context);
      case 'commit':
        return runCommit(rest, context);
      case 'estimate':
        return runEstimate(rest, context);
      case 'next-year':
        return runNextYear(rest, context);
      case 'init':
      case 'register':
        throw new Error(
          `fairdraw bug: ${command} reads spreadsheets asynchronously; run it through runAsync`,
        );
      case '--version':
        return { code: 0, stdout: `${VERSION}\n` };
      case undefined:
        return { code: 2, stderr: `fairdraw: ${cli.noCommand}\n\n${usage(context.lang)}` };
      case '--help':
      case 'help':
        return { code: 0, stdout: usage(context.lang) };
      default:
        return {
          code: 2,
          stderr: `fairdraw: ${cli.unknownCommand(JSON.stringify(command))}\n\n${usage(context.lang)}`,
        };
    }
  } catch (e) {
    return failed(e, context);
  }
}

/**
 * The problems of an error, one a line, in the context's language, when it has more than one: the
 * first {@link PROBLEM_LINES}, or all with `--verbose`. A staffing error's problems name visits of the
 * secret draw, with their units and dates, so they come with a warning not to post them.
 */
function problemLines(e: FairdrawError, { lang, verbose }: CliContext): string {
  if (e.problems.length <= 1) return '';
  const { cli } = text(lang);
  const problems = e.problemsIn(lang);
  const shown = verbose ? problems : problems.slice(0, PROBLEM_LINES);
  const more = problems.length - shown.length;
  const staffing = e.code === 'infeasible' && e.path === 'inspectors';
  return (
    (staffing ? `${cli.staffingProblems}\n` : '') +
    shown.map((p) => `  ${p.path}: ${p.message}\n`).join('') +
    (more > 0 ? `  ${cli.moreProblems(more)}\n` : '')
  );
}
