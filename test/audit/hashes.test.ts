import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/audit/canonicalJson.js';
import { hashInput, sha256Hex } from '../../src/audit/hashInput.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { refSha256 } from './refHash.js';

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 appendix B vectors and the empty string', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes the UTF-8 bytes of non-ASCII text', () => {
    for (const text of ['é', '€', '😀', '洛河派出所', 'a\u0000b', 'x'.repeat(1000)]) {
      expect(sha256Hex(text)).toBe(refSha256(text));
    }
  });

  it('refuses lone surrogates and non-strings, naming `text`', () => {
    expect(() => sha256Hex('a\ud800')).toThrow(FairdrawError);
    expect(() => sha256Hex('a\ud800')).toThrow(/^text: .*surrogate/);
    expect(() => sha256Hex(5 as unknown as string)).toThrow(/^text: must be a string/);
  });
});

describe('hashInput', () => {
  const input = {
    seed: 'county-2026',
    horizon: { start: '2026-01-05', end: '2026-12-27', zone: 'Asia/Shanghai', period: 'week' },
    units: [{ id: 'ps-luohe', type: 'police-station', risk: 3 }],
    routine: { visitsPerPeriod: 6, fairness: 'risk' },
  };

  it('is SHA-256 of the canonical JSON of the input without its seed', () => {
    const { seed: _seed, ...frame } = input;
    const expected = refSha256(canonicalJson(frame));
    expect(hashInput(input)).toBe(expected);
    expect(canonicalJson(frame)).not.toContain('seed');
  });

  it('leaves out the seed whatever its form, and nothing else', () => {
    const withSecret = {
      ...input,
      seed: { secret: 'a'.repeat(64), public: '31415', commitment: 'b'.repeat(64) },
    };
    const { seed: _seed, ...frame } = input;
    expect(hashInput(withSecret)).toBe(hashInput(input));
    expect(hashInput(frame)).toBe(hashInput(input));
    expect(hashInput({ ...input, seed: 'another' })).toBe(hashInput(input));
    expect(hashInput({ ...input, extra: 1 })).not.toBe(hashInput(input));
    expect(hashInput({ ...input, units: [{ ...input.units[0], risk: 3.000001 }] })).not.toBe(
      hashInput(input),
    );
    // A nested field called seed is data like any other.
    expect(hashInput({ ...input, routine: { ...input.routine, seed: 'x' } })).not.toBe(hashInput(input));
  });

  it('does not depend on member order or on how numbers were spelt', () => {
    const text =
      '{"units":[{"risk":3.0,"type":"police-station","id":"ps-luohe"}],"seed":"s",' +
      '"routine":{"fairness":"risk","visitsPerPeriod":6E0},' +
      '"horizon":{"period":"week","zone":"Asia/Shanghai","end":"2026-12-27","start":"2026-01-05"}}';
    expect(hashInput(JSON.parse(text))).toBe(hashInput(input));
  });

  it('keeps a top-level member named __proto__ as data', () => {
    const a = JSON.parse('{"__proto__":{"x":1},"units":[]}');
    const b = JSON.parse('{"__proto__":{"x":2},"units":[]}');
    expect(hashInput(a)).not.toBe(hashInput(b));
  });

  it('refuses anything but a plain object, and names the bad field inside', () => {
    for (const bad of [null, [], 'x', 3, new Date(0)]) expect(() => hashInput(bad)).toThrow(FairdrawError);
    expect(() => hashInput([])).toThrow(/must be a JSON object, got an array/);
    expect(() => hashInput({ units: [{ risk: Number.NaN }] })).toThrow(/^units\[0\]\.risk: is NaN/);
    // Even a bad seed cannot break the hash: it is never read.
    expect(hashInput({ seed: () => 1, units: [] })).toBe(hashInput({ units: [] }));
  });
});
