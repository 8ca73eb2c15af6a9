export { FairdrawError, type FairdrawErrorCode, type FairdrawProblem } from './model/FairdrawError.js';
export { createRng } from './random/createRng.js';
export { deriveSeed } from './random/deriveSeed.js';
export type { Rng } from './random/Rng.js';
export { RNG_ALGORITHM } from './random/rngAlgorithm.js';
export type { Design } from './sampling/Design.js';
