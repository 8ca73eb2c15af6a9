import type { Unit } from '../model/unitSchema.js';

/**
 * The police types and regions of an array of units, as numbers: unit i's type is
 * `types[typeOf[i]]`, its region `regions[regionOf[i]]` (none when -1), each numbered in order of
 * first appearance in the units.
 */
export interface UnitLabels {
  types: readonly string[];
  typeOf: Int32Array;
  regions: readonly string[];
  regionOf: Int32Array;
}

/** The labels of each array of units (see {@link unitLabels}). */
const LABELS = new WeakMap<readonly Unit[], UnitLabels>();

/**
 * The {@link UnitLabels} of `units`, made once per array of units (an array of units is never
 * changed once validated): the steps that read the type or region of the units of many visits
 * (the staffing, the inspector loads, the type summaries) read two arrays of numbers, in one pass
 * over the units in their order, instead of each visit's unit.
 */
export function unitLabels(units: readonly Unit[]): UnitLabels {
  const known = LABELS.get(units);
  if (known !== undefined) return known;
  const typeAt = new Map<string, number>();
  const regionAt = new Map<string, number>();
  const typeOf = new Int32Array(units.length);
  const regionOf = new Int32Array(units.length);
  for (let i = 0; i < units.length; i++) {
    const { type, region } = units[i]!;
    let t = typeAt.get(type);
    if (t === undefined) typeAt.set(type, (t = typeAt.size));
    typeOf[i] = t;
    let r = region === undefined ? -1 : regionAt.get(region);
    if (r === undefined) regionAt.set(region!, (r = regionAt.size));
    regionOf[i] = r;
  }
  const labels = { types: [...typeAt.keys()], typeOf, regions: [...regionAt.keys()], regionOf };
  LABELS.set(units, labels);
  return labels;
}
