import { existsSync } from 'node:fs';
import { buildCalendar } from '../../calendar/buildCalendar.js';
import { FairdrawError, problem, wordsOf } from '../../model/FairdrawError.js';
import { type InitFacts, type InitPlan, planFromTables } from '../../model/planFromTables.js';
import type { CliContext } from '../context.js';
import { jsonText, writeAll } from '../io.js';
import { readTable } from '../sheets/readTable.js';
import { integerOption, type Outcome, parseArgs, stringOption, USAGE, usageError } from '../usage.js';

/** The period names of the summary, singular and plural. */
const PERIOD_NAMES: Readonly<Record<string, [string, string]>> = {
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  quarter: ['quarter', 'quarters'],
};

/** `n thing` or `n things`. */
const count = (n: number, [one, many]: readonly [string, string]) => `${n} ${n === 1 ? one : many}`;

/** The lines `fairdraw init` prints: what the plan file holds, what was chosen for the user, what comes next. */
function summary(
  out: string,
  sources: readonly string[],
  periods: number,
  plan: InitPlan['plan'],
  facts: InitFacts,
) {
  const { horizon } = plan;
  const names = PERIOD_NAMES[horizon.period] ?? ['period', 'periods'];
  const lines = [
    `wrote ${out} from ${sources.join(', ')}:`,
    `  horizon     ${horizon.start}..${horizon.end} in ${horizon.zone}: ${count(periods, names)}`,
    `  units       ${facts.units} of ${count(facts.types, ['police type', 'police types'])}`,
  ];
  if (facts.teamSize !== undefined) {
    const byName =
      facts.homeUnitsByName > 0 ? `; ${facts.homeUnitsByName} home units given by name, written as ids` : '';
    lines.push(
      `  inspectors  ${facts.inspectors}, in teams of ${facts.teamSize}, never inspecting their own unit (team.recusal "homeUnit")${byName}`,
    );
  } else lines.push('  inspectors  none (pass --inspectors to assign them to the visits)');
  if (plan.horizon.holidays !== undefined) {
    const outside =
      facts.outsideHorizon > 0 ? ` (${facts.outsideHorizon} dates outside the horizon left out)` : '';
    lines.push(
      `  holidays    ${count(facts.holidays, ['holiday', 'holidays'])} and ${count(facts.extraWorkdays, ['worked weekend day', 'worked weekend days'])}${outside}`,
    );
  } else
    lines.push(
      '  holidays    none (pass --holidays, or list them in horizon.holidays and horizon.extraWorkdays)',
    );
  const chosen = facts.defaultVisits
    ? ' (the default: about 4 a unit a year; change routine.visitsPerPeriod, or pass --visits)'
    : '';
  lines.push(
    `  routine     ${count(facts.visitsPerPeriod, ['visit', 'visits'])} a ${names[0]}${chosen}, fairness "risk" (units drawn in proportion to their risk)`,
    '',
    'The plan has no seed yet: the seed decides the draw, so it is chosen in the open once the plan is fixed.',
    'Next:',
    `  1. read ${out} and change what the defaults do not fit (docs/init.md)`,
    `  2. fairdraw hash ${out}   (the input hash, to publish)`,
    '  3. fairdraw commit   (a secret to keep and its commitment, to publish with the input hash)',
    `  4. once the public value is known, add to ${out}`,
    '       "seed": { "secret": "<secret>", "public": "<the public value>", "commitment": "<commitment>" }',
    `  5. fairdraw plan ${out} --out schedule.json`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `fairdraw init`: reads the units (and the inspectors and holidays) from .xlsx or .csv files and
 * writes a complete plan file with defaults, without a seed (docs/init.md). Asynchronous, because the
 * .xlsx reader is.
 */
export async function runInit(argv: readonly string[], _context: CliContext): Promise<Outcome> {
  const valued = ['units', 'inspectors', 'holidays', 'start', 'end', 'period', 'zone', 'visits', 'out'];
  const { positional, options } = parseArgs(argv, valued, ['force', 'help']);
  if (options.help) return { code: 0, stdout: USAGE };
  const text = (name: string) => stringOption(options, name);
  const [units, start, end, out] = [text('units'), text('start'), text('end'), text('out')];
  if (positional.length !== 0 || !units || !start || !end || !out) {
    return usageError('init', '--units <file> --start <date> --end <date> --out <plan.json>');
  }
  const visits =
    options.visits === undefined
      ? undefined
      : integerOption(options, 'visits', { min: 1, max: 1_000_000, fallback: 1 });
  if (!options.force && existsSync(out)) {
    throw new FairdrawError('invalid-input', out, (t) => t.cli.outExists);
  }
  const inspectors = text('inspectors');
  const holidays = text('holidays');
  const tables = {
    units: await readTable(units),
    inspectors: inspectors === undefined ? undefined : await readTable(inspectors),
    holidays: holidays === undefined ? undefined : await readTable(holidays),
  };
  const made = planFromTables(tables, {
    start,
    end,
    period: text('period') ?? 'week',
    zone: text('zone') ?? 'Asia/Shanghai',
    visitsPerPeriod: visits,
  });
  const { horizon } = made.plan;
  let periods: number;
  try {
    periods = buildCalendar({
      ...horizon,
      workdays: horizon.workdays ?? [1, 2, 3, 4, 5],
      holidays: horizon.holidays ?? [],
      extraWorkdays: horizon.extraWorkdays ?? [],
    }).periods.length;
  } catch (e) {
    if (!(e instanceof FairdrawError)) throw e;
    const problems = e.problems.map((p) => problem(made.where(p.path), wordsOf(p).message));
    throw new FairdrawError(e.code, problems[0]!.path, problems[0]!.message, problems);
  }
  writeAll([{ path: out, text: jsonText(made.plan) }]);
  const sources = [units, inspectors, holidays].filter((s) => s !== undefined);
  return { code: 0, stdout: summary(out, sources, periods, made.plan, made.facts) };
}
