import { replan } from '../../schedule/replan.js';
import type { Schedule } from '../../schedule/Schedule.js';
import { jsonText, readJson, writeOut } from '../io.js';
import { type Outcome, parseArgs, stringOption, USAGE, usageError } from '../usage.js';

/** Runs `fairdraw replan`: redraws the schedule from a period start after units changed, and logs it. */
export function runReplan(argv: readonly string[]): Outcome {
  const { positional, options } = parseArgs(argv, ['from', 'reason', 'out'], ['help']);
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length !== 3) {
    return usageError('replan', '<input.json> <schedule.json> <changes.json>');
  }
  const [inputPath, schedulePath, changesPath] = positional as [string, string, string];
  const text = (name: string) => stringOption(options, name);
  const schedule = readJson(schedulePath) as Schedule;
  const next = replan(readJson(inputPath) as never, schedule, {
    from: text('from') as string,
    reason: text('reason') as string,
    changes: readJson(changesPath) as never,
  });
  writeOut(text('out') ?? schedulePath, jsonText(next));
  const entry = next.log.at(-1) as unknown as { visits: { kept: number; replaced: number; drawn: number } };
  const notes = (next.notes ?? []).filter((n) => n.from === text('from') && n.kind === 'cap');
  return {
    code: 0,
    stdout:
      `replanned from ${text('from')}: kept ${entry.visits.kept} visits, replaced ${entry.visits.replaced} with ${entry.visits.drawn}\n` +
      notes.map((n) => `  note: ${n.message}\n`).join(''),
  };
}
