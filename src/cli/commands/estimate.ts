import { ESTIMATE_BY, type Estimates } from '../../outcomes/EstimateTypes.js';
import { estimate } from '../../outcomes/estimate.js';
import { showControls } from '../../report/visibleText.js';
import { text } from '../../text/catalogue.js';
import type { Lang } from '../../text/lang.js';
import { asOfOption } from '../asOf.js';
import type { CliContext } from '../context.js';
import { csv, withBom } from '../csv.js';
import { alignRows } from '../format.js';
import { csvTablePaths, type OutputFile, readJson, writeAll } from '../io.js';
import type { TableRow } from '../tables.js';
import { OptionError, type Outcome, parseArgs, stringOption, usage, usageError } from '../usage.js';

/** Up to 9 decimals, as the report's CSV files write numbers; an empty cell for `null`. */
const num = (x: number | null) => (x === null ? '' : Number(x.toFixed(9)));

/** The CSV tables of `fairdraw estimate --csv`: the groups and the units, header row first. */
function tables(e: Estimates): { groups: TableRow[]; units: TableRow[] } {
  return {
    groups: [
      [
        'key',
        'visits',
        'with_problems',
        'not_done',
        'unrecorded',
        'estimate',
        'standard_error',
        'ci_lo',
        'ci_hi',
      ],
      ...e.groups.map((g) => [
        g.key,
        g.visits,
        g.withProblems,
        g.notDone,
        g.unrecorded,
        num(g.estimate),
        num(g.standardError),
        num(g.ci?.[0] ?? null),
        num(g.ci?.[1] ?? null),
      ]),
    ],
    units: [
      [
        'id',
        'name',
        'type',
        'visits',
        'with_problems',
        'problems',
        'rate',
        'ci_lo',
        'ci_hi',
        'type_estimate',
        'above',
      ],
      ...e.units.map((u) => [
        u.id,
        u.name ?? '',
        u.type,
        u.visits,
        u.withProblems,
        u.problems,
        num(u.rate),
        num(u.ci[0]),
        num(u.ci[1]),
        num(u.typeEstimate),
        u.above ? 'yes' : 'no',
      ]),
    ],
  };
}

/** Columns aligned in terminal columns (each cell's text shown safely first). */
const aligned = (rows: readonly (readonly string[])[]) =>
  alignRows(rows.map((r) => r.map((c) => showControls(c))));

/** What `fairdraw estimate` prints: the estimand, the method, the groups, what was not counted, the flagged units. */
function formatEstimates(e: Estimates, lastDay: string, lang: Lang): string {
  const t = text(lang).estimate;
  const c = t.groupColumns;
  const keyName = (key: string) =>
    e.by === 'all' ? t.allUnits : e.by === 'region' && key === '' ? t.noRegion : key;
  const rows = aligned([
    [c[e.by], c.visits, c.withProblems, c.notDone, c.estimate, c.standardError, c.ci(e.level)],
    ...e.groups.map((g) => [
      keyName(g.key),
      String(g.visits),
      String(g.withProblems),
      String(g.notDone + g.unrecorded),
      t.percent(g.estimate),
      t.percent(g.standardError),
      t.interval(g.ci),
    ]),
  ]);
  const flagged = e.units.filter((u) => u.above);
  const named = text(lang).common.named;
  return [
    t.heading(e.periods, lastDay),
    '',
    e.estimand,
    e.method,
    '',
    ...rows,
    '',
    ...e.uncounted.map((u) => t.uncounted(t.kindName[u.kind] ?? u.kind, u.visits, u.withProblems)),
    ...(e.uncounted.length > 0 ? [''] : []),
    t.flagged(flagged.length),
    ...flagged.map(
      (u) =>
        `  ${showControls(named(u.id, u.name))}, ${showControls(u.type)}: ${u.withProblems}/${u.visits} (${t.percent(u.rate)}), ${t.interval(u.ci)} > ${t.percent(u.typeEstimate)}`,
    ),
    t.notRanked,
    '',
  ].join('\n');
}

/**
 * Runs `fairdraw estimate <plan> <schedule> <outcomes> --by B --as-of D [--level L] [--csv dir/]`: the
 * design-based estimates of the share of unit-periods with a problem (docs/estimation.md), printed
 * in the language of `--lang`, and with `--csv` the groups and units tables as `groups.csv` and
 * `units.csv`.
 */
export function runEstimate(argv: readonly string[], context: CliContext): Outcome {
  const { positional, options } = parseArgs(argv, ['by', 'as-of', 'level', 'csv'], ['bom', 'quiet', 'help']);
  if (options.help) return { code: 0, stdout: usage(context.lang) };
  if (positional.length !== 3)
    return usageError('estimate', '<plan.json> <schedule.json> <outcomes.json>', context.lang);
  const [planPath, schedulePath, outcomesPath] = positional as [string, string, string];
  const by = stringOption(options, 'by') ?? 'all';
  if (!(ESTIMATE_BY as readonly string[]).includes(by))
    throw new OptionError((cli) => cli.options.by(ESTIMATE_BY, JSON.stringify(by)));
  const levelText = stringOption(options, 'level');
  const level = levelText === undefined ? 0.95 : Number(levelText);
  if (!(level > 0 && level < 1)) throw new OptionError((cli) => cli.options.level(JSON.stringify(levelText)));
  const input = readJson(planPath);
  const schedule = readJson(schedulePath);
  const zone = (input as { horizon?: { zone?: unknown } } | null)?.horizon?.zone;
  const asOf = asOfOption(options, zone);
  const e = estimate(input, schedule, readJson(outcomesPath), {
    by: by as (typeof ESTIMATE_BY)[number],
    level,
    asOf,
    lang: context.lang,
  });
  const files: OutputFile[] = [];
  const target = stringOption(options, 'csv');
  if (target !== undefined) {
    const { paths, directory } = csvTablePaths(target, ['groups', 'units'] as const);
    const t = tables(e);
    for (const table of ['groups', 'units'] as const)
      files.push({
        path: paths[table],
        text: withBom(csv(t[table]), options.bom === true),
        createDirectory: directory,
      });
  }
  writeAll(files);
  if (options.quiet) return { code: 0 };
  const periods = (schedule as { periods?: { end?: string }[] }).periods ?? [];
  const lastDay = e.periods > 0 ? (periods[e.periods - 1]?.end ?? asOf) : asOf;
  const written = files.length > 0 ? `${text(context.lang).cli.wrote(files.map((f) => f.path))}\n` : '';
  return { code: 0, stdout: formatEstimates(e, lastDay, context.lang) + written };
}
