import type * as z from 'zod';
import { text } from '../text/catalogue.js';
import { type ErrorTexts, english, type Phrase } from './FairdrawError.js';

// The messages of the schemas in every language. A schema's message is an English string (zod knows
// no other); these helpers remember its words, and `issueWords` finds them again for an issue of a
// failed parse, or writes zod's own messages from the issue's facts.

type SchemaTexts = ErrorTexts['schema'];

/** The arguments of the phrase `K` of the `schema` section (none for a plain string). */
type SchemaArgs<K extends keyof SchemaTexts> = SchemaTexts[K] extends (...args: infer A) => string ? A : [];

/** The words of every message made by {@link says}, by its English. */
const BY_ENGLISH = new Map<string, Phrase>();

/**
 * The fixed message `key` of the catalogue's `schema` section, in English, for a check of a schema
 * (`.min(0, says('atLeast', 0))`); its words are remembered, so that {@link issueWords} can write it in
 * any language.
 */
export function says<K extends keyof SchemaTexts>(key: K, ...args: SchemaArgs<K>): string {
  const phrase: Phrase = (t) => {
    const entry: unknown = t.schema[key];
    return typeof entry === 'function' ? String(entry(...args)) : String(entry);
  };
  const message = english(phrase);
  BY_ENGLISH.set(message, phrase);
  return message;
}

/** The member of an issue's `params` that holds its words. */
const WORDS = 'fairdrawWords';

/** Words that may read the value that failed (a refinement's input). */
export type InputPhrase = (t: ErrorTexts, input: unknown) => string;

/**
 * A custom issue of a `superRefine` (`ctx.addIssue(customIssue(['from'], (t) => ...))`): its message
 * in English, its words in its params.
 */
export function customIssue(path: readonly PropertyKey[] | undefined, message: Phrase) {
  return {
    code: 'custom' as const,
    ...(path === undefined ? {} : { path: [...path] }),
    message: english(message),
    params: { [WORDS]: message },
  };
}

/** The params of a `refine` (`.refine(ok, refinement((t, input) => ...))`): its message in every language. */
export function refinement(message: InputPhrase) {
  return {
    error: (issue: { input?: unknown }) => message(text('en').errors, issue.input),
    params: { [WORDS]: message },
  };
}

/** The messages made by {@link ofInput}: a schema's own, so they are few. */
const OF_INPUT: { english: (input: unknown) => string; phrase: InputPhrase }[] = [];

/**
 * A schema's message that names the value it refuses (`z.number({ error: ofInput((t, input) => ...) })`),
 * for a check that takes no params (a type error): {@link issueWords} finds its words by its English.
 */
export function ofInput(message: InputPhrase): (issue: { input?: unknown }) => string {
  const english = (input: unknown) => message(text('en').errors, input);
  OF_INPUT.push({ english, phrase: message });
  return (issue) => english(issue.input);
}

/** What a value is, as zod names types: `undefined`, `null`, `array`, `nan`, `number`, `string`, ... */
function typeOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
}

/**
 * The words of an issue of a failed parse (parsed with `reportInput`, so that an issue holds the value
 * it refused): the words its schema gave it ({@link says}, {@link customIssue}, {@link refinement}), or
 * zod's own message written from the issue's code and facts. In English every phrase gives the issue's
 * own message.
 */
export function issueWords(issue: z.core.$ZodIssue): Phrase {
  const { message } = issue;
  const given = issue.code === 'custom' ? issue.params?.[WORDS] : undefined;
  if (typeof given === 'function') return (t) => (given as InputPhrase)(t, issue.input);
  const known = BY_ENGLISH.get(message);
  if (known !== undefined) return known;
  const input = issue.input;
  const named = OF_INPUT.find((o) => {
    try {
      return o.english(input) === message;
    } catch {
      return false; // a value that cannot be written as text (an object without a prototype)
    }
  });
  if (named !== undefined) return (t) => named.phrase(t, input);
  switch (issue.code) {
    case 'invalid_type': {
      const received = typeOf(issue.input);
      return (t) => t.zod.type(issue.expected, received, message);
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v) ?? String(v));
      const got = ['string', 'number', 'boolean'].includes(typeof input) ? JSON.stringify(input) : undefined;
      return (t) => t.zod.oneOf(values, got, message);
    }
    case 'too_small':
      return (t) => t.zod.tooSmall(issue.origin, String(issue.minimum), issue.inclusive ?? true, message);
    case 'too_big':
      return (t) => t.zod.tooBig(issue.origin, String(issue.maximum), issue.inclusive ?? true, message);
    case 'invalid_format': {
      const pattern = 'pattern' in issue && typeof issue.pattern === 'string' ? issue.pattern : undefined;
      return (t) => t.zod.format(issue.format, pattern, message);
    }
    case 'not_multiple_of':
      return (t) => t.zod.multipleOf(String(issue.divisor), message);
    case 'invalid_union':
      return (t) => t.zod.union(message);
    default:
      return (t) => t.zod.invalid(message);
  }
}
