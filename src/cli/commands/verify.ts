import { verify } from '../../schedule/verify.js';
import { text } from '../../text/catalogue.js';
import type { CliContext } from '../context.js';
import { formatVerification } from '../format.js';
import { readJson } from '../io.js';
import { type Outcome, parseArgs, usage, usageError } from '../usage.js';

/** Runs `fairdraw verify`: re-derives a schedule from its input and lists every difference. */
export function runVerify(argv: readonly string[], context: CliContext): Outcome {
  const { positional, options } = parseArgs(argv, [], ['help']);
  if (options.help) return { code: 0, stdout: usage(context.lang) };
  if (positional.length !== 2) return usageError('verify', '<input.json> <schedule.json>', context.lang);
  const [inputPath, schedulePath] = positional as [string, string];
  const result = verify(readJson(inputPath), readJson(schedulePath));
  const what = text(context.lang).cli.verification.schedule(schedulePath, inputPath);
  return formatVerification(what, result, context.lang);
}
