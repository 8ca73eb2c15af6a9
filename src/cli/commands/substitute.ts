import { substitute } from '../../schedule/substitute.js';
import { text } from '../../text/catalogue.js';
import type { CliContext } from '../context.js';
import { formatNewHash } from '../format.js';
import { jsonText, readJson, writeAll } from '../io.js';
import { type Outcome, parseArgs, stringOption, usage, usageError } from '../usage.js';

/** Runs `fairdraw substitute`: replaces an inspector on some dates and logs the change in the schedule. */
export function runSubstitute(argv: readonly string[], context: CliContext): Outcome {
  const { positional, options } = parseArgs(argv, ['inspector', 'dates', 'reason', 'at', 'out'], ['help']);
  if (options.help) return { code: 0, stdout: usage(context.lang) };
  if (positional.length !== 2) {
    return usageError('substitute', '<input.json> <schedule.json>', context.lang);
  }
  const [inputPath, schedulePath] = positional as [string, string];
  const option = (name: string) => stringOption(options, name);
  const change = {
    inspector: option('inspector') ?? '',
    dates: (option('dates') ?? '').split(',').filter((d) => d !== ''),
    reason: option('reason') ?? '',
    ...(option('at') ? { at: option('at') } : {}),
  };
  const next = substitute(readJson(inputPath), readJson(schedulePath), change);
  writeAll([{ path: option('out') ?? schedulePath, text: jsonText(next) }]);
  const entry = next.log.at(-1);
  if (entry?.kind !== 'substitution') throw new Error('fairdraw bug: substitute wrote no substitution entry');
  const t = text(context.lang).cli.substitute;
  const lines = entry.visits.map((r) => t.line(r.visit, r.date, r.from.join(' '), r.to.join(' ')));
  return {
    code: 0,
    stdout:
      `${t.head(change.inspector, entry.visits.length)}\n${lines.join('\n')}${lines.length ? '\n' : ''}` +
      formatNewHash(next, context.lang),
  };
}
