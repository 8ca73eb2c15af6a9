import { existsSync } from 'node:fs';
import { FairdrawError } from '../../model/FairdrawError.js';
import { isoDate } from '../../model/isoDate.js';
import { readSchedule } from '../../model/scheduleSchema.js';
import { nextYearPlan } from '../../outcomes/nextYearPlan.js';
import { proposeRisk } from '../../outcomes/proposeRisk.js';
import { showControls } from '../../report/visibleText.js';
import { text } from '../../text/catalogue.js';
import type { CliContext } from '../context.js';
import { jsonText, readJson, writeAll } from '../io.js';
import { OptionError, type Outcome, parseArgs, stringOption, usage, usageError } from '../usage.js';

/**
 * Runs `fairdraw next-year <plan> <schedule> <outcomes> --start D --end D --out plan-next.json`:
 * proposes each unit's risk weight for the next horizon (`proposeRisk`), prints the reason per unit,
 * and writes the next plan file (`nextYearPlan`), without a seed, refusing to replace a file unless
 * `--force`.
 */
export function runNextYear(argv: readonly string[], context: CliContext): Outcome {
  const { positional, options } = parseArgs(argv, ['start', 'end', 'out', 'as-of'], ['force', 'help']);
  if (options.help) return { code: 0, stdout: usage(context.lang) };
  const [start, end, out] = [
    stringOption(options, 'start'),
    stringOption(options, 'end'),
    stringOption(options, 'out'),
  ];
  if (positional.length !== 3 || !start || !end || !out)
    return usageError(
      'next-year',
      '<plan.json> <schedule.json> <outcomes.json> --start <date> --end <date> --out <plan.json>',
      context.lang,
    );
  const asOf = stringOption(options, 'as-of');
  if (asOf !== undefined && !isoDate.safeParse(asOf).success)
    throw new OptionError((cli) => cli.options.asOf(JSON.stringify(asOf)));
  for (const [name, value] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (!isoDate.safeParse(value).success)
      throw new OptionError((cli) => cli.options.date(name, JSON.stringify(value)));
  }
  if (start > end) throw new OptionError((cli) => cli.options.startAfterEnd(start, end));
  const t = text(context.lang).nextYear;
  if (!options.force && existsSync(out))
    throw new FairdrawError('invalid-input', out, (e) => e.cli.outExists);
  const [planPath, schedulePath, outcomesPath] = positional as [string, string, string];
  const input = readJson(planPath);
  const schedule = readJson(schedulePath);
  const proposals = proposeRisk(input, schedule, readJson(outcomesPath), {
    lang: context.lang,
    ...(asOf !== undefined ? { asOf } : {}),
  });
  const next = nextYearPlan(input, proposals, { start, end }, readSchedule(schedule).log);
  writeAll([{ path: out, text: jsonText(next.plan) }]);
  const named = text(context.lang).common.named;
  const { leftOut } = next;
  const lines = [
    t.heading(proposals.units.length, proposals.periods, proposals.asOf),
    proposals.rule,
    '',
    ...proposals.units.map((u) => t.unitLine(showControls(named(u.id, u.name)), showControls(u.reason))),
    '',
    t.wrote(out, start, end),
    ...(next.closed.length > 0 ? [t.closed(next.closed.map((id) => showControls(id)))] : []),
    ...(leftOut.campaigns + leftOut.directed + leftOut.findings > 0
      ? [t.leftOut(leftOut.campaigns, leftOut.directed, leftOut.findings)]
      : []),
    ...(next.listsHolidays ? [t.holidays] : []),
    '',
    ...t.next(out),
    '',
  ];
  return { code: 0, stdout: lines.join('\n') };
}
