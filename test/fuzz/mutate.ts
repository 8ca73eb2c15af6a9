import fc from 'fast-check';

// Mutations of JSON documents (plan files, requests, schedules): wrong types, missing and extra
// fields, hostile strings, huge and tiny numbers, values JSON cannot hold (NaN, Infinity, undefined,
// BigInt, Map, Set, Date, class instances), `__proto__` members and deep nesting. Every size is bounded.

/** A class whose instances must not pass for plain objects. */
class Unit {
  id = 'ps-a';
  type = 'police-station';
  risk = 1;
}

/** Strings that have broken parsers before, or look like what the schema wants but are not. */
const STRINGS = [
  '',
  ' ',
  '\t\n',
  '\u0000',
  '\u202e',
  '\u200b',
  '\ud800',
  '\u{1F46E}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '0x10',
  'null',
  '2026-02-30',
  '2026-13-01',
  '2026-3-2',
  '0000-01-01',
  '9999-12-31',
  '+275760-09-13',
  '2026-03-02T00:00:00Z',
  '2026-03-02T08:00:00+08:00',
  '2026-03-02 ',
  'Asia/Shanghia',
  'UTC',
  'Etc/GMT+14',
  'asia/shanghai',
  'week',
  'month',
  'day',
  'risk',
  'equal',
  'maxent',
  'pivotal',
  'horizon',
  'ps-a',
  'i-1',
  '=HYPERLINK("x")',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '%s%n',
];

/** Numbers at and beyond every bound the schema could have. */
const NUMBERS = [
  0,
  -0,
  -1,
  1,
  0.5,
  2.5,
  1e-9,
  1e-10,
  5e-324,
  1e9,
  1e9 + 1,
  1e21,
  1e308,
  -1e308,
  2 ** 31,
  2 ** 32,
  2 ** 53,
  2 ** 53 + 2,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];

/** A hostile string: a known troublemaker, a random one, or a long run (up to 100 000 characters). */
export const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5 }).map((k) => 'x'.repeat(10 ** k)) },
);

/** A hostile number: a bound, an integer or any double. */
export const hostileNumber = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
);

/** A value maker that fast-check prints as `text` in a counterexample. */
function maker(text: string, make: () => unknown): () => unknown {
  return Object.assign(make, { [fc.toStringMethod]: () => text });
}

/** A maker of a value that is always the same scalar (printed as itself). */
const scalar = (value: unknown) => maker(fc.stringify(value), () => value);

/** `depth` nested arrays or objects (deep nesting, bounded). */
function nested(depth: number, objects: boolean): unknown {
  let value: unknown = 1;
  for (let d = 0; d < depth; d++) value = objects ? { a: value } : [value];
  return value;
}

/** An object with an own `__proto__` member, as JSON.parse makes it. */
const protoMember = (inner: string) => JSON.parse(`{"__proto__": ${inner}, "id": "x"}`);

/**
 * Values JSON cannot hold, or that only look like JSON objects. Each is made fresh per case (a
 * function), since fast-check may hand the same value to several cases.
 */
const NON_JSON: readonly (() => unknown)[] = [
  maker('undefined', () => undefined),
  maker('10n', () => 10n),
  maker('new Map([["id", "ps-a"]])', () => new Map([['id', 'ps-a']])),
  maker('new Set([1])', () => new Set([1])),
  maker('new Date(0)', () => new Date(0)),
  maker('new Date(NaN)', () => new Date(Number.NaN)),
  maker('new Unit()', () => new Unit()),
  maker('Object.assign(Object.create(null), { id: "ps-z", type: "police-station", risk: 1 })', () =>
    Object.assign(Object.create(null), { id: 'ps-z', type: 'police-station', risk: 1 }),
  ),
  // biome-ignore lint/suspicious/noSparseArray: a hole is the point
  maker('[1, , 3]', () => [1, , 3]),
  maker('new Number(3)', () => new Number(3)),
  maker('new String("ps-a")', () => new String('ps-a')),
  maker('new Uint8Array(2)', () => new Uint8Array(2)),
  maker('/ps-a/', () => /ps-a/),
  maker('new Error("x")', () => new Error('x')),
  maker('JSON.parse(\'{"__proto__": {"risk": 5}, "id": "x"}\')', () => protoMember('{"risk": 5}')),
  maker('JSON.parse(\'{"__proto__": null, "id": "x"}\')', () => protoMember('null')),
  maker('{ toJSON: () => "ps-a" }', () => ({ toJSON: () => 'ps-a' })),
  maker('Symbol("x")', () => Symbol('x')),
  maker('() => 1', () => () => 1),
];

/** Any hostile value: a scalar, a value JSON cannot hold, an empty or deep structure. */
export const hostileValue: fc.Arbitrary<() => unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString.map(scalar) },
  { weight: 3, arbitrary: hostileNumber.map(scalar) },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null).map(scalar) },
  { weight: 3, arbitrary: fc.constantFrom(...NON_JSON) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      maker('[]', () => []),
      maker('{}', () => ({})),
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 5000 }), fc.boolean())
      .map(([depth, objects]) =>
        maker(`${objects ? 'objects' : 'arrays'} nested ${depth} deep`, () => nested(depth, objects)),
      ),
  },
  { weight: 1, arbitrary: fc.json({ maxDepth: 3 }).map((text) => maker(text, () => JSON.parse(text))) },
);

/** Field names to add: unknown ones, `__proto__`, and names that exist elsewhere in a plan. */
const KEYS = fc.oneof(
  fc.constantFrom(
    '',
    '__proto__',
    'constructor',
    'toString',
    'extra',
    'id',
    'risk',
    'seed',
    'zone',
    'from',
    'to',
    'visitsPerPeriod',
    'add',
    '$schema',
  ),
  fc.string({ minLength: 1, maxLength: 8 }),
);

/** One edit of a document; `where` picks the node (modulo the number of nodes). */
export type Mutation =
  | { op: 'set'; where: number; value: () => unknown }
  | { op: 'delete'; where: number }
  | { op: 'add'; where: number; key: string; value: () => unknown }
  | { op: 'copy'; where: number; from: number }
  | { op: 'repeat'; where: number; times: number }
  | { op: 'nudge'; where: number; how: number }
  | { op: 'root'; value: () => unknown };

/** One random mutation (the `root` one rarely: it replaces the whole document). */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('set'), where: fc.nat(), value: hostileValue }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete'), where: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('add'), where: fc.nat(), key: KEYS, value: hostileValue }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('copy'), where: fc.nat(), from: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('repeat'),
      where: fc.nat(),
      times: fc.integer({ min: 0, max: 64 }),
    }),
  },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('nudge'), where: fc.nat(), how: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('root'), value: hostileValue }) },
) as fc.Arbitrary<Mutation>;

/** A node of a document: its parent container and key (none for the root), and its value. */
interface Node {
  parent: Record<string, unknown> | unknown[] | undefined;
  key: string | number;
  value: unknown;
}

const isContainer = (v: unknown): v is Record<string, unknown> | unknown[] =>
  Array.isArray(v) || (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype);

/** Every node of a document, depth first, down to depth 8 (plain objects and arrays are walked). */
function nodes(root: unknown): Node[] {
  const out: Node[] = [];
  const walk = (parent: Node['parent'], key: string | number, value: unknown, depth: number) => {
    out.push({ parent, key, value });
    if (depth >= 8 || !isContainer(value)) return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) walk(value, i, value[i], depth + 1);
    } else for (const k of Object.keys(value)) walk(value, k, value[k], depth + 1);
  };
  walk(undefined, '', root, 0);
  return out;
}

/** A nearby wrong value: a number moved off its bounds, a string (or date) slightly changed. */
function nudged(value: unknown, how: number): unknown {
  if (typeof value === 'number') {
    const moves = [
      (x: number) => -x,
      (x: number) => x * 1e6,
      (x: number) => x / 1e6,
      (x: number) => x + 0.5,
      (x: number) => x + 1,
      (x: number) => x - 1,
      () => 0,
      (x: number) => String(x),
    ];
    return moves[how % moves.length]!(value);
  }
  if (typeof value === 'string') {
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (date && how % 2 === 0) {
      const shifted = new Date(Date.UTC(+date[1]!, +date[2]! - 1, +date[3]! + ((how >> 1) % 801) - 400));
      return shifted.toISOString().slice(0, 10);
    }
    const edits = [
      (s: string) => ` ${s}`,
      (s: string) => `${s} `,
      (s: string) => s.toUpperCase(),
      (s: string) => s.slice(0, -1),
      (s: string) => `${s}x`,
      (s: string) => `${s}\u202e`,
      (s: string) => Number(s),
    ];
    return edits[how % edits.length]!(value);
  }
  if (typeof value === 'boolean') return !value;
  if (Array.isArray(value)) return value.length > 0 ? value[how % value.length] : undefined;
  if (isContainer(value)) {
    const keys = Object.keys(value);
    return keys.length > 0 ? (value as Record<string, unknown>)[keys[how % keys.length]!] : null;
  }
  return how % 2 === 0 ? null : 0;
}

/** A deep copy where structuredClone can make one (not of functions or symbols: those are shared). */
function copyOf(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

/** Sets `parent[key]`, as an own data property even for `__proto__`. */
function put(parent: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Applies `mutations` in order to a deep copy of the JSON document `base` and returns it. The copy is
 * made with JSON, so `base` must be plain JSON data.
 */
export function mutate(base: unknown, mutations: readonly Mutation[]): unknown {
  let doc: unknown = JSON.parse(JSON.stringify(base));
  for (const m of mutations) {
    if (m.op === 'root') {
      doc = m.value();
      continue;
    }
    const all = nodes(doc);
    const node = all[m.where % all.length]!;
    const replace = (value: unknown) => {
      if (node.parent === undefined) doc = value;
      else put(node.parent, node.key, value);
    };
    switch (m.op) {
      case 'set':
        replace(m.value());
        break;
      case 'delete':
        if (Array.isArray(node.parent)) node.parent.splice(Number(node.key), 1);
        else if (node.parent !== undefined) delete (node.parent as Record<string, unknown>)[node.key];
        else doc = undefined;
        break;
      case 'add':
        if (Array.isArray(node.value)) node.value.push(m.value());
        else if (isContainer(node.value)) put(node.value, m.key, m.value());
        else replace({ [m.key]: m.value() });
        break;
      case 'copy':
        replace(copyOf(all[m.from % all.length]!.value));
        break;
      case 'repeat': {
        const items = Array.isArray(node.value) && node.value.length > 0 ? node.value : [node.value];
        replace(Array.from({ length: m.times }, (_, i) => copyOf(items[i % items.length])));
        break;
      }
      case 'nudge':
        replace(nudged(node.value, m.how));
        break;
    }
  }
  return doc;
}
