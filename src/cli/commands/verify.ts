import { verify } from '../../schedule/verify.js';
import { text } from '../../text/catalogue.js';
import type { CliContext } from '../context.js';
import { formatVerification } from '../format.js';
import { readJson } from '../io.js';
import { progressBar } from '../progress.js';
import { type Outcome, parseArgs, usage, usageError } from '../usage.js';

/** Runs `fairdraw verify`: re-derives a schedule from its input and lists every difference. */
export function runVerify(argv: readonly string[], context: CliContext): Outcome {
  const { positional, options } = parseArgs(argv, [], ['help']);
  if (options.help) return { code: 0, stdout: usage(context.lang) };
  if (positional.length !== 2) return usageError('verify', '<input.json> <schedule.json>', context.lang);
  const [inputPath, schedulePath] = positional as [string, string];
  const { cli } = text(context.lang);
  const input = readJson(inputPath);
  const schedule = readJson(schedulePath);
  const bar = progressBar(context, cli.progress.verify);
  let result: ReturnType<typeof verify>;
  try {
    result = verify(input, schedule, bar.onProgress ? { onProgress: bar.onProgress } : {});
  } finally {
    bar.stop();
  }
  const what = cli.verification.schedule(schedulePath, inputPath);
  return formatVerification(what, result, context.lang);
}
