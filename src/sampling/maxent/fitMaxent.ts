import { FairdrawError } from '../../model/FairdrawError.js';
import { conditionalPoissonJoint } from './conditionalPoissonJoint.js';
import { conditionalPoissonOdds } from './conditionalPoissonOdds.js';
import { newtonDirection } from './newtonDirection.js';
import { normaliseLogits } from './normaliseLogits.js';

/** The fit stops as soon as every fitted inclusion probability is this close to its target. */
export const FIT_TOLERANCE = 1e-12;

/** The fit is accepted if, after {@link MAX_EVALUATIONS}, it is at least this close. */
export const FIT_ACCEPTANCE = 1e-10;

/** At most this many evaluations of the design's inclusion probabilities. */
export const MAX_EVALUATIONS = 200;

/** Populations of at most this many units strictly between 0 and 1 are fitted by Newton steps. */
export const NEWTON_LIMIT = 100;

/** Largest change of one logit in one step. */
const MAX_STEP = 64;

/**
 * A fitted maximum-entropy (conditional Poisson) design for given inclusion probabilities.
 * @internal
 */
export interface MaxentFit {
  /** The sample size `round(sum(pi))`. */
  readonly n: number;
  /** Indices with `pi = 1` (always drawn), increasing. */
  readonly forced: Int32Array;
  /** Indices with `0 < pi < 1` (the conditional Poisson part), increasing. */
  readonly units: Int32Array;
  /** Units drawn from the conditional Poisson part: `n - forced.length`. */
  readonly size: number;
  /** Logits of the working probabilities, `log(p / (1 - p))`. */
  readonly lambda: Float64Array;
  /** Working probabilities of `units`, summing to `size`. */
  readonly p: Float64Array;
  /** Their complements `1 - p`. */
  readonly q: Float64Array;
  /** Inclusion odds of the fitted design: `pi_k = num[k] / (num[k] + den[k])`. */
  readonly num: Float64Array;
  /** See {@link MaxentFit.num}. */
  readonly den: Float64Array;
  /** Number of evaluations of the design's inclusion probabilities. */
  readonly evaluations: number;
  /** `max |pi_CPS(p) - pi*|`, `pi*` the target after the sum adjustment. */
  readonly residual: number;
}

/** One evaluated point of the fit: logits and everything computed from them. */
interface Point {
  lambda: Float64Array;
  p: Float64Array;
  q: Float64Array;
  num: Float64Array;
  den: Float64Array;
  /** gradient `pi_CPS - pi*` */
  g: Float64Array;
  residual: number;
  /** Newton mode only: joint inclusion probabilities, row-major `m x m`. */
  joint: Float64Array;
  /** Newton mode only: `pi_CPS (1 - pi_CPS)`. */
  variance: Float64Array;
}

/**
 * Fits the working probabilities of the conditional Poisson design (CPS, maximum entropy) whose
 * inclusion probabilities are `pi` (Chen, Dempster & Liu, Biometrika 1994; Tillé, *Sampling
 * Algorithms*, Springer 2006, sect. 5.6). Units with `pi = 1` and `pi = 0` are set aside; the rest
 * (`units`) are fitted so that their CPS of size `size` has inclusion probabilities `pi*`, where
 * `pi* = pi + delta pi (1 - pi) / sum(pi (1 - pi))` absorbs the rounding `delta = size - sum(pi)`
 * (at most 1e-9 for validated input) so that the target sums to `size` exactly.
 *
 * Iteration (see `docs/spec/maxent.md` for the exact rule): logits start at the Hájek approximation
 * `lambda = logit(pi*) - (pi* - 1/2) / max(d, 1)`, `d = sum(pi*(1 - pi*))`. Each step minimises the
 * convex dual `log Z(lambda) - lambda . pi*` (gradient `pi_CPS(lambda) - pi*`, Hessian the covariance
 * of the inclusion indicators) along a direction: the Newton direction when at most
 * {@link NEWTON_LIMIT} units are strictly between 0 and 1 (joint probabilities in closed form, a
 * Cholesky solve on the correlation scale), else the classical fixed-point step on the logits
 * `delta = logit(pi*) - logit(pi_CPS(lambda))` (Chen, Dempster & Liu 1994; Tillé 2006, sect. 5.6),
 * a gradient step in the metric `diag(pi(1 - pi))`. The full step is taken if the directional
 * derivative there is at most half the one at the start, otherwise one secant step along the
 * direction (exact for a quadratic dual). On large populations the Hájek start is within 1e-12
 * already or after one step; on tiny ones the secant keeps the iteration from oscillating.
 *
 * @param pi - validated inclusion probabilities (entries in [0, 1], integer sum).
 * @throws {@link FairdrawError} `infeasible` if the fit does not reach {@link FIT_ACCEPTANCE}.
 * @internal
 */
export function fitMaxent(pi: ArrayLike<number>): MaxentFit {
  const total = pi.length;
  let sum = 0;
  let nForced = 0;
  let m = 0;
  for (let i = 0; i < total; i++) {
    const v = pi[i]!;
    sum += v;
    if (v >= 1) nForced++;
    else if (v > 0) m++;
  }
  const n = Math.round(sum);
  const forced = new Int32Array(nForced);
  const units = new Int32Array(m);
  for (let i = 0, a = 0, b = 0; i < total; i++) {
    const v = pi[i]!;
    if (v >= 1) forced[a++] = i;
    else if (v > 0) units[b++] = i;
  }
  const size = n - nForced;
  const lambda = new Float64Array(m);
  const p = new Float64Array(m);
  const q = new Float64Array(m);
  const num = new Float64Array(m);
  const den = new Float64Array(m);
  if (m === 0 && size === 0) {
    return { n, forced, units, size, lambda, p, q, num, den, evaluations: 0, residual: 0 };
  }
  if (size <= 0 || size >= m) {
    throw new FairdrawError('infeasible', 'pi', (t) => t.sampling.fractionalSum(m - 1, size));
  }

  // Target, adjusted to sum to `size` exactly.
  const target = new Float64Array(m);
  let partial = 0;
  let spread = 0;
  for (let k = 0; k < m; k++) {
    const v = pi[units[k]!]!;
    target[k] = v;
    partial += v;
    spread += v * (1 - v);
  }
  const delta = size - partial;
  if (delta !== 0) {
    for (let k = 0; k < m; k++) {
      const v = target[k]!;
      target[k] = Math.min(Math.max(v + (delta * (v * (1 - v))) / spread, Number.MIN_VALUE), 1 - 2 ** -53);
    }
  }
  const logit = new Float64Array(m);
  let d = 0;
  for (let k = 0; k < m; k++) {
    const v = target[k]!;
    logit[k] = Math.log(v) - Math.log1p(-v);
    d += v * (1 - v);
  }

  const f = new Float64Array(m + 1);
  const range = new Int32Array(2);
  const newton = m <= NEWTON_LIMIT;
  const incl = new Float64Array(newton ? m : 0);
  const scratch = new Float64Array(newton ? m * m + m + 2 : 0);
  const makePoint = (): Point => ({
    joint: new Float64Array(newton ? m * m : 0),
    variance: new Float64Array(newton ? m : 0),
    lambda: new Float64Array(m),
    p: new Float64Array(m),
    q: new Float64Array(m),
    num: new Float64Array(m),
    den: new Float64Array(m),
    g: new Float64Array(m),
    residual: Number.POSITIVE_INFINITY,
  });
  let current = makePoint();
  let trial = makePoint();
  let evaluations = 0;
  const evaluate = (point: Point): void => {
    normaliseLogits(point.lambda, size, point.p, point.q);
    conditionalPoissonOdds(point.p, point.q, size, f, range, point.num, point.den);
    let residual = 0;
    for (let k = 0; k < m; k++) {
      const a = point.num[k]!;
      const b = point.den[k]!;
      const gk = a / (a + b) - target[k]!;
      point.g[k] = gk;
      const e = Math.abs(gk);
      if (!(e <= residual)) residual = e;
    }
    point.residual = residual;
    if (newton && residual > FIT_TOLERANCE) {
      for (let k = 0; k < m; k++) {
        const a = point.num[k]!;
        const b = point.den[k]!;
        incl[k] = a / (a + b);
        point.variance[k] = (a / (a + b)) * (b / (a + b));
      }
      conditionalPoissonJoint(
        point.p,
        point.q,
        point.lambda,
        size,
        f,
        range[0]!,
        range[1]!,
        incl,
        point.joint,
        scratch,
      );
    }
    f.fill(0, range[0]!, range[1]! + 1);
    evaluations++;
  };

  const scale = 1 / Math.max(d, 1);
  for (let k = 0; k < m; k++) current.lambda[k] = logit[k]! - (target[k]! - 0.5) * scale;
  evaluate(current);
  const step = new Float64Array(m);
  const rhs = new Float64Array(m);
  const work = new Float64Array(newton ? m * m + m : 0);
  while (current.residual > FIT_TOLERANCE && evaluations < MAX_EVALUATIONS) {
    let solved = false;
    if (newton) {
      for (let k = 0; k < m; k++) rhs[k] = -current.g[k]!;
      solved = newtonDirection(current.joint, current.variance, rhs, step, work);
    }
    let slope0 = 0;
    for (let k = 0; k < m; k++) {
      let s = solved ? step[k]! : logit[k]! - (Math.log(current.num[k]!) - Math.log(current.den[k]!));
      if (Number.isNaN(s)) s = 0;
      else if (s > MAX_STEP) s = MAX_STEP;
      else if (s < -MAX_STEP) s = -MAX_STEP;
      step[k] = s;
      slope0 += s * current.g[k]!;
      trial.lambda[k] = current.lambda[k]! + s;
    }
    evaluate(trial);
    if (trial.residual > FIT_TOLERANCE && evaluations < MAX_EVALUATIONS) {
      let slope1 = 0;
      for (let k = 0; k < m; k++) slope1 += step[k]! * trial.g[k]!;
      if (!(Math.abs(slope1) <= 0.5 * Math.abs(slope0))) {
        // Secant on the directional derivative: the exact minimiser for a quadratic dual.
        let t = slope0 / (slope0 - slope1);
        if (!(t > 0.05)) t = 0.05;
        else if (t > 20) t = 20;
        for (let k = 0; k < m; k++) trial.lambda[k] = current.lambda[k]! + t * step[k]!;
        evaluate(trial);
      }
    }
    const swap = current;
    current = trial;
    trial = swap;
  }
  if (!(current.residual <= FIT_ACCEPTANCE)) {
    const { residual } = current;
    throw new FairdrawError('infeasible', 'pi', (t) => t.sampling.notConverged(residual, evaluations));
  }
  lambda.set(current.lambda);
  p.set(current.p);
  q.set(current.q);
  num.set(current.num);
  den.set(current.den);
  return { n, forced, units, size, lambda, p, q, num, den, evaluations, residual: current.residual };
}
