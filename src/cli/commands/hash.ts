import { hashInput } from '../../audit/hashInput.js';
import { expandPlan } from '../../schedule/expandPlan.js';
import type { CliContext } from '../context.js';
import { readJson } from '../io.js';
import { type Outcome, parseArgs, usage, usageError } from '../usage.js';

/**
 * Runs `fairdraw hash`: prints the input hash of a plan file (the seed is not part of it), computed as
 * `plan` computes it, on the plan with its days written out (`expandPlan`).
 */
export function runHash(argv: readonly string[], context: CliContext): Outcome {
  const { positional, options } = parseArgs(argv, [], ['help']);
  if (options.help) return { code: 0, stdout: usage(context.lang) };
  if (positional.length !== 1) return usageError('hash', '<input.json>', context.lang);
  const raw = readJson(positional[0]!);
  // The seed is not hashed; a file written before the seed exists gets a placeholder to pass validation.
  const withSeed =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) && !('seed' in raw)
      ? { ...raw, seed: 'not-hashed' }
      : raw;
  return { code: 0, stdout: `${hashInput(expandPlan(withSeed).input)}\n` };
}
