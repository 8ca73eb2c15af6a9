import { FairdrawError, problem, wordsOf } from '../../model/FairdrawError.js';
import { replan } from '../../schedule/replan.js';
import { text } from '../../text/catalogue.js';
import type { CliContext } from '../context.js';
import { formatNewHash } from '../format.js';
import { jsonText, readJson, writeAll } from '../io.js';
import { type Outcome, parseArgs, stringOption, usage, usageError } from '../usage.js';

/** Runs `fairdraw replan`: redraws the schedule from a period start after units changed, and logs it. */
export function runReplan(argv: readonly string[], context: CliContext): Outcome {
  const { positional, options } = parseArgs(argv, ['from', 'reason', 'out'], ['help']);
  if (options.help) return { code: 0, stdout: usage(context.lang) };
  if (positional.length !== 3) {
    return usageError('replan', '<input.json> <schedule.json> <changes.json>', context.lang);
  }
  const [inputPath, schedulePath, changesPath] = positional as [string, string, string];
  const option = (name: string) => stringOption(options, name);
  const next = withFlagPaths(() =>
    replan(readJson(inputPath), readJson(schedulePath), {
      from: option('from'),
      reason: option('reason'),
      changes: readJson(changesPath),
    }),
  );
  writeAll([{ path: option('out') ?? schedulePath, text: jsonText(next) }]);
  const entry = next.log.at(-1);
  if (entry?.kind !== 'replan') throw new Error('fairdraw bug: replan wrote no replan entry');
  const notes = (next.notes ?? []).filter((n) => n.from === option('from') && n.kind === 'cap');
  const t = text(context.lang).cli.replan;
  const { kept, replaced, drawn } = entry.visits;
  return {
    code: 0,
    stdout:
      `${t.head(option('from') ?? '', kept, replaced, drawn)}\n` +
      notes.map((n) => `${t.note(n.message)}\n`).join('') +
      formatNewHash(next, context.lang),
  };
}

/** The library names the request `options.from`; the command line, `--from`, `--reason` and the changes file. */
function withFlagPaths<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof FairdrawError) || !e.path.startsWith('options.')) throw e;
    const rename = (path: string) =>
      path.replace(/^options\.(from|reason)\b/, '--$1').replace(/^options\./, '');
    throw new FairdrawError(
      e.code,
      rename(e.path),
      wordsOf(e).message,
      e.problems.map((p) => problem(rename(p.path), wordsOf(p).message)),
    );
  }
}
