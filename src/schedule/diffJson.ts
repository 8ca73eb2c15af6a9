import type { Difference } from './Verification.js';

/** Member names written after a dot in a path; any other name is written as `["name"]`. */
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Appends `key` to `path`: `visits[12]`, `manifest.inputHash`, `byType["police-station"]`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (IDENTIFIER.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where `diffJson` collects differences, with a cap on how many it keeps. */
export interface DiffSink {
  differences: Difference[];
  /** How many differences to keep; the rest are only counted. */
  limit: number;
  /** How many were found in all. */
  total: number;
}

/**
 * Compares two JSON values field by field, as canonical JSON would see them, and records each place
 * where they differ with its precise path: array elements by index (a missing or extra element is
 * reported with `undefined` on the side that lacks it), object members by name (a member whose value is
 * `undefined` counts as absent), and anything else with `===` (JSON numbers compare exactly; `-0` equals
 * `0`, as canonical JSON writes both as `0`). A place whose kinds differ (array against object, number
 * against string...) is one difference, not a walk into either side.
 *
 * @param expected - what re-deriving gives.
 * @param found - what the schedule holds.
 * @param path - the path of both values (`''` at the root).
 * @param sink - where differences go.
 */
export function diffJson(expected: unknown, found: unknown, path: string, sink: DiffSink): void {
  if (expected === found) return;
  const add = (e: unknown, f: unknown, at: string) => {
    sink.total += 1;
    if (sink.differences.length < sink.limit) sink.differences.push({ path: at, expected: e, found: f });
  };
  if (Array.isArray(expected) && Array.isArray(found)) {
    const n = Math.max(expected.length, found.length);
    for (let i = 0; i < n; i++) {
      const at = childPath(path, i);
      if (i >= found.length) add(expected[i], undefined, at);
      else if (i >= expected.length) add(undefined, found[i], at);
      else diffJson(expected[i], found[i], at, sink);
    }
    return;
  }
  if (isPlainObject(expected) && isPlainObject(found)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(found)]);
    for (const key of keys) {
      const e = Object.hasOwn(expected, key) ? expected[key] : undefined;
      const f = Object.hasOwn(found, key) ? found[key] : undefined;
      if (e === undefined && f === undefined) continue;
      diffJson(e, f, childPath(path, key), sink);
    }
    return;
  }
  add(expected, found, path || '(the whole value)');
}
