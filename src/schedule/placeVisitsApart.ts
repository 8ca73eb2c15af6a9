import { DateTime } from 'luxon';
import { spreadOverDays } from '../calendar/spreadOverDays.js';
import type { GapConflict, Visit } from '../model/scheduleSchema.js';
import { createRng } from '../random/createRng.js';
import { deriveSeed } from '../random/deriveSeed.js';
import { shuffle } from '../random/shuffle.js';
import { uniformInt } from '../random/uniformInt.js';
import type { PlacedVisit } from './dates.js';

const dayCache = new Map<string, number>();

/** Days since 1970-01-01 of an ISO date (calendar days: no zone enters). */
export function dayNumber(date: string): number {
  let d = dayCache.get(date);
  if (d === undefined) {
    d = Math.round(DateTime.fromISO(date, { zone: 'UTC' }).toMillis() / 86_400_000);
    if (dayCache.size > 100_000) dayCache.clear();
    dayCache.set(date, d);
  }
  return d;
}

/**
 * {@link placeVisits} with a minimum gap of `minGapDays` calendar days between two visits of one unit,
 * kept wherever the periods allow it. Selections are not touched (dates inside a period do not enter the
 * inclusion probabilities), only the day each visit gets.
 *
 * Periods are placed in order. For period `t`, with the generator of `deriveSeed(seed, "dates", t)`:
 * 1. exactly as `placeVisits`: `slots = spreadOverDays(k, W_t, rng)`, `perm = shuffle(rng, k)`, and the
 *    j-th chosen unit (index order) is offered slot `perm[j]`;
 * 2. each unit's *allowed* days are the working days `d` of `W_t` at least `minGapDays` from every
 *    visit of the unit already placed (earlier periods) or fixed (`fixed[i]`, any date). Its *preferred*
 *    days are the allowed days that also leave room for its next routine visit, i.e. at least
 *    `minGapDays` before the last working day of the next period in which it is chosen; a unit uses its
 *    preferred days when it has any, else its allowed days;
 * 3. a unit whose offered slot is one of its days keeps it. The others are matched to the remaining
 *    slots by augmenting paths (Kuhn 1955; units in index order, slots tried in the order
 *    `perm[0], perm[1], ...`), which may move a kept unit to another of its days but never off them, and
 *    finds a placement in the period's slots whenever one exists;
 * 4. a unit still without a slot goes to one of its days outside the slots: the least-loaded ones of
 *    the period, one of them drawn with `uniformInt(rng, ties)` (so a day may then exceed the even spread
 *    by one);
 * 5. a unit with no allowed day at all (two chosen periods too close, or a fixed visit in the way) takes
 *    the free slot farthest from its other visits (first in slot order on ties). The gap is then broken;
 *    the schedule lists it in `conflicts` (see {@link gapConflicts}).
 *
 * When every offered slot in step 1 is allowed and preferred, the result is that of `placeVisits`.
 *
 * @param fixed - per unit index, the dates of its visits that are already set (may be omitted).
 */
export function placeVisitsApart(
  seed: string,
  chosen: readonly number[][],
  workdays: readonly (readonly string[])[],
  minGapDays: number,
  fixed: readonly (readonly string[] | undefined)[] = [],
): PlacedVisit[] {
  const out: PlacedVisit[] = [];
  const placed = new Map<number, number[]>(); // unit -> day numbers of its visits (placed and fixed)
  const visitsOf = (unit: number): number[] => {
    let list = placed.get(unit);
    if (!list) {
      list = (fixed[unit] ?? []).map(dayNumber);
      placed.set(unit, list);
    }
    return list;
  };
  // nextChosen[t] maps a unit chosen in t to the next period in which it is chosen.
  const lastSeen = new Map<number, number>();
  const nextPeriod: Map<number, number>[] = chosen.map(() => new Map());
  for (let t = chosen.length - 1; t >= 0; t--) {
    for (const unit of chosen[t]!) {
      const later = lastSeen.get(unit);
      if (later !== undefined) nextPeriod[t]!.set(unit, later);
      lastSeen.set(unit, t);
    }
  }
  const farEnough = (unit: number, d: number): boolean =>
    visitsOf(unit).every((x) => Math.abs(d - x) >= minGapDays);

  chosen.forEach((units, t) => {
    if (units.length === 0) return;
    const days = workdays[t]!;
    const rng = createRng(deriveSeed(seed, 'dates', t));
    const slots = spreadOverDays(units.length, days, rng);
    const perm = shuffle(rng, slots.length);
    const k = units.length;
    const slotDay = slots.map(dayNumber);
    const dayNums = days.map(dayNumber);

    // Each unit's days (as a set of day numbers), or null when it has no allowed day.
    const ok: (Set<number> | null)[] = units.map((unit) => {
      const allowed = dayNums.filter((d) => farEnough(unit, d));
      if (allowed.length === 0) return null;
      const next = nextPeriod[t]!.get(unit);
      if (next !== undefined) {
        const nextDays = workdays[next]!;
        const latest = nextDays.length > 0 ? dayNumber(nextDays[nextDays.length - 1]!) : undefined;
        if (latest !== undefined) {
          const preferred = allowed.filter((d) => latest - d >= minGapDays);
          if (preferred.length > 0) return new Set(preferred);
        }
      }
      return new Set(allowed);
    });

    const holder = new Int32Array(k).fill(-1); // slot -> unit position j
    const slotOf = new Int32Array(k).fill(-1); // unit position j -> slot
    const dayOf: (number | undefined)[] = new Array(k).fill(undefined); // j -> position in `days` when off-slot
    for (let j = 0; j < k; j++) {
      const s = perm[j]!;
      if (ok[j]?.has(slotDay[s]!)) {
        holder[s] = j;
        slotOf[j] = s;
      }
    }
    const seen = new Uint8Array(k);
    const augment = (j: number): boolean => {
      const mine = ok[j]!;
      for (let q = 0; q < k; q++) {
        const s = perm[q]!;
        if (seen[s] === 1 || !mine.has(slotDay[s]!)) continue;
        seen[s] = 1;
        const h = holder[s]!;
        if (h === -1 || augment(h)) {
          holder[s] = j;
          slotOf[j] = s;
          return true;
        }
      }
      return false;
    };
    for (let j = 0; j < k; j++) {
      if (slotOf[j] !== -1 || ok[j] === null) continue;
      seen.fill(0);
      augment(j);
    }
    // Step 4: units with days but no slot go to their least-loaded day.
    const load = new Int32Array(days.length);
    const posOfDay = new Map(dayNums.map((d, p) => [d, p]));
    for (let j = 0; j < k; j++) if (slotOf[j] !== -1) load[posOfDay.get(slotDay[slotOf[j]!]!)!]! += 1;
    for (let j = 0; j < k; j++) {
      if (slotOf[j] !== -1 || ok[j] === null) continue;
      const mine = ok[j]!;
      let best = Number.POSITIVE_INFINITY;
      let ties: number[] = [];
      dayNums.forEach((d, p) => {
        if (!mine.has(d)) return;
        if (load[p]! < best) {
          best = load[p]!;
          ties = [p];
        } else if (load[p] === best) ties.push(p);
      });
      const p = ties[ties.length === 1 ? 0 : uniformInt(rng, ties.length)]!;
      dayOf[j] = p;
      load[p]! += 1;
    }
    // Step 5: units with no allowed day take the free slot farthest from their other visits.
    for (let j = 0; j < k; j++) {
      if (ok[j] !== null) continue;
      const mine = visitsOf(units[j]!);
      let bestSlot = -1;
      let bestGap = -1;
      for (let q = 0; q < k; q++) {
        const s = perm[q]!;
        if (holder[s] !== -1) continue;
        const gap = mine.reduce((g, x) => Math.min(g, Math.abs(slotDay[s]! - x)), Number.POSITIVE_INFINITY);
        if (gap > bestGap) {
          bestGap = gap;
          bestSlot = s;
        }
      }
      holder[bestSlot] = j;
      slotOf[j] = bestSlot;
    }
    units.forEach((unit, j) => {
      const date = dayOf[j] !== undefined ? days[dayOf[j]!]! : slots[slotOf[j]!]!;
      out.push({ period: t, unit, date });
      visitsOf(unit).push(dayNumber(date));
    });
  });
  return out;
}

/**
 * Every pair of consecutive visits of one unit (all kinds, by date) that are fewer than `minGapDays`
 * calendar days apart: the places where `limits.minGapDays` does not hold. Computed from the finished
 * visits, so the schedule never claims a gap that its dates do not keep. Sorted by unit id, then date.
 */
export function gapConflicts(visits: readonly Visit[], minGapDays: number): GapConflict[] {
  const byUnit = new Map<string, string[]>();
  for (const v of visits) {
    const list = byUnit.get(v.unit);
    if (list) list.push(v.date);
    else byUnit.set(v.unit, [v.date]);
  }
  const out: GapConflict[] = [];
  for (const unit of [...byUnit.keys()].sort()) {
    const dates = byUnit.get(unit)!.sort();
    for (let k = 1; k < dates.length; k++) {
      const days = dayNumber(dates[k]!) - dayNumber(dates[k - 1]!);
      if (days < minGapDays) out.push({ rule: 'minGapDays', unit, dates: [dates[k - 1]!, dates[k]!], days });
    }
  }
  return out;
}
