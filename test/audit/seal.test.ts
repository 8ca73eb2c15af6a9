import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/audit/canonicalJson.js';
import { merkleProof, merkleRoot, merkleRootFromProof } from '../../src/audit/merkle.js';
import {
  leafOfValue,
  periodLeaf,
  periodLeafV2,
  periodSalt,
  sealHead,
  sealHeadV2,
  sealHeadV3,
  summaryLeaf,
  summarySalt,
} from '../../src/audit/seal.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { refSha256 } from './refHash.js';

const salt = summarySalt('master-seed');
const pathOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(FairdrawError);
    return (e as FairdrawError).path;
  }
  return undefined;
};

describe('seal primitives', () => {
  it('summarySalt never equals a period salt, and summaryLeaf and sealHead hash the documented bytes', () => {
    for (let k = 0; k < 200; k++) expect(periodSalt('master-seed', k)).not.toBe(salt);
    expect(summaryLeaf(salt, '{"a":1}')).toBe(
      refSha256([0], `fairdraw/summary/v1\u0000${salt}\u0000{"a":1}`),
    );
    const root = 'ab'.repeat(32);
    expect(sealHead(7, root)).toBe(refSha256(`fairdraw/seal/v1\u00007\u0000${root}`));
    expect(sealHead(7, root)).not.toBe(sealHead(8, root));
  });

  it('periodLeafV2 and sealHeadV2 hash the documented bytes, apart from the v1 leaf and head', () => {
    const k = periodSalt('master-seed', 3);
    const content = '{"names":{"inspectors":{"i-1":"王磊"},"units":{}},"visits":[]}';
    expect(periodLeafV2(k, 3, content)).toBe(
      refSha256([0], `fairdraw/period/v2\u0000${k}\u00003\u0000${content}`),
    );
    expect(periodLeafV2(k, 3, '[]')).not.toBe(periodLeaf(k, 3, '[]'));
    const root = 'cd'.repeat(32);
    expect(sealHeadV2(5, root)).toBe(refSha256(`fairdraw/seal/v2\u00005\u0000${root}`));
    expect(sealHeadV2(5, root)).not.toBe(sealHead(5, root));
    expect(pathOf(() => periodLeafV2('ABC', 0, '{}'))).toBe('salt');
    expect(pathOf(() => periodLeafV2(k, -1, '{}'))).toBe('periodIndex');
    expect(pathOf(() => periodLeafV2(k, 0, '{ "names": {} }'))).toBe('periodCanonicalJson');
    expect(pathOf(() => sealHeadV2(0, root))).toBe('leafCount');
    expect(pathOf(() => sealHeadV2(2, 'AB'.repeat(32)))).toBe('root');
  });

  it('sealHeadV3 hashes the documented bytes, apart from the v2 and v1 heads', () => {
    const root = 'cd'.repeat(32);
    expect(sealHeadV3(5, root)).toBe(refSha256(`fairdraw/seal/v3\u00005\u0000${root}`));
    expect(sealHeadV3(5, root)).not.toBe(sealHeadV2(5, root));
    expect(sealHeadV3(5, root)).not.toBe(sealHead(5, root));
    expect(sealHeadV3(5, root)).not.toBe(sealHeadV3(6, root));
    expect(pathOf(() => sealHeadV3(0, root))).toBe('leafCount');
    expect(pathOf(() => sealHeadV3(1.5, root))).toBe('leafCount');
    expect(pathOf(() => sealHeadV3(2, 'AB'.repeat(32)))).toBe('root');
  });

  it('refuses bad arguments, naming them', () => {
    expect(pathOf(() => summaryLeaf('ABC', '{}'))).toBe('salt');
    expect(pathOf(() => summaryLeaf(salt, '{ "a": 1 }'))).toBe('summaryCanonicalJson');
    expect(pathOf(() => summaryLeaf(salt, ''))).toBe('summaryCanonicalJson');
    expect(pathOf(() => sealHead(0, 'ab'.repeat(32)))).toBe('leafCount');
    expect(pathOf(() => sealHead(1.5, 'ab'.repeat(32)))).toBe('leafCount');
    expect(pathOf(() => sealHead(3, 'AB'.repeat(32)))).toBe('root');
    expect(pathOf(() => summarySalt(''))).toBe('seed');
  });

  it('merkleRootFromProof gives the root for every leaf of trees of 1 to 12 leaves, and null for a bad proof', () => {
    let ambiguous = 0;
    for (let n = 1; n <= 12; n++) {
      const leaves = Array.from({ length: n }, (_, i) => refSha256([0], `leaf ${i}`));
      const root = merkleRoot(leaves);
      for (let i = 0; i < n; i++) {
        const proof = merkleProof(leaves, i);
        expect(merkleRootFromProof(leaves[i]!, i, n, proof)).toBe(root);
        // The bare root does not fix the count (e.g. leaf 0 of 5 and of 6 share a path); the head does.
        if (merkleRootFromProof(leaves[i]!, i, n + 1, proof) === root) ambiguous += 1;
        expect(sealHead(n + 1, root)).not.toBe(sealHead(n, root));
        if (proof.length > 0) expect(merkleRootFromProof(leaves[i]!, i, n, proof.slice(1))).toBeNull();
      }
    }
    expect(ambiguous).toBeGreaterThan(0);
    expect(merkleRootFromProof('x', 0, 1, [])).toBeNull();
    expect(merkleRootFromProof('ab'.repeat(32), 1, 1, [])).toBeNull();
    expect(merkleRootFromProof('ab'.repeat(32), 0, 2, ['X:00'])).toBeNull();
  });
});

describe('leafOfValue: the leaf of a value the library writes itself', () => {
  it('is periodLeaf, periodLeafV2 and summaryLeaf of its canonical JSON, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(1000), (value, k) => {
        const text = canonicalJson(value);
        expect(leafOfValue('fairdraw/period/v1', salt, k, value)).toBe(periodLeaf(salt, k, text));
        expect(leafOfValue('fairdraw/period/v2', salt, k, value)).toBe(periodLeafV2(salt, k, text));
        expect(leafOfValue('fairdraw/summary/v1', salt, undefined, value)).toBe(summaryLeaf(salt, text));
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });
});
