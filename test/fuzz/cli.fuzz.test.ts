import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { plan } from '../../src/schedule/plan.js';
import { revealPeriod } from '../../src/schedule/revealPeriod.js';
import { substitute } from '../../src/schedule/substitute.js';
import { smallPlan } from '../cli/smallPlan.js';
import { FUZZ_TIMEOUT, fuzz, pathFamily, Tally } from './fuzz.js';
import { hostileString, mutate, mutation } from './mutate.js';

// Trust, "prove it": the command line. run(argv) with commands and flags drawn from the real ones,
// values good and bad, unknown flags and outputs into a temporary directory. It always exits 0, 1 or
// 2 without throwing, says why on stderr when it exits 2, writes only inside the temporary directory
// and only the files the command line names, and a command that fails changes no file.

const input = smallPlan('cli-fuzz');
const planned = plan(input);
const visit = planned.visits.find((v) => v.period === 1 && v.inspectors.length > 0)!;
const substituted = substitute(input, planned, {
  inspector: visit.inspectors[0]!,
  dates: [visit.date],
  reason: 'ill',
  at: `${visit.date}T08:00:00+08:00`,
});

/** The files every case starts from, by name (relative to the temporary directory). */
const FIXTURES: Record<string, string> = {
  'plan.json': JSON.stringify(input),
  'schedule.json': JSON.stringify(planned),
  'logged.json': JSON.stringify(substituted),
  'changes.json': JSON.stringify({ close: ['ps-b'] }),
  'changes-bad.json': JSON.stringify({ close: ['nope'], risk: { 'ps-a': -1 } }),
  'reveal.json': JSON.stringify(revealPeriod(input, planned, 0, { asOf: input.horizon.end })),
  'tampered.json': JSON.stringify({
    ...planned,
    visits: planned.visits.map((v, i) => (i === 2 ? { ...v, date: visit.date } : v)),
  }),
  'broken.json': '{"seed": ',
  'empty.json': '',
  'dir/inside.json': '{}',
};

let root = '';
const origin = process.cwd();

/** Everything under `dir`: file paths with their content, and directory paths (`/` at the end). */
function snapshot(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      out.set(`${path}/`, '');
      snapshot(path, out);
    } else out.set(path, readFileSync(path, 'latin1'));
  }
  return out;
}

/** Rewrites the fixtures (a command may have replaced one) under a fresh tree; the cwd is `root/a/b`. */
function reset(mutated: string): Map<string, string> {
  const empty = (dir: string, keep: string, inner: () => void) => {
    for (const name of readdirSync(dir))
      if (name !== keep) rmSync(join(dir, name), { recursive: true, force: true });
    inner();
  };
  mkdirSync(join(root, 'a', 'b'), { recursive: true });
  // Everything goes but the cwd itself (root/a/b), which is emptied.
  empty(root, 'a', () => empty(join(root, 'a'), 'b', () => empty(join(root, 'a', 'b'), '', () => {})));
  mkdirSync(join(root, 'dir'));
  for (const [name, text] of Object.entries({ ...FIXTURES, 'mutated.json': mutated }))
    writeFileSync(join(root, name), text);
  return snapshot(root);
}

// Paths, as the cwd (`root/a/b`) sees them: fixtures are two levels up.
const up = (name: string) => `../../${name}`;
const FILES = Object.keys(FIXTURES).concat('mutated.json', 'missing.json', 'dir', 'dir/').map(up);

/** A path to write to: in the cwd, in a missing directory, up the tree, a fixture, a directory... */
const outPath = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('out.json', 'out.html', 'x.csv', '../up.json', '../../top.json') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('missing/out.json', 'csv/', 'csvdir/deeper/', 'prefix', 'prefix-'),
  },
  { weight: 2, arbitrary: fc.constantFrom(...FILES) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', '.', '..', '-', 'a\u0000b', 'x'.repeat(300), '\u202eevil.json'),
  },
  { weight: 1, arbitrary: fc.constant('ABS').map(() => join(root, 'abs.json')) },
);

/** A value from `good` mostly, else a hostile string. */
const value = (...good: string[]) =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...good) }, { weight: 1, arbitrary: hostileString });

const dates = planned.visits.map((v) => v.date);

/** Each command: its positional arguments (as arbitraries) and its options (valued, or flags). */
const COMMANDS: Record<
  string,
  { positional: fc.Arbitrary<string>[]; valued: Record<string, fc.Arbitrary<string>>; flags: string[] }
> = {
  plan: {
    positional: [value(up('plan.json'), up('mutated.json'))],
    valued: {
      out: outPath,
      csv: outPath,
      weeks: value(
        '0',
        '2',
        '1000',
        '1001',
        '-1',
        '2.5',
        '1e3',
        '',
        ' 2',
        '+2',
        '02',
        'abc',
        '9007199254740993',
        '-0',
      ),
    },
    flags: ['quiet', 'help'],
  },
  verify: {
    positional: [
      value(up('plan.json'), up('mutated.json')),
      value(up('schedule.json'), up('logged.json'), up('tampered.json')),
    ],
    valued: {},
    flags: ['help'],
  },
  report: {
    positional: [value(up('schedule.json'), up('logged.json'), up('mutated.json'))],
    valued: {
      html: outPath,
      csv: outPath,
      title: value('County 2026', '<b>x</b>', ''),
      'as-of': value('2026-01-11', '2026-02-01', '2030-01-01', 'x'),
    },
    flags: ['quiet', 'bom', 'help'],
  },
  reveal: {
    positional: [
      value(up('plan.json')),
      value(up('schedule.json'), up('logged.json')),
      value('0', '1', '3', '4', '99', 'summary', '-1', '01', '1.0'),
    ],
    valued: { out: outPath, 'as-of': value('2026-01-11', '2026-02-01', 'x') },
    flags: ['help'],
  },
  'verify-period': {
    positional: [value(up('reveal.json')), value(planned.manifest.scheduleHash, '0'.repeat(64), 'abc')],
    valued: {},
    flags: ['help'],
  },
  substitute: {
    positional: [value(up('plan.json')), value(up('schedule.json'), up('logged.json'))],
    valued: {
      inspector: value('i-1', 'i-2', 'i-3', 'i-4', 'i-9'),
      dates: value(...dates, `${dates[3]},${dates[5]}`, ',', '2026-01-06'),
      reason: value('ill', ' '),
      at: value('2026-01-05T08:00:00+08:00', `${visit.date}T08:00:00+08:00`, '2026-01-05', 'now'),
      out: outPath,
    },
    flags: ['help'],
  },
  replan: {
    positional: [
      value(up('plan.json')),
      value(up('schedule.json'), up('logged.json')),
      value(up('changes.json'), up('changes-bad.json'), up('mutated.json')),
    ],
    valued: {
      from: value(...planned.periods.map((p) => p.start), '2026-01-13'),
      reason: value('merger', ''),
      out: outPath,
    },
    flags: ['help'],
  },
  hash: { positional: [value(up('plan.json'), up('mutated.json'))], valued: {}, flags: ['help'] },
  commit: {
    positional: [value('db4ba3fa0e855637218cb621a6467fba4a092463ca2500a1edb3f0571629cbd2', 'county-2026')],
    valued: {},
    flags: ['plain', 'help'],
  },
};

// Every command line here names a command (a real one, mostly); `run([])` is checked on its own below.

/** One token group of a command line: a positional argument, `--name value`, `--name=value`, `--flag`. */
const commandLine = fc
  .constantFrom(...Object.keys(COMMANDS))
  .chain((name) => {
    const c = COMMANDS[name]!;
    const valuedNames = Object.keys(c.valued);
    const option = fc.oneof(
      ...valuedNames.map((n) => ({
        weight: 4,
        arbitrary: fc
          .tuple(c.valued[n]!, fc.boolean())
          .map(([v, eq]) => (eq ? [`--${n}=${v}`] : [`--${n}`, v])),
      })),
      ...c.flags.map((f) => ({ weight: f === 'help' ? 1 : 2, arbitrary: fc.constant([`--${f}`]) })),
    );
    const wrong = fc.oneof(
      fc.constantFrom(
        ['--frobnicate'],
        ['--Out', 'x'],
        ['-o'],
        ['---'],
        ['--'],
        ['--weeks'],
        ['--out'],
        ['--quiet=1'],
      ),
      fc.constantFrom(...FILES).map((f) => [f]),
      hostileString.map((s) => [s]),
    );
    return fc.record({
      command: fc.oneof(
        { weight: 20, arbitrary: fc.constant(name) },
        { weight: 1, arbitrary: fc.constantFrom('dance', '', 'help', '--help', '--version') },
      ),
      positional: fc.tuple(...c.positional).map((ps) => ps.map((p) => [p])),
      options: fc.oneof(fc.constant([]), fc.array(option, { minLength: 1, maxLength: 4 })),
      wrong: fc.oneof(
        { weight: 3, arbitrary: fc.constant([]) },
        { weight: 2, arbitrary: fc.array(wrong, { minLength: 1, maxLength: 2 }) },
      ),
      dropped: fc.oneof({ weight: 5, arbitrary: fc.constant(-1) }, { weight: 1, arbitrary: fc.nat() }),
      order: fc.option(fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), { freq: 4 }),
    });
  })
  .map(({ command, positional, options, wrong, dropped, order }) => {
    const groups = [...positional, ...options, ...wrong];
    if (dropped >= 0 && positional.length > 0) groups.splice(dropped % positional.length, 1);
    if (order) {
      const keyed = groups.map((g, i) => ({ g, k: order[i % order.length]! * 100 + i }));
      keyed.sort((a, b) => a.k - b.k);
      return [command, ...keyed.flatMap((x) => x.g)];
    }
    return [command, ...groups.flat()];
  });

const scenario = fc.record({
  argv: commandLine,
  // The plan file `mutated.json`: the small plan, mutated (written as JSON, so non-JSON values drop out).
  mutations: fc.array(mutation, { maxLength: 2 }),
});

/** The file text of a mutated plan: JSON when it can be written as JSON, else `null`. */
function jsonOf(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return 'null';
  }
}

/**
 * The paths a command line may write, resolved against the cwd: the values of `--out`, `--csv` (as a
 * prefix: `dir/units.csv`, `prefix-units.csv`) and `--html`, and for substitute and replan without
 * `--out` their schedule file.
 */
function outputs(argv: readonly string[]): string[] {
  const out: string[] = [];
  argv.forEach((a, i) => {
    const m = /^--(out|csv|html)(?:=(.*))?$/.exec(a);
    if (m) out.push(m[2] ?? argv[i + 1] ?? '');
  });
  if ((argv[0] === 'substitute' || argv[0] === 'replan') && !argv.some((a) => /^--out\b/.test(a)))
    out.push(...argv.slice(1).filter((a) => !a.startsWith('-')));
  return out.filter((p) => p !== '').map((p) => resolve(p));
}

/** What an exit other than 0 says, for the tallies: a difference, a usage error, a file, a field. */
function exitFamily(outcome: { code: number; stderr?: string }): string {
  if (outcome.code !== 2) return `exit ${outcome.code}`;
  const line = outcome.stderr ?? '';
  if (/^fairdraw [\w-]+: expected/.test(line)) return 'exit 2: usage';
  if (/^fairdraw: (unknown option|option --)/.test(line)) return 'exit 2: option';
  if (/^fairdraw: unknown command/.test(line)) return 'exit 2: command';
  if (/: (cannot read file|cannot write file|not valid JSON)/.test(line)) return 'exit 2: file';
  const path = /^fairdraw: ([A-Za-z_$-][\w$.[\]"-]*): /.exec(line)?.[1];
  return `exit 2: ${path === undefined ? 'other' : pathFamily(path)}`;
}

describe('fuzz: the command line', () => {
  const tally = new Tally('command line');
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'fairdraw-fuzz-cli-'));
    // The cwd becomes root/a/b (made by reset), so that relative outputs land in the temporary tree.
    reset('{}');
    process.chdir(join(root, 'a', 'b'));
  });
  afterAll(() => {
    process.chdir(origin);
    rmSync(root, { recursive: true, force: true });
  });

  it(
    'exits 0, 1 or 2, never throws, says why on stderr when it exits 2, writes only what it names',
    () => {
      const repo = readdirSync(origin).sort();
      fuzz(
        tally,
        scenario,
        ({ argv, mutations }) => {
          const before = reset(jsonOf(mutate(input, mutations)));
          const start = performance.now();
          const outcome = run(argv);
          tally.count(
            performance.now() - start,
            outcome.code === 0 ? undefined : exitFamily(outcome),
            outcome.stderr ?? outcome.stdout,
          );
          const report = JSON.stringify({
            argv,
            outcome: { ...outcome, stdout: outcome.stdout?.slice(0, 200) },
          });
          expect([0, 1, 2], report).toContain(outcome.code);
          if (outcome.code === 2) expect(outcome.stderr ?? '', report).toMatch(/^fairdraw/);
          const after = snapshot(root);
          const allowed = outputs(argv);
          for (const [path, text] of after) {
            if (before.get(path) === text) continue;
            // A new or changed file (or directory): only with success, and only where the command line says.
            expect(outcome.code, `${path} changed: ${report}`).toBe(0);
            // (a directory may also be made above a `--csv dir/deeper/`)
            const output = (a: string) => path.startsWith(a) || (path.endsWith('/') && a.startsWith(path));
            expect(allowed.some(output), `${path} is not an output: ${report}`).toBe(true);
          }
          for (const path of before.keys()) if (!after.has(path)) expect.fail(`${path} removed: ${report}`);
        },
        150,
        20263,
      );
      expect(readdirSync(origin).sort()).toEqual(repo);
      expect(statSync(root).isDirectory()).toBe(true);
    },
    FUZZ_TIMEOUT,
  );
});

describe('the command line without a command', () => {
  it('exits 2 with the usage on stderr', () => {
    const result = run([]);
    expect(result.code).toBe(2);
    expect(result.stdout ?? '').toBe('');
    expect(result.stderr).toMatch(/^fairdraw: no command given\n\nfairdraw /);
  });
});
