import { FairdrawError, type Phrase } from '../model/FairdrawError.js';
import { checkText } from './textChecks.js';

/** Minimum estimated entropy of a secret, in bits: NIST SP 800-57 Part 1's 128-bit security strength. */
export const MIN_SECRET_BITS = 128;

/** Longest run of characters that step by a constant -1, 0 or +1 tolerated (`aaaaaaaa`, `01234567` are refused). */
const MAX_STEADY_RUN = 7;

/** Bits carried by one character of an alphabet of `size` characters chosen uniformly at random. */
const bitsPerChar = (size: number): number => Math.log2(size);

/** Plug-in (empirical) Shannon entropy of the characters of `text`, in bits per character. */
function empiricalBitsPerChar(text: string): number {
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const k of counts.values()) {
    const p = k / text.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Smallest period of `text` (Knuth-Morris-Pratt failure function); equals its length when it has none. */
function smallestPeriod(text: string): number {
  const fail = new Int32Array(text.length);
  for (let i = 1, k = 0; i < text.length; i++) {
    while (k > 0 && text[i] !== text[k]) k = fail[k - 1]!;
    if (text[i] === text[k]) k++;
    fail[i] = k;
  }
  return text.length - (text.length > 0 ? fail[text.length - 1]! : 0);
}

/** Length of the longest run in which each character code differs from the previous one by the same -1, 0 or +1. */
function longestSteadyRun(text: string): number {
  let best = Math.min(text.length, 1);
  let run = 1;
  let step = Number.NaN;
  for (let i = 1; i < text.length; i++) {
    const d = text.charCodeAt(i) - text.charCodeAt(i - 1);
    if (Math.abs(d) <= 1 && d === step) run++;
    else run = Math.abs(d) <= 1 ? 2 : 1;
    step = d;
    best = Math.max(best, run);
  }
  return best;
}

/**
 * Refuses a commit-reveal secret that is too weak for its published commitment to stay closed: anyone
 * can hash guesses until one matches `commitSeed(secret)`, so the secret needs at least 128 bits of
 * entropy (NIST SP 800-57 Part 1, 128-bit security strength). Entropy cannot be measured from one
 * string, so the rule is an estimate that catches accidents, not a proof of randomness:
 *
 * 1. Characters: the secret must be written in a machine encoding, hex, decimal or base64 (`A-Z a-z
 *    0-9 + / - _`, with up to two trailing `=` of padding, which count for nothing).
 * 2. Nominal entropy: length x log2(alphabet size) must reach 128 bits. The alphabet is 10 if the
 *    secret is all decimal digits, 16 if all hex digits (either case, folded), 64 if it mixes upper-
 *    and lower-case letters (base64), else the union of the classes present: digits 10, lower-case
 *    26, upper-case 26, symbols `+/-_` 4. So at least 32 hex digits, 39 decimal digits (dice), 22
 *    base64 characters, or 28 letters of one case.
 * 3. Spread: the empirical entropy of its characters must reach half of log2(alphabet size) per
 *    character (refuses `0000...01`).
 * 4. No pattern: it must not be a block repeated twice or more (`abcabc...`), and must not contain 8
 *    characters in a row whose codes step by the same -1, 0 or +1 (`aaaaaaaa`, `01234567`, `hgfedcba`).
 *
 * A truly random secret of the minimum length is seldom refused: about 2 in 100,000 for 22 base64
 * characters (when one letter case happens to be missing), about 5 in 1,000,000 for 39 dice digits
 * (rule 4), fewer for 32 hex digits, and fewer still for longer secrets. The output of
 * `generateSecret` (64 hex digits, 256 bits) always passes. A secret a person made up,
 * even one that passes, is still guessable: use `generateSecret` (CLI: `fairdraw commit`).
 *
 * @param secret - the secret to check.
 * @param path - the field named in errors.
 * @throws FairdrawError (`invalid-input`) naming `path`, saying which rule failed.
 */
export function checkSecretEntropy(secret: string, path = 'seed.secret'): void {
  checkText(secret, path);
  const fail = (message: Phrase): never => {
    throw new FairdrawError('invalid-input', path, (t) => t.audit.weakSecret(message(t), MIN_SECRET_BITS));
  };
  const body = secret.replace(/={1,2}$/, '');
  if (!/^[A-Za-z0-9+/_-]+$/.test(body)) {
    fail((t) => t.audit.secretCharacters);
  }
  let alphabet: number;
  let name: 'decimal' | 'hex' | 'base64' | number;
  let text = body;
  if (/^[0-9]+$/.test(body)) {
    alphabet = 10;
    name = 'decimal';
  } else if (/^[0-9a-fA-F]+$/.test(body)) {
    alphabet = 16;
    name = 'hex';
    text = body.toLowerCase();
  } else if (/[a-z]/.test(body) && /[A-Z]/.test(body)) {
    alphabet = 64;
    name = 'base64';
  } else {
    alphabet =
      (/[0-9]/.test(body) ? 10 : 0) +
      (/[a-z]/.test(body) ? 26 : 0) +
      (/[A-Z]/.test(body) ? 26 : 0) +
      (/[+/_-]/.test(body) ? 4 : 0);
    name = alphabet;
  }
  const nominal = text.length * bitsPerChar(alphabet);
  if (nominal < MIN_SECRET_BITS) {
    const needed = Math.ceil(MIN_SECRET_BITS / bitsPerChar(alphabet));
    const { length } = text;
    fail((t) => t.audit.secretShort(length, name, Math.floor(nominal), needed));
  }
  if (empiricalBitsPerChar(text) < bitsPerChar(alphabet) / 2) {
    fail((t) => t.audit.secretRepeats);
  }
  if (smallestPeriod(text) <= text.length / 2) fail((t) => t.audit.secretBlock);
  if (longestSteadyRun(text) > MAX_STEADY_RUN) fail((t) => t.audit.secretRun(MAX_STEADY_RUN));
}
