/**
 * A child process of the `scale` group (bench/scale.ts): one case, one stage, in a fresh process, so
 * that its peak RSS is its own. Run by the group with `node --expose-gc <the tsx loader>`:
 *
 *   bench/scaleChild.ts time   <A|B> <quick|full> <dir> <rounds>
 *   bench/scaleChild.ts verify <A|B> <quick|full> <dir>
 *   bench/scaleChild.ts report <A|B> <quick|full> <dir>
 *
 * `time` builds the case's plan file, runs `plan()` once first (its peak RSS is read right after, with
 * nothing else run yet in the process), writes `input.json` and `schedule.json` to `<dir>` as the CLI
 * writes them, then times rounds of plan, limit, verify, limit (the first plan is round 1's), then
 * rounds of report, limit, with a full garbage collection before every slot. `verify` and `report`
 * read those files like the CLI commands do and run the call once, for its peak RSS. After every slot
 * the result so far is printed as one line of JSON on stdout (a {@link ChildResult}; the parent reads
 * the last line, so a process that runs out of memory still leaves what it measured before);
 * progress goes to stderr.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonText } from '../src/cli/io.js';
import { fairnessReport } from '../src/report/fairnessReport.js';
import { reportHtml } from '../src/report/reportHtml.js';
import { plan } from '../src/schedule/plan.js';
import { verify } from '../src/schedule/verify.js';
import { CASE_NAMES, type CaseName, periodCount, scaleCases, scaleInput, scaleLimit } from './scaleCases.js';
import { consume } from './timing.js';

/** What a timed slot ran. */
export type SlotKind = 'limit' | 'plan' | 'verify' | 'report';

/** The result of a child process, printed as one line of JSON. */
export interface ChildResult {
  stage: 'time' | 'verify' | 'report';
  case: CaseName;
  /** Timed slots in the order they ran, in milliseconds (stage `time`). */
  slots: { kind: SlotKind; ms: number }[];
  /** Bytes: the process's peak RSS after a step (`process.resourceUsage().maxRSS`), by step. */
  peak: Record<string, number>;
  /** Bytes: the process's RSS just before the measured call. */
  before?: number;
  /** Bytes of the schedule JSON as the CLI writes it, and of the HTML report. */
  scheduleBytes?: number;
  htmlBytes?: number;
  /** What the schedule holds, and what verify() said. */
  periods?: number;
  visits?: number;
  verified?: boolean;
  /** The message of a call that threw, by step. */
  errors: Record<string, string>;
}

const maxRss = () => process.resourceUsage().maxRSS * 1024;
const gc = (): void => {
  (globalThis as { gc?: () => void }).gc?.();
};
const log = (line: string) => process.stderr.write(`  [scale ${line}]\n`);
/** Prints the result so far as one line of JSON (the parent reads the last line). */
const emit = (result: ChildResult) => process.stdout.write(`${JSON.stringify(result)}\n`);
/** An error's name and message, and the first frame of its stack inside src/ (where it was thrown). */
function message(e: unknown): string {
  if (!(e instanceof Error)) return String(e).slice(0, 300);
  const frame = e.stack
    ?.split('\n')
    .find((l) => l.includes('/src/'))
    ?.replace(/^.*\/src\//, 'src/')
    .replace(/\)$/, '');
  return `${e.name}: ${e.message.slice(0, 300)}${frame ? ` (at ${frame})` : ''}`;
}

/** The HTML report of a schedule as `fairdraw report` makes it (the full report: asOf = the horizon's end). */
function reportOf(schedule: unknown, asOf: string): string {
  return reportHtml(fairnessReport(schedule, { asOf }));
}

function runTime(name: CaseName, quick: boolean, dir: string, rounds: number): ChildResult {
  const c = scaleCases(quick)[name];
  const out: ChildResult = { stage: 'time', case: name, slots: [], peak: {}, errors: {} };
  const input = scaleInput(c);
  const periods = periodCount(c);
  gc();
  out.peak.input = maxRss();
  out.before = process.memoryUsage().rss;
  const failed = new Set<SlotKind>();
  /** Runs one timed slot (after a full collection) unless its kind failed before; prints the result so far. */
  const slot = <T>(kind: SlotKind, fn: () => T): T | undefined => {
    if (failed.has(kind)) return undefined;
    gc();
    const t0 = performance.now();
    let value: T | undefined;
    try {
      value = fn();
    } catch (e) {
      failed.add(kind);
      out.errors[kind] = message(e);
    }
    const ms = performance.now() - t0;
    if (!failed.has(kind)) out.slots.push({ kind, ms });
    log(`${name} ${kind} ${(ms / 1000).toFixed(2)} s${failed.has(kind) ? ' (failed)' : ''}`);
    emit(out);
    return value;
  };
  const limit = () => consume(slot('limit', () => scaleLimit(input, periods, c.visitsPerPeriod)));
  const readSchedule = (): unknown => JSON.parse(readFileSync(join(dir, 'schedule.json'), 'utf8'));

  // The first plan, in a process that has run nothing else yet: its peak RSS is plan()'s.
  const schedule = slot('plan', () => plan(input));
  out.peak.plan = maxRss();
  if (schedule === undefined) return out;
  const text = jsonText(schedule);
  out.scheduleBytes = Buffer.byteLength(text);
  out.periods = schedule.periods.length;
  out.visits = schedule.visits.length;
  writeFileSync(join(dir, 'schedule.json'), text);
  writeFileSync(join(dir, 'input.json'), jsonText(input));
  emit(out);

  // Plan, limit, verify, limit; the schedule parsed anew (untimed) for each verify and dropped before
  // the next plan, so that no round holds more than the CLI's verify would.
  for (let r = 0; r < rounds; r++) {
    if (r > 0) consume(slot('plan', () => plan(input).visits.length));
    limit();
    const parsed = readSchedule();
    const verification = slot('verify', () => verify(input, parsed));
    if (r === 0 && verification) out.verified = verification.ok;
    limit();
  }
  // Then report, limit: last, because at the largest sizes it may exhaust the heap (the results so
  // far are printed already).
  const parsed = readSchedule();
  for (let r = 0; r < rounds; r++) {
    const html = slot('report', () => reportOf(parsed, c.end));
    if (r === 0 && html !== undefined) out.htmlBytes = Buffer.byteLength(html);
    if (html === undefined) break;
    consume(html.length);
    limit();
  }
  out.peak.all = maxRss();
  return out;
}

/** Stage `verify` or `report`: read the files as the CLI does, run the call once, read the peak. */
function runOnce(stage: 'verify' | 'report', name: CaseName, quick: boolean, dir: string): ChildResult {
  const c = scaleCases(quick)[name];
  const out: ChildResult = { stage, case: name, slots: [], peak: {}, errors: {} };
  const schedule: unknown = JSON.parse(readFileSync(join(dir, 'schedule.json'), 'utf8'));
  const input: unknown =
    stage === 'verify' ? JSON.parse(readFileSync(join(dir, 'input.json'), 'utf8')) : null;
  gc();
  out.peak.read = maxRss();
  out.before = process.memoryUsage().rss;
  const t0 = performance.now();
  try {
    if (stage === 'verify') out.verified = verify(input, schedule).ok;
    else out.htmlBytes = Buffer.byteLength(reportOf(schedule, c.end));
  } catch (e) {
    out.errors[stage] = message(e);
  }
  out.slots.push({ kind: stage, ms: performance.now() - t0 });
  out.peak[stage] = maxRss();
  log(`${name} ${stage} (memory) ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  return out;
}

const [stage, name, size, dir, rounds] = process.argv.slice(2);
const stages = ['time', 'verify', 'report'];
if (
  !stages.includes(stage ?? '') ||
  !CASE_NAMES.includes(name as CaseName) ||
  (size !== 'quick' && size !== 'full') ||
  !dir
) {
  process.stderr.write('usage: scaleChild.ts time|verify|report A|B quick|full <dir> [rounds]\n');
  process.exit(2);
}
const quick = size === 'quick';
const result =
  stage === 'time'
    ? runTime(name as CaseName, quick, dir, Math.max(1, Number(rounds) || 1))
    : runOnce(stage === 'verify' ? 'verify' : 'report', name as CaseName, quick, dir);
emit(result);
