import { checkSecretEntropy } from '../../audit/checkSecretEntropy.js';
import { commitSeed } from '../../audit/commitSeed.js';
import { generateSecret } from '../../audit/generateSecret.js';
import { FairdrawError } from '../../model/FairdrawError.js';
import { text } from '../../text/catalogue.js';
import type { CliContext } from '../context.js';
import { type Outcome, parseArgs, usage, usageError } from '../usage.js';

/** Runs `fairdraw commit`: generates a secret and its commitment, or prints the commitment of one. */
export function runCommit(argv: readonly string[], context: CliContext): Outcome {
  const { positional, options } = parseArgs(argv, [], ['plain', 'help']);
  if (options.help) return { code: 0, stdout: usage(context.lang) };
  const t = text(context.lang).cli;
  if (positional.length === 0 && !options.plain) {
    const secret = generateSecret();
    const commitment = commitSeed(secret);
    return {
      code: 0,
      stdout:
        `${t.commit.secret(secret)}\n${t.commit.commitment(commitment)}\n\n` +
        t.commit.next(secret, commitment),
    };
  }
  if (positional.length !== 1 || positional[0] === '') {
    return usageError('commit', t.expects.commit, context.lang);
  }
  const value = positional[0]!;
  if (options.plain) return { code: 0, stdout: `${commitSeed(value)}\n` };
  try {
    checkSecretEntropy(value, 'secret');
  } catch (error) {
    if (!(error instanceof FairdrawError)) throw error;
    return {
      code: 2,
      stderr: `fairdraw: ${error.message}\n${t.commit.plainHint}\n`,
    };
  }
  return { code: 0, stdout: `${commitSeed(value, 'secret')}\n` };
}
