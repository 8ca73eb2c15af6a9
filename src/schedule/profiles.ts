import type { Schedule } from '../model/scheduleSchema.js';
import { unitProbabilities } from '../model/unitProbabilities.js';

/** The distinct probability vectors of a set of units, and which one each unit has. */
export interface ProfileTable {
  /** The distinct vectors, in the order the units first have them. */
  profiles: number[][];
  /** `profileOf[i]`: the index in `profiles` of unit `i`'s vector. */
  profileOf: Int32Array;
}

/** Reinterprets a float's bits, to hash a vector without writing its numbers out. */
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/**
 * Groups units by their vector of routine probabilities per period (docs/spec.md §5, "Schedule format
 * 3"): unit `i`'s vector is `(rows[0][i], ..., rows[T-1][i])`, and two vectors are the same when every
 * entry is equal as a number (so 0 and -0, which JSON writes alike, are one). Profiles are numbered in
 * the order of the first unit that has each. Linear in the number of entries: each vector is hashed by
 * the bits of its numbers, and compared entry by entry only with the earlier vectors of its hash.
 *
 * Periods often share one row object (the draw gives periods with the same frame and budget the same
 * row), and two units whose entries agree on every distinct row agree on every period: only the
 * distinct rows are hashed and compared, so a year of weekly periods with one row costs one period.
 *
 * @param rows - `rows[t][i]`: unit `i`'s probability in period `t`.
 * @param units - the number of units.
 */
export function profileTable(rows: readonly ArrayLike<number>[], units: number): ProfileTable {
  const distinct = [...new Set(rows)];
  const D = distinct.length;
  const profiles: number[][] = [];
  const profileOf = new Int32Array(units);
  // firstUnit[k]: the first unit with profile k, whose entries stand for the profile's.
  const firstUnit: number[] = [];
  const byHash = new Map<number, number[]>();
  for (let i = 0; i < units; i++) {
    let hash = 0x811c9dc5;
    for (let d = 0; d < D; d++) {
      const p = distinct[d]![i]!;
      bits[0] = p === 0 ? 0 : p;
      hash = Math.imul(hash ^ words[0]!, 0x01000193);
      hash = Math.imul(hash ^ words[1]!, 0x01000193);
    }
    const candidates = byHash.get(hash);
    let found = -1;
    if (candidates !== undefined) {
      for (const k of candidates) {
        const j = firstUnit[k]!;
        let d = 0;
        while (d < D && distinct[d]![j] === distinct[d]![i]) d++;
        if (d === D) {
          found = k;
          break;
        }
      }
    }
    if (found >= 0) {
      profileOf[i] = found;
      continue;
    }
    profileOf[i] = profiles.length;
    (candidates ?? byHash.set(hash, []).get(hash)!).push(profiles.length);
    firstUnit.push(i);
    profiles.push(rows.map((row) => (row[i] === 0 ? 0 : row[i]!)));
  }
  return { profiles, profileOf };
}

/**
 * Puts a schedule's routine probabilities into the format `fairdraw/seal/v3+rfc6962`: one table of
 * distinct vectors (`profiles`, placed after `units`), each unit naming its own (`profile`, in the place
 * of `probabilities`). A schedule already in it is returned as it is.
 *
 * @param schedule - the schedule, modified in place and returned (seal it afterwards).
 */
export function withProfiles(schedule: Schedule): Schedule {
  if (schedule.profiles !== undefined) return schedule;
  const periods = schedule.periods.length;
  const lists = schedule.units.map((u) => unitProbabilities(schedule, u));
  const rows = Array.from({ length: periods }, (_, t) => Float64Array.from(lists, (list) => list[t] ?? 0));
  const { profiles, profileOf } = profileTable(rows, schedule.units.length);
  schedule.units = schedule.units.map(({ probabilities: _, ...unit }, i) =>
    inPlaceOf(unit, 'expectedVisits', { profile: profileOf[i]! }),
  );
  return reorderTop(schedule, 'units', { profiles });
}

/**
 * Puts a schedule's routine probabilities into the format of the seals before
 * `fairdraw/seal/v3+rfc6962`: each unit lists its own `probabilities` (in the place of `profile`), and
 * `profiles` is removed. A schedule already in it is returned as it is.
 *
 * @param schedule - the schedule, modified in place and returned (seal it afterwards).
 */
export function withoutProfiles(schedule: Schedule): Schedule {
  const { profiles } = schedule;
  if (profiles === undefined) return schedule;
  schedule.units = schedule.units.map(({ profile, ...unit }) =>
    inPlaceOf(unit, 'expectedVisits', { probabilities: [...profiles[profile!]!] }),
  );
  delete schedule.profiles;
  return schedule;
}

/** `object` with the members of `added` inserted just before `before` (at the end when it is absent). */
function inPlaceOf<T extends object, A extends object>(object: T, before: string, added: A): T & A {
  const entries = Object.entries(object);
  const at = entries.findIndex(([key]) => key === before);
  entries.splice(at < 0 ? entries.length : at, 0, ...Object.entries(added));
  return Object.fromEntries(entries) as T & A;
}

/** The schedule with the members of `added` inserted just after its member `after`, in place. */
function reorderTop(schedule: Schedule, after: keyof Schedule, added: Partial<Schedule>): Schedule {
  const entries = Object.entries(schedule);
  const at = entries.findIndex(([key]) => key === after) + 1;
  entries.splice(at, 0, ...Object.entries(added));
  for (const key of Object.keys(schedule)) delete (schedule as Record<string, unknown>)[key];
  return Object.assign(schedule, Object.fromEntries(entries));
}
