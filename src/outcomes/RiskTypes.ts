/** The proposal for one unit's risk weight in the next horizon, and why. */
export interface RiskProposal {
  id: string;
  name?: string;
  type: string;
  /** The unit's risk weight now (the plan's, with every replan applied). */
  risk: number;
  /** The proposed risk weight: `risk * factor`, to four significant digits. */
  proposed: number;
  /** `proposed / risk` before rounding, from 1/2 to 2 (1 when `risk` is 0). */
  factor: number;
  /** Routine visits done in the periods counted. */
  visits: number;
  /** Of these, the visits that found a problem. */
  withProblems: number;
  /** The police type's estimate; `null` when the type had no visit. */
  typeEstimate: number | null;
  /** The prior's weight in visits (`m`), `null` when the type's units do not differ beyond chance (`m` infinite). */
  priorVisits: number | null;
  /** The unit's rate shrunk toward its type's estimate: `(withProblems + m * typeEstimate) / (visits + m)`. */
  shrunkRate: number | null;
  /** Why, in words. */
  reason: string;
}

/** What `proposeRisk` returns. */
export interface RiskProposals {
  /** Periods counted: those ended by `asOf`. */
  periods: number;
  asOf: string;
  /** The rule, in words. */
  rule: string;
  /** One proposal per unit of the frame (the plan's units with every replan applied), in order. */
  units: RiskProposal[];
}
