/** One stratum of a {@link StratifiedPlan}. */
export interface StratumPlan {
  /** The stratum's label, as given. */
  label: string | number;
  /** Indices of its units, increasing. */
  members: number[];
  /** Its expected count `E = sum(pi)` over its members. */
  expected: number;
  /** `floor(E)` (E within 1e-12 of an integer counts as that integer). */
  floor: number;
  /** `r = E - floor(E)`, 0 when E is an integer. */
  remainder: number;
  /** Members' probabilities given the stratum gets `floor + 1` units (sum `floor + 1`); `r > 0` only. */
  ceilPi: Float64Array;
  /** Members' probabilities given the stratum gets `floor` units (sum `floor`). */
  floorPi: Float64Array;
}

/** How a balanced draw splits `pi` by strata; see {@link stratify}. */
export interface StratifiedPlan {
  /** Strata in order of first appearance in the labels. */
  strata: StratumPlan[];
  /** `strata[h].remainder` for every h: the first-stage inclusion probabilities (integer sum). */
  remainders: Float64Array;
}

/**
 * Clamps a split probability to [0, 1] and removes rounding where the exact value is 0 or 1 (a
 * binding cap): `r` is computed as `E - floor(E)` and carries an absolute error of about
 * `ulp(E)`, so values within `tol = 1e-12 * max(1, E)` of 0 or 1 are set to 0 or 1.
 */
function snap(x: number, tol: number): number {
  if (x >= 1 - tol) return 1;
  if (x <= tol) return 0;
  return x;
}

/** Relative distance from an integer under which a stratum's expected count counts as integer. */
const SNAP = 1e-12;

/**
 * Splits inclusion probabilities by strata for a balanced draw (no validation; `pi` must pass
 * `checkInclusion` and `strata` have one label per unit).
 *
 * Stratum h has expected count `E_h = F_h + r_h` (`F_h` integer, `0 <= r_h < 1`); the `r_h` sum to
 * an integer. For `r_h > 0` the members' vector is split as `pi = r_h pi^c + (1 - r_h) pi^f` with
 * `pi^c = pi + (1 - r_h) d`, `pi^f = pi - r_h d`, `sum(d) = 1`, and `d_i` proportional to
 * `cap_i = min((1 - pi_i) / (1 - r_h), pi_i / r_h)`, the largest `d_i` keeping both in [0, 1].
 * Then `sum(pi^c) = F_h + 1`, `sum(pi^f) = F_h`, and units at 0 or 1 stay there. Such a `d` always
 * exists: were `sum(cap) < 1`, the units with `pi_i <= r_h` would sum to less than `r_h` and the
 * others would miss 1 by less than `1 - r_h` in total, so `E_h` would lie strictly between
 * `|B| - 1 + r_h` and `|B| + r_h` (`B` the second group) while equal to `F_h + r_h`: impossible.
 * Split values within `1e-12 * max(1, E_h)` of 0 or 1 (a binding cap, up to rounding) are set to 0 or 1.
 */
export function stratify(pi: ArrayLike<number>, strata: readonly (string | number)[]): StratifiedPlan {
  const index = new Map<string | number, number>();
  const groups: { label: string | number; members: number[] }[] = [];
  for (let i = 0; i < strata.length; i++) {
    const label = strata[i]!;
    let h = index.get(label);
    if (h === undefined) {
      h = groups.length;
      index.set(label, h);
      groups.push({ label, members: [] });
    }
    groups[h]!.members.push(i);
  }
  const plans: StratumPlan[] = groups.map(({ label, members }) => {
    const own = new Float64Array(members.length);
    let expected = 0;
    members.forEach((i, k) => {
      own[k] = pi[i]!;
      expected += pi[i]!;
    });
    const nearest = Math.round(expected);
    const integral = Math.abs(expected - nearest) <= SNAP * Math.max(1, nearest);
    const floor = integral ? nearest : Math.floor(expected);
    const r = integral ? 0 : expected - floor;
    if (r === 0) return { label, members, expected, floor, remainder: 0, ceilPi: own, floorPi: own };
    const cap = new Float64Array(members.length);
    let capSum = 0;
    for (let k = 0; k < own.length; k++) {
      const p = own[k]!;
      const c = p <= r ? p / r : (1 - p) / (1 - r);
      cap[k] = c;
      capSum += c;
    }
    const tol = 1e-12 * Math.max(1, expected);
    const ceilPi = new Float64Array(members.length);
    const floorPi = new Float64Array(members.length);
    for (let k = 0; k < own.length; k++) {
      const p = own[k]!;
      const d = cap[k]! / capSum;
      ceilPi[k] = snap(p + (1 - r) * d, tol);
      floorPi[k] = snap(p - r * d, tol);
    }
    return { label, members, expected, floor, remainder: r, ceilPi, floorPi };
  });
  return { strata: plans, remainders: Float64Array.from(plans, (s) => s.remainder) };
}
