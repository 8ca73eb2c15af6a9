import { IANAZone } from 'luxon';

/**
 * Whether `zone` names an IANA time zone known to this runtime (e.g. `Asia/Shanghai`,
 * `Europe/Paris`), as decided by luxon's `IANAZone.isValidZone`. Names are matched the way the
 * runtime's `Intl` matches them (case-insensitively); fixed offsets such as `+08:00` are not zones.
 */
export function isValidZone(zone: string): boolean {
  return typeof zone === 'string' && zone !== '' && IANAZone.isValidZone(zone);
}
