import type { ParsedArgs } from './parseArgs.js';

/** The value of the option `--name value`, or `undefined` when it was not given (or is a flag). */
export function stringOption(options: ParsedArgs['options'], name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}
