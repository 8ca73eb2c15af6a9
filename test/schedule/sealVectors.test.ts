import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/audit/canonicalJson.js';
import { effectiveSeed } from '../../src/audit/effectiveSeed.js';
import { hashInput } from '../../src/audit/hashInput.js';
import { planInputSchema } from '../../src/model/planInputSchema.js';
import { validate } from '../../src/model/validate.js';
import type { PeriodReveal, SummaryReveal } from '../../src/schedule/PeriodReveal.js';
import { plan } from '../../src/schedule/plan.js';
import { revealPeriod } from '../../src/schedule/revealPeriod.js';
import { revealSummary } from '../../src/schedule/revealSummary.js';
import { sealTree } from '../../src/schedule/seal.js';
import { verify } from '../../src/schedule/verify.js';
import { verifyPeriod } from '../../src/schedule/verifyPeriod.js';
import { refSha256 } from '../audit/refHash.js';

interface Leaf {
  salt: string;
  leaf: string;
  proof: string[];
}
const file = JSON.parse(readFileSync(new URL('../vectors/audit/seal.json', import.meta.url), 'utf8')) as {
  input: any;
  inputWithDefaults: any;
  inputHash: string;
  effectiveSeed: string;
  schedule: any;
  periods: (Leaf & { index: number; visitsCanonicalJson: string })[];
  summary: Leaf & { canonicalJson: string };
  leaves: number;
  root: string;
  scheduleHash: string;
};

// Independent references, with Node's SHA-256 and the byte formats exactly as docs/spec.md spells them.
const NUL = '\u0000';
function refDeriveSeed(master: string, ...path: (string | number)[]): string {
  const parts: (string | number[] | Uint8Array)[] = ['fairdraw/seed/v1', [0]];
  for (const x of [master, ...path]) {
    const bytes = Buffer.from(String(x), 'utf8');
    parts.push([
      typeof x === 'number' ? 0x6e : 0x73,
      ...[24, 16, 8, 0].map((s) => (bytes.length >>> s) & 0xff),
    ]);
    parts.push(bytes);
  }
  return refSha256(...parts);
}
const refNode = (l: string, r: string) => refSha256([1], Buffer.from(l, 'hex'), Buffer.from(r, 'hex'));
function refRoot(leaves: readonly string[]): string {
  if (leaves.length === 1) return leaves[0]!;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return refNode(refRoot(leaves.slice(0, k)), refRoot(leaves.slice(k)));
}

describe('published seal vectors (test/vectors/audit/seal.json)', () => {
  it('every salt, leaf, the root and the head follow the documented byte formats', () => {
    expect(file.leaves).toBe(file.periods.length + 1);
    const visits = file.schedule.visits as { period: number }[];
    for (const p of file.periods) {
      expect(p.salt).toBe(refDeriveSeed(file.effectiveSeed, 'reveal-salt', p.index));
      expect(p.visitsCanonicalJson).toBe(canonicalJson(visits.filter((v) => v.period === p.index)));
      expect(p.leaf).toBe(
        refSha256([0], ['fairdraw/period/v1', p.salt, String(p.index), p.visitsCanonicalJson].join(NUL)),
      );
    }
    const s = file.summary;
    expect(s.salt).toBe(refDeriveSeed(file.effectiveSeed, 'reveal-salt', 'summary'));
    const summary = {
      ...file.schedule,
      manifest: { ...file.schedule.manifest, scheduleHash: '' },
      visits: visits.map((v) => v.period),
    };
    expect(s.canonicalJson).toBe(canonicalJson(summary));
    expect(s.leaf).toBe(refSha256([0], ['fairdraw/summary/v1', s.salt, s.canonicalJson].join(NUL)));
    const leaves = [...file.periods.map((p) => p.leaf), s.leaf];
    expect(file.root).toBe(refRoot(leaves));
    expect(file.scheduleHash).toBe(refSha256(['fairdraw/seal/v1', String(file.leaves), file.root].join(NUL)));
    expect(file.schedule.manifest.scheduleHash).toBe(file.scheduleHash);
    expect(file.schedule.manifest.periods).toBe(file.periods.length);
  });

  it('the library reproduces them: input hash, effective seed, schedule, seal tree, proofs, reveals', () => {
    expect(validate(planInputSchema, file.input)).toEqual(file.inputWithDefaults);
    expect(hashInput(file.inputWithDefaults)).toBe(file.inputHash);
    expect(refSha256(canonicalJson({ ...file.inputWithDefaults, seed: undefined }))).toBe(file.inputHash);
    expect(effectiveSeed(file.input.seed, file.inputHash)).toBe(file.effectiveSeed);
    const schedule = plan(file.input);
    expect(canonicalJson(schedule)).toBe(canonicalJson(file.schedule));
    const tree = sealTree(schedule, file.effectiveSeed);
    expect(tree.leaves).toEqual([...file.periods.map((p) => p.leaf), file.summary.leaf]);
    expect(tree.root).toBe(file.root);
    expect(tree.head).toBe(file.scheduleHash);
    expect(verify(file.input, file.schedule).ok).toBe(true);
    for (const p of file.periods) {
      const reveal: PeriodReveal = revealPeriod(file.input, schedule, p.index, {
        asOf: schedule.periods.at(-1)!.end,
      });
      expect(reveal.salt).toBe(p.salt);
      expect(reveal.proof).toEqual(p.proof);
      expect(canonicalJson(reveal.visits)).toBe(p.visitsCanonicalJson);
      expect(verifyPeriod(reveal, file.scheduleHash).ok).toBe(true);
    }
    const summary: SummaryReveal = revealSummary(file.input, schedule, {
      asOf: schedule.periods.at(-1)!.end,
    });
    expect(summary.proof).toEqual(file.summary.proof);
    expect(canonicalJson(summary.summary)).toBe(file.summary.canonicalJson);
    expect(verifyPeriod(summary, file.scheduleHash).ok).toBe(true);
  });
});
