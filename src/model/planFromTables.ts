import {
  english,
  FairdrawError,
  type FairdrawProblem,
  problem,
  type Words,
  wordsOf,
} from './FairdrawError.js';
import { readHolidays } from './holidaysFromSheet.js';
import type { Inspector } from './inspectorSchema.js';
import { readInspectors } from './inspectorsFromSheet.js';
import { type PlanInput, planInputSchema } from './planInputSchema.js';
import { dateOf } from './sheetCells.js';
import {
  at,
  HOLIDAY_SHEET,
  INSPECTOR_SHEET,
  locator,
  readSheet,
  type Table,
  UNIT_SHEET,
} from './sheetColumns.js';
import { readUnits } from './unitsFromSheet.js';
import { validate } from './validate.js';
import { zoneProblem } from './zoneProblem.js';

// Rows in, plan file out: the plan file that `fairdraw init` writes from a bureau's spreadsheets (docs/init.md).
// Pure: the CLI reads the files (src/cli/sheets/) and hands their rows here.

/** What `fairdraw init` is told besides the sheets: the horizon, its zone, and the routine budget. */
export interface InitSettings {
  start: string;
  end: string;
  period: string;
  zone: string;
  /** `routine.visitsPerPeriod`; by default, about four visits a unit a year ({@link defaultVisits}). */
  visitsPerPeriod?: number | undefined;
}

/** The sheets of `fairdraw init`: units, and optionally inspectors and holidays. */
export interface InitTables {
  units: Table;
  inspectors?: Table | undefined;
  holidays?: Table | undefined;
}

/** A plan file without its seed, which the user chooses afterwards (`fairdraw commit`). */
export type PlanWithoutSeed = Omit<PlanInput, 'seed'>;

/** What the plan file holds and what was chosen or left out making it, for the CLI's summary. */
export interface InitFacts {
  units: number;
  types: number;
  inspectors: number;
  holidays: number;
  extraWorkdays: number;
  /** Holidays and worked days of the holidays sheet outside the horizon, left out. */
  outsideHorizon: number;
  /** Inspectors whose `homeUnit` gave a unit's name, replaced by its id. */
  homeUnitsByName: number;
  visitsPerPeriod: number;
  /** Whether `visitsPerPeriod` is the default rather than a given number. */
  defaultVisits: boolean;
  /** The team size, when inspectors are given. */
  teamSize: number | undefined;
}

/** A plan made from sheets: the plan file, the facts of the summary, and where each field came from. */
export interface InitPlan {
  plan: PlanWithoutSeed;
  facts: InitFacts;
  /**
   * The file, row and column that a path of the plan file came from (`units[5].risk` gives
   * `units.xlsx, row 7, column 风险`; `horizon.start` gives `--start`), or the path itself.
   */
  locate(path: string): string;
  /** {@link InitPlan.locate} in every language (`units.xlsx, 第7行, 风险列`). */
  where(path: string): Words;
}

/** Periods a year, for the default budget; about 250 working days a year. */
const PERIODS_PER_YEAR: Readonly<Record<string, number>> = { day: 250, week: 52, month: 12, quarter: 4 };

/** The default routine budget: about four visits a unit a year, at least one a period. */
export function defaultVisits(units: number, period: string): number {
  return Math.max(1, Math.round((4 * units) / (PERIODS_PER_YEAR[period] ?? 52)));
}

/** A flag's ISO date (`--start 2027-01-04`), or `undefined` with a problem at the flag. */
function flagDate(value: string, flag: string, problems: FairdrawProblem[]): string | undefined {
  const read = dateOf(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && read.ok && read.value === value) return value;
  problems.push(problem(flag, (t) => t.sheet.flagNotDate(value)));
  return undefined;
}

/** Throws the problems, if any, as one `invalid-input` error naming the first. */
function throwProblems(problems: readonly FairdrawProblem[]): void {
  const first = problems[0];
  if (first !== undefined) throw new FairdrawError('invalid-input', first.path, first.message, problems);
}

/**
 * The plan file of a bureau's spreadsheets (`fairdraw init`, docs/init.md): its units, its inspectors
 * (optional) and its holidays (optional), with the defaults of a first plan: a routine budget of about
 * four visits a unit a year ({@link defaultVisits}) unless `visitsPerPeriod` is given, fairness
 * `"risk"`, and, when inspectors are given, teams of two (one when there is one inspector) who never
 * inspect their own unit (`homeUnit`). The seed is left out: the user chooses it (`fairdraw commit`).
 *
 * Headers are read in English or Chinese (`sheetColumns.ts`); an inspector's `homeUnit` may give a
 * unit's name instead of its id, when no other unit has that name; holidays and worked days outside
 * the horizon are left out and counted. Every problem is named by its file, row and column
 * (`units.xlsx, row 7, column 风险: "高" is not a number`), or by its flag (`--start`); after the
 * sheets' own checks the plan file is validated as `plan` validates it, and its errors are named the
 * same way.
 *
 * @throws {FairdrawError} `invalid-input` naming the first problem and listing all of them.
 */
export function planFromTables(tables: InitTables, settings: InitSettings): InitPlan {
  const problems: FairdrawProblem[] = [];
  const origin = new Map<string, Words>([
    ['horizon.start', '--start'],
    ['horizon.end', '--end'],
    ['horizon.zone', '--zone'],
    ['horizon.period', '--period'],
    ['horizon', '--start'],
    ['routine.visitsPerPeriod', '--visits'],
  ]);
  const start = flagDate(settings.start, '--start', problems);
  const end = flagDate(settings.end, '--end', problems);
  if (start !== undefined && end !== undefined && start > end) {
    problems.push(problem('--start', (t) => t.sheet.startAfterEnd(start, end)));
  }
  if (PERIODS_PER_YEAR[settings.period] === undefined) {
    problems.push(problem('--period', (t) => t.sheet.periodFlag(settings.period)));
  }
  const zone = zoneProblem(settings.zone);
  if (zone !== undefined) problems.push(problem('--zone', zone));

  const unitSheet = readSheet(tables.units, UNIT_SHEET, problems);
  const units = readUnits(unitSheet, problems, origin);
  if (unitSheet.headerRow > 0 && units.length === 0) {
    problems.push(problem(tables.units.file, (t) => t.sheet.noRows('units', unitSheet.headerRow)));
  }
  let inspectors: Inspector[] | undefined;
  let byName = 0;
  if (tables.inspectors !== undefined) {
    const sheet = readSheet(tables.inspectors, INSPECTOR_SHEET, problems);
    ({ inspectors, byName } = readInspectors(sheet, units, tables.units.file, problems, origin));
    if (sheet.headerRow > 0 && inspectors.length === 0) {
      problems.push(problem(sheet.file, (t) => t.sheet.noRows('inspectors', sheet.headerRow)));
    }
  }
  const days =
    tables.holidays &&
    readHolidays(readSheet(tables.holidays, HOLIDAY_SHEET, problems), start, end, problems);
  throwProblems(problems);

  if (days !== undefined) {
    const file = tables.holidays!.file;
    days.holidays.forEach((d, k) => {
      origin.set(`horizon.holidays[${k}]`, at(file, d.row));
    });
    days.workdays.forEach((d, k) => {
      origin.set(`horizon.extraWorkdays[${k}]`, at(file, d.row));
    });
  }
  const visitsPerPeriod = settings.visitsPerPeriod ?? defaultVisits(units.length, settings.period);
  const teamSize = inspectors === undefined ? undefined : Math.min(2, inspectors.length);
  const plan: PlanWithoutSeed = {
    horizon: {
      start: settings.start,
      end: settings.end,
      zone: settings.zone,
      period: settings.period as 'day' | 'week' | 'month' | 'quarter',
      ...(days === undefined
        ? {}
        : { holidays: days.holidays.map((d) => d.date), extraWorkdays: days.workdays.map((d) => d.date) }),
    },
    units: units.map((u) => u.unit),
    ...(inspectors === undefined ? {} : { inspectors }),
    routine: { visitsPerPeriod, fairness: 'risk' },
    ...(teamSize === undefined ? {} : { team: { size: teamSize, recusal: ['homeUnit'] } }),
  };
  const where = locator(origin);
  try {
    validate(planInputSchema, { seed: 'chosen later', ...plan });
  } catch (e) {
    if (!(e instanceof FairdrawError)) throw e;
    throwProblems(e.problems.map((p) => problem(where(p.path), wordsOf(p).message)));
  }
  return {
    plan,
    facts: {
      units: units.length,
      types: new Set(units.map((u) => u.unit.type)).size,
      inspectors: inspectors?.length ?? 0,
      holidays: days?.holidays.length ?? 0,
      extraWorkdays: days?.workdays.length ?? 0,
      outsideHorizon: days?.outside ?? 0,
      homeUnitsByName: byName,
      visitsPerPeriod,
      defaultVisits: settings.visitsPerPeriod === undefined,
      teamSize,
    },
    locate: (path) => english(where(path)),
    where,
  };
}
