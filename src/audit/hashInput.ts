import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { FairdrawError } from '../model/FairdrawError.js';
import { sha256, sha256Stream } from '../random/sha256.js';
import { canonicalJsonPieces } from './canonicalJson.js';
import { checkText } from './textChecks.js';

/** The top-level fields of a plan input left out of its hash: exactly one, the seed. */
export const INPUT_HASH_EXCLUDED_FIELDS: readonly string[] = ['seed'];

/**
 * The input hash published as `manifest.inputHash`: `sha256Hex(canonicalJson(frame))`, where the frame
 * is the plan input without its top-level `seed` field. That is the only field left out, whatever
 * form the seed takes (plain string or `{ secret, public, commitment }`): the input hash is published
 * BEFORE the draw, next to the seed commitment, so it must reveal neither a secret nor a plain seed
 * (from which the whole schedule could be computed). The seed is bound separately, by the commitment
 * (`commitSeed`) and, in the commit-reveal form, by `effectiveSeed`, which mixes this hash in.
 *
 * Plan and verify must hash the same object: the planner hashes the validated input, defaults
 * filled in and its days written out (`expandPlan`: an official calendar as explicit lists, listed days
 * outside the horizon left out; docs/spec/plan.md sections 1 and 2), so an outside auditor re-derives
 * the hash from the published file plus the documented defaults. Every field other than `seed` counts.
 *
 * @param input - the plan input: a plain JSON object.
 * @returns 64 lower-case hex digits.
 * @throws FairdrawError (`invalid-input`) when the input is not a plain object, or naming the field
 *   that is not JSON data (see `canonicalJson`).
 */
export function hashInput(input: unknown): string {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const kind = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
    throw new FairdrawError('invalid-input', '', (t) => t.audit.inputNotObject(kind));
  }
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) {
    throw new FairdrawError('invalid-input', '', (t) => t.audit.inputNotPlain);
  }
  // A prototype-less copy, so that a member named `__proto__` (JSON.parse makes it an own member) stays data.
  const frame = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of Object.entries(input)) {
    if (!INPUT_HASH_EXCLUDED_FIELDS.includes(key)) frame[key] = value;
  }
  // sha256Hex(canonicalJson(frame)), the text hashed piece by piece as it is written (canonical JSON
  // is well-formed text: canonicalJson refuses a lone surrogate).
  const hash = sha256Stream();
  canonicalJsonPieces(frame, (piece) => hash.updateText(piece));
  return bytesToHex(hash.digest());
}

/**
 * SHA-256 (FIPS 180-4) of the UTF-8 bytes of `text`, as 64 lower-case hex digits. The digest comes from
 * `sha256` (src/random/sha256.ts: `@noble/hashes`, or node:crypto in Node for large inputs, the same
 * bytes); `sha256Hex('abc')` is
 * `ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad` (FIPS 180-2, appendix B.1).
 *
 * @param text - any string with a UTF-8 encoding (may be empty).
 * @returns the digest as lower-case hex.
 * @throws FairdrawError (`invalid-input`, path `text`) when `text` is not a string or holds a lone
 *   UTF-16 surrogate: such a string has no UTF-8 encoding, and replacing the surrogate by U+FFFD would
 *   give two different strings the same hash.
 */
export function sha256Hex(text: string): string {
  checkText(text, 'text', true);
  return bytesToHex(sha256(utf8ToBytes(text)));
}
