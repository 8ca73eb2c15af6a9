import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, concatBytes, utf8ToBytes } from '@noble/hashes/utils';
import { checkCanonical } from './checkCanonical.js';
import { checkIndex, checkSha256Hex } from './textChecks.js';

/**
 * The Merkle leaf hash committing to one period's visits:
 * `SHA-256(0x00 || "fairdraw/period/v1" || 0x00 || salt || 0x00 || decimal(periodIndex) || 0x00 || visitsCanonicalJson)`,
 * UTF-8 throughout, as 64 lower-case hex digits. The leading 0x00 is RFC 6962's leaf prefix (inner
 * nodes take 0x01, see `merkleRoot`), so a leaf can never be passed off as an inner node; the index
 * inside the leaf pins it to its period; the secret salt (`periodSalt`) keeps anyone from opening it
 * by trying every possible visit set before the reveal. The fields hold no 0x00 (the salt is hex,
 * canonical JSON escapes U+0000), so the encoding is unambiguous.
 *
 * @param salt - `periodSalt(seed, periodIndex)`.
 * @param periodIndex - the period, 0-based.
 * @param visitsCanonicalJson - the period's visits as canonical JSON (see `canonicalJson`).
 * @returns the leaf hash as lower-case hex.
 * @throws FairdrawError (`invalid-input`) naming `salt`, `periodIndex` or `visitsCanonicalJson`
 *   (which must be canonical: `canonicalJson(JSON.parse(text)) === text`).
 */
export function periodLeaf(salt: string, periodIndex: number, visitsCanonicalJson: string): string {
  checkSha256Hex(salt, 'salt');
  checkIndex(periodIndex, 'periodIndex');
  checkCanonical(visitsCanonicalJson, 'visitsCanonicalJson');
  const data = utf8ToBytes(
    ['fairdraw/period/v1', salt, String(periodIndex), visitsCanonicalJson].join('\u0000'),
  );
  return bytesToHex(sha256(concatBytes(Uint8Array.of(0x00), data)));
}
