import { FairdrawError } from '../../model/FairdrawError.js';
import { type Coin, coinOf, type Rng } from '../../random/Rng.js';
import { checkInclusion } from '../checkInclusion.js';
import { buildHorizonNetwork, type HorizonNetwork } from './buildHorizonNetwork.js';
import { cancelCycles } from './cancelCycles.js';
import { pinNearIntegral } from './pinNearIntegral.js';
import { GRID_ONE, snapToGrid } from './snapToGrid.js';

/** Options of {@link roundHorizon}. */
export interface RoundHorizonOptions {
  /** The source of randomness: the arc order, then (unless `coin` is given) one uniform per cycle. */
  rng: Rng;
  /** One stratum label per unit (its police type); labels are compared with `SameValueZero`, so `1` and `'1'` differ. */
  strata?: readonly (string | number)[];
  /**
   * Replaces `coinOf(rng)` for the cycle directions. For tests that enumerate every branch of the
   * rounding; leave it out in production.
   */
  coin?: Coin;
}

/**
 * Draws a whole horizon of periods at once (coordinated randomized rounding), so that ALL of these hold:
 *
 * - (a) unit `i` is selected in period `t` with probability `pi[t][i]`, exactly (to the 2^-48 grid, see
 *   {@link snapToGrid});
 * - (b) period `t` selects exactly `n_t = round(sum_i pi[t][i])` units;
 * - (c) with `strata`, the number selected from stratum `h` in period `t` is the floor or the ceiling of
 *   `E_ht = sum_{i in h} pi[t][i]`;
 * - (d) unit `i` is selected, over the horizon, the floor or the ceiling of `Lambda_i = sum_t pi[t][i]` times.
 *
 * Method: the probabilities are a fractional circulation in the network source -> unit -> cell
 * (stratum, period) -> period -> sink -> source. Cycles of fractional arcs are cancelled one at a time
 * with an unbiased random direction (a martingale on every arc), until every flow is integral: unbiased
 * controlled rounding (Cox, "A constructive procedure for unbiased controlled rounding", JASA 1987) done
 * as the dependent rounding of Gandhi, Khuller, Parthasarathy & Srinivasan ("Dependent rounding and its
 * applications to approximation algorithms", JACM 2006). The rng consumption order is documented in
 * {@link cancelCycles} and `docs/spec/horizon.md`. Time O(E * c) for E = number of fractional
 * unit-periods and c the typical cycle length; about 0.1 s for 10^4 units x 52 periods x 8 strata.
 *
 * @param pi - `pi[t][i]`, `T` periods of `N` probabilities each (same `N`; 0 for an inactive unit); each
 *   period must sum to an integer (checked by `checkInclusion` with path `pi[t]`).
 * @param options - `rng`, optional `strata` (one label per unit), optional `coin` (tests only).
 * @returns for each period, the sorted indices of the selected units.
 * @throws FairdrawError (`invalid-input`) naming `pi`, `pi[t]`, `pi[t][i]`, `options.rng`, `options.strata` or
 *   `options.strata[i]`.
 */
export function roundHorizon(pi: readonly ArrayLike<number>[], options: RoundHorizonOptions): number[][] {
  return drawHorizon(pi, options).selected;
}

/** The outcome of {@link drawHorizon}: the selection, and the probabilities the draw delivered. */
export interface HorizonDraw {
  /** For each period, the sorted indices of the selected units. */
  selected: number[][];
  /**
   * `probabilities[t][i]`: the exact inclusion probability with which the draw selected unit `i` in period
   * `t`, a multiple of 2^-48: `pi[t][i]` snapped to the grid (see `snapToGrid`) and, where a unit or
   * stratum total had to be pinned to an integer, moved by the few grid units of `pinNearIntegral`.
   * It differs from `pi[t][i]` by about 1e-14 at most, and each period's row sums exactly to `n_t`.
   * Periods given the same row object of `pi` get the same row object here too, unless the pinning
   * moved one of their unit-periods; rows are not to be modified.
   */
  probabilities: Float64Array[];
}

/**
 * {@link roundHorizon}, also returning the exact probabilities the draw delivered, for reporting: same
 * arguments, same random numbers, same selection.
 */
export function drawHorizon(pi: readonly ArrayLike<number>[], options: RoundHorizonOptions): HorizonDraw {
  if (!Array.isArray(pi)) throw new FairdrawError('invalid-input', 'pi', (t) => t.sampling.periodsNotArray);
  const rng = options?.rng;
  if (rng === null || typeof rng !== 'object' || typeof rng.next !== 'function') {
    throw new FairdrawError('invalid-input', 'options.rng', (t) => t.sampling.notRng);
  }
  const T = pi.length;
  if (T === 0) return { selected: [], probabilities: [] };
  const first = pi[0];
  const N = first !== null && typeof first === 'object' ? first.length : undefined;
  // The grid, row by row. Snapping is a function of the row alone, and a plan's periods often share one
  // row object (`routineProbabilities` gives periods with the same frame and budget the same row): each
  // distinct row is checked and snapped once, and its grid row is shared in the same way.
  const grid: Float64Array[] = [];
  const snapped = new Map<ArrayLike<number>, Float64Array>();
  for (let t = 0; t < T; t++) {
    const row = pi[t];
    if (row === null || typeof row !== 'object' || typeof row.length !== 'number') {
      throw new FairdrawError('invalid-input', `pi[${t}]`, (say) => say.sampling.probabilitiesNotArray);
    }
    if (row.length !== N) {
      const got = row.length;
      throw new FairdrawError('invalid-input', `pi[${t}]`, (say) => say.sampling.rowLength(N, got));
    }
    let g = snapped.get(row);
    if (g === undefined) {
      g = snapToGrid(row, checkInclusion(row, `pi[${t}]`), `pi[${t}]`);
      snapped.set(row, g);
    }
    grid.push(g);
  }
  const units = N as number;

  let stratum: Int32Array | null = null;
  let strataCount = 1;
  const strata = options.strata;
  if (strata !== undefined) {
    if (!Array.isArray(strata))
      throw new FairdrawError('invalid-input', 'options.strata', (t) => t.sampling.labelsNotArray);
    if (strata.length !== units) {
      throw new FairdrawError('invalid-input', 'options.strata', (t) =>
        t.sampling.labelsLength(units, strata.length),
      );
    }
    const index = new Map<string | number, number>();
    stratum = new Int32Array(units);
    for (let i = 0; i < units; i++) {
      const label = strata[i];
      if (typeof label !== 'string' && !(typeof label === 'number' && Number.isFinite(label))) {
        throw new FairdrawError('invalid-input', `options.strata[${i}]`, (t) =>
          t.sampling.labelBad(String(label)),
        );
      }
      let h = index.get(label);
      if (h === undefined) {
        h = index.size;
        index.set(label, h);
      }
      stratum[i] = h;
    }
    strataCount = Math.max(1, index.size);
  }

  const net = buildHorizonNetwork(grid, units, T, stratum, strataCount, rng);
  const probabilities = deliveredRows(grid, net, strataCount, pinNearIntegral(net));
  cancelCycles(net, options.coin ?? coinOf(rng));
  return { selected: selectedUnits(grid, net, strataCount), probabilities };
}

/**
 * The probabilities the draw delivers, `g / GRID_ONE` for each grid value `g` after `pinNearIntegral`:
 * a period's row is shared with the other periods of the same grid row (one division per distinct
 * row) unless the pinning moved one of its unit-periods, in which case it gets its own copy.
 */
function deliveredRows(
  grid: readonly Float64Array[],
  net: HorizonNetwork,
  strataCount: number,
  pinned: boolean,
): Float64Array[] {
  const ONE = GRID_ONE;
  const scaled = new Map<Float64Array, Float64Array>();
  const rows = grid.map((g) => {
    let row = scaled.get(g);
    if (row === undefined) {
      row = new Float64Array(g.length);
      for (let i = 0; i < g.length; i++) row[i] = g[i]! / ONE;
      scaled.set(g, row);
    }
    return row;
  });
  if (!pinned) return rows;
  const N = net.units;
  const own = new Uint8Array(grid.length);
  const { arcCount, tail, head, flow } = net;
  for (let a = 0; a < arcCount; a++) {
    const i = tail[a]! - 1;
    if (i < 0 || i >= N) continue; // not a unit -> cell arc
    const t = Math.floor((head[a]! - 1 - N) / strataCount);
    const f = flow[a]!;
    if (f === grid[t]![i]) continue;
    if (own[t] === 0) {
      rows[t] = rows[t]!.slice();
      own[t] = 1;
    }
    rows[t]![i] = f / ONE;
  }
  return rows;
}

/**
 * For each period, the units whose grid value ends at `GRID_ONE`, ascending: the cells that were 1 on
 * the grid (rows without any are skipped, each distinct row looked at once) and the unit -> cell arcs
 * rounded up. The arcs are read in id order, one sequential pass, rather than unit by unit (the arcs of
 * one unit are consecutive but the units are in random order); each period's list is sorted afterwards.
 * An arc's unit and period are read from its ends: tail `1 + i`, head `1 + N + t * H + h`.
 */
function selectedUnits(grid: readonly Float64Array[], net: HorizonNetwork, strataCount: number): number[][] {
  const ONE = GRID_ONE;
  const N = net.units;
  const out: number[][] = grid.map(() => []);
  const hasOne = new Map<Float64Array, boolean>();
  grid.forEach((g, t) => {
    let any = hasOne.get(g);
    if (any === undefined) hasOne.set(g, (any = g.includes(ONE)));
    if (any) for (let i = 0; i < N; i++) if (g[i] === ONE) out[t]!.push(i);
  });
  const { arcCount, tail, head, flow } = net;
  for (let a = 0; a < arcCount; a++) {
    if (flow[a] !== ONE) continue;
    const i = tail[a]! - 1;
    if (i < 0 || i >= N) continue; // not a unit -> cell arc
    out[Math.floor((head[a]! - 1 - N) / strataCount)]!.push(i);
  }
  for (const list of out) list.sort((x, y) => x - y);
  return out;
}
