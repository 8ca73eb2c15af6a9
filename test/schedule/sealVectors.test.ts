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
import { inSealFormat, SEAL_V1, sealSchedule, sealTree } from '../../src/schedule/seal.js';
import { verify } from '../../src/schedule/verify.js';
import { verifyPeriod } from '../../src/schedule/verifyPeriod.js';
import { refSha256 } from '../audit/refHash.js';

interface Leaf {
  salt: string;
  leaf: string;
  proof: string[];
}
interface SealFile {
  input: any;
  inputWithDefaults: any;
  inputHash: string;
  effectiveSeed: string;
  schedule: any;
  summary: Leaf & { canonicalJson: string };
  leaves: number;
  root: string;
  scheduleHash: string;
}
const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../vectors/audit/${name}`, import.meta.url), 'utf8'));
/** fairdraw/seal/v1+rfc6962: period leaves over the visits alone. */
const file = read('seal.json') as SealFile & {
  periods: (Leaf & { index: number; visitsCanonicalJson: string })[];
};
/** fairdraw/seal/v2+rfc6962, the format plan writes: period leaves over the names and the visits. */
const fileV2 = read('seal-v2.json') as SealFile & {
  periods: (Leaf & { index: number; names: unknown; periodCanonicalJson: string })[];
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

/** The summary leaf, root and head of a vector file, re-derived from the documented byte formats. */
function checkSummaryAndHead(f: SealFile, periodLeaves: string[], headLabel: string): void {
  const visits = f.schedule.visits as { period: number }[];
  const s = f.summary;
  expect(s.salt).toBe(refDeriveSeed(f.effectiveSeed, 'reveal-salt', 'summary'));
  const summary = {
    ...f.schedule,
    manifest: { ...f.schedule.manifest, scheduleHash: '' },
    visits: visits.map((v) => v.period),
  };
  expect(s.canonicalJson).toBe(canonicalJson(summary));
  expect(s.leaf).toBe(refSha256([0], ['fairdraw/summary/v1', s.salt, s.canonicalJson].join(NUL)));
  const leaves = [...periodLeaves, s.leaf];
  expect(f.leaves).toBe(leaves.length);
  expect(f.root).toBe(refRoot(leaves));
  expect(f.scheduleHash).toBe(refSha256([headLabel, String(f.leaves), f.root].join(NUL)));
  expect(f.schedule.manifest.scheduleHash).toBe(f.scheduleHash);
  expect(f.schedule.manifest.periods).toBe(leaves.length - 1);
}

/** The library's own hashes, reveals and checks against a vector file. */
function checkLibrary(f: SealFile & { periods: (Leaf & { index: number })[] }, schedule: any): void {
  expect(validate(planInputSchema, f.input)).toEqual(f.inputWithDefaults);
  expect(hashInput(f.inputWithDefaults)).toBe(f.inputHash);
  expect(refSha256(canonicalJson({ ...f.inputWithDefaults, seed: undefined }))).toBe(f.inputHash);
  expect(effectiveSeed(f.input.seed, f.inputHash)).toBe(f.effectiveSeed);
  const tree = sealTree(schedule, f.effectiveSeed);
  expect(tree.leaves).toEqual([...f.periods.map((p) => p.leaf), f.summary.leaf]);
  expect(tree.root).toBe(f.root);
  expect(tree.head).toBe(f.scheduleHash);
  expect(verify(f.input, f.schedule).ok).toBe(true);
  const asOf = schedule.periods.at(-1)!.end;
  for (const p of f.periods) {
    const reveal: PeriodReveal = revealPeriod(f.input, schedule, p.index, { asOf });
    expect(reveal.seal).toBe(schedule.manifest.algorithms.seal);
    expect(reveal.salt).toBe(p.salt);
    expect(reveal.proof).toEqual(p.proof);
    expect(verifyPeriod(reveal, f.scheduleHash).ok).toBe(true);
  }
  const summary: SummaryReveal = revealSummary(f.input, schedule, { asOf });
  expect(summary.proof).toEqual(f.summary.proof);
  expect(canonicalJson(summary.summary)).toBe(f.summary.canonicalJson);
  expect(verifyPeriod(summary, f.scheduleHash).ok).toBe(true);
}

describe('published seal vectors, fairdraw/seal/v2+rfc6962 (test/vectors/audit/seal-v2.json)', () => {
  it('every salt, leaf, the root and the head follow the documented byte formats', () => {
    const visits = fileV2.schedule.visits as { period: number; unit: string; inspectors: string[] }[];
    const nameOf = (list: { id: string; name?: string }[], id: string) => list.find((x) => x.id === id)?.name;
    for (const p of fileV2.periods) {
      expect(p.salt).toBe(refDeriveSeed(fileV2.effectiveSeed, 'reveal-salt', p.index));
      const own = visits.filter((v) => v.period === p.index);
      // the names of the units and inspectors these visits name, those without a name left out
      const units: Record<string, string> = {};
      const inspectors: Record<string, string> = {};
      for (const v of own) {
        const unit = nameOf(fileV2.schedule.units, v.unit);
        if (unit !== undefined) units[v.unit] = unit;
        for (const id of v.inspectors) {
          const name = nameOf(fileV2.schedule.inspectors, id);
          if (name !== undefined) inspectors[id] = name;
        }
      }
      expect(p.names).toEqual({ units, inspectors });
      expect(p.periodCanonicalJson).toBe(canonicalJson({ names: { units, inspectors }, visits: own }));
      expect(p.leaf).toBe(
        refSha256([0], ['fairdraw/period/v2', p.salt, String(p.index), p.periodCanonicalJson].join(NUL)),
      );
    }
    // some visited unit and some inspector have no name, so the vectors show an id left out
    expect(visits.some((v) => nameOf(fileV2.schedule.units, v.unit) === undefined)).toBe(true);
    expect(fileV2.schedule.inspectors.some((x: { name?: string }) => x.name === undefined)).toBe(true);
    checkSummaryAndHead(
      fileV2,
      fileV2.periods.map((p) => p.leaf),
      'fairdraw/seal/v2',
    );
  });

  it('the library reproduces them: input hash, effective seed, schedule, seal tree, proofs, reveals with names', () => {
    const schedule = plan(fileV2.input);
    expect(canonicalJson(schedule)).toBe(canonicalJson(fileV2.schedule));
    checkLibrary(fileV2, schedule);
    for (const p of fileV2.periods) {
      const reveal = revealPeriod(fileV2.input, schedule, p.index, { asOf: '2026-01-25' });
      expect(reveal.names).toEqual(p.names);
      expect(canonicalJson({ names: reveal.names, visits: reveal.visits })).toBe(p.periodCanonicalJson);
    }
  });
});

describe('published seal vectors, fairdraw/seal/v1+rfc6962 (test/vectors/audit/seal.json)', () => {
  it('every salt, leaf, the root and the head follow the documented byte formats', () => {
    const visits = file.schedule.visits as { period: number }[];
    for (const p of file.periods) {
      expect(p.salt).toBe(refDeriveSeed(file.effectiveSeed, 'reveal-salt', p.index));
      expect(p.visitsCanonicalJson).toBe(canonicalJson(visits.filter((v) => v.period === p.index)));
      expect(p.leaf).toBe(
        refSha256([0], ['fairdraw/period/v1', p.salt, String(p.index), p.visitsCanonicalJson].join(NUL)),
      );
    }
    checkSummaryAndHead(
      file,
      file.periods.map((p) => p.leaf),
      'fairdraw/seal/v1',
    );
  });

  it('the library still verifies, opens and reveals them; plan draws the same schedule, which in v1 has no names', () => {
    expect(file.schedule.manifest.algorithms.seal).toBe(SEAL_V1);
    const schedule = sealSchedule(inSealFormat(plan(file.input), SEAL_V1), file.effectiveSeed);
    expect(canonicalJson(schedule)).toBe(canonicalJson(file.schedule));
    checkLibrary(file, file.schedule);
    for (const p of file.periods) {
      const reveal = revealPeriod(file.input, file.schedule, p.index, { asOf: '2026-01-25' });
      expect(reveal.names).toBeUndefined();
      expect(canonicalJson(reveal.visits)).toBe(p.visitsCanonicalJson);
    }
  });
});
