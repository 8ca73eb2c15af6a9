import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/audit/canonicalJson.js';
import { effectiveSeed } from '../../src/audit/effectiveSeed.js';
import { hashInput } from '../../src/audit/hashInput.js';
import { planInputSchema } from '../../src/model/planInputSchema.js';
import { unitProbabilities } from '../../src/model/unitProbabilities.js';
import { validate } from '../../src/model/validate.js';
import type { PeriodReveal, SummaryReveal } from '../../src/schedule/PeriodReveal.js';
import { plan } from '../../src/schedule/plan.js';
import { revealPeriod } from '../../src/schedule/revealPeriod.js';
import { revealSummary } from '../../src/schedule/revealSummary.js';
import {
  inSealFormat,
  SEAL_ALGORITHM,
  SEAL_V1,
  SEAL_V2,
  sealSchedule,
  sealTree,
} from '../../src/schedule/seal.js';
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
/** The files whose period leaves hold the names and the visits (v2 and v3). */
type NamedSealFile = SealFile & {
  periods: (Leaf & { index: number; names: unknown; periodCanonicalJson: string })[];
};
/** fairdraw/seal/v2+rfc6962: period leaves over the names and the visits; each unit lists its probabilities. */
const fileV2 = read('seal-v2.json') as NamedSealFile;
/** fairdraw/seal/v3+rfc6962, the format plan writes: leaves as v2; units point into `profiles`. */
const fileV3 = read('seal-v3.json') as NamedSealFile;

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

/** The period leaves of a file of v2 or v3 (names and visits), then its summary leaf and head. */
function checkNamedLeaves(f: NamedSealFile, headLabel: string): void {
  const visits = f.schedule.visits as { period: number; unit: string; inspectors: string[] }[];
  const nameOf = (list: { id: string; name?: string }[], id: string) => list.find((x) => x.id === id)?.name;
  for (const p of f.periods) {
    expect(p.salt).toBe(refDeriveSeed(f.effectiveSeed, 'reveal-salt', p.index));
    const own = visits.filter((v) => v.period === p.index);
    // the names of the units and inspectors these visits name, those without a name left out
    const units: Record<string, string> = {};
    const inspectors: Record<string, string> = {};
    for (const v of own) {
      const unit = nameOf(f.schedule.units, v.unit);
      if (unit !== undefined) units[v.unit] = unit;
      for (const id of v.inspectors) {
        const name = nameOf(f.schedule.inspectors, id);
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
  expect(visits.some((v) => nameOf(f.schedule.units, v.unit) === undefined)).toBe(true);
  expect(f.schedule.inspectors.some((x: { name?: string }) => x.name === undefined)).toBe(true);
  checkSummaryAndHead(
    f,
    f.periods.map((p) => p.leaf),
    headLabel,
  );
}

/** The library's hashes, reveals and checks against a v2 or v3 file, and the names its reveals carry. */
function checkNamedLibrary(f: NamedSealFile, schedule: any): void {
  expect(canonicalJson(schedule)).toBe(canonicalJson(f.schedule));
  checkLibrary(f, schedule);
  for (const p of f.periods) {
    const reveal = revealPeriod(f.input, schedule, p.index, { asOf: '2026-01-25' });
    expect(reveal.names).toEqual(p.names);
    expect(canonicalJson({ names: reveal.names, visits: reveal.visits })).toBe(p.periodCanonicalJson);
  }
}

describe('published seal vectors, fairdraw/seal/v3+rfc6962 (test/vectors/audit/seal-v3.json)', () => {
  it('every salt, leaf, the root and the head follow the documented byte formats', () => {
    expect(fileV3.schedule.manifest.algorithms.seal).toBe(SEAL_ALGORITHM);
    checkNamedLeaves(fileV3, 'fairdraw/seal/v3');
  });

  it('the library reproduces them: plan writes this schedule, with the seal tree, proofs and reveals', () => {
    checkNamedLibrary(fileV3, plan(fileV3.input));
  });

  it('is the v2 file with each unit pointing into profiles: the same draws, leaves and names; another head', () => {
    const { schedule } = fileV3;
    // the units' vectors, listed once each in the order the units first have them
    expect(schedule.profiles).toEqual([
      [0.75, 0.75, 0.75],
      [0.5, 0.5, 0.5],
      [0.25, 0.25, 0.25],
    ]);
    expect(schedule.units.map((u: { profile: number }) => u.profile)).toEqual([0, 1, 1, 2]);
    expect(schedule.units.map((u: any) => unitProbabilities(schedule, u))).toEqual(
      fileV2.schedule.units.map((u: any) => u.probabilities),
    );
    // the same period leaves (their proofs differ where they reach the summary leaf)
    const leavesOf = (f: NamedSealFile) => f.periods.map(({ proof: _, ...p }) => p);
    expect(leavesOf(fileV3)).toEqual(leavesOf(fileV2));
    expect(fileV3.summary.canonicalJson).not.toBe(fileV2.summary.canonicalJson);
    expect(fileV3.scheduleHash).not.toBe(fileV2.scheduleHash);
  });
});

describe('published seal vectors, fairdraw/seal/v2+rfc6962 (test/vectors/audit/seal-v2.json)', () => {
  it('every salt, leaf, the root and the head follow the documented byte formats', () => {
    expect(fileV2.schedule.manifest.algorithms.seal).toBe(SEAL_V2);
    checkNamedLeaves(fileV2, 'fairdraw/seal/v2');
  });

  it('the library still reproduces them: input hash, effective seed, schedule in v2, seal tree, proofs, reveals with names', () => {
    checkNamedLibrary(fileV2, sealSchedule(inSealFormat(plan(fileV2.input), SEAL_V2), fileV2.effectiveSeed));
    checkNamedLibrary(fileV2, fileV2.schedule);
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
