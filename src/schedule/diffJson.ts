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
 * against string...) is one difference, not a walk into either side. Members are compared in the order
 * of `expected`'s names, then `found`'s names that `expected` lacks.
 *
 * The walk writes a path only for a difference (the keys above the place are kept on a stack), so
 * comparing two large equal schedules builds no string.
 *
 * @param expected - what re-deriving gives.
 * @param found - what the schedule holds.
 * @param path - the path of both values (`''` at the root).
 * @param sink - where differences go.
 */
export function diffJson(expected: unknown, found: unknown, path: string, sink: DiffSink): void {
  walk(expected, found, { root: path, keys: [], sink });
}

/** Where the walk is: the path of the values compared, as a root and the keys below it. */
interface Walk {
  root: string;
  keys: (string | number)[];
  sink: DiffSink;
}

/** The path of the place the walk is at, with `key` below it when given. */
function pathAt(w: Walk, key?: string | number): string {
  let at = w.root;
  for (const k of w.keys) at = childPath(at, k);
  return key === undefined ? at : childPath(at, key);
}

/** Records a difference at the walk's place (or at `key` below it). */
function add(w: Walk, e: unknown, f: unknown, key?: string | number): void {
  w.sink.total += 1;
  if (w.sink.differences.length < w.sink.limit)
    w.sink.differences.push({ path: pathAt(w, key) || '(the whole value)', expected: e, found: f });
}

function walk(expected: unknown, found: unknown, w: Walk): void {
  if (expected === found) return;
  if (Array.isArray(expected) && Array.isArray(found)) {
    const n = Math.max(expected.length, found.length);
    for (let i = 0; i < n; i++) {
      if (i >= found.length) add(w, expected[i], undefined, i);
      else if (i >= expected.length) add(w, undefined, found[i], i);
      else if (expected[i] !== found[i]) {
        w.keys.push(i);
        walk(expected[i], found[i], w);
        w.keys.pop();
      }
    }
    return;
  }
  if (isPlainObject(expected) && isPlainObject(found)) {
    const names = Object.keys(expected);
    for (const key of Object.keys(found)) if (!isEnumerable.call(expected, key)) names.push(key);
    for (const key of names) {
      const e = Object.hasOwn(expected, key) ? expected[key] : undefined;
      const f = Object.hasOwn(found, key) ? found[key] : undefined;
      if (e === undefined && f === undefined) continue;
      if (e === f) continue;
      w.keys.push(key);
      walk(e, f, w);
      w.keys.pop();
    }
    return;
  }
  add(w, expected, found);
}

/** Whether an object's own member of a given name is enumerable (what `Object.keys` lists). */
const isEnumerable = Object.prototype.propertyIsEnumerable;
