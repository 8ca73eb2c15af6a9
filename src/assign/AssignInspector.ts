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
