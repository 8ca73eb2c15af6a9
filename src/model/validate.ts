import type * as z from 'zod';
import { FairdrawError, type FairdrawProblem, problem, withWords } from './FairdrawError.js';
import { issueWords } from './schemaWords.js';

/** Whether a value is a JSON object (not `null`, not an array): the shape test every reader of untrusted JSON starts with. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Formats a zod issue path (`['units', 3, 'risk']`) as `units[3].risk`, prefixed by `root`. */
export function formatPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (key === '') out += '[""]';
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Whether `text` holds no half of a UTF-16 surrogate pair alone (a scan: cheaper than a regex on short strings). */
export function wellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c & 0xf800) !== 0xd800) continue;
    if (c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      i++;
      continue;
    }
    return false;
  }
  return true;
}

/** An object met while walking a value: where it was found (its parent and key), for its path. */
interface Found {
  value: object;
  parent: Found | undefined;
  key: PropertyKey;
}

/** What a non-plain object is, for the message: its constructor's name (`Map`, `Date`, a class), if it has one. */
function kindOf(value: object): string | undefined {
  const proto: unknown = Object.getPrototypeOf(value);
  const ctor: unknown =
    typeof proto === 'object' && proto !== null
      ? Object.getOwnPropertyDescriptor(proto, 'constructor')?.value
      : undefined;
  return typeof ctor === 'function' && ctor.name ? ctor.name : undefined;
}

/**
 * Every object under `value` (itself included) that is neither an array nor a plain object (prototype
 * `Object.prototype` or none): zod reads a `Map`, a `Date` or a class instance as the fields it names,
 * so `new Map()` would pass for `{}`; every member named `__proto__`; and every string or member name
 * that is not well-formed text (a lone surrogate: canonical JSON, and so the hashes, refuse it). Walks with a stack (no recursion) and visits each object once, so
 * a cycle or a shared object costs nothing more.
 */
function nonPlainObjects(value: unknown, root: string, name: string): FairdrawProblem[] {
  const problems: FairdrawProblem[] = [];
  // Called for every string of the value: no allocation unless there is a problem to name.
  const pathOf = (found: Found | undefined, last?: PropertyKey) => {
    const keys: PropertyKey[] = last === undefined ? [] : [last];
    for (let f = found; f?.parent; f = f.parent) keys.unshift(f.key);
    return formatPath(root, keys) || name;
  };
  const checkText = (text: unknown, found: Found | undefined, last?: PropertyKey) => {
    if (typeof text === 'string' && !wellFormed(text)) {
      problems.push(problem(pathOf(found, last), (t) => t.plan.notWellFormed));
    }
  };
  checkText(value, undefined);
  if (typeof value !== 'object' || value === null) return problems;
  const seen = new Set<object>([value]);
  const stack: Found[] = [{ value, parent: undefined, key: '' }];
  const push = (parent: Found, key: PropertyKey, child: unknown) => {
    checkText(child, parent, key);
    if (typeof child === 'object' && child !== null && !seen.has(child)) {
      seen.add(child);
      stack.push({ value: child, parent, key });
    }
  };
  while (stack.length > 0) {
    const found = stack.pop()!;
    const v = found.value;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) {
        const item: unknown = v[i];
        if (typeof item === 'object' ? item !== null : typeof item === 'string') push(found, i, item);
      }
      continue;
    }
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) {
      const kind = kindOf(v);
      problems.push(problem(pathOf(found), (t) => t.plan.notPlain(kind)));
      continue;
    }
    const keys = Object.keys(v);
    if (Object.hasOwn(v, '__proto__')) {
      // JSON.parse makes such members, and zod's records and objects drop them silently
      // (`risk: {"__proto__": 5}` would vanish).
      problems.push(problem(pathOf(found, '__proto__'), (t) => t.plan.protoField));
    }
    for (let k = keys.length - 1; k >= 0; k--) {
      checkText(keys[k], found, keys[k]!);
      push(found, keys[k]!, (v as Record<string, unknown>)[keys[k]!]);
    }
  }
  return problems;
}

/**
 * The one validation helper: parses `value` with `schema` and returns the typed result, or throws
 * a {@link FairdrawError} (`invalid-input`) naming the first offending field and listing all of them.
 * Before parsing, every object under `value` must be an array or a plain JSON object (prototype
 * `Object.prototype` or `null`): a `Map`, a `Date` or a class instance is refused, naming its path
 * (`limits: must be plain JSON data (a plain JSON object, ...), got a Map`), where zod would read it as an empty object.
 * The two steps are {@link checkPlainData} and {@link parseValid}.
 *
 * @param schema - the zod schema of the argument.
 * @param value - the untrusted value.
 * @param root - the argument's name, prefixed to every path (e.g. `weights`); may be empty.
 * @param name - the name used when the value itself (not one of its fields) is wrong, so that every
 *   error names something: `root`, or `input` when `root` is empty.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  root = '',
  name = root || 'input',
): z.output<S> {
  checkPlainData(value, root, name);
  return parseValid(schema, value, root, name);
}

/**
 * The first step of {@link validate}: throws a {@link FairdrawError} (`invalid-input`) listing every
 * object under `value` that is not an array or a plain JSON object, every member named `__proto__` and
 * every string that is not well-formed text, the first one named.
 */
export function checkPlainData(value: unknown, root = '', name = root || 'input'): void {
  const nonPlain = nonPlainObjects(value, root, name);
  if (nonPlain.length > 0) {
    throw new FairdrawError('invalid-input', nonPlain[0]!.path, nonPlain[0]!.message, nonPlain);
  }
}

/**
 * The second step of {@link validate}: parses `value` with `schema`, or throws a {@link FairdrawError}
 * (`invalid-input`) naming the first offending field and listing all of them.
 */
export function parseValid<S extends z.ZodType>(
  schema: S,
  value: unknown,
  root = '',
  name = root || 'input',
): z.output<S> {
  // `reportInput`: each issue holds the value it refused, which its words in another language name.
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const problems = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => problem(formatPath(root, [...issue.path, key]), (t) => t.zod.unknownField))
      : [
          withWords(
            { path: formatPath(root, issue.path) || name, message: issue.message },
            issueWords(issue),
          ),
        ],
  );
  const first = problems[0] ?? problem(name, (t) => t.plan.invalidValue);
  throw new FairdrawError('invalid-input', first.path, first.message, problems);
}
