/** The index of each unit id, by array of units (see {@link unitIndex}). */
const INDEXES = new WeakMap<readonly { id: string }[], ReadonlyMap<string, number>>();

/**
 * Each unit id of `units` with its index, as `new Map(units.map((u, i) => [u.id, i]))` gives it (a
 * repeated id maps to its last index), made once per array of units: the validation of a plan file
 * hands over the map it builds to check that the ids are unique, and every later step of the
 * pipeline that looks units up by id reads the same map instead of building one of a million
 * entries again. An array of units is never changed once validated; a map whose size is not the
 * array's length (repeated ids) is not kept.
 *
 * @param units - the units, e.g. `input.units` of a validated plan.
 * @returns the id of each unit with its index.
 */
export function unitIndex(units: readonly { id: string }[]): ReadonlyMap<string, number> {
  const known = INDEXES.get(units);
  if (known !== undefined && known.size === units.length) return known;
  const index = new Map<string, number>();
  for (let i = 0; i < units.length; i++) index.set(units[i]!.id, i);
  if (index.size === units.length) INDEXES.set(units, index);
  return index;
}

/**
 * Keeps `index` as the {@link unitIndex} of `units`, when it maps each unit's id to its index and no
 * id repeats (`index.size === units.length`): the map the validation built to find repeated ids.
 */
export function keepUnitIndex(units: readonly { id: string }[], index: ReadonlyMap<string, number>): void {
  if (index.size === units.length) INDEXES.set(units, index);
}
