import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { checkSecretEntropy } from '../audit/checkSecretEntropy.js';
import { commitSeed } from '../audit/commitSeed.js';
import { generateSecret } from '../audit/generateSecret.js';
import { hashInput } from '../audit/hashInput.js';
import { FairdrawError } from '../model/FairdrawError.js';
import { planInputSchema } from '../model/planInputSchema.js';
import { validate } from '../model/validate.js';
import { fairnessReport } from '../report/fairnessReport.js';
import { reportHtml } from '../report/reportHtml.js';
import type { PeriodReveal, SummaryReveal } from '../schedule/PeriodReveal.js';
import { plan } from '../schedule/plan.js';
import { replan } from '../schedule/replan.js';
import { revealPeriod } from '../schedule/revealPeriod.js';
import { revealSummary } from '../schedule/revealSummary.js';
import type { Schedule } from '../schedule/Schedule.js';
import { substitute } from '../schedule/substitute.js';
import type { Verification } from '../schedule/Verification.js';
import { verify } from '../schedule/verify.js';
import { verifyPeriod } from '../schedule/verifyPeriod.js';
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
  fairdraw replan <input.json> <schedule.json> <changes.json> --from <date> --reason <text> [--out schedule.json]
      redraw the schedule from the period starting on <date> after units opened, closed or changed
      risk; <changes.json> is {"add": [units], "close": [ids], "risk": {"id": weight}}. Visits before
      <date> stay as they are; the change is logged (written back to <schedule.json> unless --out)
  fairdraw verify <input.json> <schedule.json>
      re-derive the schedule from the input (seed revealed), replay its log, and list every difference
  fairdraw reveal <input.json> <schedule.json> <period|summary> [--out reveal.json]
      reveal one ended period's visits (or, at the end, the summary) with the proof linking them to
      the published schedule hash
  fairdraw verify-period <reveal.json> <scheduleHash>
      check a reveal against the schedule hash published at the start, without the other periods
  fairdraw hash <input.json>
      print the input hash of a plan file, to publish with the seed commitment (the seed is not part
      of it and may be left out of the file)
  fairdraw commit
      generate a secret for the commit-reveal seed and print it with its commitment
  fairdraw commit <secret>
      print the commitment of a secret (refused unless it carries at least 128 bits of entropy)
  fairdraw commit --plain <seed>
      print the commitment of a plain seed (it hides nothing if the seed can be guessed)
  fairdraw report <schedule.json> [--html report.html] [--csv dir/ | prefix] [--title text] [--quiet]
      the public fairness report: promised probabilities, expected and realised visits per unit and
      police type, inspector loads; --html writes a self-contained page (inline SVG, no network),
      --csv writes units.csv, types.csv and inspectors.csv into a directory (existing, or a path
      ending in /) or as <prefix>-units.csv, ...
  fairdraw --help | --version

exit codes: 0 success, 1 verification failed (a real difference), 2 bad input (the message names the
field) or a version this library does not support (it cannot say either way)
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

function runReplan(argv: readonly string[]): Outcome {
  const { positional, options } = parseArgs(argv, ['from', 'reason', 'out'], ['help']);
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length !== 3) {
    return {
      code: 2,
      stderr: `fairdraw replan: expected <input.json> <schedule.json> <changes.json>\n\n${USAGE}`,
    };
  }
  const [inputPath, schedulePath, changesPath] = positional as [string, string, string];
  const text = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
  const schedule = readJson(schedulePath) as Schedule;
  const next = replan(readJson(inputPath) as never, schedule, {
    from: text('from') as string,
    reason: text('reason') as string,
    changes: readJson(changesPath) as never,
  });
  writeFileAtomic(text('out') ?? schedulePath, `${JSON.stringify(next, null, 2)}\n`);
  const entry = next.log.at(-1) as unknown as { visits: { kept: number; replaced: number; drawn: number } };
  const notes = (next.notes ?? []).filter((n) => n.from === text('from') && n.kind === 'cap');
  return {
    code: 0,
    stdout:
      `replanned from ${text('from')}: kept ${entry.visits.kept} visits, replaced ${entry.visits.replaced} with ${entry.visits.drawn}\n` +
      notes.map((n) => `  note: ${n.message}\n`).join(''),
  };
}

/** Prints a verification: `verified`, or each difference with its path, expected and found values. */
function formatVerification(what: string, v: Verification): Outcome {
  if (v.ok) return { code: 0, stdout: `verified: ${what}\n` };
  const show = (x: unknown) => (x === undefined ? '(nothing)' : JSON.stringify(x));
  const lines = v.differences.map(
    (d) =>
      `  ${d.path}: expected ${show(d.expected)}, found ${show(d.found)}${d.message ? `\n    ${d.message}` : ''}`,
  );
  const more = v.truncated ? `  ... and ${v.truncated} more\n` : '';
  if (v.status === 'unsupported') {
    return {
      code: 2,
      stderr: `UNSUPPORTED: ${what} names a version this library does not implement; it was NOT checked\n${lines.join('\n')}\n`,
    };
  }
  const count = v.differences.length + (v.truncated ?? 0);
  return {
    code: 1,
    stdout: `NOT VERIFIED: ${what}: ${count} difference(s)\n${lines.join('\n')}\n${more}`,
  };
}

function runVerify(argv: readonly string[]): Outcome {
  const { positional, options } = parseArgs(argv, [], ['help']);
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length !== 2)
    return { code: 2, stderr: `fairdraw verify: expected <input.json> <schedule.json>\n\n${USAGE}` };
  const [inputPath, schedulePath] = positional as [string, string];
  const result = verify(readJson(inputPath) as never, readJson(schedulePath) as Schedule);
  return formatVerification(`${schedulePath} against ${inputPath}`, result);
}

function runReveal(argv: readonly string[]): Outcome {
  const { positional, options } = parseArgs(argv, ['out'], ['help']);
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length !== 3) {
    return {
      code: 2,
      stderr: `fairdraw reveal: expected <input.json> <schedule.json> <period|summary>\n\n${USAGE}`,
    };
  }
  const [inputPath, schedulePath, which] = positional as [string, string, string];
  if (which !== 'summary' && !/^(0|[1-9][0-9]*)$/.test(which)) {
    throw new FairdrawError(
      'invalid-input',
      'period',
      `must be a period index or "summary", got ${JSON.stringify(which)}`,
    );
  }
  const input = readJson(inputPath) as never;
  const schedule = readJson(schedulePath) as Schedule;
  const reveal: PeriodReveal | SummaryReveal =
    which === 'summary' ? revealSummary(input, schedule) : revealPeriod(input, schedule, Number(which));
  const text = `${JSON.stringify(reveal, null, 2)}\n`;
  if (typeof options.out === 'string') {
    writeFileAtomic(options.out, text);
    return {
      code: 0,
      stdout: `wrote the reveal of ${which === 'summary' ? 'the summary' : `period ${which}`} to ${options.out}\n`,
    };
  }
  return { code: 0, stdout: text };
}

function runVerifyPeriod(argv: readonly string[]): Outcome {
  const { positional, options } = parseArgs(argv, [], ['help']);
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length !== 2)
    return { code: 2, stderr: `fairdraw verify-period: expected <reveal.json> <scheduleHash>\n\n${USAGE}` };
  const [revealPath, scheduleHash] = positional as [string, string];
  const reveal = readJson(revealPath) as PeriodReveal | SummaryReveal;
  const which =
    reveal && (reveal as { period?: unknown }).period === 'summary'
      ? 'the summary'
      : `period ${String((reveal as { period?: unknown })?.period)}`;
  return formatVerification(
    `${which} of ${revealPath} under schedule hash ${scheduleHash}`,
    verifyPeriod(reveal, scheduleHash),
  );
}

function runHash(argv: readonly string[]): Outcome {
  const { positional, options } = parseArgs(argv, [], ['help']);
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length !== 1) return { code: 2, stderr: `fairdraw hash: expected <input.json>\n\n${USAGE}` };
  const raw = readJson(positional[0]!);
  // The seed is not hashed; a file written before the seed exists gets a placeholder to pass validation.
  const withSeed =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) && !('seed' in raw)
      ? { ...raw, seed: 'not-hashed' }
      : raw;
  return { code: 0, stdout: `${hashInput(validate(planInputSchema, withSeed))}\n` };
}

function runCommit(argv: readonly string[]): Outcome {
  const { positional, options } = parseArgs(argv, [], ['plain', 'help']);
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length === 0 && !options.plain) {
    const secret = generateSecret();
    const commitment = commitSeed(secret);
    return {
      code: 0,
      stdout:
        `secret      ${secret}\n` +
        `commitment  ${commitment}\n\n` +
        'KEEP THE SECRET PRIVATE until the schedule is audited (store it safely: it cannot be recovered).\n' +
        'PUBLISH THE COMMITMENT now, with the input hash of the plan file (fairdraw hash <input.json>), and say\n' +
        'where the public value will come from (dice at a public meeting, or a future beacon round).\n' +
        "Once that value exists, set the plan file's seed to\n" +
        `  { "secret": "${secret}", "public": "<the public value, exactly as announced>", "commitment": "${commitment}" }\n` +
        'and run fairdraw plan. See docs/audit.md.\n',
    };
  }
  if (positional.length !== 1 || positional[0] === '') {
    return {
      code: 2,
      stderr: `fairdraw commit: expected no argument, one secret, or --plain <seed>\n\n${USAGE}`,
    };
  }
  const value = positional[0]!;
  if (options.plain) return { code: 0, stdout: `${commitSeed(value)}\n` };
  try {
    checkSecretEntropy(value, 'secret');
  } catch (error) {
    if (!(error instanceof FairdrawError)) throw error;
    return {
      code: 2,
      stderr:
        `fairdraw: ${error.message}\n` +
        '(to commit to a plain seed anyway, which hides nothing from anyone who can guess it, use fairdraw commit --plain <seed>)\n',
    };
  }
  return { code: 0, stdout: `${commitSeed(value, 'secret')}\n` };
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
      case 'replan':
        return runReplan(rest);
      case 'verify':
        return runVerify(rest);
      case 'reveal':
        return runReveal(rest);
      case 'verify-period':
        return runVerifyPeriod(rest);
      case 'hash':
        return runHash(rest);
      case 'commit':
        return runCommit(rest);
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
