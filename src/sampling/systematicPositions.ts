/**
 * The systematic selection of `systematicOrdered` on the fractional units alone, already in
 * order (`values[k]` is the probability of the unit at position `k`), from the start `u`: the same
 * arithmetic and the same sample, as a sequential pass for large `N` (Madow, Ann. Math. Stat. 1949;
 * Tillé, *Sampling Algorithms*, Springer 2006, sect. 7.2).
 *
 * @param size - how many fractional units the sample takes: `round(sum(pi)) - #{pi_i >= 1}`; should
 *   rounding leave fewer, the last unselected positions are added.
 * @returns the selected positions as a bit set, as `pivotalPositions`.
 */
export function systematicPositions(values: Float64Array, u: number, size: number): Uint32Array {
  const M = values.length;
  const selected = new Uint32Array((M + 31) >>> 5);
  let count = 0;
  let f = 0;
  for (let k = 0; k < M; k++) {
    const end = f + values[k]!;
    let hit: boolean;
    if (end < 1) {
      hit = u >= f && u < end;
      f = end;
    } else {
      let e = end - 1;
      if (e > f) e = f; // rounding made the arc longer than 1
      hit = u >= f || u < e;
      f = e;
    }
    if (hit && count < size) {
      selected[k >>> 5]! |= 1 << (k & 31);
      count++;
    }
  }
  for (let k = M - 1; k >= 0 && count < size; k--) {
    if (((selected[k >>> 5]! >>> (k & 31)) & 1) === 0) {
      selected[k >>> 5]! |= 1 << (k & 31);
      count++;
    }
  }
  return selected;
}
