import type { Rng } from '../random/Rng.js';

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

/**
 * A visit as {@link assignInspectors} takes it: an {@link AssignVisit} whose unit's type and region
 * may be left out when the options give every unit's (`AssignOptions.units.labels`, the planner's
 * case: it then hands its own visits, with nothing copied per visit).
 */
export type VisitToStaff = Omit<AssignVisit, 'unitType'> & { unitType?: string };

/**
 * The types and regions of the units by their numbers (see {@link UnitNumbers}): unit u's type is
 * `types[typeOf[u]]`, its region `regions[regionOf[u]]`, none when -1.
 */
export interface UnitLabelsByNumber {
  types: readonly string[];
  typeOf: Int32Array;
  regions: readonly string[];
  regionOf: Int32Array;
}

/** An inspector as {@link assignInspectors} sees it (the planner validates and resolves regions). */
export interface AssignInspector {
  /** The inspector id. */
  id: string;
  /** The unit the inspector belongs to: never visited by them (recusal, always applied). */
  homeUnit?: string;
  /** Region of `homeUnit`, resolved by the caller; used when `region` recusal is on. */
  homeRegion?: string;
  /** Unit types the inspector is qualified for; all types when absent. */
  types?: readonly string[];
  /** Further unit ids the inspector is recused from. */
  conflicts?: readonly string[];
  /** At most this many visits in any one period; unlimited when absent. */
  maxPerPeriod?: number;
  /** At most this many visits on any one date; unlimited when absent. */
  maxPerDay?: number;
  /** ISO dates on which the inspector cannot visit. */
  unavailable?: readonly string[];
}

/** Recusal rules; `homeUnit` always applies, `region` also recuses from every unit of the home region. */
export type RecusalRule = 'homeUnit' | 'region';

/** How {@link assignInspectors} forms teams. */
export interface AssignOptions {
  /** Inspectors per visit (the plan's `team.size`, default 2). */
  teamSize: number;
  /** Recusal rules in force; `homeUnit` applies whether listed or not. */
  recusal: readonly RecusalRule[];
  /** The random source of this draw (a sub-seeded generator; see `docs/assign.md` for its use). */
  rng: Rng;
  /**
   * The units as numbers, when the caller has them (the planner: each unit's index in the plan):
   * `visits[v]` is the number of the unit of visit v, `of(id)` the number of the unit with that id
   * (`undefined` for none). The same number for the same unit, different ones for different units.
   * Spares the assignment looking up every visit's unit id; the result is the same.
   */
  units?: UnitNumbers;
}

/** Units as numbers (see {@link AssignOptions.units}). */
export interface UnitNumbers {
  visits: ArrayLike<number>;
  of(id: string): number | undefined;
  /** Every number is at least 0 and below this. */
  count: number;
  /** Every unit's type and region, by number: read instead of the visits' `unitType` and `unitRegion`. */
  labels?: UnitLabelsByNumber;
}

/** The result of {@link assignInspectors}. */
export interface Assignment {
  /** One team per visit, aligned with the input visits; each team's ids sorted (code-unit order). */
  teams: string[][];
  /** Number of visits of each inspector over the whole horizon (every inspector listed, 0 included). */
  loads: Record<string, number>;
  /** `byType[inspector][type]`: visits of that inspector to units of that type (every type listed). */
  byType: Record<string, Record<string, number>>;
}
