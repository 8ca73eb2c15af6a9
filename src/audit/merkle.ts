import { bytesToHex, concatBytes, hexToBytes } from '@noble/hashes/utils';
import { FairdrawError } from '../model/FairdrawError.js';
import { sha256 } from '../random/sha256.js';
import { checkIndex, checkSha256Hex, isSha256Hex } from './textChecks.js';

// The RFC 6962 Merkle tree over a schedule's leaves: its root, the inclusion proof of one leaf, and the
// walk back up from a proof to a root.

/** RFC 6962 section 2.1: the prefix of an inner node's hash input (leaves take 0x00). */
const NODE_PREFIX = Uint8Array.of(0x01);

/** One proof entry: side letter, colon, 64 lower-case hex digits. */
const ENTRY = /^([LR]):([0-9a-f]{64})$/;

/** Hash of an inner node: `SHA-256(0x01 || left || right)` over the raw 32-byte child hashes (RFC 6962 section 2.1). */
export function merkleNode(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(concatBytes(NODE_PREFIX, left, right));
}

/** RFC 6962's split point: the largest power of two strictly smaller than `n` (n >= 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** Checks a non-empty array of leaf hashes and decodes it, or throws a FairdrawError naming `leaves[i]`. */
function decodeLeaves(leaves: readonly string[]): Uint8Array[] {
  if (!Array.isArray(leaves))
    throw new FairdrawError('invalid-input', 'leaves', (t) => t.audit.leavesNotArray);
  if (leaves.length === 0) throw new FairdrawError('invalid-input', 'leaves', (t) => t.audit.leavesEmpty);
  return leaves.map((leaf, i) => hexToBytes(checkSha256Hex(leaf, `leaves[${i}]`)));
}

/** RFC 6962's Merkle Tree Hash of the decoded leaf hashes `leaves[lo..hi)` (hi > lo). */
function subtreeHash(leaves: readonly Uint8Array[], lo: number, hi: number): Uint8Array {
  if (hi - lo === 1) return leaves[lo]!;
  const k = splitPoint(hi - lo);
  return merkleNode(subtreeHash(leaves, lo, lo + k), subtreeHash(leaves, lo + k, hi));
}

/** A sibling on the audit path: the side it stands on and the leaves `[lo, hi)` under it. */
interface Sibling {
  side: 'L' | 'R';
  lo: number;
  hi: number;
}

/**
 * The siblings on the audit path of leaf `index` in a tree of `count` leaves (RFC 6962 section 2.1.1),
 * bottom-up: where the leaf lies left of the split the sibling is the right subtree (`R`), else the left (`L`).
 */
function auditPath(index: number, count: number): Sibling[] {
  const topDown: Sibling[] = [];
  let lo = 0;
  let hi = count;
  while (hi - lo > 1) {
    const mid = lo + splitPoint(hi - lo);
    if (index < mid) {
      topDown.push({ side: 'R', lo: mid, hi });
      hi = mid;
    } else {
      topDown.push({ side: 'L', lo, hi: mid });
      lo = mid;
    }
  }
  return topDown.reverse();
}

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

/**
 * The inclusion proof of leaf `index`: RFC 6962 section 2.1.1's audit path, the sibling hashes from the
 * leaf up to the root, each written as a side letter, a colon and 64 lower-case hex digits:
 * `"L:<hex>"` when the sibling is the left child (parent = `SHA-256(0x01 || sibling || node)`),
 * `"R:<hex>"` when it is the right child (parent = `SHA-256(0x01 || node || sibling)`). The sides are
 * implied by `index` and the leaf count; they are written out so a reader can follow the proof, and
 * `verifyMerkleProof` refuses a proof whose sides do not match the index. A tree of one leaf has the
 * empty proof.
 *
 * @param leaves - the leaf hashes in period order (see `merkleRoot`).
 * @param index - the leaf to prove, 0-based.
 * @returns the proof, bottom-up.
 * @throws FairdrawError (`invalid-input`) naming `leaves`, `leaves[i]` or `index`.
 */
export function merkleProof(leaves: readonly string[], index: number): string[] {
  const decoded = decodeLeaves(leaves);
  checkIndex(index, 'index');
  if (index >= decoded.length) {
    throw new FairdrawError('invalid-input', 'index', (t) => t.audit.indexBelow(decoded.length, index));
  }
  return auditPath(index, decoded.length).map(
    (s) => `${s.side}:${bytesToHex(subtreeHash(decoded, s.lo, s.hi))}`,
  );
}

/**
 * The root that leaf hash `leaf`, at position `index` of a tree of `count` leaves, hashes up to through
 * the audit path `proof` (RFC 6962 section 2.1.1; the walk of RFC 9162 section 2.1.3.2), or `null`
 * when the arguments are malformed or the proof's length or sides are not the ones `index` and `count`
 * imply. `verifyMerkleProof` compares it with a root; `verifyPeriod` hashes it with the leaf count
 * into the seal's tree head.
 *
 * @param leaf - the leaf hash, 64 lower-case hex digits.
 * @param index - its position, 0-based.
 * @param count - the number of leaves of the tree.
 * @param proof - the audit path, bottom-up, entries `"L:<hex>"` or `"R:<hex>"` (see `merkleProof`).
 * @returns the root as lower-case hex, or `null` (it never throws).
 */
export function merkleRootFromProof(
  leaf: string,
  index: number,
  count: number,
  proof: readonly string[],
): string | null {
  if (!isSha256Hex(leaf) || !Array.isArray(proof)) return null;
  if (
    !Number.isSafeInteger(count) ||
    count < 1 ||
    !Number.isSafeInteger(index) ||
    index < 0 ||
    index >= count
  ) {
    return null;
  }
  const sides = auditPath(index, count).map((s) => s.side);
  if (proof.length !== sides.length) return null;
  let node = hexToBytes(leaf);
  for (let i = 0; i < proof.length; i++) {
    const entry = proof[i];
    const match = typeof entry === 'string' ? ENTRY.exec(entry) : null;
    if (!match || match[1] !== sides[i]) return null;
    const sibling = hexToBytes(match[2]!);
    node = match[1] === 'L' ? merkleNode(sibling, node) : merkleNode(node, sibling);
  }
  return bytesToHex(node);
}

/**
 * Checks an inclusion proof made by `merkleProof`: that leaf hash `leaf`, at position `index` of a tree
 * of `count` leaves, hashes up through `proof` to `root` (RFC 6962 section 2.1.1; the same walk as
 * RFC 9162 section 2.1.3.2). The proof must have exactly the length and the sides that `index` and
 * `count` imply. Hashes are accepted only as 64 lower-case hex digits, so no two spellings of a proof
 * both verify.
 *
 * `count` is not authenticated by the root (as in RFC 6962, where the tree size travels in the
 * signed tree head): take it from the published frame. A schedule's `scheduleHash` is such a head
 * (`sealHead`), which `verifyPeriod` checks.
 *
 * @param leaf - the leaf hash (`periodLeaf`).
 * @param index - its position, 0-based.
 * @param count - the number of leaves of the tree.
 * @param proof - the audit path, bottom-up.
 * @param root - the published root.
 * @returns true when the proof verifies; false otherwise, malformed arguments included (it never throws).
 */
export function verifyMerkleProof(
  leaf: string,
  index: number,
  count: number,
  proof: readonly string[],
  root: string,
): boolean {
  if (!isSha256Hex(root)) return false;
  const computed = merkleRootFromProof(leaf, index, count, proof);
  return computed !== null && computed === root;
}
