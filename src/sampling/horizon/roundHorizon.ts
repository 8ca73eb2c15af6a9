import { FairdrawError } from '../../model/FairdrawError.js';
import { type Coin, coinOf, type Rng } from '../../random/Rng.js';
import { checkInclusion } from '../checkInclusion.js';
import { buildHorizonNetwork } from './buildHorizonNetwork.js';
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
  const grid = new Float64Array(T * (typeof N === 'number' ? N : 0));
  for (let t = 0; t < T; t++) {
    const row = pi[t];
    if (row === null || typeof row !== 'object' || typeof row.length !== 'number') {
      throw new FairdrawError('invalid-input', `pi[${t}]`, (say) => say.sampling.probabilitiesNotArray);
    }
    if (row.length !== N) {
      const got = row.length;
      throw new FairdrawError('invalid-input', `pi[${t}]`, (say) => say.sampling.rowLength(N, got));
    }
    const n = checkInclusion(row, `pi[${t}]`);
    grid.set(snapToGrid(row, n, `pi[${t}]`), t * N);
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
  pinNearIntegral(net);
  const { flow, cellOf } = net;
  const delivered = grid.slice();
  for (let a = 0; a < net.arcCount; a++) {
    const c = cellOf[a]!;
    if (c >= 0) delivered[c] = flow[a]!;
  }
  cancelCycles(net, options.coin ?? coinOf(rng));
  for (let a = 0; a < net.arcCount; a++) {
    const c = cellOf[a]!;
    if (c >= 0) grid[c] = flow[a]!;
  }
  const ONE = GRID_ONE;
  const out: number[][] = [];
  for (let t = 0; t < T; t++) {
    const row = t * units;
    const chosen: number[] = [];
    for (let i = 0; i < units; i++) if (grid[row + i] === ONE) chosen.push(i);
    out.push(chosen);
  }
  const probabilities: Float64Array[] = [];
  for (let t = 0; t < T; t++) {
    const row = delivered.subarray(t * units, (t + 1) * units).map((g) => g / ONE);
    probabilities.push(row);
  }
  return { selected: out, probabilities };
}
