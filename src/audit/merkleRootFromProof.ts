import { bytesToHex, hexToBytes } from '@noble/hashes/utils';
import { merkleNode, splitPoint } from './merkleTree.js';
import { isSha256Hex } from './textChecks.js';

/** One proof entry: side letter, colon, 64 lower-case hex digits. */
const ENTRY = /^([LR]):([0-9a-f]{64})$/;

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
