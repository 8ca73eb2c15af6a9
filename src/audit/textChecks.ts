import { FairdrawError } from '../model/FairdrawError.js';

/** Matches a lone UTF-16 surrogate (in `u` mode a correctly paired surrogate is one code point and does not match). */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Matches a SHA-256 digest written the one way fairdraw writes it: 64 lower-case hex digits. */
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * True when `text` is valid Unicode, i.e. has a UTF-8 encoding. A string with a lone surrogate has
 * none: an encoder would silently replace it by U+FFFD, so two different strings would hash alike.
 */
export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** True when `value` is a SHA-256 digest as 64 lower-case hex digits (upper case is refused, not folded). */
export function isSha256Hex(value: unknown): value is string {
  return typeof value === 'string' && SHA256_HEX.test(value);
}

/**
 * Checks that `value` is a string with a UTF-8 encoding (non-empty unless `allowEmpty`), or throws a
 * {@link FairdrawError} (`invalid-input`) naming `path`.
 */
export function checkText(value: unknown, path: string, allowEmpty = false): string {
  if (typeof value !== 'string')
    throw new FairdrawError('invalid-input', path, (t) => t.audit.notString(typeof value));
  if (!allowEmpty && value.length === 0)
    throw new FairdrawError('invalid-input', path, (t) => t.schema.notEmpty);
  if (!isWellFormed(value)) {
    throw new FairdrawError('invalid-input', path, (t) => t.audit.utf8Surrogate);
  }
  return value;
}

/** Checks that `value` is a SHA-256 hex digest, or throws a {@link FairdrawError} naming `path`. */
export function checkSha256Hex(value: unknown, path: string): string {
  if (!isSha256Hex(value)) {
    const got = JSON.stringify(value) ?? typeof value;
    throw new FairdrawError('invalid-input', path, (t) => t.audit.notSha256(got));
  }
  return value;
}

/** Checks that `value` is a non-negative safe integer, or throws a {@link FairdrawError} naming `path`. */
export function checkIndex(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new FairdrawError('invalid-input', path, (t) => t.audit.notIndex(String(value)));
  }
  return value;
}
