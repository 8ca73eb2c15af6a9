import { merkleRootFromProof } from './merkleRootFromProof.js';
import { isSha256Hex } from './textChecks.js';

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
