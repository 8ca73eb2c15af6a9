import { bytesToHex, hexToBytes } from '@noble/hashes/utils';
import { merkleNode, splitPoint } from './merkleTree.js';
import { isSha256Hex } from './textChecks.js';

/** One proof entry: side letter, colon, 64 lower-case hex digits. */
const ENTRY = /^([LR]):([0-9a-f]{64})$/;

/**
 * Checks an inclusion proof made by `merkleProof`: that leaf hash `leaf`, at position `index` of a tree
 * of `count` leaves, hashes up through `proof` to `root` (RFC 6962 section 2.1.1; the same walk as
 * RFC 9162 section 2.1.3.2). The proof must have exactly the length and the sides that `index` and
 * `count` imply. Hashes are accepted only as 64 lower-case hex digits, so no two spellings of a proof
 * both verify.
 *
 * `count` is not authenticated by the root (as in RFC 6962, where the tree size travels in the
 * signed tree head): take it from the published frame, i.e. the number of periods of the horizon.
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
  if (!isSha256Hex(leaf) || !isSha256Hex(root) || !Array.isArray(proof)) return false;
  if (
    !Number.isSafeInteger(count) ||
    count < 1 ||
    !Number.isSafeInteger(index) ||
    index < 0 ||
    index >= count
  ) {
    return false;
  }
  const sides: string[] = [];
  let lo = 0;
  let hi = count;
  while (hi - lo > 1) {
    const mid = lo + splitPoint(hi - lo);
    if (index < mid) {
      sides.push('R');
      hi = mid;
    } else {
      sides.push('L');
      lo = mid;
    }
  }
  sides.reverse();
  if (proof.length !== sides.length) return false;
  let node = hexToBytes(leaf);
  for (let i = 0; i < proof.length; i++) {
    const entry = proof[i];
    const match = typeof entry === 'string' ? ENTRY.exec(entry) : null;
    if (!match || match[1] !== sides[i]) return false;
    const sibling = hexToBytes(match[2]!);
    node = match[1] === 'L' ? merkleNode(sibling, node) : merkleNode(node, sibling);
  }
  return bytesToHex(node) === root;
}
