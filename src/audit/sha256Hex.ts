import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { checkText } from './textChecks.js';

/**
 * SHA-256 (FIPS 180-4) of the UTF-8 bytes of `text`, as 64 lower-case hex digits. The digest comes from
 * `@noble/hashes` (audited, pure JavaScript, the same in Node and in browsers); `sha256Hex('abc')` is
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
