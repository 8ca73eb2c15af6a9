import { bytesToHex, randomBytes } from '@noble/hashes/utils';
import { FairdrawError } from '../model/FairdrawError.js';
import { checkSecretEntropy } from './checkSecretEntropy.js';

/** Bytes in a generated secret: 32, i.e. 256 bits, written as 64 hex digits. */
export const SECRET_BYTES = 32;

/** How many draws of the random source are tried before it is declared broken. */
const MAX_ATTEMPTS = 16;

/**
 * Generates a commit-reveal secret: 32 bytes (256 bits) from the platform's cryptographic random
 * generator (`crypto.getRandomValues`, through `@noble/hashes`' `randomBytes`), as 64 lower-case hex
 * digits. This is the one place fairdraw uses non-reproducible randomness, on purpose: the secret
 * must be unguessable. It is checked with `checkSecretEntropy` and redrawn in the (below 1e-6) case
 * that it looks patterned, which removes a negligible fraction of the 2^256 possibilities.
 *
 * @param random - the byte source, `randomBytes` unless a test injects another.
 * @returns the secret, to be kept private until the reveal.
 * @throws FairdrawError (`invalid-input`, path `random`) when the source returns something other than
 *   32 bytes, or patterned bytes 16 times in a row (a broken source).
 */
export function generateSecret(random: (bytes: number) => Uint8Array = randomBytes): string {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const bytes = random(SECRET_BYTES);
    if (!(bytes instanceof Uint8Array) || bytes.length !== SECRET_BYTES) {
      throw new FairdrawError('invalid-input', 'random', (t) => t.audit.randomBytes(SECRET_BYTES));
    }
    const secret = bytesToHex(bytes);
    try {
      checkSecretEntropy(secret);
      return secret;
    } catch (error) {
      if (!(error instanceof FairdrawError)) throw error;
    }
  }
  throw new FairdrawError('invalid-input', 'random', (t) => t.audit.randomPatterned(MAX_ATTEMPTS));
}
