import type { AssignInspector, AssignVisit } from './types.js';

/** Why an inspector can never staff a visit, whatever else is assigned (the static hard constraints). */
export type IneligibilityReason = 'homeUnit' | 'conflict' | 'region' | 'type' | 'unavailable' | 'noCapacity';

/** Human-readable wording of each {@link IneligibilityReason}, used in infeasibility diagnostics. */
export const INELIGIBILITY_WORDING: Readonly<Record<IneligibilityReason, string>> = {
  homeUnit: 'recused (home unit)',
  conflict: 'recused (conflict of interest)',
  region: 'recused (same region)',
  type: 'not qualified for the unit type',
  unavailable: 'unavailable that day',
  noCapacity: 'has no capacity (maxPerPeriod or maxPerDay 0)',
};

/**
 * The first static hard constraint that keeps `inspector` off `visit`, or `undefined` when the
 * inspector is eligible. Checked in this order: home-unit recusal, `conflicts`, region recusal
 * (only when `regionRecusal`, and only when both regions are known), qualification (`types`),
 * availability (`unavailable`), and a `maxPerPeriod` or `maxPerDay` of 0. Capacity limits above 0 depend on the
 * other visits and are handled by the flow in {@link assignInspectors}.
 */
export function ineligibility(
  visit: AssignVisit,
  inspector: AssignInspector,
  regionRecusal: boolean,
  unavailable?: ReadonlySet<string>,
): IneligibilityReason | undefined {
  if (inspector.homeUnit !== undefined && inspector.homeUnit === visit.unit) return 'homeUnit';
  if (inspector.conflicts?.includes(visit.unit)) return 'conflict';
  if (
    regionRecusal &&
    inspector.homeRegion !== undefined &&
    visit.unitRegion !== undefined &&
    inspector.homeRegion === visit.unitRegion
  ) {
    return 'region';
  }
  if (inspector.types !== undefined && !inspector.types.includes(visit.unitType)) return 'type';
  if (unavailable ? unavailable.has(visit.date) : inspector.unavailable?.includes(visit.date)) {
    return 'unavailable';
  }
  if ((inspector.maxPerPeriod ?? 1) <= 0 || (inspector.maxPerDay ?? 1) <= 0) return 'noCapacity';
  return undefined;
}
