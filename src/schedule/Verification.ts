import type { Phrase } from '../model/FairdrawError.js';
import { text } from '../text/catalogue.js';
import type { Lang } from '../text/lang.js';

/** One place where a schedule (or a reveal) is not what it should be. */
export interface Difference {
  /** Where, e.g. `visits[12].inspectors[1]`, `profiles[3][7]`, `manifest.inputHash`. */
  path: string;
  /** What re-deriving gives (or what this library supports); `undefined` when the place should not exist. */
  expected: unknown;
  /** What the schedule holds; `undefined` when the place is missing. */
  found: unknown;
  /**
   * What it means, in plain words (English), when the path and values alone do not say it; in any
   * language with {@link differenceMessage}.
   */
  message?: string;
}

/**
 * The outcome of `verify` or `verifyPeriod`. `ok` is true exactly when `differences` is empty.
 * `status` says which of three answers it is: `verified`; `different` (the schedule is not what the
 * input gives); or `unsupported` (it names an algorithm version, library version or log entry kind
 * this library does not implement, so it cannot say either way; never a false "different").
 */
export interface Verification {
  ok: boolean;
  status: 'verified' | 'different' | 'unsupported';
  differences: Difference[];
  /** Number of further differences left out of `differences` (only the first 1000 are listed). */
  truncated?: number;
  /**
   * `verifyPeriod` of a period reveal that carries `outcomes`: the members the proof does not cover,
   * each with where else it can be checked. Absent for every other reveal and for `verify`.
   */
  unsealed?: UnsealedMember[];
}

/** A member of a reveal that its proof does not cover, and how it can be checked otherwise. */
export interface UnsealedMember {
  /** `outcomes.records`, `outcomes.probabilities` or `outcomes.types`. */
  path: string;
  /**
   * What checks it: `summary.units`, the units of the summary reveal (`revealSummary`), which the seal
   * covers; `null` when nothing published does (the visits' results are the office's record).
   */
  checkAgainst: 'summary.units' | null;
  /** What it means, in plain words. */
  message: string;
}

/**
 * Gives `item` its `message` in English from `phrase`, and keeps the phrase (not enumerable, so the
 * object still compares and serialises as before) for {@link differenceMessage} to say in another
 * language.
 *
 * @param item - a difference or an unsealed member, without its message.
 * @param phrase - its words, from the catalogue's `errors.verification`.
 * @returns `item`, with `message`.
 */
export function explained<T extends { message?: string }>(item: Omit<T, 'message'>, phrase: Phrase): T {
  return explainedIn<T>(item, (lang) => phrase(text(lang).errors));
}

/**
 * As {@link explained}, with the words in each language given by `say` (e.g. a `FairdrawError`'s
 * `messageIn`).
 */
export function explainedIn<T extends { message?: string }>(
  item: Omit<T, 'message'>,
  say: (lang: Lang) => string,
): T {
  const out = { ...item, message: say('en') } as T;
  Object.defineProperty(out, SAY, { value: say, enumerable: false });
  return carryWords(out, item, DESCRIBE);
}

/** Where {@link explainedIn} keeps the words of a message in every language. */
const SAY = Symbol('say');

/** Where {@link described} keeps the words of an `expected` that describes a value, in every language. */
const DESCRIBE = Symbol('describe');

/**
 * A difference whose `expected` is a description of what should be there (`at least one problem`), not
 * a value: `expected` in English from `phrase` (in the place the item gives it, e.g. `undefined`),
 * and the phrase kept, not enumerable, for {@link differenceExpected}.
 *
 * @param item - the difference, with `expected` in its place.
 * @param phrase - the description, from the catalogue's `errors.verification.expected`.
 */
export function described<T extends { expected: unknown }>(item: T, phrase: Phrase): T {
  const out = { ...item, expected: phrase(text('en').errors) };
  Object.defineProperty(out, DESCRIBE, { value: phrase, enumerable: false });
  return carryWords(out, item, SAY);
}

/**
 * `out` with the words `from` keeps under `key` (not enumerable, so a spread copy drops them), when it
 * keeps any: so that {@link explained} and {@link described} can wrap one another.
 */
function carryWords<T extends object>(out: T, from: object, key: typeof SAY | typeof DESCRIBE): T {
  const words = (from as Record<symbol, unknown>)[key];
  if (words !== undefined) Object.defineProperty(out, key, { value: words, enumerable: false });
  return out;
}

/**
 * The `expected` of a difference in `lang`: the catalogue's words when it describes what should be
 * there (see {@link described}), else the value as it is.
 *
 * @param d - from a `Verification`.
 * @param lang - the language to say a description in.
 */
export function differenceExpected(d: Difference, lang: Lang): unknown {
  const phrase = (d as { [DESCRIBE]?: Phrase })[DESCRIBE];
  return phrase === undefined ? d.expected : phrase(text(lang).errors);
}

/**
 * The `message` of a difference or an unsealed member in `lang`: the catalogue's words when the
 * library wrote it (see {@link explained}), else the message as it is (e.g. read from a file).
 *
 * @param item - from a `Verification`.
 * @param lang - the language to say it in.
 */
export function differenceMessage(item: { message?: string }, lang: Lang): string | undefined {
  const say = (item as { [SAY]?: (lang: Lang) => string })[SAY];
  return say === undefined ? item.message : say(lang);
}
