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
  let idx = new Int32Array(P);
  let lo = new Uint32Array(P);
  let hi = new Uint32Array(P);
  const bits = new Float64Array(1);
  const half = new Uint32Array(bits.buffer); // little- or big-endian, see below
  const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  const L = little ? 0 : 1;
  const H = 1 - L;
  for (let i = 0, k = 0; i < N; i++) {
    const w = weights[i]!;
    if (!(w > 0)) continue;
    bits[0] = w;
    idx[k] = i;
    lo[k] = ~half[L]! >>> 0;
    hi[k] = ~half[H]! >>> 0;
    k++;
  }
  let idx2 = new Int32Array(P);
  let lo2 = new Uint32Array(P);
  let hi2 = new Uint32Array(P);
  const count = new Int32Array(BUCKETS);
  for (let pass = 0; pass < 6; pass++) {
    const key = pass < 3 ? lo : hi;
    const shift = (pass % 3) * DIGIT; // 0, 11, 22 within each 32-bit half
    count.fill(0);
    for (let k = 0; k < P; k++) count[(key[k]! >>> shift) & (BUCKETS - 1)]!++;
    if (P === 0 || count[(key[0]! >>> shift) & (BUCKETS - 1)] === P) continue; // one digit: order kept
    for (let b = 0, start = 0; b < BUCKETS; b++) {
      const c = count[b]!;
      count[b] = start;
      start += c;
    }
    for (let k = 0; k < P; k++) {
      const d = (key[k]! >>> shift) & (BUCKETS - 1);
      const to = count[d]!++;
      idx2[to] = idx[k]!;
      lo2[to] = lo[k]!;
      hi2[to] = hi[k]!;
    }
    [idx, idx2] = [idx2, idx];
    [lo, lo2] = [lo2, lo];
    [hi, hi2] = [hi2, hi];
  }
  return idx;
}
