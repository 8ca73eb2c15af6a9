import { createHash } from 'node:crypto';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/random/sha256.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('sha256: one function, the same digest from node:crypto and from @noble/hashes', () => {
  it('gives FIPS 180-2 appendix B.1 for "abc", and the empty string its digest', () => {
    expect(hex(sha256(new TextEncoder().encode('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(hex(sha256(new Uint8Array(0)))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('equals both implementations on every size around the switch and on large inputs', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 4000, maxLength: 9000 }), (data) => {
        const digest = hex(sha256(data));
        expect(digest).toBe(hex(nobleSha256(data)));
        expect(digest).toBe(createHash('sha256').update(data).digest('hex'));
      }),
      { seed: 20261207, numRuns: 60 },
    );
    const big = new Uint8Array(3_000_017).map((_, i) => (i * 2654435761) >>> 24);
    expect(hex(sha256(big))).toBe(hex(nobleSha256(big)));
  });
});
