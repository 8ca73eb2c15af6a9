import type { Rng } from '../../random/Rng.js';
import { shuffle } from '../../random/shuffle.js';
import { uniformInt } from '../../random/uniformInt.js';
import { INTEGER_TOLERANCE } from '../checkInclusion.js';
import { GRID_ONE } from './snapToGrid.js';

/**
 * Whether a total `whole + rem / GRID_ONE` (with `0 < rem < GRID_ONE`) counts as an integer `k`: within
 * `INTEGER_TOLERANCE * max(1, k)`, the rule `checkInclusion` applies to a period's sum. Returns the
 * direction its fractional flow must go (`+1` up to `GRID_ONE`, `-1` down to `0`), or `0` if it is free.
 */
function nearIntegral(whole: number, rem: number): -1 | 0 | 1 {
  const up = rem >= GRID_ONE / 2;
  const k = whole + (up ? 1 : 0);
  const distance = up ? GRID_ONE - rem : rem;
  if (distance > INTEGER_TOLERANCE * Math.max(1, k) * GRID_ONE) return 0;
  return up ? 1 : -1;
}

/**
 * The fractional part of the flow network of a horizon, on the grid of {@link GRID_ONE}.
 *
 * Nodes: `0` the source, `1 + i` unit `i`, `1 + N + t * H + h` the cell (stratum `h`, period `t`),
 * `1 + N + H * T + t` period `t` (the sink and the sink -> source arc carry integral flow and are left out).
 * Only arcs whose flow is fractional are listed; `flow[a]` is the fractional part in grid units, an
 * integer strictly between `0` and `GRID_ONE`. The integer parts never change and are not stored.
 */
export interface HorizonNetwork {
  /** Number of units `N` (nodes `1 .. N`). */
  readonly units: number;
  /** Number of nodes, `1 + N + H * T + T`. */
  readonly nodeCount: number;
  /** Number of fractional arcs. */
  readonly arcCount: number;
  /** Tail node of each arc (flow goes tail -> head). */
  readonly tail: Int32Array;
  /** Head node of each arc. */
  readonly head: Int32Array;
  /** Fractional flow of each arc in grid units; `0` or `GRID_ONE` once rounded. */
  readonly flow: Float64Array;
  /**
   * For a source -> unit or cell -> period arc whose total (`Lambda_i` or `E_ht`) is within
   * `INTEGER_TOLERANCE * max(1, k)` of an integer `k` without being exactly `k` on the grid: `+1` when the
   * flow must be brought up to `GRID_ONE`, `-1` down to `0` (see `pinNearIntegral`); `0` otherwise.
   */
  readonly target: Int8Array;
}

/** A unit's or a cell's total over the grid, `whole * GRID_ONE + rem` with `0 <= rem < GRID_ONE`. */
interface HorizonTotals {
  unitRem: Float64Array;
  unitWhole: Float64Array;
  /** Per cell `t * H + h`. */
  cellRem: Float64Array;
  cellWhole: Float64Array;
  /** `m_i`: the number of periods in which unit `i` is fractional. */
  cellArcCount: Int32Array;
}

/** 2^24: grid values (below 2^48) are split at it so that a multiple of one is an exact sum of two doubles. */
const HALF = 2 ** 24;

/**
 * The totals `Lambda_i` and `E_ht` of the grid, exactly. Each distinct row is read once, whatever the
 * number `k` of periods sharing it: a unit's entry `v` then adds `k * v` to its total, computed exactly
 * as `k * vh * 2^24 + k * vl` (`v = vh * 2^24 + vl`, each product below 2^53 for `k < 2^29`); the row's
 * stratum sums are taken once and copied to each of its periods. Every total is an integer, so its
 * (`whole`, `rem`) form is unique: the same as adding the periods' entries one by one.
 */
function horizonTotals(
  grid: readonly Float64Array[],
  N: number,
  stratum: Int32Array | null,
  H: number,
): HorizonTotals {
  const ONE = GRID_ONE;
  const T = grid.length;
  const unitRem = new Float64Array(N);
  const unitWhole = new Float64Array(N);
  const cellRem = new Float64Array(H * T);
  const cellWhole = new Float64Array(H * T);
  const cellArcCount = new Int32Array(N);
  const periodsOf = new Map<Float64Array, number[]>();
  grid.forEach((row, t) => {
    const list = periodsOf.get(row);
    if (list === undefined) periodsOf.set(row, [t]);
    else list.push(t);
  });
  const rowRem = new Float64Array(H);
  const rowWhole = new Float64Array(H);
  for (const [row, periods] of periodsOf) {
    const k = periods.length;
    rowRem.fill(0);
    rowWhole.fill(0);
    for (let i = 0; i < N; i++) {
      const v = row[i]!;
      if (v <= 0) continue;
      const h = stratum === null ? 0 : stratum[i]!;
      if (v >= ONE) {
        unitWhole[i]! += k;
        rowWhole[h]!++;
        continue;
      }
      cellArcCount[i]! += k;
      // k * v as whole * ONE + rem, exactly (see above); k = 1 is v itself.
      let whole = 0;
      let rem = v;
      if (k > 1) {
        const vh = Math.floor(v / HALF);
        const high = k * vh;
        whole = Math.floor(high / HALF);
        rem = (high - whole * HALF) * HALF + k * (v - vh * HALF);
        const carry = Math.floor(rem / ONE);
        whole += carry;
        rem -= carry * ONE;
      }
      let u = unitRem[i]! + rem;
      if (u >= ONE) {
        u -= ONE;
        whole++;
      }
      unitRem[i] = u;
      unitWhole[i]! += whole;
      let e = rowRem[h]! + v;
      if (e >= ONE) {
        e -= ONE;
        rowWhole[h]!++;
      }
      rowRem[h] = e;
    }
    for (const t of periods) {
      cellRem.set(rowRem, t * H);
      cellWhole.set(rowWhole, t * H);
    }
  }
  return { unitRem, unitWhole, cellRem, cellWhole, cellArcCount };
}

/**
 * Builds the network of the coordinated rounding from grid probabilities (see {@link snapToGrid}).
 *
 * The arc ids are the order in which the rounding walk sees the arcs, and they are drawn from `rng`:
 * 1. `shuffle(rng, N)` (Fisher–Yates, `N - 1` calls of `rng.next()`) orders the units;
 * 2. for each unit `i` in that order, one call `uniformInt(rng, max(m_i, 1))` gives a rotation `r_i` of
 *    the list of the `m_i` periods in which `pi[t][i]` is fractional (ascending `t`); the unit then gets,
 *    as consecutive ids, source -> unit `i` if its horizon total `Lambda_i` is fractional, and unit `i` ->
 *    cell `(h(i), t)` for its fractional periods in the rotated order (starting at the `r_i`-th);
 * 3. after all units, cell `(h, t)` -> period `t` for each fractional stratum expectation `E_ht`, `t`
 *    ascending then `h` ascending.
 * So this consumes exactly `2N - 1` calls of `rng.next()`.
 *
 * @param grid - `T` rows of `N` grid values (`grid[t][i]`), each row summing to a multiple of `GRID_ONE`.
 *   Rows may be one object shared by several periods; they are not modified.
 * @param units - `N`.
 * @param periods - `T`.
 * @param stratum - the stratum index `h(i)` in `[0, H)` of each unit, or `null` for a single stratum.
 * @param strataCount - `H` (1 when `stratum` is `null`).
 * @param rng - the source of the arc order.
 */
export function buildHorizonNetwork(
  grid: readonly Float64Array[],
  units: number,
  periods: number,
  stratum: Int32Array | null,
  strataCount: number,
  rng: Rng,
): HorizonNetwork {
  const ONE = GRID_ONE; // a local: module bindings can be slow getters in some loaders
  const N = units;
  const T = periods;
  const H = strataCount;
  const { unitRem, unitWhole, cellRem, cellWhole, cellArcCount } = horizonTotals(grid, N, stratum, H);
  let unitCell = 0;
  let sourceUnit = 0;
  for (let i = 0; i < N; i++) {
    unitCell += cellArcCount[i]!;
    if (unitRem[i]! > 0) sourceUnit++;
  }
  let cellPeriod = 0;
  for (let c = 0; c < H * T; c++) if (cellRem[c]! > 0) cellPeriod++;

  const arcCount = sourceUnit + unitCell + cellPeriod;
  const tail = new Int32Array(arcCount);
  const head = new Int32Array(arcCount);
  const flow = new Float64Array(arcCount);
  const target = new Int8Array(arcCount);
  const cellBase = 1 + N;
  const periodBase = 1 + N + H * T;
  const unitOrder = shuffle(rng, N);
  const periodsOf = new Int32Array(T);
  let a = 0;
  for (let k = 0; k < N; k++) {
    const i = unitOrder[k]!;
    const m = cellArcCount[i]!;
    // The unit's fractional periods, ascending. When all T are (the usual case) that is 0 .. T-1 and
    // the rows need not be read here.
    if (m < T) {
      let q = 0;
      for (let t = 0; q < m; t++) {
        const v = grid[t]![i]!;
        if (v > 0 && v < ONE) periodsOf[q++] = t;
      }
    }
    const shift = uniformInt(rng, m > 0 ? m : 1);
    const r = unitRem[i]!;
    if (r > 0) {
      tail[a] = 0;
      head[a] = 1 + i;
      flow[a] = r;
      target[a] = nearIntegral(unitWhole[i]!, r);
      a++;
    }
    const h = stratum === null ? 0 : stratum[i]!;
    // The rotated list: the periods from the shift-th on, then those before it.
    for (let q = shift; q < m + shift; q++) {
      const t = m === T ? (q < m ? q : q - m) : periodsOf[q < m ? q : q - m]!;
      tail[a] = 1 + i;
      head[a] = cellBase + t * H + h;
      flow[a] = grid[t]![i]!;
      a++;
    }
  }
  for (let t = 0; t < T; t++) {
    for (let h = 0; h < H; h++) {
      const r = cellRem[t * H + h]!;
      if (r <= 0) continue;
      tail[a] = cellBase + t * H + h;
      head[a] = periodBase + t;
      flow[a] = r;
      target[a] = nearIntegral(cellWhole[t * H + h]!, r);
      a++;
    }
  }
  return { units: N, nodeCount: periodBase + T, arcCount, tail, head, flow, target };
}
