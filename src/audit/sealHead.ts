import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { FairdrawError } from '../model/FairdrawError.js';
import { checkIndex, checkSha256Hex } from './textChecks.js';

/**
 * The seal of a schedule, published as `manifest.scheduleHash`: a tree head binding the RFC 6962
 * Merkle root of its leaves to their number,
 * `SHA-256("fairdraw/seal/v1" || 0x00 || decimal(leafCount) || 0x00 || rootHex)`, UTF-8, as 64 lower-case
 * hex digits.
 *
 * RFC 6962 signs the tree size together with the root (its signed tree head, section 3.5) because a
 * bare root does not fix the number of leaves: a prover could build a tree in which a proof for leaf k
 * walks correctly under two different leaf counts and so reveal two different leaves for the same
 * period. Hashing the count into the published value closes that door without a signature, so a
 * reveal can be checked against `scheduleHash` alone. The head starts with `f`, never with RFC 6962's
 * 0x00 (leaf) or 0x01 (node) prefix, so it cannot be mistaken for either.
 *
 * @param leafCount - the number of leaves of the tree (periods + 1 for a schedule), at least 1.
 * @param root - `merkleRoot(leaves)`.
 * @returns the head as lower-case hex.
 * @throws FairdrawError (`invalid-input`) naming `leafCount` or `root`.
 */
export function sealHead(leafCount: number, root: string): string {
  if (checkIndex(leafCount, 'leafCount') < 1)
    throw new FairdrawError('invalid-input', 'leafCount', 'must be at least 1');
  checkSha256Hex(root, 'root');
  return bytesToHex(sha256(utf8ToBytes(['fairdraw/seal/v1', String(leafCount), root].join('\u0000'))));
}
