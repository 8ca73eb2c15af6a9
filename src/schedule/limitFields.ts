import type { ValidPlanInput } from '../model/planInputSchema.js';
import { gapConflicts } from './gapConflicts.js';
import type { GapConflict, Visit } from './Schedule.js';

/**
 * The schedule fields that `limits` adds, computed from the finished visits (docs/limits.md):
 * `conflicts` when `limits.minGapDays` is set (an empty list when the gap holds everywhere), nothing
 * otherwise. Also re-checks `limits.maxVisitsPerUnit` on the visits of every kind: a count above the cap
 * would be a bug, and throws rather than yield a schedule that breaks its cap.
 */
export function limitFields(input: ValidPlanInput, visits: readonly Visit[]): { conflicts?: GapConflict[] } {
  const cap = input.limits?.maxVisitsPerUnit;
  if (cap !== undefined) {
    const counts = new Map<string, number>();
    for (const v of visits) counts.set(v.unit, (counts.get(v.unit) ?? 0) + 1);
    for (const [unit, count] of counts) {
      if (count > cap)
        throw new Error(`fairdraw bug: unit ${unit} has ${count} visits, above the cap ${cap}`);
    }
  }
  const gap = input.limits?.minGapDays;
  return gap === undefined ? {} : { conflicts: gapConflicts(visits, gap) };
}

/**
 * The manifest's algorithm ids that `limits` adds or changes: `cap=horizon-fix-rescale@1` with
 * `maxVisitsPerUnit`, `dates=spread-shuffle+gap@1` with `minGapDays`; none without limits.
 */
export function limitAlgorithms(input: ValidPlanInput): Record<string, string> {
  return {
    ...(input.limits?.minGapDays !== undefined ? { dates: 'spread-shuffle+gap@1' } : {}),
    ...(input.limits?.maxVisitsPerUnit !== undefined ? { cap: 'horizon-fix-rescale@1' } : {}),
  };
}
