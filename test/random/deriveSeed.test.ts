import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { deriveSeed } from '../../src/random/deriveSeed.js';

/** The documented byte format, rebuilt independently with node:crypto. */
function reference(master: string, ...path: (string | number)[]): string {
  const parts: Buffer[] = [Buffer.from('fairdraw/seed/v1', 'utf8'), Buffer.from([0])];
  for (const p of [master, ...path]) {
    const bytes = Buffer.from(String(p), 'utf8');
    const header = Buffer.alloc(5);
    header[0] = typeof p === 'number' ? 0x6e : 0x73;
    header.writeUInt32BE(bytes.length, 1);
    parts.push(header, bytes);
  }
  return createHash('sha256').update(Buffer.concat(parts)).digest('hex');
}

describe('deriveSeed', () => {
  it('follows the documented byte format (checked against node:crypto)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.array(fc.oneof(fc.string(), fc.nat())),
        (master, path) => {
          expect(deriveSeed(master, ...path)).toBe(reference(master, ...path));
        },
      ),
      { seed: 1, numRuns: 300 },
    );
  });

  it('separates strings from integers and path boundaries', () => {
    expect(deriveSeed('s', 1)).not.toBe(deriveSeed('s', '1'));
    expect(deriveSeed('s', 'ab', 'c')).not.toBe(deriveSeed('s', 'a', 'bc'));
    expect(deriveSeed('s')).not.toBe(deriveSeed('s', ''));
  });

  it('matches the published vectors of docs/spec.md', () => {
    expect(deriveSeed('county-2026')).toBe(
      'fecf77d531a4ab14e3a5764cc2bb66c51070fb642edc33c58d390bfbdcab0e43',
    );
    expect(deriveSeed('county-2026', 'routine', 'horizon')).toBe(
      'a391ea19d7cf9d61182c3022b62b75b2d2b0100689c06e78a2c3d5841ab00b6b',
    );
    expect(deriveSeed('county-2026', 'dates', 0)).toBe(reference('county-2026', 'dates', 0));
  });

  it('rejects parts that are not safe integers with a FairdrawError naming the part', () => {
    const cases: [() => unknown, string][] = [
      [() => deriveSeed('s', 1.5), 'path[0]'],
      [() => deriveSeed('s', 'routine', Number.NaN), 'path[1]'],
      [() => deriveSeed('s', 2 ** 53), 'path[0]'],
      [() => deriveSeed('s', undefined as never), 'path[0]'],
      [() => deriveSeed(null as never), 'master'],
    ];
    for (const [run, path] of cases) {
      expect(run, path).toThrow(FairdrawError);
      expect(run, path).toThrow(
        expect.objectContaining({
          code: 'invalid-input',
          path,
          message: expect.stringMatching(/must be a string or a safe integer/),
        }),
      );
    }
  });
});
