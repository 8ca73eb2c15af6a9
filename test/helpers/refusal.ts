import { expect } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';

/** The FairdrawError `f` throws (the test fails when it throws nothing, or something else). */
export function refusal(f: () => unknown): FairdrawError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(FairdrawError);
    return e as FairdrawError;
  }
  throw new Error('expected a FairdrawError, got none');
}
