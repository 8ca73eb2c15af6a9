/**
 * Group `scale` (issue 16): `plan()`, `verify()` and the fairness report at national scale, each
 * beside the limit of bench/scaleCases.ts timed in the same process, and the peak RSS of each.
 *
 * - Case A: 1e6 units, one quarter (`period: "quarter"`), 10,000 visits, no inspectors.
 * - Case B: 1e5 units, 52 weeks, 1,000 visits a week, 1,000 inspectors (`maxPerPeriod` 5).
 *
 * Every case runs in child processes (bench/scaleChild.ts), so that one case's heap does not inflate
 * another's peak: one process times rounds of plan, limit, verify, limit, then rounds of report, limit
 * (the calls take seconds, so the pairing is per call, not per 100 ms slot as in bench/paired.ts) and
 * reads the peak RSS of its first `plan()`; then one process for `verify` and one for the report read the files it
 * wrote, as the CLI commands do, and read their own peaks. Each call's ratio is to the mean of the
 * limit runs just before and after it; the table shows the median ratio and the range over the rounds.
 *
 * Options (after the group name): `--rounds=N` (default 3, 1 under `--quick`), `--cases=A` or
 * `--cases=B` (default both). `--quick` runs both cases at a tenth of their sizes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchContext } from './context.js';
import { CASE_NAMES, type CaseName, type ScaleCase, scaleCases } from './scaleCases.js';
import type { ChildResult, SlotKind } from './scaleChild.js';
import { formatMs, formatRatio, median, printTable } from './timing.js';

const CHILD = fileURLToPath(new URL('./scaleChild.ts', import.meta.url));
/** The memory target, 1 GB (10^9 bytes). */
const GB = 1e9;

/** The value of `--name=value` on the command line, if given. */
function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

/** Runs one child process with the loader of this one, and reads its one line of JSON. */
function child(args: string[], stage: ChildResult['stage'], name: CaseName): ChildResult {
  const run = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', CHILD, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const line = run.stdout
    ?.trim()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .pop();
  const result: ChildResult = line
    ? (JSON.parse(line) as ChildResult)
    : { stage, case: name, slots: [], peak: {}, errors: {} };
  if (run.status !== 0) {
    const why = run.signal ? `killed by ${run.signal}` : `exit status ${run.status}`;
    const after = stage === 'time' ? ` after ${result.slots.length} timed calls` : '';
    result.errors.process = `the child process failed (${why})${after}`;
  }
  return result;
}

/** `12.3 MB` or `1.23 GB` (powers of ten, as the targets). */
function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return '—';
  return bytes < GB ? `${(bytes / 1e6).toPrecision(3)} MB` : `${(bytes / GB).toPrecision(3)} GB`;
}

/** Per call kind: the times and their ratios to the mean of the limit runs just before and after. */
function pairedRatios(slots: ChildResult['slots']): Map<SlotKind, { ms: number[]; ratios: number[] }> {
  const out = new Map<SlotKind, { ms: number[]; ratios: number[] }>();
  slots.forEach((s, k) => {
    const around = [slots[k - 1], slots[k + 1]].filter((x) => x?.kind === 'limit').map((x) => x!.ms);
    const entry = out.get(s.kind) ?? { ms: [], ratios: [] };
    entry.ms.push(s.ms);
    if (s.kind !== 'limit' && around.length > 0)
      entry.ratios.push(s.ms / (around.reduce((a, b) => a + b, 0) / around.length));
    out.set(s.kind, entry);
  });
  return out;
}

/** `5.21x (4.90x-5.60x)`: the median ratio and the range over the rounds. */
function ratioCell(ratios: readonly number[]): string {
  if (ratios.length === 0) return '—';
  const range =
    ratios.length > 1 ? ` (${formatRatio(Math.min(...ratios))}-${formatRatio(Math.max(...ratios))})` : '';
  return `${formatRatio(median(ratios))}${range}`;
}

interface CaseRun {
  c: ScaleCase;
  time: ChildResult;
  verify?: ChildResult;
  report?: ChildResult;
  load: [number, number];
  seconds: number;
}

function runCase(c: ScaleCase, quick: boolean, rounds: number, dir: string): CaseRun {
  const started = performance.now();
  const load0 = loadavg()[0]!;
  const caseDir = join(dir, c.name);
  mkdirSync(caseDir);
  const args = (stage: string) => [stage, c.name, quick ? 'quick' : 'full', caseDir];
  const time = child([...args('time'), String(rounds)], 'time', c.name);
  const run: CaseRun = { c, time, load: [load0, 0], seconds: 0 };
  if (time.scheduleBytes !== undefined) {
    run.verify = child(args('verify'), 'verify', c.name);
    run.report = child(args('report'), 'report', c.name);
  }
  rmSync(caseDir, { recursive: true, force: true });
  run.load[1] = loadavg()[0]!;
  run.seconds = (performance.now() - started) / 1000;
  return run;
}

const met = (ok: boolean, quick: boolean) => (quick ? '(quick size)' : ok ? 'yes' : 'NO');

function timeRows(run: CaseRun, quick: boolean): string[][] {
  const { c, time } = run;
  const paired = pairedRatios(time.slots);
  const cell = (kind: SlotKind) => {
    const e = paired.get(kind);
    if (time.errors[kind]) return [`failed: ${time.errors[kind]}`, '—'];
    if (e) return [formatMs(median(e.ms)), kind === 'limit' ? '1.00x' : ratioCell(e.ratios)];
    return [time.errors.process ? `not reached: ${time.errors.process}` : '—', '—'];
  };
  const plans = time.slots.filter((s) => s.kind === 'plan').map((s) => s.ms);
  const verifies = time.slots.filter((s) => s.kind === 'verify').map((s) => s.ms);
  const perRound = verifies.slice(0, plans.length).map((v, r) => v / plans[r]!);
  const planRatio = paired.get('plan')?.ratios ?? [];
  const rows = [
    [c.name, 'limit', ...cell('limit'), '', ''],
    [
      c.name,
      'plan()',
      ...cell('plan'),
      `<= ${c.target}x limit`,
      planRatio.length ? met(median(planRatio) <= c.target, quick) : '—',
    ],
    [
      c.name,
      'verify() on the parsed schedule JSON',
      ...cell('verify'),
      `<= 1.5x plan(): ${perRound.length ? ratioCell(perRound) : '—'}`,
      perRound.length ? met(median(perRound) <= 1.5, quick) : '—',
    ],
    [c.name, 'fairnessReport + reportHtml', ...cell('report'), '', ''],
  ];
  return rows;
}

function memoryRows(run: CaseRun, quick: boolean): string[][] {
  const { c, time } = run;
  const peakRow = (what: string, r: ChildResult | undefined, step: string): string[] => {
    const peak = r?.peak[step];
    const error = r?.errors[step] ?? (peak === undefined ? r?.errors.process : undefined);
    const measured = error ? `${formatBytes(peak)} (failed: ${error})` : formatBytes(peak);
    return [c.name, what, measured, '<= 1 GB', peak === undefined ? '—' : met(peak <= GB, quick)];
  };
  const html = run.report?.htmlBytes ?? time.htmlBytes;
  return [
    [c.name, 'RSS with the input built, before plan()', formatBytes(time.before), '', ''],
    peakRow('peak RSS: plan() (input + plan)', time, 'plan'),
    peakRow('peak RSS: verify() (reads input.json, schedule.json)', run.verify, 'verify'),
    peakRow('peak RSS: report (reads schedule.json)', run.report, 'report'),
    [c.name, `peak RSS of the timing process (all rounds)`, formatBytes(time.peak.all), '', ''],
    [
      c.name,
      'schedule JSON, as `plan --out` writes it',
      formatBytes(time.scheduleBytes),
      c.name === 'B' ? '<= 50 MB (item 2)' : '',
      c.name === 'B' && time.scheduleBytes !== undefined ? met(time.scheduleBytes <= 50e6, quick) : '',
    ],
    [
      c.name,
      'HTML report',
      formatBytes(html),
      '<= 10 MB (item 2)',
      html === undefined ? '—' : met(html <= 10e6, quick),
    ],
  ];
}

export async function runScale(ctx: BenchContext): Promise<void> {
  const rounds = Math.max(1, Number(option('rounds')) || (ctx.quick ? 1 : 3));
  const names = (option('cases')?.split(',') ?? [...CASE_NAMES]).filter((n): n is CaseName =>
    (CASE_NAMES as readonly string[]).includes(n),
  );
  const cases = scaleCases(ctx.quick);
  const dir = mkdtempSync(join(tmpdir(), 'fairdraw-bench-scale-'));
  const runs: CaseRun[] = [];
  try {
    for (const name of names) runs.push(runCase(cases[name], ctx.quick, rounds, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  console.log(
    `\n### Scale (issue 16)${ctx.quick ? ', --quick: a tenth of the sizes' : ''}\n\n` +
      'Limit: JSON.stringify of the input, its SHA-256 (node:crypto), JSON.parse of the text, ' +
      'inclusionProbabilities, one systematic drawSample per period; timed in the same process, ' +
      `alternating with the calls, ${rounds} round${rounds === 1 ? '' : 's'}.\n`,
  );
  for (const run of runs) {
    const t = run.time;
    console.log(
      `- ${run.c.label}: ${t.periods ?? '?'} periods, ${t.visits?.toLocaleString('en-US') ?? '?'} visits, ` +
        `verify ${t.verified === undefined ? '—' : t.verified ? 'ok' : 'NOT ok'}; ` +
        `${run.seconds.toFixed(0)} s, load average (1 min) ${run.load[0].toFixed(1)} at the start, ${run.load[1].toFixed(1)} at the end`,
    );
  }
  printTable(
    'Scale: time beside the limit (median; ratio: median over the rounds, range in brackets)',
    ['case', 'what', 'time', 'vs limit', 'target', 'met?'],
    runs.flatMap((r) => timeRows(r, ctx.quick)),
  );
  printTable(
    'Scale: memory (peak RSS of a fresh process per step) and sizes',
    ['case', 'what', 'measured', 'target', 'met?'],
    runs.flatMap((r) => memoryRows(r, ctx.quick)),
  );
  for (const run of runs) {
    for (const r of [run.time, run.verify, run.report])
      for (const [step, e] of Object.entries(r?.errors ?? {}))
        ctx.notes.push(`scale ${run.c.name}, ${step} in the ${r!.stage} process: ${e}`);
    if (run.verify?.verified === false || run.time.verified === false)
      ctx.notes.push(`scale ${run.c.name}: verify() did NOT say ok`);
  }
}
