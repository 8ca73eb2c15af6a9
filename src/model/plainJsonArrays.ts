// Arrays of records that the library built itself from checked values, known to be plain JSON data:
// their canonical JSON is written without walking them once more to find it out.

/** What is known of a marked array: the member names of its objects, sorted, and how deep it nests. */
export interface PlainJsonArray {
  names: readonly string[];
  depth: number;
}

/** The marked arrays (see {@link markPlainJson}). */
const MARKED = new WeakMap<readonly unknown[], PlainJsonArray>();

/**
 * Records that `array`, which the caller has just built and which is never changed afterwards (like
 * every array of units once validated, see `unitIndex`), is plain JSON data as canonical JSON reads
 * it: every element a plain object (prototype `Object.prototype`) whose members are all enumerable,
 * named among `names`, and hold a well-formed string, a finite number, a boolean, `null`, or a plain
 * object or array of such values (never `undefined`), at most `depth` levels of containers deep in all,
 * the array's own level included. `canonicalJson` then writes it with `JSON.stringify(array, names)`
 * at once, without the walk that would find the same out.
 *
 * @param array - the array, built by the caller from values it has checked.
 * @param names - every member name of every object under the array, sorted by UTF-16 code units
 *   (names no object has are allowed, and change nothing: `JSON.stringify` leaves them out).
 * @param depth - the levels of containers: 2 for an array of flat records, 3 when a record holds an
 *   object or an array of values.
 */
export function markPlainJson(array: readonly object[], names: readonly string[], depth: number): void {
  MARKED.set(array, { names: [...names], depth });
}

/** What {@link markPlainJson} recorded of `array`, or `undefined` when it was not marked. */
export function plainJsonOf(array: readonly unknown[]): Readonly<PlainJsonArray> | undefined {
  return MARKED.get(array);
}

/**
 * Forgets the mark of `array` (see {@link markPlainJson}): the seal does so once it has written the
 * schedule it was given, which its caller may then change as it likes.
 */
export function forgetPlainJson(array: readonly unknown[]): void {
  MARKED.delete(array);
}
