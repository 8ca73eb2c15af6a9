import { FairdrawError } from '../model/FairdrawError.js';
import type { Calendar } from './Calendar.js';
import { readDay } from './readDay.js';

/**
 * The index of the period that contains `date`, or -1 when `date` lies outside the horizon
 * (binary search over the periods, which tile the horizon in order).
 *
 * @throws {FairdrawError} `invalid-input` (path `path`, default `date`) when `date` is not an ISO date.
 */
export function periodIndexOf(cal: Calendar, date: string, path = 'date'): number {
  const read = readDay(date, cal.zone);
  if (!read.ok) throw new FairdrawError('invalid-input', path, read.message);
  let lo = 0;
  let hi = cal.periods.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = cal.periods[mid]!;
    if (date < p.start) hi = mid - 1;
    else if (date > p.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
