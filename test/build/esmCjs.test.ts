import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/audit/canonicalJson.js';
import { commitSeed } from '../../src/audit/commitSeed.js';
import { plan } from '../../src/schedule/plan.js';
import { substitute } from '../../src/schedule/substitute.js';

// Builds the package's two bundles with tsup (the same entry, formats, target and platform as
// tsup.config.ts, without type declarations) into a fresh directory under the project's ignored tmp/
// (so that their bare imports resolve to node_modules), then runs each in its own Node process.
const root = resolve('.');
const out = join(root, 'tmp', `build-${process.pid}-${randomBytes(4).toString('hex')}`);

/** The script each build runs: the county example, its commit-reveal variant and a substitution. */
const SCRIPT = `
const { readFileSync } = require('node:fs');
module.exports = (lib) => {
  const county = JSON.parse(readFileSync(${JSON.stringify(join(root, 'examples/county.json'))}, 'utf8'));
  const secret = 'db4ba3fa0e855637218cb621a6467fba4a092463ca2500a1edb3f0571629cbd2';
  const sealed = { ...county, seed: { secret, public: '6 6 1 2', commitment: lib.commitSeed(secret) } };
  const a = lib.plan(county);
  const b = lib.plan(sealed);
  const v = a.visits[7];
  const c = lib.substitute(county, a, { inspector: v.inspectors[0], dates: [v.date], reason: 'ill', at: '2026-01-11T08:00:00+08:00' });
  // The official calendar is bundled: "CN" in place of the county's lists gives the county's input hash.
  const cn = { ...county, horizon: { ...county.horizon, holidays: [], extraWorkdays: [], calendar: 'CN' } };
  const checks = [lib.verify(county, a).ok, lib.verify(sealed, b).ok, lib.verify(county, c).ok,
    lib.verifyPeriod(lib.revealPeriod(sealed, b, 3, { asOf: '2026-12-27' }), b.manifest.scheduleHash).ok,
    lib.expandPlan(cn).calendar.package === 'chinese-days' &&
      lib.hashInput(lib.expandPlan(cn).input) === a.manifest.inputHash];
  process.stdout.write(lib.canonicalJson({ schedules: [a, b, c], checks }));
};
`;

function runNode(args: string[]): string {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('ESM and CJS builds', () => {
  beforeAll(() => {
    mkdirSync(out, { recursive: true });
    const tsup = join(root, 'node_modules', '.bin', 'tsup');
    const build = spawnSync(
      tsup,
      [
        'src/index.ts',
        '--no-config',
        '--format',
        'esm,cjs',
        '--target',
        'es2022',
        '--platform',
        'neutral',
        '--out-dir',
        out,
        '--silent',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(`tsup failed: ${build.stderr}${build.stdout}`);
  });
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    const tmp = join(root, 'tmp');
    try {
      if (readdirSync(tmp).length === 0) rmdirSync(tmp);
    } catch {
      // another test is using tmp/ too: leave it
    }
  });

  it('give the same schedules, byte for byte, in two separate processes, as the source does', () => {
    const script = join(out, 'script.cjs');
    writeFileSync(script, SCRIPT);
    const esm = runNode([
      '--input-type=module',
      '-e',
      `import * as lib from ${JSON.stringify(pathToFileURL(join(out, 'index.js')).href)};
       import { createRequire } from 'node:module';
       createRequire(import.meta.url)(${JSON.stringify(script)})(lib);`,
    ]);
    const cjs = runNode([
      '-e',
      `require(${JSON.stringify(script)})(require(${JSON.stringify(join(out, 'index.cjs'))}));`,
    ]);
    expect(esm.length).toBeGreaterThan(100_000);
    expect(cjs).toBe(esm);

    const parsed = JSON.parse(esm);
    expect(parsed.checks).toEqual([true, true, true, true, true]);
    // And the same as the TypeScript source run here, in the test process.
    const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
    const a = plan(county);
    const secret = 'db4ba3fa0e855637218cb621a6467fba4a092463ca2500a1edb3f0571629cbd2';
    const b = plan({ ...county, seed: { secret, public: '6 6 1 2', commitment: commitSeed(secret) } });
    const v = a.visits[7]!;
    const c = substitute(county, a, {
      inspector: v.inspectors[0]!,
      dates: [v.date],
      reason: 'ill',
      at: '2026-01-11T08:00:00+08:00',
    });
    expect(canonicalJson(parsed.schedules)).toBe(canonicalJson([a, b, c]));
  });
});
