import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonPieces } from '../../src/audit/canonicalJson.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';

/** The double whose IEEE 754 bits are `hex` (16 hex digits, big-endian). */
const double = (hex: string): number => {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
};

/** Throws and checks that the error is a FairdrawError at `path`; returns its message. */
const rejection = (value: unknown, path: string): string => {
  try {
    canonicalJson(value);
  } catch (error) {
    expect(error).toBeInstanceOf(FairdrawError);
    const e = error as FairdrawError;
    expect(e.code).toBe('invalid-input');
    expect(e.path).toBe(path);
    return e.message;
  }
  throw new Error(`expected canonicalJson to reject at ${path}`);
};

describe('canonicalJson: RFC 8785 published examples', () => {
  it('writes the primitives example of section 3.2.2 (numbers, escapes, literals, sorted members)', () => {
    const text =
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
      ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}';
    expect(canonicalJson(JSON.parse(text))).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts member names by UTF-16 code units as in section 3.2.3 (an astral emoji before U+FB33)', () => {
    const text =
      '{"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh",' +
      ' "1": "One", "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control",' +
      ' "\\u00f6": "Latin Small Letter O With Diaeresis"}';
    // Compare the text: Object.keys would list the integer-like name "1" first whatever the order.
    expect(canonicalJson(JSON.parse(text))).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
    // Code-point order would put U+1F600 after U+FB33: the sort must not be by code point.
    expect('\ud83d\ude00'.codePointAt(0)!).toBeGreaterThan(0xfb33);
  });

  it('writes every number of appendix B as the RFC does', () => {
    const table: [string, string][] = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [bits, expected] of table) expect(canonicalJson(double(bits)), bits).toBe(expected);
    // NaN and Infinity, the appendix's two error rows.
    rejection(double('7fffffffffffffff'), '');
    rejection(double('7ff0000000000000'), '');
  });
});

describe('canonicalJson: golden cases', () => {
  it('normalises numbers', () => {
    expect(
      canonicalJson([1e21, 1e20, 1e-7, 1e-6, 0.1, -0, 0, 2 ** 53, -(2 ** 53) - 2, 1.5e300, 100, 4.5]),
    ).toBe(
      '[1e+21,100000000000000000000,1e-7,0.000001,0.1,0,0,9007199254740992,-9007199254740994,1.5e+300,100,4.5]',
    );
    expect(canonicalJson(JSON.parse('[1.0, 10E-1, 0.10e1, -0.0]'))).toBe('[1,1,1,0]');
  });

  it('escapes strings as JSON.stringify does and keeps other characters as they are', () => {
    expect(canonicalJson('\u0000\u0007\b\t\n\u000b\f\r\u001f "\\/')).toBe(
      '"\\u0000\\u0007\\b\\t\\n\\u000b\\f\\r\\u001f \\"\\\\/"',
    );
    expect(canonicalJson('\u007f\u0080é€\u2028\u2029😀')).toBe('"\u007f\u0080é€\u2028\u2029😀"');
    expect(canonicalJson(JSON.parse('"\\u00e9\\ud83d\\ude00"'))).toBe('"é😀"');
  });

  it('sorts members at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1, 2], c: null }, A: true, aa: false, '': 'empty' })).toBe(
      '{"":"empty","A":true,"a":{"c":null,"d":[3,1,2]},"aa":false,"b":1}',
    );
    expect(canonicalJson({ é: 1, e: 2, z: 3, É: 4 })).toBe('{"e":2,"z":3,"É":4,"é":1}');
  });

  it('omits members whose value is undefined, as JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: 1, c: { d: undefined } })).toBe('{"b":1,"c":{}}');
  });

  it('accepts prototype-less objects, shared (acyclic) references and a data member named __proto__', () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare.x = 1;
    const shared = { k: 1 };
    expect(canonicalJson({ bare, p: shared, q: shared })).toBe('{"bare":{"x":1},"p":{"k":1},"q":{"k":1}}');
    expect(canonicalJson(JSON.parse('{"__proto__":{"a":1},"b":2}'))).toBe('{"__proto__":{"a":1},"b":2}');
  });

  it('ignores symbol-keyed members, as JSON does', () => {
    expect(canonicalJson({ a: 1, [Symbol('s')]: 2 })).toBe('{"a":1}');
  });

  it('writes the scalars', () => {
    expect([null, true, false, 'x', 7].map(canonicalJson)).toEqual(['null', 'true', 'false', '"x"', '7']);
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
  });
});

describe('canonicalJson: refusals name the field', () => {
  it('refuses NaN and infinities', () => {
    expect(rejection({ units: [{}, {}, {}, { risk: Number.NaN }] }, 'units[3].risk')).toMatch(/NaN/);
    expect(rejection({ a: [Number.POSITIVE_INFINITY] }, 'a[0]')).toMatch(/Infinity/);
    rejection({ a: { b: Number.NEGATIVE_INFINITY } }, 'a.b');
  });

  it('refuses undefined inside arrays, holes included, and as the whole value', () => {
    expect(rejection({ list: [1, undefined] }, 'list[1]')).toMatch(/undefined/);
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test
    rejection({ list: [1, , 3] }, 'list[1]');
    expect(rejection(undefined, '')).toMatch(/^the value is undefined/);
  });

  it('refuses functions, bigints and symbols', () => {
    expect(rejection({ f: () => 1 }, 'f')).toMatch(/function/);
    expect(rejection({ n: [10n] }, 'n[0]')).toMatch(/bigint/);
    expect(rejection({ s: Symbol('x') }, 's')).toMatch(/symbol/);
  });

  it('refuses objects that are not plain data', () => {
    expect(rejection({ when: new Date(0) }, 'when')).toMatch(/Date/);
    expect(rejection({ m: new Map() }, 'm')).toMatch(/Map/);
    expect(rejection({ bytes: new Uint8Array(2) }, 'bytes')).toMatch(/Uint8Array/);
    class Unit {
      id = 'u';
    }
    expect(rejection([new Unit()], '[0]')).toMatch(/Unit/);
  });

  it('refuses cycles', () => {
    const a: Record<string, unknown> = { list: [] };
    const b: Record<string, unknown> = { back: a };
    (a.list as unknown[]).push(b);
    expect(rejection({ a }, 'a.list[0].back')).toMatch(/cycle/);
    const self: unknown[] = [];
    self.push(self);
    rejection(self, '[0]');
  });

  it('refuses lone surrogates in values and in member names', () => {
    expect(rejection({ name: 'x\ud800' }, 'name')).toMatch(/surrogate/);
    rejection({ '\udc00k': 1 }, '\udc00k');
  });

  it('refuses nesting deeper than 512 levels and accepts 512', () => {
    const nest = (depth: number): unknown => {
      let v: unknown = 0;
      for (let i = 0; i < depth; i++) v = [v];
      return v;
    };
    expect(canonicalJson(nest(512))).toHaveLength(512 * 2 + 1);
    expect(() => canonicalJson(nest(513))).toThrow(/nested more than 512/);
    expect(() => canonicalJson(nest(100_000))).toThrow(FairdrawError);
  });
});

describe('canonicalJson: properties', () => {
  it('is idempotent through JSON.parse: canonicalJson(JSON.parse(canonicalJson(x))) === canonicalJson(x)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'grapheme' }), (x) => {
        const once = canonicalJson(x);
        expect(canonicalJson(JSON.parse(once))).toBe(once);
      }),
      { seed: 8785, numRuns: 500 },
    );
  });

  it('does not depend on member insertion order and parses back to the same data', () => {
    const reversed = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(reversed);
      if (v !== null && typeof v === 'object') {
        const out: Record<string, unknown> = {};
        for (const key of Object.keys(v).reverse()) {
          Object.defineProperty(out, key, {
            value: reversed((v as Record<string, unknown>)[key]),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        return out;
      }
      return v;
    };
    fc.assert(
      fc.property(fc.jsonValue(), (x) => {
        const text = canonicalJson(x);
        expect(canonicalJson(reversed(x))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(x)));
        expect(text).toBe(canonicalJson(JSON.parse(JSON.stringify(x))));
      }),
      { seed: 6962, numRuns: 500 },
    );
  });
});

/** canonicalJson written member by member, with nothing native: the reference for the arrays it writes natively. */
function reference(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(reference).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const record = v as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((k) => `${JSON.stringify(k)}:${reference(record[k])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(v);
}

describe('canonicalJson: arrays written natively (JSON.stringify with the sorted member names)', () => {
  it('writes what the member-by-member writer writes, for any JSON data in an array', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ stringUnit: 'grapheme' })), (x) => {
        expect(canonicalJson(x)).toBe(reference(x));
        expect(canonicalJson({ x })).toBe(reference({ x }));
      }),
      { seed: 16, numRuns: 500 },
    );
  });

  it('writes what the member-by-member writer writes where JSON.stringify alone would not', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { b: 1, a: [2] });
    const hidden = { a: 1 };
    Object.defineProperty(hidden, 'b', { value: 2, enumerable: false });
    const shared = { z: 1, y: [1, 2] };
    const cases: unknown[][] = [
      [{ b: 1, a: 2 }, { c: [{ e: 1, d: 2 }] }],
      [bare, { a: 1 }],
      JSON.parse('[{"__proto__": 1, "a": 2}, {"a": 3}]') as unknown[],
      [{ a: undefined, b: 1 }, { a: 2 }],
      [hidden, { b: 3 }],
      [shared, shared, [shared]],
      [{ constructor: 1 }, { toString: 'x' }, {}],
      [{ '\u00e9': 1, e: 2, '\ud83d\ude00': 3, '\ufb33': 4 }],
      [-0, 1e21, 1e-7, 'a\u0000"\\\n', true, null],
    ];
    for (const c of cases) expect(canonicalJson(c)).toBe(reference(c));
    expect(canonicalJson([hidden, { b: 3 }])).toBe('[{"a":1},{"b":3}]');
  });

  it('writes what the member-by-member writer writes for arrays of records made alike, whatever varies', () => {
    // The walk looks an object's names up only when they differ from the previous object's at its
    // depth: records alike, with members missing, undefined, reordered, nested or hidden, exercise it.
    const value = fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      fc.constant(undefined),
      fc.constant(null),
      fc.array(fc.integer(), { maxLength: 2 }),
      fc.record({ x: fc.integer(), w: fc.string({ maxLength: 2 }) }, { requiredKeys: [] }),
    );
    const record = fc.tuple(
      fc.record({ id: value, type: value, risk: value, name: value }, { requiredKeys: [] }),
      fc.boolean(),
      fc.nat(3),
    );
    const build = ([members, reversed, hide]: [Record<string, unknown>, boolean, number]) => {
      const keys = Object.keys(members);
      const out: Record<string, unknown> = {};
      for (const key of reversed ? keys.reverse() : keys) out[key] = members[key];
      if (hide === 0) Object.defineProperty(out, 'risk', { value: 7, enumerable: false });
      return out;
    };
    fc.assert(
      fc.property(fc.array(record, { maxLength: 12 }), (records) => {
        const x = records.map(build);
        expect(canonicalJson(x)).toBe(reference(x));
        expect(canonicalJson({ x, y: [x] })).toBe(reference({ x, y: [x] }));
      }),
      { seed: 1617, numRuns: 800 },
    );
  });

  it('writes an undefined member as absent although the same name is written in a later record', () => {
    expect(
      canonicalJson([
        { a: undefined, b: 1 },
        { a: 2, b: 3 },
      ]),
    ).toBe('[{"b":1},{"a":2,"b":3}]');
    expect(canonicalJson([{ b: 1 }, { b: 2, a: 3 }, { b: 4 }])).toBe('[{"b":1},{"a":3,"b":2},{"b":4}]');
  });

  it('leaves a member that is not enumerable out, in records alike and in records that lack a name', () => {
    const hidden = (a: number) => Object.defineProperty({ a }, 'b', { value: 2, enumerable: false });
    expect(canonicalJson([{ a: 1, b: 1 }, hidden(2)])).toBe('[{"a":1,"b":1},{"a":2}]');
    expect(canonicalJson([hidden(1), hidden(2), { a: 3, b: 3 }])).toBe('[{"a":1},{"a":2},{"a":3,"b":3}]');
    const inner = { v: [{ a: 1, b: 1 }, { c: hidden(5) }] };
    expect(canonicalJson([inner])).toBe(reference([inner]));
  });

  it('refuses a cycle through the containers around an array, naming it as before', () => {
    const outer: Record<string, unknown> = { list: [{ a: 1 }] };
    (outer.list as unknown[]).push({ back: outer });
    expect(rejection(outer, 'list[1].back')).toMatch(/cycle|itself/i);
    const self: unknown[] = [1, 2];
    self.push({ again: [self] });
    expect(rejection(self, '[2].again[0]')).toBeTruthy();
  });

  it('writes as the member-by-member writer while Object.prototype has an enumerable member', () => {
    const proto = Object.prototype as Record<string, unknown>;
    const x = [{ b: 1, a: 2 }, { a: 3 }];
    try {
      proto.polluted = 1;
      expect(canonicalJson(x)).toBe('[{"a":2,"b":1},{"a":3}]');
    } finally {
      delete proto.polluted;
    }
  });

  it('names the place of a refusal inside an array as before', () => {
    expect(rejection([{ a: 1 }, { b: [1, Number.NaN] }], '[1].b[1]')).toMatch(/NaN/);
    expect(rejection([{ a: 1 }, { b: new Map() }], '[1].b')).toMatch(/Map/);
    expect(rejection([{ a: 'x' }, { '\ud800': 1 }], '[1].\ud800')).toBeTruthy();
    const cycle: Record<string, unknown>[] = [{ a: 1 }];
    cycle[0]!.self = cycle;
    expect(rejection(cycle, '[0].self')).toBeTruthy();
  });
});

describe('canonicalJsonPieces: canonicalJson in pieces', () => {
  const joined = (value: unknown) => {
    const pieces: string[] = [];
    canonicalJsonPieces(value, (p) => pieces.push(p));
    return pieces.join('');
  };

  it('joins to canonicalJson for any JSON data, long arrays of objects and of numbers included', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'grapheme' }), (x) => {
        expect(joined(x)).toBe(canonicalJson(x));
        expect(joined({ b: x, a: [x, { c: x }] })).toBe(canonicalJson({ b: x, a: [x, { c: x }] }));
      }),
      { seed: 1616, numRuns: 300 },
    );
    const units = Array.from({ length: 10_000 }, (_, i) => ({
      type: `t${i % 7}`,
      id: `u-${i}`,
      risk: i / 7,
    }));
    const numbers = Array.from({ length: 9_000 }, (_, i) => i / 3);
    const hidden = { a: 1 };
    Object.defineProperty(hidden, 'b', { value: 2, enumerable: false });
    const odd = [...units.slice(0, 5000), hidden, { b: 3 }];
    // Pieces checked one by one: plain, then one with a hidden member, then one with `__proto__`.
    const mixed = [
      ...units.slice(0, 5000),
      hidden,
      ...units.slice(0, 4000),
      ...(JSON.parse('[{"__proto__": 1, "id": "p"}]') as unknown[]),
      ...units.slice(0, 100),
    ];
    for (const value of [{ units, numbers }, { z: { units } }, units, numbers, { odd }, [[units]], mixed]) {
      expect(joined(value)).toBe(canonicalJson(value));
      expect(joined(value)).toBe(reference(value));
    }
  });

  it('refuses what canonicalJson refuses, naming the same place', () => {
    const long = Array.from({ length: 5000 }, (_, i) => ({ id: `u-${i}` }));
    const cases: unknown[] = [
      { units: [...long, { id: Number.NaN }] },
      { a: { b: { c: [1, undefined] } } },
      { units: [...long.slice(0, 4500), new Map()] },
      { '\ud800': 1 },
      { a: new Date(0) },
      Number.POSITIVE_INFINITY,
    ];
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = { back: cyclic };
    cases.push(cyclic);
    for (const value of cases) {
      let expected: unknown;
      let got: unknown;
      try {
        canonicalJson(value);
      } catch (e) {
        expected = e;
      }
      try {
        joined(value);
      } catch (e) {
        got = e;
      }
      expect(got).toBeInstanceOf(FairdrawError);
      expect((got as FairdrawError).path).toBe((expected as FairdrawError).path);
      expect((got as FairdrawError).message).toBe((expected as FairdrawError).message);
    }
  });
});
