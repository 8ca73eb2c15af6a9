import { createHash } from 'node:crypto';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256, sha256Stream } from '../../src/random/sha256.js';

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

describe('sha256Stream: the digest of the pieces is the digest of their concatenation', () => {
  it('equals sha256 of the whole, for bytes and for text of every kind, in any cut', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 20 }), (pieces) => {
        const stream = sha256Stream();
        for (const piece of pieces) stream.updateText(piece);
        const whole = new TextEncoder().encode(pieces.join(''));
        expect(hex(stream.digest())).toBe(hex(sha256(whole)));
      }),
      { seed: 16, numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 20 }), (pieces) => {
        const native = sha256Stream();
        const portable = sha256Stream({ portable: true });
        for (const piece of pieces) {
          native.updateText(piece);
          portable.updateText(piece);
        }
        expect(hex(portable.digest())).toBe(hex(native.digest()));
      }),
      { seed: 17, numRuns: 100 },
    );
    const long = 'é'.repeat(70_000) + 'x'.repeat(100_000);
    const stream = sha256Stream();
    stream.update(Uint8Array.of(0));
    stream.updateText(long);
    stream.updateText('ab');
    const expected = createHash('sha256').update(Uint8Array.of(0)).update(`${long}ab`, 'utf8').digest('hex');
    expect(hex(stream.digest())).toBe(expected);
    // The portable stream (what a browser runs): a long text apart, short ones through its one buffer.
    const portable = sha256Stream({ portable: true });
    portable.update(Uint8Array.of(0));
    portable.updateText(long);
    portable.updateText('ab');
    expect(hex(portable.digest())).toBe(expected);
  });
});
