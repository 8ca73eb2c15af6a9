import { Duration } from 'luxon';

/** One calendar day, as a luxon duration: adding it keeps the wall-clock time across DST changes. */
export const ONE_DAY = Duration.fromObject({ days: 1 });
