/** How far a sum of inclusion probabilities may sit from an integer and still count as one. */
export const INTEGER_TOLERANCE = 1e-9;
