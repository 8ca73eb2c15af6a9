import { deriveSeed } from '../random/deriveSeed.js';
import { checkIndex, checkText } from './textChecks.js';

/**
 * The salt of period `periodIndex`'s commitment: `deriveSeed(seed, 'reveal-salt', periodIndex)`
 * (256 bits, 64 lower-case hex digits). Derived from the schedule's master seed (the effective seed in
 * the commit-reveal form), it is unknown to the public until the period is revealed, so a period's
 * leaf cannot be opened by trying the few million possible visit sets; revealing one period's salt
 * says nothing about the others' (SHA-256 is one-way).
 *
 * @param seed - the master seed of the schedule (never revealed with the salt).
 * @param periodIndex - the period, 0-based.
 * @returns the salt as lower-case hex.
 * @throws FairdrawError (`invalid-input`) naming `seed` or `periodIndex`.
 */
export function periodSalt(seed: string, periodIndex: number): string {
  checkText(seed, 'seed');
  return deriveSeed(seed, 'reveal-salt', checkIndex(periodIndex, 'periodIndex'));
}
