import { bytesToHex, concatBytes, utf8ToBytes } from '@noble/hashes/utils';
import { sha256 } from '../random/sha256.js';
import { checkText } from './textChecks.js';

/** Domain-separation prefix of a seed commitment: `"fairdraw/commit/v1"` followed by one 0x00 byte. */
const COMMIT_PREFIX = utf8ToBytes('fairdraw/commit/v1\u0000');

/**
 * The commitment to a seed, published before the draw (a hash commitment in the sense of Blum,
 * "Coin flipping by telephone", 1981): `SHA-256("fairdraw/commit/v1" || 0x00 || UTF-8(seed))` as 64
 * lower-case hex digits. The prefix keeps it from ever equalling another fairdraw hash of the same
 * bytes. An auditor can check one with
 * `printf 'fairdraw/commit/v1\0%s' "$SECRET" | sha256sum`.
 *
 * In the commit-reveal form the seed committed to is the secret (`seed.commitment =
 * commitSeed(seed.secret)`); it binds as long as SHA-256 resists second preimages, and it hides only
 * as well as the secret resists guessing, hence `checkSecretEntropy`. A plain string seed can be
 * committed to as well, but a guessable plain seed hides nothing.
 *
 * @param seed - the secret (or plain seed): a non-empty string with a UTF-8 encoding.
 * @param path - the field named in errors.
 * @returns the commitment as lower-case hex.
 * @throws FairdrawError (`invalid-input`) naming `path` when the seed is empty or not valid Unicode.
 */
export function commitSeed(seed: string, path = 'seed'): string {
  checkText(seed, path);
  return bytesToHex(sha256(concatBytes(COMMIT_PREFIX, utf8ToBytes(seed))));
}
