import { bytesToHex } from '@noble/hashes/utils';
import { decodeLeaves, subtreeHash } from './merkleTree.js';

/**
 * The root of the Merkle tree over the period leaves, built exactly as RFC 6962 (Laurie, Langley &
 * Kasper, Certificate Transparency, 2013) section 2.1 builds its Merkle Tree Hash: a list of n > 1
 * leaves is split at k, the largest power of two smaller than n, and the node hash is
 * `SHA-256(0x01 || root(first k) || root(rest))` over the raw 32-byte hashes. No node is duplicated
 * (the duplicate-last-node rule of Bitcoin-style trees lets two different lists share a root; the
 * RFC 6962 split does not). The leaves are already leaf hashes (`periodLeaf`, which applies the
 * 0x00 leaf prefix), so a tree of one leaf has that leaf as its root. With the leaf hashes
 * `SHA-256(0x00 || d)` of RFC 6962's reference data d, the roots equal Certificate Transparency's.
 *
 * @param leaves - the leaf hashes in period order, 64 lower-case hex digits each; at least one.
 * @returns the root as lower-case hex.
 * @throws FairdrawError (`invalid-input`) naming `leaves` or `leaves[i]`.
 */
export function merkleRoot(leaves: readonly string[]): string {
  const decoded = decodeLeaves(leaves);
  return bytesToHex(subtreeHash(decoded, 0, decoded.length));
}
