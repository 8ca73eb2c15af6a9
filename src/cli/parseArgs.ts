/** Positional arguments and `--name value` / `--flag` options of a command line. */
export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | true>;
}

/**
 * Splits `argv` into positional arguments and options. `valued` lists the options that take a value
 * (`--out file`); every other `--name` is a flag. Throws an Error with a usage message on an unknown
 * option or a missing value.
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
      if (value === undefined || value === '') throw new Error(`option --${name} needs a value`);
      options[name] = value;
    } else if (flags.includes(name) && eq === -1) {
      options[name] = true;
    } else {
      throw new Error(`unknown option --${name}`);
    }
  }
  return { positional, options };
}
