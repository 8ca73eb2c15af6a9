import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/audit/canonicalJson.js';
import { checkSecretEntropy } from '../../src/audit/checkSecretEntropy.js';
import { commitSeed } from '../../src/audit/commitSeed.js';
import {
  type CommitRevealSeed,
  effectiveSeed,
  type PublishedSeedValues,
} from '../../src/audit/effectiveSeed.js';
import { hashInput, sha256Hex } from '../../src/audit/hashInput.js';
import { merkleProof, merkleRoot, verifyMerkleProof } from '../../src/audit/merkle.js';
import { periodLeaf, periodSalt } from '../../src/audit/seal.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { refSha256 } from './refHash.js';

/** The published test vectors: the contract other implementations are checked against. */
const vectors = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../vectors/audit/${name}`, import.meta.url), 'utf8')) as T;

describe('published test vectors (test/vectors/audit/)', () => {
  it('canonical-json.json', () => {
    const file = vectors<{ cases: { name: string; json: string; canonical: string; sha256: string }[] }>(
      'canonical-json.json',
    );
    expect(file.cases.length).toBeGreaterThanOrEqual(6);
    for (const c of file.cases) {
      expect(canonicalJson(JSON.parse(c.json)), c.name).toBe(c.canonical);
      expect(sha256Hex(c.canonical), c.name).toBe(c.sha256);
      expect(refSha256(c.canonical), c.name).toBe(c.sha256);
    }
  });

  it('sha256.json', () => {
    const file = vectors<{ cases: { text: string; sha256: string }[] }>('sha256.json');
    for (const c of file.cases) expect(sha256Hex(c.text)).toBe(c.sha256);
  });

  it('input-hash.json', () => {
    const file = vectors<{ input: Record<string, unknown>; frameCanonical: string; inputHash: string }>(
      'input-hash.json',
    );
    const { seed: _seed, ...frame } = file.input;
    expect(canonicalJson(frame)).toBe(file.frameCanonical);
    expect(hashInput(file.input)).toBe(file.inputHash);
    expect(refSha256(file.frameCanonical)).toBe(file.inputHash);
  });

  it('commit-reveal.json', () => {
    type Case = CommitRevealSeed & { inputHash: string; effectiveSeed: string };
    const file = vectors<{
      commitments: { seed: string; commitment: string }[];
      cases: Case[];
      failures: {
        name: string;
        seed: CommitRevealSeed;
        inputHash: string;
        published?: PublishedSeedValues;
        errorPath: string;
      }[];
      secrets: { accepted: string[]; rejected: string[] };
    }>('commit-reveal.json');
    for (const c of file.commitments) expect(commitSeed(c.seed)).toBe(c.commitment);
    for (const c of file.cases) {
      expect(commitSeed(c.secret)).toBe(c.commitment);
      expect(effectiveSeed(c, c.inputHash)).toBe(c.effectiveSeed);
      expect(
        effectiveSeed(c, c.inputHash, { commitment: c.commitment, public: c.public, inputHash: c.inputHash }),
      ).toBe(c.effectiveSeed);
    }
    expect(file.failures.length).toBe(5);
    for (const f of file.failures) {
      let error: unknown;
      try {
        effectiveSeed(f.seed, f.inputHash, f.published);
      } catch (e) {
        error = e;
      }
      expect(error, f.name).toBeInstanceOf(FairdrawError);
      expect((error as FairdrawError).path, f.name).toBe(f.errorPath);
    }
    for (const s of file.secrets.accepted) expect(() => checkSecretEntropy(s), s).not.toThrow();
    for (const s of file.secrets.rejected) expect(() => checkSecretEntropy(s), s).toThrow(FairdrawError);
  });

  it('period-tree.json', () => {
    type Period = {
      index: number;
      visits: unknown;
      visitsCanonicalJson: string;
      salt: string;
      leaf: string;
      proof: string[];
    };
    const file = vectors<{
      seed: string;
      count: number;
      periods: Period[];
      root: string;
      rfc6962: { leafData: string[]; roots: string[] };
    }>('period-tree.json');
    expect(file.periods.length).toBe(file.count);
    const leaves = file.periods.map((p) => p.leaf);
    expect(merkleRoot(leaves)).toBe(file.root);
    for (const p of file.periods) {
      expect(canonicalJson(p.visits)).toBe(p.visitsCanonicalJson);
      expect(periodSalt(file.seed, p.index)).toBe(p.salt);
      expect(periodLeaf(p.salt, p.index, p.visitsCanonicalJson)).toBe(p.leaf);
      expect(merkleProof(leaves, p.index)).toEqual(p.proof);
      // A period verifies alone: its leaf, its proof, the count and the published root.
      expect(verifyMerkleProof(p.leaf, p.index, file.count, p.proof, file.root)).toBe(true);
    }
    const ct = file.rfc6962.leafData.map((d) => refSha256([0], [...Buffer.from(d, 'hex')]));
    for (let n = 1; n <= ct.length; n++) expect(merkleRoot(ct.slice(0, n))).toBe(file.rfc6962.roots[n - 1]);
  });
});
