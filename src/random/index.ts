export { type Coin, coinOf } from './Coin.js';
export { createRng } from './createRng.js';
export { deriveSeed, type SeedPart } from './deriveSeed.js';
export type { Rng } from './Rng.js';
export { RNG_ALGORITHM } from './rngAlgorithm.js';
export { shuffle } from './shuffle.js';
export { uniformInt } from './uniformInt.js';
