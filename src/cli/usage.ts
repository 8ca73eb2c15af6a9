import { type Catalogue, text } from '../text/catalogue.js';
import type { Lang } from '../text/lang.js';
import { VERSION } from '../version.js';

// How the command is called: the help text, the arguments, and what a call comes to (exit status and
// output), a wrong call included.

/**
 * The help text of the `fairdraw` command, printed by `--help` and after a usage error, in `lang`
 * (src/text/en/cliUsage.ts and src/text/zh-CN/cliUsage.ts).
 *
 * @param lang - the language of the run (default English).
 */
export function usage(lang: Lang = 'en'): string {
  return text(lang).cli.usage(VERSION);
}

/** The help text in English: {@link usage} of `en`. */
export const USAGE = usage('en');

/** Exit status of a run, and what to print. */
export interface Outcome {
  code: number;
  stdout?: string;
  stderr?: string;
}

/**
 * The outcome of a command called with the wrong arguments: exit 2, what it expected, then the usage,
 * in the language of the run.
 *
 * @param command - the command, as typed.
 * @param expected - what it expects: its arguments (`<input.json> <schedule.json>`), or words of the
 *   catalogue (`text(lang).cli.expects`).
 * @param lang - the language of the run (`context.lang`).
 */
export function usageError(command: string, expected: string, lang: Lang): Outcome {
  const cli = text(lang).cli;
  return { code: 2, stderr: `fairdraw ${command}: ${cli.expected(expected)}\n\n${usage(lang)}` };
}

/**
 * A command line that names an unknown option or leaves out an option's value. `run` answers it with
 * exit 2, `fairdraw: <message>` and the usage, in the language of the run: the error carries its
 * message as a phrase of the catalogue's `cli` section (`message` is the English one).
 */
export class OptionError extends Error {
  /** The message in the language of a catalogue. */
  readonly say: (cli: Catalogue['cli']) => string;

  /** @param message - the message as a phrase of the `cli` section, or a text in every language. */
  constructor(message: string | ((cli: Catalogue['cli']) => string)) {
    const say = typeof message === 'string' ? () => message : message;
    super(say(text('en').cli));
    this.say = say;
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
      for (const rest of argv.slice(i + 1)) positional.push(rest);
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
      if (value === undefined || value === '') throw new OptionError((cli) => cli.options.needsValue(name));
      options[name] = value;
    } else if (flags.includes(name) && eq === -1) {
      options[name] = true;
    } else {
      throw new OptionError((cli) => cli.options.unknown(name));
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
    throw new OptionError((cli) =>
      cli.options.wholeNumber(name, range.min, range.max, JSON.stringify(value)),
    );
  }
  return n;
}
