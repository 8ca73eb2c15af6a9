import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { smallPlan, writeIn } from './smallPlan.js';

// `fairdraw plan` warns on stderr when the seed is a plain string, and still plans (exit 0).

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-seed-warning-'));
const planWith = (name: string, seed: unknown) => writeIn(dir, name, { ...smallPlan('x'), seed });
/** The published test secret (worthless as a secret) of the commit-reveal vectors. */
const published = JSON.parse(
  readFileSync(new URL('../vectors/audit/commit-reveal.json', import.meta.url), 'utf8'),
).cases[0] as { secret: string; public: string; commitment: string };

describe('fairdraw plan: a plain-string seed', () => {
  it('that can be guessed: warns that it can be, names fairdraw commit, and never the seed', () => {
    const result = run(['plan', planWith('guessable.json', '督察-2027')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/police-station/);
    expect(result.stderr).toMatch(/^fairdraw: warning: the seed is a plain string, and it can be guessed/);
    expect(result.stderr).toContain('fairdraw commit');
    expect(result.stderr).toContain('fixed before the draw');
    expect(result.stderr).not.toContain('督察');
  });

  it('of high entropy: warns that it is no commitment, and names fairdraw commit', () => {
    const result = run(['plan', planWith('hex.json', published.secret)]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^fairdraw: warning: the seed is a plain string\. It may be hard to guess/);
    expect(result.stderr).toMatch(/no commitment/);
    expect(result.stderr).toContain('fairdraw commit');
    expect(result.stderr).not.toContain(published.secret);
  });

  it('prints nothing with --quiet, the warning included', () => {
    expect(run(['plan', planWith('quiet.json', 'county-2026'), '--quiet'])).toEqual({ code: 0 });
  });

  it('the commit-reveal form plans without a warning', () => {
    const seed = { secret: published.secret, public: published.public, commitment: published.commitment };
    const result = run(['plan', planWith('commit-reveal.json', seed)]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBeUndefined();
  });
});
