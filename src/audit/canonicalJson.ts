import { FairdrawError, type Phrase } from '../model/FairdrawError.js';
import { formatPath } from '../model/validate.js';
import { isWellFormed } from './textChecks.js';

/** Deepest nesting accepted; far beyond any plan file, low enough that recursion never overflows the stack. */
const MAX_DEPTH = 512;

/** Orders strings by their UTF-16 code units, as RFC 8785 section 3.2.3 requires (not by locale, not by code point). */
function compareUtf16(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Writes `value` as canonical JSON, the JSON Canonicalization Scheme of RFC 8785 (Rundgren, Jordan &
 * Erdtman, 2020), so that equal data always gives the same text and hence the same hash:
 *
 * - object members sorted by their names compared as UTF-16 code units (RFC 8785 section 3.2.3);
 * - no whitespace between tokens;
 * - numbers written as ECMAScript's Number-to-String writes them (RFC 8785 section 3.2.2.3), which is
 *   what `JSON.stringify` does for a finite number: `1e+21`, `1e-7`, `0.1`, and `-0` written as `0`;
 * - strings escaped as `JSON.stringify` escapes them (RFC 8785 section 3.2.2.2): `\"`, `\\`, `\b \f \n \r \t`,
 *   other control characters as `\u00xx`, everything else, non-ASCII included, written as itself;
 * - the text is meant to be encoded as UTF-8 before hashing (see `sha256Hex`).
 *
 * Only JSON data is accepted: `null`, booleans, finite numbers, strings, arrays and plain objects
 * (prototype `Object.prototype` or `null`). An object member whose value is `undefined` is omitted,
 * as `JSON.stringify` omits it; symbol-keyed and non-enumerable members are ignored, as JSON ignores
 * them. Everything else is refused rather than silently dropped or coerced, because a hash of
 * something other than what the caller meant would be worse than no hash.
 *
 * @param value - the data to write.
 * @returns the canonical JSON text.
 * @throws FairdrawError (`invalid-input`) naming the offending place, e.g. `units[3].risk`, for NaN
 *   or an infinite number, `undefined` as an array element or as the whole value, a function, a
 *   bigint, a symbol, an object that is not plain (Date, Map, class instance...), a string or member
 *   name with a lone UTF-16 surrogate (RFC 8785 section 3.1 asks for valid Unicode), a cycle, or
 *   nesting deeper than 512 levels.
 */
export function canonicalJson(value: unknown): string {
  const ancestors: object[] = [];
  try {
    return write(value, ancestors);
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    const where = formatPath('', e.path);
    const message = e.message;
    throw new FairdrawError('invalid-input', where, where ? message : (t) => t.audit.theValue(message(t)));
  }
}

/** Why a value was refused, and where: the path is filled in as the refusal climbs out of the value. */
class Refusal {
  readonly path: (string | number)[] = [];
  constructor(readonly message: Phrase) {}
}

/** Characters that make a string need more than quotes: controls, `"`, `\\`, and surrogates (checked apart). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must be escaped
const NEEDS_CARE = /[\u0000-\u001f"\\\uD800-\uDFFF]/;

function writeString(text: string): string {
  if (!NEEDS_CARE.test(text)) return `"${text}"`;
  if (!isWellFormed(text)) throw new Refusal((t) => t.audit.jsonSurrogate);
  return JSON.stringify(text);
}

// One function per value, returning its text: the happy path builds no path and no closure; a
// refusal records its place on the way out (the try/catch of each container).
function write(v: unknown, ancestors: object[]): string {
  switch (typeof v) {
    case 'string':
      return writeString(v);
    case 'number':
      if (!Number.isFinite(v)) throw new Refusal((t) => t.audit.notFinite(v));
      return String(v); // ECMAScript Number-to-String, as JSON.stringify writes it; -0 is written as 0
    case 'boolean':
      return v ? 'true' : 'false';
    case 'undefined':
      throw new Refusal((t) => t.audit.undefinedValue);
    case 'bigint':
      throw new Refusal((t) => t.audit.bigint(v));
    case 'symbol':
      throw new Refusal((t) => t.audit.symbol);
    case 'function':
      throw new Refusal((t) => t.audit.function);
  }
  if (v === null) return 'null';
  const object = v as object;
  if (ancestors.includes(object)) throw new Refusal((t) => t.audit.cycle);
  if (ancestors.length >= MAX_DEPTH) throw new Refusal((t) => t.audit.tooDeep(MAX_DEPTH));
  ancestors.push(object);
  const text = Array.isArray(object) ? writeArray(object, ancestors) : writeObject(object, ancestors);
  ancestors.pop();
  return text;
}

function writeArray(array: readonly unknown[], ancestors: object[]): string {
  if (finiteNumbers(array)) return JSON.stringify(array); // the same text, written natively
  let out = '[';
  let i = 0;
  try {
    for (; i < array.length; i++) out += (i > 0 ? ',' : '') + write(array[i], ancestors);
  } catch (e) {
    if (e instanceof Refusal) e.path.unshift(i);
    throw e;
  }
  return `${out}]`;
}

function writeObject(object: object, ancestors: object[]): string {
  const proto: unknown = Object.getPrototypeOf(object);
  if (proto !== Object.prototype && proto !== null) {
    const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
    const kind = typeof name === 'string' && name ? name : undefined;
    throw new Refusal((t) => t.audit.notPlainJson(kind));
  }
  const record = object as Record<string, unknown>;
  const keys = sortedKeys(record);
  let out = '{';
  let key = '';
  try {
    for (key of keys) {
      const member = record[key];
      if (member === undefined) continue;
      out += `${out.length > 1 ? ',' : ''}${writeString(key)}:${write(member, ancestors)}`;
    }
  } catch (e) {
    if (e instanceof Refusal) e.path.unshift(key);
    throw e;
  }
  return `${out}}`;
}

/** Whether every element is a finite number: then `JSON.stringify` writes the array exactly as canonical JSON does. */
function finiteNumbers(array: readonly unknown[]): boolean {
  for (let i = 0; i < array.length; i++) {
    const x = array[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) return false;
  }
  return array.length > 0;
}

/** The member names of `record` in UTF-16 code-unit order; already sorted names (the usual case once) are not re-sorted. */
function sortedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record);
  for (let i = 1; i < keys.length; i++) {
    if (keys[i - 1]! > keys[i]!) return keys.sort(compareUtf16);
  }
  return keys;
}
