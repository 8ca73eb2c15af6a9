import { FairdrawError } from '../../model/FairdrawError.js';
import { readOutcomes } from '../../model/readOutcomes.js';
import { readSchedule } from '../../model/scheduleSchema.js';
import type { PeriodReveal, SummaryReveal } from '../../schedule/PeriodReveal.js';
import { notEnded } from '../../schedule/revealGuard.js';
import { revealPeriod } from '../../schedule/revealPeriod.js';
import { revealSummary } from '../../schedule/revealSummary.js';
import { text } from '../../text/catalogue.js';
import { asOfOption } from '../asOf.js';
import type { CliContext } from '../context.js';
import { jsonText, readJson, writeAll } from '../io.js';
import { readOutcomesFile } from '../outcomesFile.js';
import { type Outcome, parseArgs, stringOption, usage, usageError } from '../usage.js';

/** The options of `reveal` that take a value. */
const VALUED = ['out', 'as-of', 'outcomes'];

/** The plan file's `horizon.zone`, when it has one, for today's date there. */
const zoneOf = (input: unknown): unknown =>
  typeof input === 'object' && input !== null
    ? ((input as { horizon?: { zone?: unknown } }).horizon?.zone ?? undefined)
    : undefined;

/**
 * `revealPeriod` of period `n`, counted from 1 as people count (the reveal's `period` is its index,
 * `n - 1`). Its refusals name the period by that number: out of range, with the valid range, or not
 * ended yet.
 */
function revealNumbered(
  input: unknown,
  schedule: unknown,
  n: number,
  guard: { asOf: string; force: boolean; outcomes?: unknown },
): PeriodReveal {
  try {
    return revealPeriod(input, schedule, n - 1, guard);
  } catch (e) {
    if (!(e instanceof FairdrawError) || e.path !== 'period') throw e;
    // the period was checked after the seal: the schedule is valid
    const periods = readSchedule(schedule).periods;
    if (n < 1 || n > periods.length)
      throw new FairdrawError(
        'invalid-input',
        'period',
        `must be a period number from 1 to ${periods.length} (periods are numbered from 1), or "summary", got ${n}`,
      );
    const { start, end } = periods[n - 1]!;
    throw new FairdrawError(
      'invalid-input',
      'period',
      `period ${n} (${start} to ${end}) has not ended as of ${guard.asOf}: revealing it now would announce ` +
        'visits that are still to be made unannounced. Reveal it once it has ended (--as-of), or pass ' +
        '--force to reveal it anyway',
    );
  }
}

/**
 * Runs `fairdraw reveal`: prints or writes one ended period's (or, after the horizon, the summary's)
 * reveal with its proof. The period is numbered from 1 (`reveal plan.json schedule.json 7` reveals
 * the seventh, whose reveal says `"period": 6`). A period not ended as of `--as-of` (default: today
 * in the plan's zone) is refused; `--force` reveals it anyway, with a warning on stderr. With
 * `--outcomes`, only a JSON outcomes file: a sheet is read asynchronously ({@link runRevealAsync}).
 */
export function runReveal(argv: readonly string[], context: CliContext): Outcome {
  return revealWith(argv, context, (path, schedule) => {
    if (/\.(xlsx|xls|csv)$/i.test(path))
      throw new Error(
        'fairdraw bug: reveal --outcomes reads a sheet asynchronously; run it through runAsync',
      );
    return readOutcomes(readJson(path), schedule);
  });
}

/**
 * Runs `fairdraw reveal` with `--outcomes` given as a JSON file or as an .xlsx or .csv sheet: the
 * period's reveal then carries the outcomes of its visits, outside the sealed part (docs/results.md).
 */
export async function runRevealAsync(argv: readonly string[], context: CliContext): Promise<Outcome> {
  const { positional, options } = parseArgs(argv, VALUED, ['force', 'help']);
  const path = stringOption(options, 'outcomes');
  if (path === undefined || options.help || positional.length !== 3 || positional[2] === 'summary')
    return runReveal(argv, context);
  const outcomes = await readOutcomesFile(path, readJson(positional[1]!));
  return revealWith(argv, context, () => outcomes);
}

/** `reveal`, with the outcomes file read by `load` (given its path and the schedule). */
function revealWith(
  argv: readonly string[],
  context: CliContext,
  load: (path: string, schedule: unknown) => unknown,
): Outcome {
  const { positional, options } = parseArgs(argv, VALUED, ['force', 'help']);
  if (options.help) return { code: 0, stdout: usage(context.lang) };
  if (positional.length !== 3) {
    return usageError('reveal', '<input.json> <schedule.json> <period|summary>', context.lang);
  }
  const [inputPath, schedulePath, which] = positional as [string, string, string];
  if (which !== 'summary' && !/^(0|[1-9][0-9]*)$/.test(which)) {
    throw new FairdrawError('invalid-input', 'period', (t) => t.cli.periodArgument(which));
  }
  const outcomesPath = stringOption(options, 'outcomes');
  if (outcomesPath !== undefined && which === 'summary')
    throw new FairdrawError('invalid-input', 'outcomes', (t) => t.cli.outcomesNotSummary);
  const input = readJson(inputPath);
  const schedule = readJson(schedulePath);
  const guard = { asOf: asOfOption(options, zoneOf(input)), force: options.force === true };
  const reveal: PeriodReveal | SummaryReveal =
    which === 'summary'
      ? revealSummary(input, schedule, guard)
      : revealNumbered(input, schedule, Number(which), {
          ...guard,
          ...(outcomesPath === undefined ? {} : { outcomes: load(outcomesPath, schedule) }),
        });
  // the reveal was made, so the schedule is valid; a forced early reveal is said out loud
  const { cli } = text(context.lang);
  const periods = readSchedule(schedule).periods;
  const early = notEnded(periods, reveal.period, guard.asOf) !== undefined;
  const period = reveal.period === 'summary' ? undefined : periods[reveal.period]!;
  const why =
    period === undefined
      ? cli.reveal.earlySummary(periods.at(-1)?.end ?? '', guard.asOf)
      : cli.reveal.early(Number(which), period.start, period.end, guard.asOf);
  const warning = early ? { stderr: `fairdraw: ${cli.warning(why)}\n` } : {};
  const json = jsonText(reveal);
  if (typeof options.out === 'string') {
    writeAll([{ path: options.out, text: json }]);
    const named = which === 'summary' ? cli.verification.summary : cli.verification.period(Number(which));
    return { code: 0, stdout: `${cli.reveal.wrote(named, options.out)}\n`, ...warning };
  }
  return { code: 0, stdout: json, ...warning };
}
