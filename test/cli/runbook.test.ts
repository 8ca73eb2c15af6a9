import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';

// docs/runbook.md, run on the county through the built command line, as on a fresh clone: `npm run
// build` (what `npm ci` runs as `prepare`), then `npx fairdraw` in the repository resolves to this
// package's own bin, and every step runs `node dist/cli.js`. The commands the runbook marks as still
// being added run here as soon as the built CLI has them; until then the test checks that the
// runbook marks exactly those.

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'fairdraw-runbook-'));
const path = (name: string) => join(dir, name);
const readJson = (name: string) => JSON.parse(readFileSync(path(name), 'utf8'));

/** The published test secret of the commit-reveal vectors (worthless as a secret) and its public value. */
const published = JSON.parse(
  readFileSync(new URL('../vectors/audit/commit-reveal.json', import.meta.url), 'utf8'),
).cases[0] as { secret: string; public: string; commitment: string };
const county = JSON.parse(readFileSync(join(root, 'examples', 'county.json'), 'utf8'));

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `fairdraw <args>` from the built CLI, in the runbook's working directory. */
function fairdraw(...args: string[]): Result {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `fairdraw <args>` that must succeed: its stdout. */
function ok(...args: string[]): string {
  const r = fairdraw(...args);
  expect(r.stderr, `fairdraw ${args.join(' ')}`).toBe('');
  expect(r.code, `fairdraw ${args.join(' ')}`).toBe(0);
  return r.stdout;
}

/** The commands the runbook uses, as the built CLI's help shows them. */
const COMMANDS: Record<string, RegExp> = {
  '`fairdraw notice`': /^ {2}fairdraw notice /m,
  '`fairdraw results`': /^ {2}fairdraw results /m,
  '`fairdraw tasks`': /^ {2}fairdraw tasks /m,
  '`fairdraw verify-page`': /^ {2}fairdraw verify-page /m,
  '`report --as-of`': /^ {2}fairdraw report [^\n]*--as-of/m,
  '`reveal --as-of`': /^ {2}fairdraw reveal [^\n]*--as-of/m,
};
let help = '';

beforeAll(() => {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed: ${build.stderr}${build.stdout}`);
  help = ok('--help');
}, 120_000);

describe('docs/runbook.md', () => {
  it('uses only commands the built CLI has', () => {
    for (const [command, shown] of Object.entries(COMMANDS)) expect(shown.test(help), command).toBe(true);
    const runbook = readFileSync(join(root, 'docs', 'runbook.md'), 'utf8');
    for (const command of Object.keys(COMMANDS))
      expect(runbook, command).toContain(command.replace(/`/g, '').split(' ')[1]!);
  });

  it('step 0: in the repository, npx fairdraw runs the bin of this package', () => {
    const npx = spawnSync('npx', ['--no-install', 'fairdraw', '--version'], { cwd: root, encoding: 'utf8' });
    expect(npx.stdout).toBe(`${VERSION}\n`);
    expect(npx.status).toBe(0);
  });

  let inputHash = '';
  it('step 1: the input hash of the plan file without a seed, and the commitment of the secret', () => {
    const frame = Object.fromEntries(Object.entries(county).filter(([key]) => key !== 'seed'));
    writeFileSync(path('plan.json'), JSON.stringify(frame, null, 2));
    inputHash = ok('hash', 'plan.json').trim();
    expect(inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(ok('commit', published.secret)).toBe(`${published.commitment}\n`);
    expect(ok('commit')).toMatch(/^secret {6}[0-9a-f]{64}\ncommitment {2}[0-9a-f]{64}\n/);
  });

  it('step 2: the public value joins the seed, and the input hash stays the same', () => {
    const seed = { secret: published.secret, public: published.public, commitment: published.commitment };
    writeFileSync(path('plan.json'), JSON.stringify({ ...county, seed }, null, 2));
    expect(ok('hash', 'plan.json').trim()).toBe(inputHash);
  });

  let first = '';
  it('step 3: plan (no warning: the seed is committed), then the notice', () => {
    const summary = ok('plan', 'plan.json', '--out', 'schedule.json', '--weeks', '0');
    first = readJson('schedule.json').manifest.scheduleHash;
    expect(summary).toContain(`input hash ${inputHash}\n`);
    expect(summary).toContain(`seed commitment ${published.commitment}\n`);
    expect(summary).toContain(`schedule hash ${first}\n`);
    ok('notice', 'plan.json', 'schedule.json', '--html', 'notice.html');
    expect(readFileSync(path('notice.html'), 'utf8')).toContain(first);
  });

  it('step 4: the task sheets of a day, then period 8 revealed, checked and published', () => {
    const schedule = readJson('schedule.json');
    const day = schedule.visits.find((v: { period: number }) => v.period === 7).date; // index 7: period 8
    ok('tasks', 'schedule.json', '--date', day, '--html', 'tasks.html');
    // period 9 has not ended on 2 March: refused
    expect(fairdraw('reveal', 'plan.json', 'schedule.json', '9', '--as-of', '2026-03-02').code).toBe(2);
    ok('reveal', 'plan.json', 'schedule.json', '8', '--as-of', '2026-03-02', '--out', 'reveal-8.json');
    expect(readJson('reveal-8.json').period).toBe(7);
    expect(ok('verify-period', 'reveal-8.json', first)).toMatch(/^verified: period 8 /);
    ok('results', 'reveal-8.json', first, '--html', 'results-8.html');
  });

  let second = '';
  it('step 5: a substitution prints the new hash to publish; reveals made from then on verify against it', () => {
    const visit = readJson('schedule.json').visits.find((v: { period: number }) => v.period === 10); // period 11
    const out = ok(
      'substitute',
      'plan.json',
      'schedule.json',
      '--inspector',
      visit.inspectors[0],
      '--dates',
      visit.date,
      '--reason',
      'sick leave',
      '--at',
      '2026-03-10T08:00:00+08:00',
    );
    second = readJson('schedule.json').manifest.scheduleHash;
    expect(second).not.toBe(first);
    expect(out).toContain(`\nnew schedule hash ${second}\npublish it, with the date and the reason`);
    ok('reveal', 'plan.json', 'schedule.json', '11', '--as-of', '2026-03-23', '--out', 'reveal-11.json');
    expect(ok('verify-period', 'reveal-11.json', second)).toMatch(/^verified/);
    expect(fairdraw('verify-period', 'reveal-11.json', first).code).toBe(1);
    // the reveal published before the change still verifies against the hash it was made under
    expect(ok('verify-period', 'reveal-8.json', first)).toMatch(/^verified/);
  });

  let last = '';
  it('step 5: a replan prints the new hash to publish', () => {
    writeFileSync(path('changes.json'), JSON.stringify({ close: ['ci-east'] }));
    const out = ok(
      'replan',
      'plan.json',
      'schedule.json',
      'changes.json',
      '--from',
      '2026-07-06',
      '--reason',
      'ci-east merged',
    );
    last = readJson('schedule.json').manifest.scheduleHash;
    expect(last).not.toBe(second);
    expect(out).toMatch(
      new RegExp(`^replanned from 2026-07-06: .*\\nnew schedule hash ${last}\\npublish it, `, 's'),
    );
  });

  it('step 6: the summary revealed, the full report, and anyone verifies', () => {
    ok('reveal', 'plan.json', 'schedule.json', 'summary', '--as-of', '2026-12-27', '--out', 'summary.json');
    expect(ok('verify-period', 'summary.json', last)).toMatch(/^verified: the summary /);
    ok('report', 'schedule.json', '--as-of', '2026-12-27', '--html', 'report.html', '--quiet');
    expect(existsSync(path('report.html'))).toBe(true);
    expect(ok('verify', 'plan.json', 'schedule.json')).toBe('verified: schedule.json against plan.json\n');
    ok('verify-page', '--out', 'verify.html');
    expect(existsSync(path('verify.html'))).toBe(true);
    expect(ok('verify-page', '--out', 'verify.zh-CN.html', '--lang', 'zh-CN')).toMatch(
      /^已写入 verify\.zh-CN\.html：/,
    );
    expect(readFileSync(path('verify.zh-CN.html'), 'utf8')).toMatch(
      /^<!doctype html>\n<html lang="zh-CN">[\s\S]*<title>督察日程核验<\/title>/,
    );
  });
});
