import type { AssignVisit, UnitNumbers } from './types.js';

/** Numbers distinct values in order of first appearance. */
export class Numbering<T> {
  readonly values: T[] = [];
  private readonly indices = new Map<T, number>();
  // The last value numbered and its number: visits in date order repeat a date (and a period)
  // many times running, which then costs no look-up.
  private last: T | undefined;
  private lastIndex = -1;

  get size(): number {
    return this.values.length;
  }

  /** The number of `value`, given the next one if it is new. */
  index(value: T): number {
    if (this.lastIndex >= 0 && value === this.last) return this.lastIndex;
    let x = this.indices.get(value);
    if (x === undefined) {
      x = this.values.length;
      this.indices.set(value, x);
      this.values.push(value);
    }
    this.last = value;
    this.lastIndex = x;
    return x;
  }

  /** The number of `value`, or undefined if it never appeared. */
  find(value: T): number | undefined {
    return this.indices.get(value);
  }
}

/** The units of the visits numbered from 0 in order of first appearance (see {@link numberUnits}). */
export interface VisitUnits {
  /** The number of the unit of each visit. */
  visitUnit: Int32Array;
  /** The number of units. */
  count: number;
  /** The number of the unit with this id, or undefined when no visit is to it. */
  find(id: string): number | undefined;
}

/**
 * Numbers the units of `visits` from 0 in order of first appearance: by their ids, or, when the
 * caller `given` them as numbers, by those (an array indexed by number instead of a map of ids;
 * the same numbering).
 */
export function numberUnits(visits: readonly AssignVisit[], given?: UnitNumbers): VisitUnits {
  const m = visits.length;
  const visitUnit = new Int32Array(m);
  if (given === undefined) {
    const ids = new Numbering<string>();
    for (let v = 0; v < m; v++) visitUnit[v] = ids.index(visits[v]!.unit);
    return { visitUnit, count: ids.size, find: (id) => ids.find(id) };
  }
  if (given.visits.length !== m) throw new Error('fairdraw bug: one unit number per visit expected');
  let max = -1;
  for (let v = 0; v < m; v++) max = Math.max(max, given.visits[v]!);
  const dense = new Int32Array(max + 1).fill(-1);
  let count = 0;
  for (let v = 0; v < m; v++) {
    const u = given.visits[v]!;
    if (dense[u] === -1) dense[u] = count++;
    visitUnit[v] = dense[u]!;
  }
  const find = (id: string): number | undefined => {
    const u = given.of(id);
    const x = u === undefined || u < 0 || u > max ? -1 : dense[u]!;
    return x < 0 ? undefined : x;
  };
  return { visitUnit, count, find };
}
