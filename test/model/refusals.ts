import { expect } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';

/** A small valid plan (three units, one routine visit a week for 12 weeks) for tests to break. */
export function smallPlan(seed: string): Record<string, any> {
  return {
    seed,
    horizon: { start: '2026-01-05', end: '2026-03-29', zone: 'Asia/Shanghai', period: 'week' },
    units: [
      { id: 'ps-a', type: 'police-station', risk: 3 },
      { id: 'ps-b', type: 'police-station', risk: 2 },
      { id: 'cib', type: 'criminal-investigation', risk: 1 },
    ],
    routine: { visitsPerPeriod: 1 },
  };
}

/** Runs `f`, expects it to throw a FairdrawError, and returns the error. */
export function rejection(f: () => unknown): FairdrawError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(FairdrawError);
    return e as FairdrawError;
  }
  throw new Error('expected a FairdrawError');
}
