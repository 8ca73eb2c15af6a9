/**
 * The start-of-year notice (公示): what `planNotice(input, schedule)` returns. Every field comes from
 * the plan file, its calendar, or the schedule's three published fingerprints; none from the draw.
 * There is deliberately no field for a visit, a visit id, a per-period or realised count, an
 * inspector's load, or a date the plan file does not give (docs/notice.md).
 */
export interface PlanNotice {
  /** The fingerprints that tie the notice to the plan, the seed and the sealed schedule. */
  anchors: NoticeAnchors;
  horizon: NoticeHorizon;
  /** Every period with its routine budget (the plan's, not a count of the draw). */
  periods: NoticePeriod[];
  routine: NoticeRoutine;
  /** `limits` of the plan file, when given. */
  limits?: NoticeLimits;
  /** The campaigns of the plan file, in its order (empty without campaigns). */
  campaigns: NoticeCampaign[];
  /** Number of directed visits the plan file fixes (their units and dates are not part of the notice). */
  directed: number;
  /** Number of findings the plan file lists; each is followed up after its deadline. */
  findings: number;
  /** The frame: every unit of the plan file, in its order, with its promise. */
  units: NoticeUnit[];
  /** The police types in order of first appearance among the units. */
  types: NoticeType[];
  team: NoticeTeam;
  /** The inspector pool, in the plan file's order. */
  inspectors: NoticeInspector[];
}

/** The published fingerprints of the draw (the schedule's manifest). */
export interface NoticeAnchors {
  /** `fairdraw@<version>` that drew the schedule. */
  library: string;
  /** The algorithm ids with versions (`manifest.algorithm`). */
  algorithm: string;
  /** The routine draw's algorithm id (`manifest.algorithms.routine`). */
  routineAlgorithm: string;
  rng: string;
  /** SHA-256 of the canonical plan file without its seed (`fairdraw hash`). */
  inputHash: string;
  /** The commitment to the seed, published before the draw. */
  seedCommitment: string;
  /** The public value of a commit-reveal seed (absent for a plain seed). */
  seedPublic?: string;
  /** The seal of the schedule: what each period's reveal is checked against. */
  scheduleHash: string;
}

/** The horizon as the plan file gives it, defaults applied. */
export interface NoticeHorizon {
  start: string;
  end: string;
  zone: string;
  period: 'day' | 'week' | 'month' | 'quarter';
  /** ISO weekdays worked (1 = Monday). */
  workdays: number[];
  holidays: string[];
  extraWorkdays: string[];
}

/** A period of the horizon: its first and last day, working days, and routine budget. */
export interface NoticePeriod {
  /** 0-based, as in the schedule and in a period reveal; people read `index + 1`. */
  index: number;
  start: string;
  end: string;
  workdays: number;
  /** Routine visits the plan gives the period. */
  budget: number;
}

/** The routine draw's settings, defaults applied, and the budget over the horizon. */
export interface NoticeRoutine {
  visitsPerPeriod?: number;
  visitsPerWorkday?: number;
  prorate: 'workdays' | 'none';
  fairness: 'equal' | 'risk';
  bounds?: { min?: number; max?: number };
  design: 'maxent' | 'pivotal' | 'systematic';
  balance: 'type' | 'none';
  coordination: 'horizon' | 'independent';
  /** The sum of the periods' budgets. */
  total: number;
}

/** The plan's per-unit limits. */
export interface NoticeLimits {
  maxVisitsPerUnit?: number;
  minGapDays?: number;
}

/** A campaign as the plan file gives it, with the size of its frame. */
export interface NoticeCampaign {
  id: string;
  name?: string;
  from: string;
  to: string;
  scope: { types?: string[]; regions?: string[]; units?: string[] };
  /** Campaign visits, one per chosen unit. */
  visits: number;
  fairness: 'equal' | 'risk';
  bounds?: { min?: number; max?: number };
  design: 'maxent' | 'pivotal' | 'systematic';
  /** Units in scope and active over the whole window. */
  scopeUnits: number;
  /** Working days of the window. */
  workdays: number;
}

/** A unit of the frame and the chances the plan gives it before the draw. */
export interface NoticeUnit {
  id: string;
  name?: string;
  type: string;
  region?: string;
  /** The unit's opening and closing dates, as the plan file gives them. */
  active?: { from?: string; to?: string };
  /** Promised routine inclusion probability per period (0 where the unit is inactive). */
  probabilities: number[];
  /** Smallest and largest positive probability (0 if none). */
  minProbability: number;
  maxProbability: number;
  /** Periods with a positive probability. */
  activePeriods: number;
  /** Expected routine visits over the horizon: the sum of `probabilities`. */
  expectedVisits: number;
  /** Whether `limits.maxVisitsPerUnit` lowered its probabilities. */
  capped: boolean;
  /** Inclusion probability per campaign id (0 outside the campaign's frame; empty without campaigns). */
  campaigns: Record<string, number>;
}

/** A police type: its units and their chances. */
export interface NoticeType {
  type: string;
  units: number;
  /** Smallest and largest positive probability of its units over the periods (0 if none). */
  minProbability: number;
  maxProbability: number;
  /** Expected routine visits of its units over the horizon. */
  expectedVisits: number;
}

/** How many inspectors make a visit, and the recusal rules beyond the home unit. */
export interface NoticeTeam {
  size: number;
  recusal: ('homeUnit' | 'region')[];
}

/** An inspector of the pool and the units they may not visit. */
export interface NoticeInspector {
  id: string;
  name?: string;
  homeUnit?: string;
  /** The home unit's region, when the plan recuses by region and the home unit has one. */
  homeRegion?: string;
  /** Units listed as conflicts of interest. */
  conflicts: string[];
  /** The police types the inspector is qualified for (absent: every type). */
  types?: string[];
}
