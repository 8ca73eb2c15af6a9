export { type AddWorkdaysPaths, addWorkdays } from './addWorkdays.js';
export { buildCalendar } from './buildCalendar.js';
export type { Calendar, CalendarPeriod } from './Calendar.js';
export type { HorizonSpec, PeriodKind } from './HorizonSpec.js';
export { isValidZone } from './isValidZone.js';
export { MAX_ADD_WORKDAYS, MAX_HORIZON_YEARS, MAX_WALK_DAYS } from './limits.js';
export { nextWorkday } from './nextWorkday.js';
export { periodIndexOf } from './periodIndexOf.js';
export { spreadOverDays } from './spreadOverDays.js';
