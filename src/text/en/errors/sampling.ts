// The messages of the sampling layer (src/sampling): numbers in, numbers out.

/** Messages about weights, inclusion probabilities and designs. */
export const sampling = {
  /** `got`: the value as written (String or JSON). */
  numberAtLeast0: (got: string) => `must be a number >= 0, got ${got}`,
  finiteAtLeast0: (got: string) => `must be a finite number >= 0, got ${got}`,
  integerAtLeast0: (got: string) => `must be an integer >= 0, got ${got}`,
  /** A period of the horizon that cannot place its visits under the caps (the period is in the path, `pi[t]`). */
  periodShort: (
    period: number,
    visits: number,
    capped: number,
    cappedSum: string,
    others: number,
    most: string,
    each: number,
    short: string,
  ) =>
    `period ${period} must place ${visits} visits; its ${capped} capped units take ${cappedSum}, ` +
    `and the ${others} others can take at most ${most} (at ${each} each), short of ${short}`,
  numbersInUnit: 'must be an array of numbers in [0, 1]',
  designOneOf: (designs: readonly string[], got: string) =>
    `must be one of ${designs.join(', ')}, got ${got}`,
  orderMaxent: 'applies to the pivotal and systematic designs only',
  orderLength: (units: number, got: number) => `must list every unit once (${units}), got ${got}`,
  orderIndex: (last: number, got: number) => `must be a unit index in [0, ${last}], got ${got}`,
  orderRepeats: (unit: number) => `repeats unit ${unit}`,
  pivotalTooMany: (most: number, got: number) =>
    `the fixed-order pivotal joint probabilities cost O(M^3) and are limited to ${most} fractional units, got ${got}`,
  enumerationTooMany: (design: string, most: number, got: number) =>
    `the ${design} design on a random order has no known closed form for its joint inclusion probabilities; they are computed exactly by enumerating every order only up to ${most} fractional units (got ${got}). Pass { order } for the fixed-order design, or use maxent`,
  sumNotInteger: (sum: number) => `must sum to an integer sample size (tolerance 1e-9), got ${sum}`,
  fractionalSum: (most: number, got: number) =>
    `the entries strictly between 0 and 1 must sum to an integer in [1, ${most}], got ${got}`,
  notConverged: (residual: number, evaluations: number) =>
    `maximum-entropy fit did not converge (residual ${residual} after ${evaluations} evaluations)`,
  notIntegral: 'a unit or stratum total within tolerance of an integer cannot be made exactly integral',
  cannotAdjust: (n: number) =>
    `cannot be adjusted to sum exactly to ${n} without changing a probability of 0 or 1`,
  periodsNotArray: 'must be an array of periods',
  notRng: 'must be an Rng (an object with next())',
  probabilitiesNotArray: 'must be an array of probabilities',
  rowLength: (units: number | undefined, got: number) =>
    `must have one entry per unit like pi[0] (${units}), got ${got}`,
  labelsNotArray: 'must be an array of labels',
  labelsLength: (units: number, got: number) => `must have one label per unit (${units}), got ${got}`,
  labelBad: (got: string) => `must be a string or a finite number, got ${got}`,
  optionsObject: 'must be an object { seed, design?, strata?, version? }',
  versionOneOf: (versions: readonly number[], design: string, got: number) =>
    `must be one of ${versions.join(', ')} for the ${design} design, got ${got}`,
  weightsNotArray: 'must be an array of finite numbers >= 0',
  tooManyDraws: (positive: number, n: number) =>
    `must not exceed the number of positive weights (${positive}), got ${n}`,
  weightRatio: (largest: number, smallest: number) =>
    `the largest positive weight (${largest}) exceeds the smallest (${smallest}) by more than a factor 1e300`,
  floorTooHigh: (units: number, floor: number, least: number, n: number) =>
    `${units} units with a positive weight at a floor of ${floor} need at least ${least} draws, but n = ${n}`,
  ceilingTooLow: (units: number, ceiling: number, most: number, n: number) =>
    `${units} units with a positive weight at a ceiling of ${ceiling} allow at most ${most} draws, but n = ${n}`,
};
