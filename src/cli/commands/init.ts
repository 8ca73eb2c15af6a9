import { existsSync } from 'node:fs';
import { buildCalendar } from '../../calendar/buildCalendar.js';
import { FairdrawError, problem, wordsOf } from '../../model/FairdrawError.js';
import { type InitFacts, type InitPlan, planFromTables } from '../../model/planFromTables.js';
import { type Catalogue, text } from '../../text/catalogue.js';
import type { CliContext } from '../context.js';
import { jsonText, writeAll } from '../io.js';
import { readTable } from '../sheets/readTable.js';
import { integerOption, type Outcome, parseArgs, stringOption, usage, usageError } from '../usage.js';

/** The lines `fairdraw init` prints: what the plan file holds, what was chosen for the user, what comes next. */
function summary(
  t: Catalogue['cli']['init'],
  out: string,
  sources: readonly string[],
  periods: number,
  plan: InitPlan['plan'],
  facts: InitFacts,
) {
  const { horizon } = plan;
  const lines = [
    t.wrote(out, sources),
    t.horizon(horizon.start, horizon.end, horizon.zone, periods, horizon.period),
    t.units(facts.units, facts.types),
    facts.teamSize !== undefined
      ? t.inspectors(facts.inspectors, facts.teamSize, facts.homeUnitsByName)
      : t.noInspectors,
    plan.horizon.holidays !== undefined
      ? t.holidays(facts.holidays, facts.extraWorkdays, facts.outsideHorizon)
      : t.noHolidays,
    t.routine(facts.visitsPerPeriod, horizon.period, facts.defaultVisits),
    '',
    ...t.next(out),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `fairdraw init`: reads the units (and the inspectors and holidays) from .xlsx or .csv files and
 * writes a complete plan file with defaults, without a seed (docs/init.md). Asynchronous, because the
 * .xlsx reader is.
 */
export async function runInit(argv: readonly string[], context: CliContext): Promise<Outcome> {
  const valued = ['units', 'inspectors', 'holidays', 'start', 'end', 'period', 'zone', 'visits', 'out'];
  const { positional, options } = parseArgs(argv, valued, ['force', 'help']);
  if (options.help) return { code: 0, stdout: usage(context.lang) };
  const option = (name: string) => stringOption(options, name);
  const [units, start, end, out] = [option('units'), option('start'), option('end'), option('out')];
  if (positional.length !== 0 || !units || !start || !end || !out) {
    return usageError('init', '--units <file> --start <date> --end <date> --out <plan.json>', context.lang);
  }
  const visits =
    options.visits === undefined
      ? undefined
      : integerOption(options, 'visits', { min: 1, max: 1_000_000, fallback: 1 });
  if (!options.force && existsSync(out)) {
    throw new FairdrawError('invalid-input', out, (t) => t.cli.outExists);
  }
  const inspectors = option('inspectors');
  const holidays = option('holidays');
  const tables = {
    units: await readTable(units),
    inspectors: inspectors === undefined ? undefined : await readTable(inspectors),
    holidays: holidays === undefined ? undefined : await readTable(holidays),
  };
  const made = planFromTables(tables, {
    start,
    end,
    period: option('period') ?? 'week',
    zone: option('zone') ?? 'Asia/Shanghai',
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
  return {
    code: 0,
    stdout: summary(text(context.lang).cli.init, out, sources, periods, made.plan, made.facts),
  };
}
