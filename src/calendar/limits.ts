/** A horizon may span at most this many years (a guard against hangs on mistyped years). */
export const MAX_HORIZON_YEARS = 10;

/** `workdaysBetween` and `addWorkdays` never walk more than this many days (about 20 years). */
export const MAX_WALK_DAYS = 7305;

/** `addWorkdays` accepts at most this many working days. */
export const MAX_ADD_WORKDAYS = 3660;
