import { bytesToHex } from '@noble/hashes/utils';
import { FairdrawError } from '../model/FairdrawError.js';
import { decodeLeaves, splitPoint, subtreeHash } from './merkleTree.js';
import { checkIndex } from './textChecks.js';

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
    throw new FairdrawError(
      'invalid-input',
      'index',
      `must be below the number of leaves ${decoded.length}, got ${index}`,
    );
  }
  const topDown: string[] = [];
  let lo = 0;
  let hi = decoded.length;
  while (hi - lo > 1) {
    const mid = lo + splitPoint(hi - lo);
    if (index < mid) {
      topDown.push(`R:${bytesToHex(subtreeHash(decoded, mid, hi))}`);
      hi = mid;
    } else {
      topDown.push(`L:${bytesToHex(subtreeHash(decoded, lo, mid))}`);
      lo = mid;
    }
  }
  return topDown.reverse();
}
