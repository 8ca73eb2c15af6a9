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
  const out: string[] = [];
  const path: (string | number)[] = [];
  const ancestors = new Set<object>();

  const fail = (message: Phrase): never => {
    const where = formatPath('', path);
    throw new FairdrawError('invalid-input', where, where ? message : (t) => t.audit.theValue(message(t)));
  };

  const writeString = (text: string): void => {
    if (!isWellFormed(text)) fail((t) => t.audit.jsonSurrogate);
    out.push(JSON.stringify(text));
  };

  const write = (v: unknown): void => {
    switch (typeof v) {
      case 'string':
        writeString(v);
        return;
      case 'number':
        if (!Number.isFinite(v)) fail((t) => t.audit.notFinite(v));
        out.push(JSON.stringify(v)); // ECMAScript Number-to-String; -0 is written as 0
        return;
      case 'boolean':
        out.push(v ? 'true' : 'false');
        return;
      case 'undefined':
        fail((t) => t.audit.undefinedValue);
        return;
      case 'bigint':
        fail((t) => t.audit.bigint(v));
        return;
      case 'symbol':
        fail((t) => t.audit.symbol);
        return;
      case 'function':
        fail((t) => t.audit.function);
        return;
    }
    if (v === null) {
      out.push('null');
      return;
    }
    const object = v as object;
    if (ancestors.has(object)) fail((t) => t.audit.cycle);
    if (ancestors.size >= MAX_DEPTH) fail((t) => t.audit.tooDeep(MAX_DEPTH));
    ancestors.add(object);
    if (Array.isArray(object)) {
      out.push('[');
      for (let i = 0; i < object.length; i++) {
        if (i > 0) out.push(',');
        path.push(i);
        write(object[i]);
        path.pop();
      }
      out.push(']');
    } else {
      const proto: unknown = Object.getPrototypeOf(object);
      if (proto !== Object.prototype && proto !== null) {
        const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
        const kind = typeof name === 'string' && name ? name : undefined;
        fail((t) => t.audit.notPlainJson(kind));
      }
      const record = object as Record<string, unknown>;
      const keys = Object.keys(record).sort(compareUtf16);
      out.push('{');
      let first = true;
      for (const key of keys) {
        const member = record[key];
        if (member === undefined) continue;
        path.push(key);
        if (!first) out.push(',');
        first = false;
        writeString(key);
        out.push(':');
        write(member);
        path.pop();
      }
      out.push('}');
    }
    ancestors.delete(object);
  };

  write(value);
  return out.join('');
}
