import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, concatBytes, utf8ToBytes } from '@noble/hashes/utils';
import { checkCanonical } from './checkCanonical.js';
import { checkSha256Hex } from './textChecks.js';

/**
 * The Merkle leaf hash committing to everything of a schedule that is not inside a period leaf (its
 * "summary": manifest, periods, units, types, inspector loads, log, and the period index of each visit):
 * `SHA-256(0x00 || "fairdraw/summary/v1" || 0x00 || salt || 0x00 || summaryCanonicalJson)`, UTF-8
 * throughout, as 64 lower-case hex digits. The leading 0x00 is RFC 6962's leaf prefix (inner nodes
 * take 0x01); the domain label keeps it apart from a period leaf (`"fairdraw/period/v1"`); the secret
 * salt (`summarySalt`) keeps anyone from guessing the yearly counts it commits to before it is revealed.
 *
 * @param salt - `summarySalt(seed)`.
 * @param summaryCanonicalJson - the summary as canonical JSON (see `canonicalJson`).
 * @returns the leaf hash as lower-case hex.
 * @throws FairdrawError (`invalid-input`) naming `salt` or `summaryCanonicalJson` (which must be
 *   canonical: `canonicalJson(JSON.parse(text)) === text`).
 */
export function summaryLeaf(salt: string, summaryCanonicalJson: string): string {
  checkSha256Hex(salt, 'salt');
  checkCanonical(summaryCanonicalJson, 'summaryCanonicalJson');
  const data = utf8ToBytes(['fairdraw/summary/v1', salt, summaryCanonicalJson].join('\u0000'));
  return bytesToHex(sha256(concatBytes(Uint8Array.of(0x00), data)));
}
