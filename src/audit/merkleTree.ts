import { sha256 } from '@noble/hashes/sha2';
import { concatBytes, hexToBytes } from '@noble/hashes/utils';
import { FairdrawError } from '../model/FairdrawError.js';
import { checkSha256Hex } from './textChecks.js';

/** RFC 6962 section 2.1: the prefix of an inner node's hash input (leaves take 0x00). */
const NODE_PREFIX = Uint8Array.of(0x01);

/** Hash of an inner node: `SHA-256(0x01 || left || right)` over the raw 32-byte child hashes (RFC 6962 section 2.1). */
export function merkleNode(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(concatBytes(NODE_PREFIX, left, right));
}

/** RFC 6962's split point: the largest power of two strictly smaller than `n` (n >= 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** Checks a non-empty array of leaf hashes and decodes it, or throws a FairdrawError naming `leaves[i]`. */
export function decodeLeaves(leaves: readonly string[]): Uint8Array[] {
  if (!Array.isArray(leaves))
    throw new FairdrawError('invalid-input', 'leaves', 'must be an array of leaf hashes');
  if (leaves.length === 0) throw new FairdrawError('invalid-input', 'leaves', 'must hold at least one leaf');
  return leaves.map((leaf, i) => hexToBytes(checkSha256Hex(leaf, `leaves[${i}]`)));
}

/** RFC 6962's Merkle Tree Hash of the decoded leaf hashes `leaves[lo..hi)` (hi > lo). */
export function subtreeHash(leaves: readonly Uint8Array[], lo: number, hi: number): Uint8Array {
  if (hi - lo === 1) return leaves[lo]!;
  const k = splitPoint(hi - lo);
  return merkleNode(subtreeHash(leaves, lo, lo + k), subtreeHash(leaves, lo + k, hi));
}
