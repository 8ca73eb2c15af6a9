import { checkSecretEntropy } from '../../audit/checkSecretEntropy.js';
import { commitSeed } from '../../audit/commitSeed.js';
import { generateSecret } from '../../audit/generateSecret.js';
import { FairdrawError } from '../../model/FairdrawError.js';
import type { CliContext } from '../context.js';
import { type Outcome, parseArgs, USAGE, usageError } from '../usage.js';

/** Runs `fairdraw commit`: generates a secret and its commitment, or prints the commitment of one. */
export function runCommit(argv: readonly string[], _context: CliContext): Outcome {
  const { positional, options } = parseArgs(argv, [], ['plain', 'help']);
  if (options.help) return { code: 0, stdout: USAGE };
  if (positional.length === 0 && !options.plain) {
    const secret = generateSecret();
    const commitment = commitSeed(secret);
    return {
      code: 0,
      stdout:
        `secret      ${secret}\n` +
        `commitment  ${commitment}\n\n` +
        'KEEP THE SECRET PRIVATE until the schedule is audited (store it safely: it cannot be recovered).\n' +
        'PUBLISH THE COMMITMENT now, with the input hash of the plan file (fairdraw hash <input.json>), and say\n' +
        'where the public value will come from (dice at a public meeting, or a future beacon round).\n' +
        "Once that value exists, set the plan file's seed to\n" +
        `  { "secret": "${secret}", "public": "<the public value, exactly as announced>", "commitment": "${commitment}" }\n` +
        'and run fairdraw plan. See docs/audit.md.\n',
    };
  }
  if (positional.length !== 1 || positional[0] === '') {
    return usageError('commit', 'no argument, one secret, or --plain <seed>');
  }
  const value = positional[0]!;
  if (options.plain) return { code: 0, stdout: `${commitSeed(value)}\n` };
  try {
    checkSecretEntropy(value, 'secret');
  } catch (error) {
    if (!(error instanceof FairdrawError)) throw error;
    return {
      code: 2,
      stderr:
        `fairdraw: ${error.message}\n` +
        '(to commit to a plain seed anyway, which hides nothing from anyone who can guess it, use fairdraw commit --plain <seed>)\n',
    };
  }
  return { code: 0, stdout: `${commitSeed(value, 'secret')}\n` };
}
