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
