import { type AddWorkdaysPaths, addWorkdays } from './addWorkdays.js';
import type { Calendar } from './Calendar.js';

/**
 * The first working day strictly after `date` (`addWorkdays(cal, date, 1)`): where a follow-up visit
 * goes once a rectification deadline has passed. Beyond the horizon the weekday pattern continues.
 *
 * @example nextWorkday(cal, '2026-05-09') // '2026-05-11' (Sunday May 10 is skipped)
 * @throws {FairdrawError} `invalid-input` when `date` is not an ISO date.
 */
export function nextWorkday(cal: Calendar, date: string, paths: AddWorkdaysPaths = {}): string {
  return addWorkdays(cal, date, 1, paths);
}
