import { substitute } from '../../schedule/substitute.js';
import type { CliContext } from '../context.js';
import { formatNewHash } from '../format.js';
import { jsonText, readJson, writeAll } from '../io.js';
import { type Outcome, parseArgs, stringOption, USAGE, usageError } from '../usage.js';

/** Runs `fairdraw substitute`: replaces an inspector on some dates and logs the change in the schedule. */
export function runSubstitute(argv: readonly string[], _context: CliContext): Outcome {
  const { positional, options } = parseArgs(argv, ['inspector', 'dates', 'reason', 'at', 'out'], ['help']);
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length !== 2) {
    return usageError('substitute', '<input.json> <schedule.json>');
  }
  const [inputPath, schedulePath] = positional as [string, string];
  const text = (name: string) => stringOption(options, name);
  const change = {
    inspector: text('inspector') ?? '',
    dates: (text('dates') ?? '').split(',').filter((d) => d !== ''),
    reason: text('reason') ?? '',
    ...(text('at') ? { at: text('at') } : {}),
  };
  const next = substitute(readJson(inputPath), readJson(schedulePath), change);
  writeAll([{ path: text('out') ?? schedulePath, text: jsonText(next) }]);
  const entry = next.log.at(-1);
  if (entry?.kind !== 'substitution') throw new Error('fairdraw bug: substitute wrote no substitution entry');
  const lines = entry.visits.map((r) => `  ${r.visit}  ${r.date}  ${r.from.join(' ')} -> ${r.to.join(' ')}`);
  return {
    code: 0,
    stdout:
      `substituted ${change.inspector} on ${entry.visits.length} visit(s):\n${lines.join('\n')}${lines.length ? '\n' : ''}` +
      formatNewHash(next),
  };
}
