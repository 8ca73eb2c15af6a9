import type { Campaign } from '../model/campaignSchema.js';
import type { Unit } from '../model/unitSchema.js';

/**
 * Whether `unit` is in the routine frame of the period `[start, end]` (ISO dates, clipped to the
 * horizon): it must be active on every day of the period, so that any working day of the period is a
 * valid visit date. A unit that opens mid-period joins at the next period; one that closes mid-period
 * leaves from the period in which it closes.
 */
export function inFrame(unit: Unit, start: string, end: string): boolean {
  const from = unit.active?.from;
  const to = unit.active?.to;
  return (from === undefined || from <= start) && (to === undefined || to >= end);
}

/**
 * The frame of a campaign: the indices (increasing) of the units that are in its scope and active on
 * every day of its window `from..to`. A unit is in scope when it matches EVERY selector given: its
 * type is in `scope.types`, its region in `scope.regions` and its id in `scope.units` (a selector not
 * given matches every unit, so `{}` selects all). Activity follows the routine frame's rule
 * (`inFrame`): a unit that opens or closes inside the window is left out, so any working day of the
 * window is a valid visit date.
 */
export function campaignFrame(
  units: readonly Unit[],
  campaign: Pick<Campaign, 'from' | 'to' | 'scope'>,
): number[] {
  const { scope, from, to } = campaign;
  const types = scope.types && new Set(scope.types);
  const regions = scope.regions && new Set(scope.regions);
  const ids = scope.units && new Set(scope.units);
  const frame: number[] = [];
  units.forEach((u, i) => {
    if (types && !types.has(u.type)) return;
    if (regions && (u.region === undefined || !regions.has(u.region))) return;
    if (ids && !ids.has(u.id)) return;
    if (inFrame(u, from, to)) frame.push(i);
  });
  return frame;
}
