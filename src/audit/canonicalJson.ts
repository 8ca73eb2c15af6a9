import { FairdrawError, type Phrase } from '../model/FairdrawError.js';
import { plainJsonOf } from '../model/plainJsonArrays.js';
import { formatPath } from '../model/validate.js';
import { compareUtf16, MAX_DEPTH, nativeNames, safeName } from './nativeNames.js';
import { isWellFormed } from './textChecks.js';

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
 * An array of plain JSON data (the units of a plan, the visits of a schedule) is checked in one walk
 * and then written natively, by `JSON.stringify` with its sorted member names: the same text, without
 * a string per value; an array the library marked as plain JSON data when it built it from checked
 * values (`markPlainJson`) is written natively without the walk. Anything else is written value by
 * value, and a refusal names its place.
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

/**
 * {@link canonicalJson} written in pieces: `emit` is given the text in order, and the pieces joined
 * are exactly `canonicalJson(value)`. The members of the value and of its objects are written one by
 * one, and a long array {@link PIECE} elements at a time (natively when it is plain JSON data), so
 * that the text of a plan of a million units or of a schedule's summary is never held whole: a hash
 * fed the pieces (`sha256Stream`) is the hash of the text.
 *
 * @param value - the data to write.
 * @param emit - told each piece, in order.
 * @throws FairdrawError (`invalid-input`) as `canonicalJson` throws it, naming the same place; pieces
 *   before the refused place may have been emitted.
 */
export function canonicalJsonPieces(value: unknown, emit: (piece: string) => void): void {
  const ancestors: object[] = [];
  try {
    writePieces(value, ancestors, emit, 0);
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    const where = formatPath('', e.path);
    const message = e.message;
    throw new FairdrawError('invalid-input', where, where ? message : (t) => t.audit.theValue(message(t)));
  }
}

/** Elements of a long array written as one piece by {@link canonicalJsonPieces}. */
const PIECE = 4096;

/** Depth to which {@link canonicalJsonPieces} writes objects member by member (deeper: one piece each). */
const PIECE_DEPTH = 2;

function writePieces(v: unknown, ancestors: object[], emit: (piece: string) => void, depth: number): void {
  const long = Array.isArray(v) && v.length > PIECE;
  const object = typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!long && !(object && depth < PIECE_DEPTH)) {
    emit(write(v, ancestors));
    return;
  }
  const container = v as object;
  if (ancestors.includes(container)) throw new Refusal((t) => t.audit.cycle);
  if (ancestors.length >= MAX_DEPTH) throw new Refusal((t) => t.audit.tooDeep(MAX_DEPTH));
  ancestors.push(container);
  if (long) arrayPieces(v as readonly unknown[], ancestors, emit);
  else objectPieces(container, ancestors, emit, depth);
  ancestors.pop();
}

/**
 * A long array, {@link PIECE} elements at a time: each piece checked ({@link nativeText}) and written
 * natively at once, while its objects and strings are still in the processor's cache (a walk of the
 * whole array, then a writing of the whole array, would read a hundred thousand objects from memory
 * twice). From the first piece that is not plain JSON data on, element by element, refusals named.
 */
function arrayPieces(array: readonly unknown[], ancestors: object[], emit: (piece: string) => void): void {
  const names = markedNames(array, ancestors);
  emit('[');
  let i = 0;
  for (; i < array.length; i += PIECE) {
    const piece = array.slice(i, i + PIECE);
    const text = names ? JSON.stringify(piece, names) : nativeText(piece, ancestors);
    if (text === undefined) break;
    // The comma apart: the text without its brackets is a slice of it (no copy), `,${...}` would be a
    // new string of the piece's length once the hash reads it.
    if (i > 0) emit(',');
    emit(text.slice(1, -1));
  }
  try {
    for (; i < array.length; i++) emit((i > 0 ? ',' : '') + write(array[i], ancestors));
  } catch (e) {
    if (e instanceof Refusal) e.path.unshift(i);
    throw e;
  }
  emit(']');
}

function objectPieces(
  object: object,
  ancestors: object[],
  emit: (piece: string) => void,
  depth: number,
): void {
  const proto: unknown = Object.getPrototypeOf(object);
  if (proto !== Object.prototype && proto !== null) {
    emit(writeObject(object, ancestors)); // refused, as canonicalJson refuses it
    return;
  }
  const record = object as Record<string, unknown>;
  let first = true;
  let key = '';
  emit('{');
  try {
    for (key of sortedKeys(record)) {
      const member = record[key];
      if (member === undefined) continue;
      emit(`${first ? '' : ','}${writeString(key)}:`);
      first = false;
      writePieces(member, ancestors, emit, depth + 1);
    }
  } catch (e) {
    if (e instanceof Refusal) e.path.unshift(key);
    throw e;
  }
  emit('}');
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
  const text = nativeText(array, ancestors);
  if (text !== undefined) return text;
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

/**
 * The canonical JSON of `array` written natively, by `JSON.stringify`, when that gives the same text:
 * an array of finite numbers as it is, an array of plain JSON data with its sorted member names
 * ({@link nativeNames}); otherwise `undefined`.
 */
function nativeText(array: readonly unknown[], ancestors: object[]): string | undefined {
  if (finiteNumbers(array)) return JSON.stringify(array);
  const names = markedNames(array, ancestors) ?? nativeNames(array, ancestors);
  return names === undefined ? undefined : JSON.stringify(array, names);
}

/**
 * The member names of an array the library marked as plain JSON data when it built it
 * (`markPlainJson`, e.g. the units of a validated plan), when it lies within the depth limit and no
 * name would read something from `Object.prototype` (`__proto__`): it is written natively without a
 * walk to find that out again.
 */
function markedNames(array: readonly unknown[], ancestors: object[]): string[] | undefined {
  const marked = plainJsonOf(array);
  if (marked === undefined || ancestors.length + marked.depth > MAX_DEPTH) return undefined;
  return marked.names.every(safeName) ? [...marked.names] : undefined;
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
