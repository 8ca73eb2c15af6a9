/**
 * One visit to staff, as the planner hands it to {@link assignInspectors}. The planner has already
 * validated the plan; `period` is the index of the period that contains `date`.
 */
export interface AssignVisit {
  /** The visit id, used in diagnostics (e.g. `v-0012`). */
  id: string;
  /** Id of the inspected unit. */
  unit: string;
  /** The unit's type ("police type"). */
  unitType: string;
  /** The unit's region, used by the `region` recusal rule. */
  unitRegion?: string;
  /** The visit date, ISO `yyyy-mm-dd`. */
  date: string;
  /** Index of the period containing `date`; every visit on the same date must carry the same period. */
  period: number;
}
