import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { FairdrawError } from '../model/FairdrawError.js';
import { sha256 } from '../random/sha256.js';
import { checkSecretEntropy } from './checkSecretEntropy.js';
import { commitSeed } from './commitSeed.js';
import { checkSha256Hex, checkText } from './textChecks.js';

/** The commit-reveal form of `PlanInput.seed`. */
export interface CommitRevealSeed {
  /** The office's secret, revealed only after the horizon (or when the schedule is audited). */
  secret: string;
  /** The public entropy value fixed after the commitment was published (dice digits, a beacon output). */
  public: string;
  /** `commitSeed(secret)`, published before the public value existed. */
  commitment: string;
}

/**
 * What was made public earlier and must not have changed since, when known to the caller (an auditor
 * takes them from the publication, the verifier from the schedule's manifest). Each one given is compared.
 */
export interface PublishedSeedValues {
  /** The seed commitment published before the draw. */
  commitment?: string;
  /** The public entropy value as announced (meeting minutes, beacon round). */
  public?: string;
  /** The input hash published with the commitment. */
  inputHash?: string;
}

const NUL = '\u0000';
const DOMAIN = 'fairdraw/effective-seed/v1';

/**
 * The seed every draw of a commit-reveal schedule is derived from:
 * `SHA-256("fairdraw/effective-seed/v1" || 0x00 || secret || 0x00 || public || 0x00 || inputHash)`
 * (UTF-8 throughout, none of the fields may contain 0x00, so the encoding is unambiguous), as 64
 * lower-case hex digits. It mixes the three contributions of the protocol in `docs/audit.md`:
 * the secret (committed first, so the office cannot choose it after seeing the public value), the
 * public value (fixed after the commitment, so whoever chose it could not know the secret), and the
 * input hash (so any change to the frame after the commitment changes every draw).
 *
 * Before deriving anything it checks, in this order, and throws a FairdrawError naming the field:
 * the shapes; each value in `published` against the seed (`seed.commitment`, `seed.public`,
 * `inputHash`); that the secret opens the commitment, `commitSeed(secret) === commitment`
 * (`seed.secret`); and that the secret is strong enough (`checkSecretEntropy`, `seed.secret`).
 *
 * @param seed - `{ secret, public, commitment }` from the plan input.
 * @param inputHash - `hashInput(input)` of the same plan input.
 * @param published - values published earlier to compare against (optional).
 * @returns the effective seed, the master seed of every `deriveSeed` call of the schedule.
 * @throws FairdrawError (`invalid-input`) as described above.
 */
export function effectiveSeed(
  seed: CommitRevealSeed,
  inputHash: string,
  published: PublishedSeedValues = {},
): string {
  if (typeof seed !== 'object' || seed === null) {
    throw new FairdrawError('invalid-input', 'seed', (t) => t.audit.seedObject);
  }
  const secret = checkText(seed.secret, 'seed.secret');
  const publicValue = checkText(seed.public, 'seed.public');
  if (publicValue.includes(NUL))
    throw new FairdrawError('invalid-input', 'seed.public', (t) => t.audit.noNul);
  const commitment = checkSha256Hex(seed.commitment, 'seed.commitment');
  checkSha256Hex(inputHash, 'inputHash');

  if (published.commitment !== undefined && published.commitment !== commitment) {
    const was = String(published.commitment);
    throw new FairdrawError('invalid-input', 'seed.commitment', (t) =>
      t.audit.commitmentMismatch(commitment, was),
    );
  }
  if (published.public !== undefined && published.public !== publicValue) {
    const was = published.public;
    throw new FairdrawError('invalid-input', 'seed.public', (t) => t.audit.publicMismatch(publicValue, was));
  }
  if (published.inputHash !== undefined && published.inputHash !== inputHash) {
    const was = String(published.inputHash);
    throw new FairdrawError('invalid-input', 'inputHash', (t) => t.audit.inputHashMismatch(inputHash, was));
  }
  const opened = commitSeed(secret, 'seed.secret');
  if (opened !== commitment) {
    throw new FairdrawError('invalid-input', 'seed.secret', (t) =>
      t.audit.secretDoesNotOpen(opened, commitment),
    );
  }
  checkSecretEntropy(secret, 'seed.secret');
  return bytesToHex(sha256(utf8ToBytes([DOMAIN, secret, publicValue, inputHash].join(NUL))));
}
