/** Name of the generator behind {@link createRng}, recorded in every schedule's manifest. */
export const RNG_ALGORITHM = 'seedrandom/alea';
