/** Bits per radix digit: 2^11 buckets, whose write positions stay in cache. */
const DIGIT = 11;
const BUCKETS = 1 << DIGIT;

/**
 * The indices of the positive entries of `weights`, heaviest first, ties in increasing index order:
 * the order of `idx.sort((a, c) => weights[c] - weights[a] || a - c)`, which is a strict total order,
 * so this is the same array. It is found without a comparator, by a stable least-significant-digit
 * radix sort (Knuth, TAOCP vol. 3, sect. 5.2.5) on the bits of each weight: for positive finite
 * doubles the IEEE 754 bit pattern, read as an unsigned integer, increases with the value, so its
 * complement sorts heaviest first; stability keeps tied weights in index order. Six passes of 11 bits
 * at most (a pass whose digit is the same for every weight is skipped): O(N), against O(N log N)
 * calls of a comparator closure.
 *
 * @param weights - finite numbers; entries that are not `> 0` are left out.
 */
export function heaviestFirst(weights: ArrayLike<number>): Int32Array {
  const N = weights.length;
  let P = 0;
  for (let i = 0; i < N; i++) if (weights[i]! > 0) P++;
  // Records of three words, [low key, high key, index], so that a pass moves one record per unit.
  let from = new Uint32Array(3 * P);
  let to = new Uint32Array(3 * P);
  const bits = new Float64Array(1);
  const half = new Uint32Array(bits.buffer);
  const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  const L = little ? 0 : 1;
  for (let i = 0, k = 0; i < N; i++) {
    const w = weights[i]!;
    if (!(w > 0)) continue;
    bits[0] = w;
    from[3 * k] = ~half[L]! >>> 0;
    from[3 * k + 1] = ~half[1 - L]! >>> 0;
    from[3 * k + 2] = i;
    k++;
  }
  const count = new Int32Array(BUCKETS);
  for (let pass = 0; pass < 6 && P > 0; pass++) {
    const word = pass < 3 ? 0 : 1;
    const shift = (pass % 3) * DIGIT; // 0, 11, 22 within each 32-bit half
    count.fill(0);
    for (let k = 0; k < P; k++) count[(from[3 * k + word]! >>> shift) & (BUCKETS - 1)]!++;
    if (count[(from[word]! >>> shift) & (BUCKETS - 1)] === P) continue; // one digit: order kept
    for (let b = 0, start = 0; b < BUCKETS; b++) {
      const c = count[b]!;
      count[b] = start;
      start += c;
    }
    for (let k = 0; k < P; k++) {
      const r = 3 * k;
      const t = 3 * count[(from[r + word]! >>> shift) & (BUCKETS - 1)]!++;
      to[t] = from[r]!;
      to[t + 1] = from[r + 1]!;
      to[t + 2] = from[r + 2]!;
    }
    const swap = from;
    from = to;
    to = swap;
  }
  const idx = new Int32Array(P);
  for (let k = 0; k < P; k++) idx[k] = from[3 * k + 2]!;
  return idx;
}
