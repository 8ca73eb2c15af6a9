import { canonicalJson } from '../audit/canonicalJson.js';
import { sha256Hex } from '../audit/sha256Hex.js';
import type { Schedule } from './Schedule.js';

/** Sets `manifest.scheduleHash` to the SHA-256 of the canonical JSON of the schedule with that field empty. */
export function sealSchedule(schedule: Schedule): Schedule {
  schedule.manifest.scheduleHash = '';
  schedule.manifest.scheduleHash = sha256Hex(canonicalJson(schedule));
  return schedule;
}
