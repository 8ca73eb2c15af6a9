import type { Outcome } from './Outcome.js';
import { USAGE } from './usage.js';

/** The outcome of a command called with the wrong arguments: exit 2, what it expected, then the usage. */
export function usageError(command: string, expected: string): Outcome {
  return { code: 2, stderr: `fairdraw ${command}: expected ${expected}\n\n${USAGE}` };
}
