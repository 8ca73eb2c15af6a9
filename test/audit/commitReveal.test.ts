import { describe, expect, it } from 'vitest';
import { checkSecretEntropy } from '../../src/audit/checkSecretEntropy.js';
import { commitSeed } from '../../src/audit/commitSeed.js';
import { effectiveSeed } from '../../src/audit/effectiveSeed.js';
import { generateSecret } from '../../src/audit/generateSecret.js';
import { sha256Hex } from '../../src/audit/hashInput.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { refSha256 } from './refHash.js';

/** Calls `f`, expects a FairdrawError at `path`, returns its message. */
const rejection = (f: () => unknown, path: string): string => {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(FairdrawError);
    expect((error as FairdrawError).path).toBe(path);
    expect((error as FairdrawError).code).toBe('invalid-input');
    return (error as FairdrawError).message;
  }
  throw new Error(`expected a FairdrawError at ${path}`);
};

/** A deterministic stream of pseudo-random hex for the tests (SHA-256 in counter mode). */
const hexStream = (label: string, chars: number): string => {
  let out = '';
  for (let i = 0; out.length < chars; i++) out += sha256Hex(`${label}/${i}`);
  return out.slice(0, chars);
};

describe('commitSeed', () => {
  it('is SHA-256 of "fairdraw/commit/v1" 0x00 UTF-8(seed)', () => {
    for (const seed of ['county-2026', 'a'.repeat(64), '洛河', '😀 x']) {
      expect(commitSeed(seed)).toBe(refSha256('fairdraw/commit/v1', [0], seed));
    }
    expect(commitSeed('county-2026')).not.toBe(sha256Hex('county-2026'));
  });

  it('refuses an empty or ill-formed seed', () => {
    rejection(() => commitSeed(''), 'seed');
    rejection(() => commitSeed('\udfff', 'seed.secret'), 'seed.secret');
  });
});

describe('generateSecret', () => {
  it('returns 64 lower-case hex digits that pass the entropy check, different on every call', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const secret = generateSecret();
      expect(secret).toMatch(/^[0-9a-f]{64}$/);
      checkSecretEntropy(secret);
      seen.add(secret);
    }
    expect(seen.size).toBe(50);
  });

  it('writes the injected bytes as hex and redraws patterned ones', () => {
    const good = Uint8Array.from({ length: 32 }, (_, i) => (i * 97 + 13) & 255);
    const draws = [new Uint8Array(32), good];
    expect(generateSecret(() => draws.shift()!)).toBe(Buffer.from(good).toString('hex'));
  });

  it('declares a broken source broken instead of looping or returning a weak secret', () => {
    expect(rejection(() => generateSecret((n) => new Uint8Array(n)), 'random')).toMatch(/broken/);
    rejection(() => generateSecret(() => new Uint8Array(16)), 'random');
  });
});

describe('checkSecretEntropy', () => {
  it('accepts random secrets of the minimum lengths in every encoding', () => {
    const bytes = Buffer.from(hexStream('b64', 64), 'hex');
    const accepted = [
      hexStream('hex', 32),
      hexStream('hex', 32).toUpperCase(),
      hexStream('hex', 64),
      BigInt(`0x${hexStream('dec', 40)}`)
        .toString()
        .slice(0, 39),
      bytes.toString('base64').slice(0, 22),
      bytes.toString('base64'),
      bytes.subarray(0, 32).toString('base64url'),
    ];
    for (const secret of accepted) expect(() => checkSecretEntropy(secret), secret).not.toThrow();
  });

  it('almost never refuses a random secret of minimum length (0 of 3 x 3000 seeded samples)', () => {
    let refused = 0;
    for (let i = 0; i < 3000; i++) {
      const h = hexStream(`sample-${i}`, 64);
      const candidates = [
        h.slice(0, 32),
        BigInt(`0x${h}`).toString().slice(-39),
        Buffer.from(h, 'hex').toString('base64').slice(0, 22),
      ];
      for (const secret of candidates) {
        try {
          checkSecretEntropy(secret);
        } catch {
          refused++;
        }
      }
    }
    expect(refused).toBe(0);
  });

  it('refuses short secrets, saying how many characters are needed', () => {
    expect(rejection(() => checkSecretEntropy('county-2026'), 'seed.secret')).toMatch(/at most \d+ bits/);
    expect(rejection(() => checkSecretEntropy(hexStream('h', 31)), 'seed.secret')).toMatch(
      /at least 32 such/,
    );
    expect(rejection(() => checkSecretEntropy('31415926535897932384626433832795028'), 'seed.secret')).toMatch(
      /at least 39 such/,
    );
    expect(rejection(() => checkSecretEntropy('correcthorsebatterystaple'), 'seed.secret')).toMatch(
      /at least 28/,
    );
    rejection(() => checkSecretEntropy(''), 'seed.secret');
  });

  it('refuses other characters, repetitive, periodic and counting secrets', () => {
    expect(
      rejection(() => checkSecretEntropy('correct horse battery staple and more'), 'seed.secret'),
    ).toMatch(/hex, decimal or base64/);
    rejection(() => checkSecretEntropy(`é${hexStream('x', 40)}`), 'seed.secret');
    expect(rejection(() => checkSecretEntropy('0'.repeat(64)), 'seed.secret')).toMatch(/too often/);
    expect(rejection(() => checkSecretEntropy(`${'a'.repeat(31)}b`), 'seed.secret')).toMatch(/too often/);
    expect(rejection(() => checkSecretEntropy('0123456789abcdef'.repeat(2)), 'seed.secret')).toMatch(
      /repeated/,
    );
    expect(rejection(() => checkSecretEntropy('deadbeef'.repeat(8)), 'seed.secret')).toMatch(/repeated/);
    expect(rejection(() => checkSecretEntropy(`01234567${hexStream('y', 40)}`), 'seed.secret')).toMatch(
      /in a row/,
    );
    expect(rejection(() => checkSecretEntropy(`${hexStream('z', 40)}hgfedcba`), 'seed.secret')).toMatch(
      /in a row/,
    );
    expect(rejection(() => checkSecretEntropy(`${hexStream('w', 40)}aaaaaaaa`), 'seed.secret')).toMatch(
      /in a row/,
    );
    // Seven in a row is tolerated.
    expect(() => checkSecretEntropy(`${hexStream('v', 40)}aaaaaaa`)).not.toThrow();
  });

  it('names the field it is given', () => {
    rejection(() => checkSecretEntropy('abc', 'secret'), 'secret');
  });
});

describe('effectiveSeed', () => {
  const secret = hexStream('office secret', 64);
  const commitment = commitSeed(secret);
  const seed = { secret, public: '3 1 4 1 5 9 2 6 5 3', commitment };
  const inputHash = sha256Hex('{"units":[]}');

  it('is SHA-256 of "fairdraw/effective-seed/v1" 0x00 secret 0x00 public 0x00 inputHash', () => {
    expect(effectiveSeed(seed, inputHash)).toBe(
      refSha256('fairdraw/effective-seed/v1', [0], secret, [0], seed.public, [0], inputHash),
    );
    expect(effectiveSeed(seed, inputHash)).toBe(effectiveSeed({ ...seed }, inputHash));
  });

  it('changes with each of its three contributions', () => {
    const base = effectiveSeed(seed, inputHash);
    const otherSecret = hexStream('other secret', 64);
    expect(
      effectiveSeed(
        { secret: otherSecret, public: seed.public, commitment: commitSeed(otherSecret) },
        inputHash,
      ),
    ).not.toBe(base);
    expect(effectiveSeed({ ...seed, public: '3 1 4 1 5 9 2 6 5 4' }, inputHash)).not.toBe(base);
    expect(effectiveSeed(seed, sha256Hex('{"units":[1]}'))).not.toBe(base);
  });

  it('accepts the values that were published', () => {
    expect(effectiveSeed(seed, inputHash, { commitment, public: seed.public, inputHash })).toBe(
      effectiveSeed(seed, inputHash),
    );
  });

  it('refuses a wrong secret, saying it does not open the commitment', () => {
    const wrong = hexStream('a guess', 64);
    const message = rejection(() => effectiveSeed({ ...seed, secret: wrong }, inputHash), 'seed.secret');
    expect(message).toMatch(/does not open seed\.commitment/);
    expect(message).toContain(commitment);
    expect(message).toContain(commitSeed(wrong));
    // One character off is just as wrong.
    const typo = `${secret.slice(0, -1)}${secret.endsWith('0') ? '1' : '0'}`;
    rejection(() => effectiveSeed({ ...seed, secret: typo }, inputHash), 'seed.secret');
  });

  it('refuses a public value other than the one announced', () => {
    const message = rejection(
      () => effectiveSeed({ ...seed, public: '3 1 4 1 5 9 2 6 5 4' }, inputHash, { public: seed.public }),
      'seed.public',
    );
    expect(message).toMatch(/is not the public value fixed after the commitment/);
    // Whitespace counts: the value is used character for character.
    rejection(
      () => effectiveSeed({ ...seed, public: `${seed.public} ` }, inputHash, { public: seed.public }),
      'seed.public',
    );
  });

  it('refuses a commitment or an input hash other than the ones published', () => {
    const other = hexStream('other', 64);
    const otherSeed = { secret: other, public: seed.public, commitment: commitSeed(other) };
    expect(rejection(() => effectiveSeed(otherSeed, inputHash, { commitment }), 'seed.commitment')).toMatch(
      /not the commitment published before the draw/,
    );
    expect(
      rejection(() => effectiveSeed(seed, sha256Hex('{"units":[2]}'), { inputHash }), 'inputHash'),
    ).toMatch(/changed after the commitment/);
  });

  it('refuses a weak secret even when it opens its commitment', () => {
    const weak = { secret: 'county-2026', public: '42', commitment: commitSeed('county-2026') };
    expect(rejection(() => effectiveSeed(weak, inputHash), 'seed.secret')).toMatch(/bits of entropy/);
  });

  it('refuses malformed fields, naming each', () => {
    rejection(() => effectiveSeed(null as never, inputHash), 'seed');
    rejection(() => effectiveSeed({ ...seed, secret: '' }, inputHash), 'seed.secret');
    rejection(() => effectiveSeed({ ...seed, public: '' }, inputHash), 'seed.public');
    rejection(() => effectiveSeed({ ...seed, public: 'a\u0000b' }, inputHash), 'seed.public');
    rejection(
      () => effectiveSeed({ ...seed, commitment: commitment.toUpperCase() }, inputHash),
      'seed.commitment',
    );
    rejection(
      () => effectiveSeed({ ...seed, commitment: commitment.slice(1) }, inputHash),
      'seed.commitment',
    );
    rejection(() => effectiveSeed(seed, 'not a hash'), 'inputHash');
  });
});
