import { verify } from '../../schedule/verify.js';
import type { CliContext } from '../context.js';
import { formatVerification } from '../format.js';
import { readJson } from '../io.js';
import { type Outcome, parseArgs, USAGE, usageError } from '../usage.js';

/** Runs `fairdraw verify`: re-derives a schedule from its input and lists every difference. */
export function runVerify(argv: readonly string[], _context: CliContext): Outcome {
  const { positional, options } = parseArgs(argv, [], ['help']);
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length !== 2) return usageError('verify', '<input.json> <schedule.json>');
  const [inputPath, schedulePath] = positional as [string, string];
  const result = verify(readJson(inputPath), readJson(schedulePath));
  return formatVerification(`${schedulePath} against ${inputPath}`, result);
}
