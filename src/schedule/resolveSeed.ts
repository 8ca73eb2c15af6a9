import { effectiveSeed } from '../audit/effectiveSeed.js';
import type { Seed } from '../model/seedSchema.js';

/**
 * The master seed every draw derives from: the plain string as given, or for the commit-reveal form
 * the effective seed derived from the secret, the public value and the input hash (docs/audit.md).
 */
export function resolveSeed(seed: Seed, inputHash: string): string {
  return typeof seed === 'string' ? seed : effectiveSeed(seed, inputHash);
}
