import type { Unit } from '../model/unitSchema.js';

/**
 * Whether `unit` is in the routine frame of the period `[start, end]` (ISO dates, clipped to the
 * horizon): it must be active on every day of the period, so that any working day of the period is a
 * valid visit date. A unit that opens mid-period joins at the next period; one that closes mid-period
 * leaves from the period in which it closes.
 */
export function inFrame(unit: Unit, start: string, end: string): boolean {
  const from = unit.active?.from;
  const to = unit.active?.to;
  return (from === undefined || from <= start) && (to === undefined || to >= end);
}
