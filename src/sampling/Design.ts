/**
 * A fixed-size sampling design that realises given inclusion probabilities exactly:
 * - `maxent`: conditional Poisson sampling, the maximum-entropy design (default);
 * - `pivotal`: Deville–Tillé pivotal splitting on a random order;
 * - `systematic`: systematic selection on a random order.
 */
export type Design = 'maxent' | 'pivotal' | 'systematic';

/** Every design name, in documentation order. */
export const DESIGNS: readonly Design[] = ['maxent', 'pivotal', 'systematic'];
