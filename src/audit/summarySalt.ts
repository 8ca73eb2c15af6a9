import { deriveSeed } from '../random/deriveSeed.js';
import { checkText } from './textChecks.js';

/**
 * The salt of the schedule's summary leaf (see `summaryLeaf`): `deriveSeed(seed, 'reveal-salt', 'summary')`
 * (256 bits, 64 lower-case hex digits). The last path element is the string `"summary"` (tag `s`), so this
 * salt can never equal a period's salt `deriveSeed(seed, 'reveal-salt', k)` (integer tag `n`). Like the
 * period salts it is unknown to the public until it is revealed, and revealing it says nothing about
 * the seed or the other salts.
 *
 * @param seed - the master seed of the schedule (the effective seed in the commit-reveal form).
 * @returns the salt as lower-case hex.
 * @throws FairdrawError (`invalid-input`) naming `seed`.
 */
export function summarySalt(seed: string): string {
  return deriveSeed(checkText(seed, 'seed'), 'reveal-salt', 'summary');
}
