/**
 * The Newton direction of the conditional Poisson fit: solves `C delta = g` for `delta` orthogonal
 * (in the metric below) to the shift direction, where `C` is the covariance matrix of the inclusion
 * indicators (the Hessian of the convex dual `log Z(lambda) - lambda . pi`, singular along
 * `(1, ..., 1)`, which only shifts the logits) and `g = pi* - pi_CPS(lambda)` (minus the gradient).
 *
 * To stay well conditioned when some `pi(1 - pi)` are tiny it works on the correlation matrix
 * `R = D^-1/2 C D^-1/2`, `D = diag(C)`, whose eigenvalues lie in `[0, 2]` (the indicators of a
 * conditional Poisson sample are negatively associated), and removes its null vector
 * `v = D^1/2 (1, ..., 1) / |.|` by solving `(R + v v^T) y = D^-1/2 g` by Cholesky, then
 * `delta = D^-1/2 y`.
 *
 * @param joint - row-major `m x m` joint inclusion probabilities, diagonal `pi`.
 * @param variance - `pi (1 - pi)` per unit, computed to full relative precision.
 * @param g - `pi* - pi`.
 * @param delta - output.
 * @param work - scratch, length at least `m * m + m`.
 * @returns `false` if the factorisation failed (then `delta` is not set).
 * @internal
 */
export function newtonDirection(
  joint: Float64Array,
  variance: Float64Array,
  g: Float64Array,
  delta: Float64Array,
  work: Float64Array,
): boolean {
  const m = g.length;
  const a = work; // m x m, lower triangle used
  const root = work.subarray(m * m, m * m + m);
  let norm = 0;
  for (let k = 0; k < m; k++) {
    const v = variance[k]!;
    if (!(v > 0)) return false;
    root[k] = Math.sqrt(v);
    norm += v;
  }
  const pk = joint;
  for (let k = 0; k < m; k++) {
    for (let l = 0; l <= k; l++) {
      const r = k === l ? 1 : (pk[k * m + l]! - pk[k * m + k]! * pk[l * m + l]!) / (root[k]! * root[l]!);
      a[k * m + l] = r + (root[k]! * root[l]!) / norm;
    }
  }
  // Cholesky: A = L L^T, L stored in the lower triangle of a.
  for (let j = 0; j < m; j++) {
    let s = a[j * m + j]!;
    for (let t = 0; t < j; t++) s -= a[j * m + t]! * a[j * m + t]!;
    if (!(s > 1e-12)) return false;
    const d = Math.sqrt(s);
    a[j * m + j] = d;
    for (let i = j + 1; i < m; i++) {
      let x = a[i * m + j]!;
      for (let t = 0; t < j; t++) x -= a[i * m + t]! * a[j * m + t]!;
      a[i * m + j] = x / d;
    }
  }
  for (let i = 0; i < m; i++) {
    let x = g[i]! / root[i]!;
    for (let t = 0; t < i; t++) x -= a[i * m + t]! * delta[t]!;
    delta[i] = x / a[i * m + i]!;
  }
  for (let i = m - 1; i >= 0; i--) {
    let x = delta[i]!;
    for (let t = i + 1; t < m; t++) x -= a[t * m + i]! * delta[t]!;
    delta[i] = x / a[i * m + i]!;
  }
  for (let i = 0; i < m; i++) delta[i] = delta[i]! / root[i]!;
  return true;
}
