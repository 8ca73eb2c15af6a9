import { VERSION } from '../version.js';

// How the command is called: the help text, the arguments, and what a call comes to (exit status and
// output), a wrong call included.

/** The help text of the `fairdraw` command, printed by `--help` and after a usage error. */
export const USAGE = `fairdraw ${VERSION}: fair, random and auditable inspection schedules

usage:
  fairdraw init --units units.xlsx [--inspectors inspectors.xlsx] [--holidays holidays.csv]
                --start <date> --end <date> [--period week|month|quarter] [--zone <IANA zone>]
                [--visits N] --out plan.json [--force]
      write a plan file from spreadsheets (.xlsx, or .csv in UTF-8 or GB18030; headers in English or
      Chinese), with defaults: --period week, --zone Asia/Shanghai, about 4 routine visits a unit a
      year (--visits sets the visits a period), fairness "risk", teams of 2 never at their own unit;
      no seed (it prints what to do next: fairdraw hash, fairdraw commit). Refuses to replace an
      existing file unless --force. See docs/init.md
  fairdraw plan <input.json> [--out schedule.json] [--csv visits.csv] [--bom] [--xlsx visits.xlsx]
                [--weeks N] [--quiet]
      draw the schedule of a plan file; prints a summary with the visits of the first N periods
      (--weeks, a whole number from 0 to 1000, default 2), writes the schedule as JSON; --bom starts
      the CSV with a UTF-8 byte-order mark, so that Excel reads its Chinese right; --xlsx writes the
      visit list as an Excel workbook (dates as ISO texts, texts never formulas); warns on stderr
      when the seed is a plain string (use the commit-reveal form: fairdraw commit); --quiet prints
      nothing, the warning included
  fairdraw substitute <input.json> <schedule.json> --inspector <id> --dates <d1,d2,...> --reason <text>
                     [--at <iso date-time>] [--out schedule.json]
      replace an inspector who cannot make some dates; only those visits change, and the change is
      logged in the schedule at --at (default: now) (written back to <schedule.json> unless --out);
      prints the new schedule hash, to publish
  fairdraw replan <input.json> <schedule.json> <changes.json> --from <date> --reason <text> [--out schedule.json]
      redraw the schedule from the period starting on <date> after units opened, closed or changed
      risk; <changes.json> is {"add": [units], "close": [ids], "risk": {"id": weight}}. Visits before
      <date> stay as they are; the change is logged (written back to <schedule.json> unless --out);
      prints the new schedule hash, to publish
  fairdraw verify <input.json> <schedule.json>
      re-derive the schedule from the input (seed revealed), replay its log, and list every difference
  fairdraw reveal <input.json> <schedule.json> <period|summary> [--as-of <date>] [--force] [--out reveal.json]
      reveal one ended period's visits (or, after the horizon, the summary) with the proof linking
      them to the published schedule hash; a period not ended by --as-of (default: today in the
      plan's zone) is refused, unless --force, which reveals it with a warning
  fairdraw verify-period <reveal.json> <scheduleHash>
      check a reveal against the schedule hash published at the start, without the other periods
  fairdraw verify-page --out verify.html [--title text]
      write one self-contained page, with the library inside, that verifies a schedule or a period
      reveal in any browser, offline (needs the build: npm run build)
  fairdraw tasks <schedule.json> --date <yyyy-mm-dd> [--inspector <id>] [--html tasks.html]
                [--ics tasks.ics] [--xlsx tasks.xlsx] [--title text] [--quiet]
      the task sheets of one day, handed to the inspectors that morning: each inspector's visits
      (unit, teammates, kind, why), that day's only; --html writes a printable page (a sheet per
      inspector), --ics a calendar file with one all-day event per inspector and visit, --xlsx an
      Excel workbook with a row per inspector and visit
  fairdraw results <reveal.json> <scheduleHash> [--html results.html] [--title text] [--quiet]
      the results notice of an ended period: which units were visited, on which day and by whom,
      and whether its reveal checks against the published schedule hash (exit 1 when it does not:
      the page then says NOT verified)
  fairdraw hash <input.json>
      print the input hash of a plan file, to publish with the seed commitment (the seed is not part
      of it and may be left out of the file)
  fairdraw commit
      generate a secret for the commit-reveal seed and print it with its commitment
  fairdraw commit <secret>
      print the commitment of a secret (refused unless it carries at least 128 bits of entropy)
  fairdraw commit --plain <seed>
      print the commitment of a plain seed (it hides nothing if the seed can be guessed)
  fairdraw report <schedule.json> [--as-of <date>] [--html report.html] [--csv dir/ | prefix] [--bom]
                  [--xlsx report.xlsx] [--title text] [--outcomes outcomes.json] [--quiet]
      the public fairness report: promised probabilities, expected and realised visits per unit and
      police type, inspector loads; --html writes a self-contained page (inline SVG, no network),
      --csv writes units.csv, types.csv and inspectors.csv into a directory (existing, or a path
      ending in /) or as <prefix>-units.csv, ... (--bom: with a UTF-8 byte-order mark, for Excel);
      --xlsx writes the same three tables as one Excel workbook, a sheet each;
      only the periods ended by --as-of (default: today) are shown: before the horizon's last day the
      report is interim, and says so; --outcomes adds the estimates from the random visits' outcomes
      (overall and per police type, every unit's rate; see fairdraw estimate)
  fairdraw notice <plan.json> <schedule.json> --html notice.html [--csv dir/ | prefix] [--title text] [--quiet]
      the start-of-year notice, safe to post on the day of the draw: the frame (every unit's promised
      probability per period and expected visits), the rules, the inspector pool and recusal, the
      input hash, seed commitment and schedule hash, and how to verify; it names no visit and no
      date the plan file does not give. --html writes the page, --csv writes frame.csv and rules.csv
  fairdraw estimate <plan.json> <schedule.json> <outcomes.json> [--by all|type|region|category|campaign]
                    [--as-of <date>] [--level 0.95] [--csv dir/ | prefix] [--bom] [--quiet]
      design-based estimates from the outcomes of the random visits of the periods ended by --as-of
      (default: today): the share of unit-periods with a problem (Hajek's estimator, Deville's
      standard error, a --level confidence interval), by group; every unit's rate with its Wilson
      interval, the units clearly above their police type named; directed and follow-up visits listed,
      not counted; --csv writes groups.csv and units.csv. See docs/estimation.md
  fairdraw next-year <plan.json> <schedule.json> <outcomes.json> --start <date> --end <date>
                     --out plan-next.json [--as-of <date>] [--force]
      propose each unit's risk weight for the next horizon from its findings (its rate shrunk toward
      its police type's estimate, bounded to a factor of 2 either way), print the reason per unit, and
      write the next plan file (no seed yet; campaigns, directed visits and findings left out).
      Refuses to replace an existing file unless --force. See docs/estimation.md
  fairdraw --help | --version

every command also takes --verbose: an error with many problems then lists them all (else the first 10),
and --lang en|zh-CN: the language of what it writes for people (default: the locale of LC_ALL,
LC_MESSAGES or LANG, zh_CN.* giving zh-CN; else en)

exit codes: 0 success, 1 verification failed (a real difference), 2 bad input (the message names the
field) or a version this library does not support (it cannot say either way)

A command writes all its files or none: when one cannot be written, no file is replaced (exit 2). A
replaced file keeps its mode; a symbolic link is written through to its target.
`;

/** Exit status of a run, and what to print. */
export interface Outcome {
  code: number;
  stdout?: string;
  stderr?: string;
}

/** The outcome of a command called with the wrong arguments: exit 2, what it expected, then the usage. */
export function usageError(command: string, expected: string): Outcome {
  return { code: 2, stderr: `fairdraw ${command}: expected ${expected}\n\n${USAGE}` };
}

/**
 * A command line that names an unknown option or leaves out an option's value. `run` answers it with
 * exit 2, `fairdraw: <message>` and the usage.
 */
export class OptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OptionError';
  }
}

/** Positional arguments and `--name value` / `--flag` options of a command line. */
export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | true>;
}

/**
 * Splits `argv` into positional arguments and options. `valued` lists the options that take a value
 * (`--out file`); every other `--name` is a flag.
 *
 * @throws {OptionError} on an unknown option or a missing value.
 */
export function parseArgs(
  argv: readonly string[],
  valued: readonly string[],
  flags: readonly string[],
): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (valued.includes(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') throw new OptionError(`option --${name} needs a value`);
      options[name] = value;
    } else if (flags.includes(name) && eq === -1) {
      options[name] = true;
    } else {
      throw new OptionError(`unknown option --${name}`);
    }
  }
  return { positional, options };
}

/** The value of the option `--name value`, or `undefined` when it was not given (or is a flag). */
export function stringOption(options: ParsedArgs['options'], name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}

/** The range of an integer option and its value when the option is not given. */
export interface IntegerRange {
  min: number;
  max: number;
  fallback: number;
}

/**
 * The value of the integer option `--name N`: a decimal integer (optional `-`, no leading zero, no
 * exponent, sign `+`, fraction or space) from `min` to `max`, or `fallback` when the option was not
 * given. Every integer option of the CLI is read here.
 *
 * @throws {OptionError} naming the option and its range (`option --weeks must be a whole number from
 *   0 to 1000, got "2.5"`), which `run` answers with exit 2.
 */
export function integerOption(options: ParsedArgs['options'], name: string, range: IntegerRange): number {
  const value = options[name];
  if (value === undefined) return range.fallback;
  const n = typeof value === 'string' && /^-?(0|[1-9][0-9]*)$/.test(value) ? Number(value) : Number.NaN;
  if (!(Number.isSafeInteger(n) && n >= range.min && n <= range.max)) {
    throw new OptionError(
      `option --${name} must be a whole number from ${range.min} to ${range.max}, got ${JSON.stringify(value)}`,
    );
  }
  return n;
}
