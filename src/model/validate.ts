import type * as z from 'zod';
import { FairdrawError } from './FairdrawError.js';

/** Formats a zod issue path (`['units', 3, 'risk']`) as `units[3].risk`, prefixed by `root`. */
export function formatPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * The path of the first own member named `__proto__` inside a parsed JSON value, if any. `JSON.parse`
 * makes such members, and zod's records and objects drop them silently (`risk: {"__proto__": 5}`
 * would vanish), so {@link validate} refuses them, naming the member.
 */
function protoKeyPath(value: unknown, path: PropertyKey[]): PropertyKey[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (typeof value[i] !== 'object' || value[i] === null) continue;
      const found = protoKeyPath(value[i], [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (Object.hasOwn(value, '__proto__')) return [...path, '__proto__'];
  for (const [key, member] of Object.entries(value)) {
    if (typeof member !== 'object' || member === null) continue;
    const found = protoKeyPath(member, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * The one validation helper: parses `value` with `schema` and returns the typed result, or throws
 * a {@link FairdrawError} (`invalid-input`) naming the first offending field and listing all of them.
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
  const hidden = protoKeyPath(value, []);
  if (hidden) {
    throw new FairdrawError(
      'invalid-input',
      formatPath(root, hidden),
      'is not allowed as a field name (JavaScript would drop it silently); rename the field',
    );
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: formatPath(root, [...issue.path, key]), message: 'unknown field' }))
      : [{ path: formatPath(root, issue.path) || name, message: issue.message }],
  );
  const first = problems[0] ?? { path: name, message: 'invalid value' };
  throw new FairdrawError('invalid-input', first.path, first.message, problems);
}
