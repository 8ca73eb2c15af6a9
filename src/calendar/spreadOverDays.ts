import { FairdrawError } from '../model/FairdrawError.js';
import type { Rng } from '../random/Rng.js';
import { uniformInt } from '../random/uniformInt.js';

/**
 * Dates for `count` visits of one period, spread so that no day is overloaded: with `d = days.length`,
 * `q = floor(count / d)` and `r = count mod d`, every day gets `q` visits and `r` days drawn uniformly
 * at random (all r-subsets equally likely) get one more. So each day gets the floor or the ceiling of
 * `count / d`, and each day has the same chance `count / d` in expectation.
 *
 * The extra days are drawn by the first `r` steps of a Fisher–Yates shuffle of `0 .. d-1` (Durstenfeld;
 * Knuth, TAOCP vol. 2, Algorithm 3.4.2P): step `i` swaps position `i` with `i + uniformInt(rng, d - i)`.
 * No random number is used when `r = 0`.
 *
 * The result is in the order of `days` (ascending when `days` is), each day repeated as often as it
 * is used. It does not say which visit goes where: the caller assigns slots to visits (fairdraw's
 * planner draws a uniform permutation for that).
 *
 * @param count - number of visits, a whole number >= 0.
 * @param days - the period's working days, distinct.
 * @param rng - the random source.
 * @returns `count` dates.
 * @throws {FairdrawError} `invalid-input` (path `count`) for a bad count; `infeasible` (path `days`)
 *   when `count > 0` and there is no day; callers with a better path should check first.
 */
export function spreadOverDays(count: number, days: readonly string[], rng: Rng): string[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new FairdrawError('invalid-input', 'count', (t) => t.calendar.countNotWhole(count));
  }
  if (count === 0) return [];
  const d = days.length;
  if (d === 0) throw new FairdrawError('infeasible', 'days', (t) => t.calendar.noWorkdayForVisits(count));
  const q = Math.floor(count / d);
  const r = count - q * d;
  const load = new Int32Array(d).fill(q);
  if (r > 0) {
    const order = new Int32Array(d);
    for (let i = 0; i < d; i++) order[i] = i;
    for (let i = 0; i < r; i++) {
      const j = i + uniformInt(rng, d - i);
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
      load[order[i]!]! += 1;
    }
  }
  const out: string[] = [];
  for (let k = 0; k < d; k++) for (let c = 0; c < load[k]!; c++) out.push(days[k]!);
  return out;
}
