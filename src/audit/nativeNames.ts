import { isWellFormed } from './textChecks.js';

// When `JSON.stringify(array, names)` writes exactly the canonical JSON of an array (RFC 8785, as
// `canonicalJson` writes it): the one walk over the array that decides it, and the names it collects.

/** Deepest nesting accepted (the limit of `canonicalJson`). */
export const MAX_DEPTH = 512;

/** Orders strings by their UTF-16 code units, as RFC 8785 section 3.2.3 requires (not by locale, not by code point). */
export function compareUtf16(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Matches a UTF-16 surrogate, paired or not (a string without one is well-formed at once). */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The member names of every object under `array`, sorted as canonical JSON sorts them, when
 * `JSON.stringify(array, names)` writes exactly the text that `canonicalJson` writes; otherwise
 * `undefined` (the caller then writes the array itself, and names any refusal). With a list of names,
 * `JSON.stringify` writes the members of every object in the list's order, those an object lacks left
 * out; the text is the same when everything under the array is JSON data that `canonicalJson`
 * accepts: plain objects and arrays (no cycle, nesting within the limit), finite numbers, well-formed
 * strings and names, no `undefined` element; when no name could be read from `Object.prototype` as
 * something other than a function (`__proto__`), for an object that lacks the member; and when no
 * object has a member that is not enumerable (`canonicalJson` ignores it, `JSON.stringify` writes it
 * when it is named).
 *
 * One walk, without writing anything, so that the text is then written natively, at once, with no
 * string per value. The walk allocates nothing per object: members are read in a `for...in` loop
 * (which V8 runs from the object's own enumeration cache), and an object's names are looked up in the
 * set only when they differ from the previous object's (an array of records made alike, the usual
 * case, looks its names up once). Members that are not enumerable are looked for afterwards, and only
 * when some object lacks one of the names: an object that has every name enumerable has none that
 * could be written.
 *
 * @param array - the array to write.
 * @param ancestors - the containers around the array, itself included (their number counts toward the
 *   depth limit; a cycle through them leads the walk down to it).
 */
export function nativeNames(array: readonly unknown[], ancestors: readonly object[]): string[] | undefined {
  if (Object.getPrototypeOf(array) !== Array.prototype || 'toJSON' in Object.prototype) return undefined;
  // `for...in` would also list the enumerable members of Object.prototype (there are none, unless a
  // library added one): then the walk below would not count an object's own members.
  for (const _ in Object.prototype) return undefined;
  const walk = new PlainWalk();
  // The array's elements lie inside `ancestors` (the array itself among them, or its slice's array).
  for (let i = 0; i < array.length; i++) if (!walk.value(array[i], ancestors.length)) return undefined;
  if (walk.fewest < walk.names.size && !allEnumerable(array)) return undefined;
  return [...walk.names].sort(compareUtf16);
}

/** The state of one {@link nativeNames} walk. */
class PlainWalk {
  /** The names of the members met, every one checked by {@link safeName}. */
  readonly names = new Set<string>();
  /**
   * `last[d]`: the names, in order, of the last object at depth `d` whose names were looked up (an
   * array of records holds objects alike at each depth, such as a visit and its own members).
   */
  private readonly last: string[][] = [];
  /** The fewest members any object had (an object with fewer than `names.size` lacks a name). */
  fewest = Number.POSITIVE_INFINITY;

  /**
   * Whether `v`, inside `depth` containers, is JSON data that `JSON.stringify`, given the member names
   * collected, writes canonically. No list of ancestors is kept: a cycle leads the walk down to the
   * depth limit, where it stops (false), and the caller's writer then names the cycle.
   */
  value(v: unknown, depth: number): boolean {
    switch (typeof v) {
      case 'string':
        return !SURROGATE.test(v) || isWellFormed(v);
      case 'number':
        return Number.isFinite(v);
      case 'boolean':
        return true;
      case 'object':
        return v === null || this.container(v, depth);
      default:
        return false; // undefined, functions, bigints, symbols: refused, by the caller
    }
  }

  private container(v: object, depth: number): boolean {
    if (depth >= MAX_DEPTH) return false;
    const proto: unknown = Object.getPrototypeOf(v);
    if (Array.isArray(v)) {
      if (proto !== Array.prototype) return false;
      for (let i = 0; i < v.length; i++) if (!this.value(v[i], depth + 1)) return false;
      return true;
    }
    return (proto === Object.prototype || proto === null) && this.object(v as Record<string, unknown>, depth);
  }

  private object(record: Record<string, unknown>, depth: number): boolean {
    // Own enumerable members only: the prototype is Object.prototype (no enumerable member, checked
    // by nativeNames) or null.
    const last = this.last[depth] ?? [];
    let count = 0;
    let same = true;
    for (const key in record) {
      if (same && (count >= last.length || key !== last[count])) same = false;
      count++;
      const member = record[key];
      if (member !== undefined && !this.value(member, depth + 1)) return false;
    }
    if (!same || count !== last.length) {
      // Names not met in the previous object's order: look each one up (a name is added even when
      // its member is undefined; JSON.stringify then leaves it out, as canonicalJson does).
      const keys = Object.keys(record);
      for (const key of keys) {
        if (this.names.has(key)) continue;
        if (!safeName(key)) return false;
        this.names.add(key);
      }
      this.last[depth] = keys;
    }
    if (count < this.fewest) this.fewest = count;
    return true;
  }
}

/**
 * Whether every own member of every object under `value` (plain data, as {@link PlainWalk} found it)
 * is enumerable: `JSON.stringify` with a list of names would write one that is not, when named.
 */
function allEnumerable(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!allEnumerable(value[i])) return false;
    return true;
  }
  const record = value as Record<string, unknown>;
  let count = 0;
  for (const key in record) {
    count++;
    if (!allEnumerable(record[key])) return false;
  }
  return Object.getOwnPropertyNames(record).length === count;
}

/** Whether `name` is well-formed and, read from an object that lacks it, gives nothing `JSON.stringify` writes. */
export function safeName(name: string): boolean {
  if (SURROGATE.test(name) && !isWellFormed(name)) return false;
  if (!(name in Object.prototype)) return true;
  return typeof (Object.prototype as Record<string, unknown>)[name] === 'function';
}
