import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/audit/canonicalJson.js';
import { sha256Hex } from '../../src/audit/hashInput.js';
import { merkleProof, merkleRoot, verifyMerkleProof } from '../../src/audit/merkle.js';
import { periodLeaf, periodSalt } from '../../src/audit/seal.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { deriveSeed } from '../../src/random/deriveSeed.js';
import { refSha256 } from './refHash.js';

const hexBytes = (hex: string): number[] => [...Buffer.from(hex, 'hex')];

/** RFC 6962 leaf hash of raw data, with Node's SHA-256. */
const refLeaf = (dataHex: string): string => refSha256([0], hexBytes(dataHex));

/** Flips bit `bit` (0 = most significant) of a hex digest, returning lower-case hex. */
const flipHexBit = (hex: string, bit: number): string => {
  const bytes = Buffer.from(hex, 'hex');
  bytes[bit >> 3]! ^= 0x80 >> (bit & 7);
  return bytes.toString('hex');
};

/** Leaves for a tree of `n` periods, made the way the planner will make them. */
const periodLeaves = (n: number): string[] =>
  Array.from({ length: n }, (_, k) =>
    periodLeaf(
      periodSalt('master-seed', k),
      k,
      canonicalJson([{ unit: `u-${k}`, date: `2026-01-0${(k % 9) + 1}` }]),
    ),
  );

// Certificate Transparency's reference data (RFC 6962 test suite): the leaf inputs, the tree heads of
// the first n leaves, and two inclusion proofs.
const CT_DATA = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
];
const CT_ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

describe('merkleRoot and merkleProof: RFC 6962 reference vectors', () => {
  const leaves = CT_DATA.map(refLeaf);

  it('reproduces the Certificate Transparency tree heads for 1..8 leaves', () => {
    for (let n = 1; n <= 8; n++) expect(merkleRoot(leaves.slice(0, n)), `n=${n}`).toBe(CT_ROOTS[n - 1]);
  });

  it('reproduces the reference audit paths, with their sides written out', () => {
    expect(merkleProof(leaves, 0)).toEqual([
      'R:96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      'R:5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'R:6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
    expect(merkleProof(leaves, 5)).toEqual([
      'L:bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'R:ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'L:d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ]);
    expect(merkleProof(leaves.slice(0, 3), 2)).toEqual([`L:${CT_ROOTS[1]}`]);
    expect(merkleProof(leaves.slice(0, 1), 0)).toEqual([]);
  });

  it('computes inner nodes as SHA-256(0x01 || left || right) over raw bytes', () => {
    const [a, b] = [leaves[0]!, leaves[1]!];
    expect(merkleRoot([a, b])).toBe(refSha256([1], hexBytes(a), hexBytes(b)));
    // No duplicated last node: three leaves are not four with the last one repeated.
    expect(merkleRoot(leaves.slice(0, 3))).not.toBe(merkleRoot([...leaves.slice(0, 3), leaves[2]!]));
  });
});

describe('verifyMerkleProof', () => {
  it('accepts the proof of every leaf of every tree of 1..20 leaves', () => {
    let checked = 0;
    for (let n = 1; n <= 20; n++) {
      const leaves = periodLeaves(n);
      const root = merkleRoot(leaves);
      for (let i = 0; i < n; i++) {
        const proof = merkleProof(leaves, i);
        expect(proof.length).toBeLessThanOrEqual(Math.ceil(Math.log2(n)));
        expect(verifyMerkleProof(leaves[i]!, i, n, proof, root), `n=${n} i=${i}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBe(210);
  });

  it('refuses any single flipped bit of the leaf, of a proof hash, of the root, and of the index (1..20 leaves)', () => {
    // Trees of 1..8 leaves: every one of the 256 bits of every hash, for every index. Trees of 9..20:
    // one bit in every byte of every hash, the position varying with the byte, the index and the
    // entry. Counted rather than asserted one by one to stay fast; any acceptance is listed.
    let refused = 0;
    const accepted: string[] = [];
    const check = (ok: boolean, what: string): void => {
      if (ok) accepted.push(what);
      else refused++;
    };
    for (let n = 1; n <= 20; n++) {
      const leaves = periodLeaves(n);
      const root = merkleRoot(leaves);
      for (let i = 0; i < n; i++) {
        const leaf = leaves[i]!;
        const proof = merkleProof(leaves, i);
        const bits = (salt: number): number[] =>
          n <= 8
            ? Array.from({ length: 256 }, (_, b) => b)
            : Array.from({ length: 32 }, (_, byte) => byte * 8 + ((byte + i + salt) & 7));
        for (const bit of bits(0)) {
          check(verifyMerkleProof(flipHexBit(leaf, bit), i, n, proof, root), `n=${n} i=${i} leaf bit ${bit}`);
        }
        for (const bit of bits(1)) {
          check(verifyMerkleProof(leaf, i, n, proof, flipHexBit(root, bit)), `n=${n} i=${i} root bit ${bit}`);
        }
        for (let j = 0; j < proof.length; j++) {
          for (const bit of bits(j + 2)) {
            const entry = proof[j]!;
            const bent = [...proof];
            bent[j] = `${entry.slice(0, 2)}${flipHexBit(entry.slice(2), bit)}`;
            check(verifyMerkleProof(leaf, i, n, bent, root), `n=${n} i=${i} proof[${j}] bit ${bit}`);
          }
        }
        for (let bit = 0; bit < 8; bit++) {
          check(verifyMerkleProof(leaf, i ^ (1 << bit), n, proof, root), `n=${n} i=${i} index bit ${bit}`);
        }
      }
    }
    expect(accepted).toEqual([]);
    expect(refused).toBe(76_976);
  });

  it('refuses flipped characters too: side letters, upper-case hex, any other spelling', () => {
    const n = 7;
    const leaves = periodLeaves(n);
    const root = merkleRoot(leaves);
    for (let i = 0; i < n; i++) {
      const leaf = leaves[i]!;
      const proof = merkleProof(leaves, i);
      const texts = { leaf, root, ...Object.fromEntries(proof.map((p, j) => [`p${j}`, p])) };
      for (const [name, text] of Object.entries(texts)) {
        for (let c = 0; c < text.length; c++) {
          for (let bit = 0; bit < 7; bit++) {
            const bent =
              text.slice(0, c) + String.fromCharCode(text.charCodeAt(c) ^ (1 << bit)) + text.slice(c + 1);
            const args = { leaf, root, proof: [...proof] };
            if (name === 'leaf') args.leaf = bent;
            else if (name === 'root') args.root = bent;
            else args.proof[Number(name.slice(1))] = bent;
            expect(verifyMerkleProof(args.leaf, i, n, args.proof, args.root), `${name}[${c}]^${bit}`).toBe(
              false,
            );
          }
        }
      }
      // Dropping, adding or reordering proof entries fails too.
      if (proof.length > 0) {
        expect(verifyMerkleProof(leaf, i, n, proof.slice(1), root)).toBe(false);
        expect(verifyMerkleProof(leaf, i, n, [...proof, proof[0]!], root)).toBe(false);
      }
      if (proof.length > 1) expect(verifyMerkleProof(leaf, i, n, [...proof].reverse(), root)).toBe(false);
      // Another period's leaf does not verify at this position.
      expect(verifyMerkleProof(leaves[(i + 1) % n]!, i, n, proof, root)).toBe(false);
    }
  });

  it('does not authenticate the leaf count (as in RFC 6962): the count must come from the frame', () => {
    // Documented limitation: leaf 0 of 5 walks the same path as leaf 0 of 6..8, so a verifier takes
    // the count from the published frame (the number of periods), never from the prover.
    const leaves = periodLeaves(5);
    const proof = merkleProof(leaves, 0);
    const root = merkleRoot(leaves);
    expect([4, 5, 6, 8, 9].map((count) => verifyMerkleProof(leaves[0]!, 0, count, proof, root))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('returns false, never throws, on malformed arguments', () => {
    const leaves = periodLeaves(4);
    const root = merkleRoot(leaves);
    const proof = merkleProof(leaves, 1);
    expect(verifyMerkleProof(leaves[1]!, 1, 4, proof, root)).toBe(true);
    const bad: [unknown, unknown, unknown, unknown, unknown][] = [
      [null, 1, 4, proof, root],
      [leaves[1], 1.5, 4, proof, root],
      [leaves[1], -1, 4, proof, root],
      [leaves[1], 4, 4, proof, root],
      [leaves[1], 1, 0, proof, root],
      [leaves[1], 1, Number.NaN, proof, root],
      [leaves[1], 1, 4, 'proof', root],
      [leaves[1], 1, 4, [null, null], root],
      [leaves[1], 1, 4, proof, root.toUpperCase()],
    ];
    for (const args of bad)
      expect(verifyMerkleProof(...(args as Parameters<typeof verifyMerkleProof>))).toBe(false);
  });
});

describe('merkleRoot and merkleProof: refusals', () => {
  const leaves = periodLeaves(3);

  it('refuses empty or malformed leaf lists, naming the leaf', () => {
    expect(() => merkleRoot([])).toThrow(/^leaves: must hold at least one leaf/);
    expect(() => merkleRoot('x' as never)).toThrow(FairdrawError);
    expect(() => merkleRoot([leaves[0]!, leaves[1]!.toUpperCase()])).toThrow(
      /^leaves\[1\]: must be a SHA-256 digest/,
    );
    expect(() => merkleProof([leaves[0]!, 'abc'], 0)).toThrow(/^leaves\[1\]/);
  });

  it('refuses an index outside the tree', () => {
    expect(() => merkleProof(leaves, 3)).toThrow(/^index: must be below the number of leaves 3/);
    expect(() => merkleProof(leaves, -1)).toThrow(/^index: must be a non-negative integer/);
    expect(() => merkleProof(leaves, 0.5)).toThrow(FairdrawError);
  });
});

describe('periodSalt and periodLeaf', () => {
  it('derives the salt with deriveSeed(seed, "reveal-salt", k): one per period, secret with the seed', () => {
    expect(periodSalt('master-seed', 3)).toBe(deriveSeed('master-seed', 'reveal-salt', 3));
    const salts = new Set(Array.from({ length: 60 }, (_, k) => periodSalt('master-seed', k)));
    expect(salts.size).toBe(60);
    expect(periodSalt('master-seed2', 0)).not.toBe(periodSalt('master-seed', 0));
    expect(() => periodSalt('master-seed', -1)).toThrow(/^periodIndex:/);
    expect(() => periodSalt('', 0)).toThrow(/^seed:/);
  });

  it('hashes 0x00 "fairdraw/period/v1" 0x00 salt 0x00 index 0x00 visits', () => {
    const salt = periodSalt('master-seed', 12);
    const visits = canonicalJson([
      { date: '2026-03-25', unit: 'ps-luohe', inspectors: ['insp-03', 'insp-11'] },
    ]);
    expect(periodLeaf(salt, 12, visits)).toBe(
      refSha256([0], 'fairdraw/period/v1', [0], salt, [0], '12', [0], visits),
    );
  });

  it('binds the salt, the period and every visit', () => {
    const salt = periodSalt('s', 0);
    const base = periodLeaf(salt, 0, '[{"unit":"a"}]');
    expect(periodLeaf(periodSalt('s', 1), 0, '[{"unit":"a"}]')).not.toBe(base);
    expect(periodLeaf(salt, 1, '[{"unit":"a"}]')).not.toBe(base);
    expect(periodLeaf(salt, 0, '[{"unit":"b"}]')).not.toBe(base);
    // Without the salt the same visits give an unrelated hash: nothing to match guesses against.
    expect(base).not.toBe(sha256Hex('[{"unit":"a"}]'));
  });

  it('refuses text that is not canonical JSON, a malformed salt or index', () => {
    const salt = periodSalt('s', 0);
    for (const text of ['{"b":1,"a":2}', '[1, 2]', ' []', '[1.0]', 'not json', '']) {
      expect(() => periodLeaf(salt, 0, text), text).toThrow(/^visitsCanonicalJson:/);
    }
    expect(() => periodLeaf(salt.toUpperCase(), 0, '[]')).toThrow(/^salt:/);
    expect(() => periodLeaf(salt, 1.5, '[]')).toThrow(/^periodIndex:/);
  });
});
