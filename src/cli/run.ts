import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { commitSeed } from '../audit/commitSeed.js';
import { FairdrawError } from '../model/FairdrawError.js';
import { planInputSchema } from '../model/planInputSchema.js';
import { validate } from '../model/validate.js';
import { fairnessReport } from '../report/fairnessReport.js';
import { reportHtml } from '../report/reportHtml.js';
import { plan } from '../schedule/plan.js';
import type { Schedule } from '../schedule/Schedule.js';
import { substitute } from '../schedule/substitute.js';
import { VERSION } from '../version.js';
import { formatPlan } from './formatPlan.js';
import { formatReport } from './formatReport.js';
import { parseArgs } from './parseArgs.js';
import { reportCsv } from './reportCsv.js';
import { visitsCsv } from './visitsCsv.js';
import { writeFileAtomic } from './writeFileAtomic.js';

const USAGE = `fairdraw ${VERSION}: fair, random and auditable inspection schedules

usage:
  fairdraw plan <input.json> [--out schedule.json] [--csv visits.csv] [--quiet]
      draw the schedule of a plan file; prints a summary, writes the schedule as JSON
  fairdraw substitute <input.json> <schedule.json> --inspector <id> --dates <d1,d2,...> --reason <text>
                     [--at <iso date-time>] [--out schedule.json]
      replace an inspector who cannot make some dates; only those visits change, and the change is
      logged in the schedule (written back to <schedule.json> unless --out is given)
  fairdraw report <schedule.json> [--html report.html] [--csv dir/ | prefix] [--title text] [--quiet]
      the public fairness report: promised probabilities, expected and realised visits per unit and
      police type, inspector loads; --html writes a self-contained page (inline SVG, no network),
      --csv writes units.csv, types.csv and inspectors.csv into a directory (existing, or a path
      ending in /) or as <prefix>-units.csv, ...
  fairdraw commit <seed>
      print the SHA-256 commitment of a seed, to publish before the draw
  fairdraw --help | --version

exit codes: 0 success, 1 verification failed, 2 bad input (the message names the field)
`;

/** Exit status of a run, and what to print. */
interface Outcome {
  code: number;
  stdout?: string;
  stderr?: string;
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new FairdrawError(
      'invalid-input',
      path,
      `cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new FairdrawError('invalid-input', path, `not valid JSON (${(e as Error).message})`);
  }
}

function runPlan(argv: readonly string[]): Outcome {
  const { positional, options } = parseArgs(argv, ['out', 'csv', 'weeks'], ['quiet', 'help']);
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length !== 1)
    return { code: 2, stderr: `fairdraw plan: expected one input file\n\n${USAGE}` };
  const raw = readJson(positional[0]!);
  const schedule = plan(raw as never);
  const input = validate(planInputSchema, raw);
  if (typeof options.out === 'string') writeFileAtomic(options.out, `${JSON.stringify(schedule, null, 2)}\n`);
  if (typeof options.csv === 'string') {
    const names = new Map(input.units.map((u) => [u.id, u.name ?? '']));
    writeFileAtomic(options.csv, visitsCsv(schedule, names));
  }
  if (options.quiet) return { code: 0 };
  const weeks = typeof options.weeks === 'string' ? Number(options.weeks) : 2;
  let text = formatPlan(input, schedule, { weeks: Number.isFinite(weeks) ? weeks : 2 });
  if (options.out === undefined) text += '\n(use --out schedule.json to write the full schedule)\n';
  return { code: 0, stdout: text };
}

/** Writes an output file atomically; a path that cannot be written is bad input (exit 2) naming it. */
function writeOut(path: string, text: string): void {
  try {
    writeFileAtomic(path, text);
  } catch (e) {
    throw new FairdrawError(
      'invalid-input',
      path,
      `cannot write file (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    );
  }
}

/** The three CSV paths of `--csv`: inside a directory (existing, or ending in a slash) or after a prefix. */
function csvPaths(target: string): Record<'units' | 'types' | 'inspectors', string> {
  let directory = target.endsWith('/') || target.endsWith(sep);
  try {
    directory ||= statSync(target).isDirectory();
  } catch {
    // not there yet: a prefix, unless it ends in a slash
  }
  const name = (table: string) => {
    if (directory) return join(target, `${table}.csv`);
    return /[-_.]$/.test(basename(target)) ? `${target}${table}.csv` : `${target}-${table}.csv`;
  };
  if (directory) {
    try {
      mkdirSync(target, { recursive: true });
    } catch (e) {
      throw new FairdrawError(
        'invalid-input',
        target,
        `cannot create directory (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
      );
    }
  }
  return { units: name('units'), types: name('types'), inspectors: name('inspectors') };
}

function runReport(argv: readonly string[]): Outcome {
  const { positional, options } = parseArgs(argv, ['html', 'csv', 'title'], ['quiet', 'help']);
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length !== 1)
    return { code: 2, stderr: `fairdraw report: expected one schedule file\n\n${USAGE}` };
  const report = fairnessReport(readJson(positional[0]!) as Schedule);
  const written: string[] = [];
  if (typeof options.html === 'string') {
    const title = typeof options.title === 'string' ? { title: options.title } : {};
    writeOut(options.html, reportHtml(report, title));
    written.push(options.html);
  }
  if (typeof options.csv === 'string') {
    const tables = reportCsv(report);
    const paths = csvPaths(options.csv);
    for (const table of ['units', 'types', 'inspectors'] as const) {
      writeOut(paths[table], tables[table]);
      written.push(paths[table]);
    }
  }
  if (options.quiet) return { code: 0 };
  const files = written.length > 0 ? `\nwrote ${written.join(', ')}\n` : '';
  return { code: 0, stdout: `${formatReport(report)}${files}` };
}

function runSubstitute(argv: readonly string[]): Outcome {
  const { positional, options } = parseArgs(argv, ['inspector', 'dates', 'reason', 'at', 'out'], ['help']);
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length !== 2) {
    return { code: 2, stderr: `fairdraw substitute: expected <input.json> <schedule.json>\n\n${USAGE}` };
  }
  const [inputPath, schedulePath] = positional as [string, string];
  const text = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
  const change = {
    inspector: text('inspector') ?? '',
    dates: (text('dates') ?? '').split(',').filter((d) => d !== ''),
    reason: text('reason') ?? '',
    ...(text('at') ? { at: text('at') } : {}),
  };
  const schedule = readJson(schedulePath) as Schedule;
  const next = substitute(readJson(inputPath) as never, schedule, change);
  writeFileAtomic(text('out') ?? schedulePath, `${JSON.stringify(next, null, 2)}\n`);
  const entry = next.log.at(-1) as unknown as {
    visits: { visit: string; date: string; from: string[]; to: string[] }[];
  };
  const lines = entry.visits.map((r) => `  ${r.visit}  ${r.date}  ${r.from.join(' ')} -> ${r.to.join(' ')}`);
  return {
    code: 0,
    stdout: `substituted ${change.inspector} on ${entry.visits.length} visit(s):\n${lines.join('\n')}${lines.length ? '\n' : ''}`,
  };
}

/** Runs the CLI on `argv` (without `node` and the script) and returns the exit status and output. */
export function run(argv: readonly string[]): Outcome {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'plan':
        return runPlan(rest);
      case 'substitute':
        return runSubstitute(rest);
      case 'report':
        return runReport(rest);
      case 'commit': {
        const { positional } = parseArgs(rest, [], []);
        if (positional.length !== 1 || positional[0] === '')
          return { code: 2, stderr: `fairdraw commit: expected one seed\n\n${USAGE}` };
        return { code: 0, stdout: `${commitSeed(positional[0]!)}\n` };
      }
      case '--version':
        return { code: 0, stdout: `${VERSION}\n` };
      case undefined:
      case '--help':
      case 'help':
        return { code: command === undefined ? 2 : 0, stdout: USAGE };
      default:
        return { code: 2, stderr: `fairdraw: unknown command ${JSON.stringify(command)}\n\n${USAGE}` };
    }
  } catch (e) {
    if (e instanceof FairdrawError) {
      const lines =
        e.problems.length > 1 ? e.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n') : '';
      return { code: 2, stderr: `fairdraw: ${e.message}\n${lines ? `${lines}\n` : ''}` };
    }
    if (e instanceof Error && /^(unknown option|option --)/.test(e.message)) {
      return { code: 2, stderr: `fairdraw: ${e.message}\n\n${USAGE}` };
    }
    throw e;
  }
}
