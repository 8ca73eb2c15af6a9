import { type Catalogue, text } from '../text/catalogue.js';
import type { Lang } from '../text/lang.js';

/** What kind of failure a {@link FairdrawError} reports. */
export type FairdrawErrorCode =
  /** The input does not have the required shape or values. */
  | 'invalid-input'
  /** The input is well formed but no schedule can meet all its constraints. */
  | 'infeasible'
  /** The schedule was made by an algorithm version this library does not support. */
  | 'unsupported';

/** One problem found in the input: where, and what is wrong there. */
export interface FairdrawProblem {
  /** Dotted path of the offending field, e.g. `horizon.zone` or `units[3].risk`. */
  path: string;
  /** What is wrong, in words a planner can act on (in English: see {@link FairdrawError.problemsIn}). */
  message: string;
}

/** The error phrases of one language: `text(lang).errors`. */
export type ErrorTexts = Catalogue['errors'];

/** Words written in any language: given the error phrases of a language, the words in it. */
export type Phrase = (t: ErrorTexts) => string;

/**
 * A path or a message: plain text, the same in every language (a path such as `units[3].risk`, or
 * a message nobody has translated), or a {@link Phrase}.
 */
export type Words = string | Phrase;

/** A path and a message, each in every language. */
export interface Worded {
  path: Words;
  message: Words;
}

/** The words behind the English strings of problems, errors and other messages (see {@link withWords}). */
const WORDS = new WeakMap<object, { path?: Words | undefined; message: Words }>();

/** The words in the language of `t`. */
export function say(words: Words, t: ErrorTexts): string {
  return typeof words === 'string' ? words : words(t);
}

/** The words in English, as every `message` and `path` of fairdraw is written. */
export function english(words: Words): string {
  return say(words, text('en').errors);
}

/**
 * Records the words of `value`'s English message (and of its path, when it is not the same in every
 * language), so that it can be written in another language, and returns `value` itself: its own
 * fields stay as they are (plain English strings).
 */
export function withWords<T extends object>(value: T, message: Words, path?: Words): T {
  WORDS.set(value, { path, message });
  return value;
}

/**
 * The words of a problem, an error or another message recorded by {@link withWords}; a value without
 * recorded words gives its own strings (the English).
 */
export function wordsOf(value: { message: string; path?: string }): Worded {
  const words = WORDS.get(value);
  return { path: words?.path ?? value.path ?? '', message: words?.message ?? value.message };
}

/** A path and a message as a line reads: `units[3].risk: must be > 0`, or the message alone. */
export function pathAndMessage(path: Words, message: Words): Phrase {
  return (t) => {
    const where = say(path, t);
    return where ? `${where}: ${say(message, t)}` : say(message, t);
  };
}

/**
 * A problem at `path`: its `path` and `message` in English, and the words to write them in another
 * language ({@link FairdrawError.problemsIn}).
 */
export function problem(path: Words, message: Words): FairdrawProblem {
  return withWords({ path: english(path), message: english(message) }, message, path);
}

/**
 * The only error fairdraw throws on purpose. `path` names the field, `message` starts with it
 * (`"horizon.zone: unknown IANA zone \"Asia/Shanghia\""`), and `problems` lists every problem
 * found when there is more than one. `message` and the problems are in English; {@link messageIn}
 * and {@link problemsIn} write them in another language (`zh-CN`).
 */
export class FairdrawError extends Error {
  readonly code: FairdrawErrorCode;
  readonly path: string;
  readonly problems: readonly FairdrawProblem[];

  /**
   * @param path - the field, as plain text or as words of every language (a spreadsheet's cell).
   * @param message - what is wrong, as plain text or as words of every language. A plain message that
   *   is the first problem's (with its path) takes that problem's words.
   * @param problems - every problem found, when there is more than one.
   */
  constructor(code: FairdrawErrorCode, path: Words, message: Words, problems?: readonly FairdrawProblem[]) {
    const where = english(path);
    const what = english(message);
    super(where ? `${where}: ${what}` : what);
    this.name = 'FairdrawError';
    this.code = code;
    this.path = where;
    const first = problems?.[0];
    const words =
      typeof message === 'string' && first !== undefined && first.path === where && first.message === what
        ? wordsOf(first)
        : { path, message };
    WORDS.set(this, words);
    this.problems = problems && problems.length > 0 ? problems : [problem(words.path, words.message)];
  }

  /**
   * The message in `lang`: `message` itself in English; in Chinese, the path as it is (a field's
   * path does not change) followed by the Chinese sentence (`units[3].risk: 必须大于 0`).
   */
  messageIn(lang: Lang): string {
    if (lang === 'en') return this.message;
    const { path, message } = wordsOf(this);
    return pathAndMessage(path, message)(text(lang).errors);
  }

  /** The problems in `lang` (`problems` themselves in English). */
  problemsIn(lang: Lang): FairdrawProblem[] {
    if (lang === 'en') return [...this.problems];
    const t = text(lang).errors;
    return this.problems.map((p) => {
      const words = wordsOf(p);
      return { path: say(words.path, t), message: say(words.message, t) };
    });
  }
}
