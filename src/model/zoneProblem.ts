import { IANAZone } from 'luxon';
import type { Phrase } from './FairdrawError.js';

/** A part of a zone name (between slashes) that starts with a lower-case letter: no IANA name has one. */
const LOWER_CASE_PART = /(^|\/)[a-z]/;

/**
 * What is wrong with `zone` as a plan's `horizon.zone`, or `undefined` when it is an IANA name known to
 * this runtime, written as IANA writes it. The runtime matches names case-insensitively, but the input
 * hash reads the name as written, so `asia/shanghai` would draw the schedule of `Asia/Shanghai` under
 * another hash. A name is therefore refused when:
 * - the runtime does not know it (`unknown IANA zone "Asia/Shanghia"`); fixed offsets such as `+08:00`
 *   are not zones;
 * - it differs only in case from the runtime's own spelling of it
 *   (`Intl.DateTimeFormat(...).resolvedOptions().timeZone`): `did you mean "Asia/Shanghai"?`;
 * - a part of it starts with a lower-case letter (`us/eastern`, an alias whose spelling the runtime
 *   does not give back): every IANA name capitalises each part.
 * A name is never rewritten: what is accepted is hashed as written, on every runtime, and aliases
 * (`US/Eastern`, `Etc/UTC`, `Asia/Kolkata`) stay what they are, whatever the runtime takes them for.
 *
 * @param zone - the name, as written in the plan file.
 * @returns the message to report at `horizon.zone` (in every language), or `undefined`.
 */
export function zoneProblem(zone: unknown): Phrase | undefined {
  if (typeof zone !== 'string' || zone === '' || !IANAZone.isValidZone(zone)) {
    const shown = `${JSON.stringify(zone)}`;
    return (t) => t.plan.unknownZone(shown);
  }
  const spelled = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  if (spelled !== zone && spelled.toLowerCase() === zone.toLowerCase()) {
    return (t) => t.plan.zoneSpelling(spelled);
  }
  if (LOWER_CASE_PART.test(zone)) return (t) => t.plan.zoneCapitals(zone, spelled);
  return undefined;
}
