import { FairdrawError, type FairdrawProblem, problem } from '../model/FairdrawError.js';
import type {
  CapacityLimit,
  Ineligibility as IneligibilityReason,
  OverCapacityFacts,
  ShortVisitFacts,
  StaffingFacts,
} from '../text/en/errors/assign.js';
import type { AssignmentState } from './AssignmentState.js';
import { ResidualSearch } from './ResidualSearch.js';
import type { AssignInspector, AssignVisit, VisitToStaff } from './types.js';

/**
 * The first static hard constraint that keeps `inspector` off `visit`, or `undefined` when the
 * inspector is eligible. Checked in this order: home-unit recusal, `conflicts`, region recusal
 * (only when `regionRecusal`, and only when both regions are known), qualification (`types`),
 * availability (`unavailable`, given as a set), and a `maxPerPeriod` or `maxPerDay` of 0. Capacity limits above 0 depend on the
 * other visits and are handled by the flow in {@link assignInspectors}.
 */
function ineligibility(
  visit: AssignVisit,
  inspector: AssignInspector,
  regionRecusal: boolean,
  unavailable: ReadonlySet<string>,
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
  if (unavailable.has(visit.date)) return 'unavailable';
  if ((inspector.maxPerPeriod ?? 1) <= 0 || (inspector.maxPerDay ?? 1) <= 0) return 'noCapacity';
  return undefined;
}

/** A visit short of eligible inspectors: its problem, and how many inspectors each rule keeps off it. */
interface ShortVisit {
  problem: FairdrawProblem;
  excluded: ReadonlyMap<IneligibilityReason, number>;
}

/**
 * The problem of a visit that has fewer eligible inspectors than slots to fill, whatever the other
 * visits do: names the eligible ones and, grouped by reason, why each other inspector is excluded.
 *
 * @param taken - inspectors already on the visit (substitution: the members that stay).
 */
function staticProblem(
  visit: AssignVisit,
  inspectors: readonly AssignInspector[],
  regionRecusal: boolean,
  unavailable: readonly ReadonlySet<string>[],
  need: number,
  taken: ReadonlySet<number>,
): ShortVisit {
  const eligible: string[] = [];
  const byReason = new Map<IneligibilityReason | 'onTeam', string[]>();
  inspectors.forEach((insp, i) => {
    const reason = taken.has(i) ? 'onTeam' : ineligibility(visit, insp, regionRecusal, unavailable[i]!);
    if (reason === undefined) eligible.push(insp.id);
    else {
      const ids = byReason.get(reason) ?? [];
      ids.push(insp.id);
      byReason.set(reason, ids);
    }
  });
  const excluded = new Map<IneligibilityReason, number>();
  for (const [reason, ids] of byReason) if (reason !== 'onTeam') excluded.set(reason, ids.length);
  const facts: ShortVisitFacts = {
    unit: visit.unit,
    date: visit.date,
    need,
    eligible,
    excluded: [...byReason].map(([reason, ids]) => ({ reason, ids })),
  };
  return { problem: problem(`visits[${visit.id}]`, (t) => t.assign.shortVisit(facts)), excluded };
}

/**
 * Capacity problems after a maximum flow left `short` visits unstaffed. The nodes reachable from
 * them in the residual graph form the source side of a minimum cut (Ford & Fulkerson 1956): per
 * period, those visits need more inspector slots together than the eligible inspectors' remaining
 * `maxPerDay` / `maxPerPeriod` allow, and every inspector who could help is at one of those limits.
 * One problem per period (path `periods[p]`), or per date (path `dates[d]`) when the group lies on
 * one date and only `maxPerDay` limits bind. Also says which kinds of limit bind, and how many
 * inspector slots are missing in all.
 */
function capacityProblems(
  state: AssignmentState,
  short: readonly number[],
  visits: readonly VisitToStaff[],
  inspectors: readonly AssignInspector[],
): { problems: FairdrawProblem[]; limits: Set<CapacityLimit>; missing: number } {
  const limits = new Set<CapacityLimit>();
  let missing = 0;
  if (short.length === 0) return { problems: [], limits, missing };
  const graph = state.graph;
  const search = new ResidualSearch(state);
  search.explore(short);
  const groups = new Map<
    number,
    { visits: number[]; limits: OverCapacityFacts['limits'][number][]; dayOnly: boolean; dates: Set<number> }
  >();
  const group = (p: number) => {
    let g = groups.get(p);
    if (!g) {
      g = { visits: [], limits: [], dayOnly: true, dates: new Set() };
      groups.set(p, g);
    }
    return g;
  };
  for (let v = 0; v < graph.visitCount; v++) {
    if (!search.reachedVisit(v)) continue;
    const g = group(graph.periodOfDate(graph.dateOf(v)));
    g.visits.push(v);
    g.dates.add(graph.dateOf(v));
  }
  for (let i = 0; i < graph.inspectorCount; i++) {
    for (let d = 0; d < graph.dateCount; d++) {
      if (search.reachedDay(i, d) && !state.hasDayRoom(i, d)) {
        limits.add('maxPerDay');
        group(graph.periodOfDate(d)).limits.push({
          inspector: inspectors[i]!.id,
          limit: 'maxPerDay',
          max: graph.maxPerDay(i),
          date: graph.dates[d],
        });
      }
    }
    for (let p = 0; p < graph.periodCount; p++) {
      if (search.reachedPeriod(i, p) && !state.hasPeriodRoom(i, p)) {
        limits.add('maxPerPeriod');
        const g = group(p);
        g.limits.push({ inspector: inspectors[i]!.id, limit: 'maxPerPeriod', max: graph.maxPerPeriod(i) });
        g.dayOnly = false;
      }
    }
  }
  const problems: FairdrawProblem[] = [];
  for (const p of [...groups.keys()].sort((a, b) => graph.periods[a]! - graph.periods[b]!)) {
    const g = groups.get(p)!;
    let need = 0;
    let filled = 0;
    for (const v of g.visits) {
      need += state.demand(v);
      filled += state.memberCount(v);
    }
    missing += need - filled;
    const oneDate = g.dates.size === 1 && g.dayOnly;
    const date = graph.dates[[...g.dates][0]!];
    const facts: OverCapacityFacts = {
      date: oneDate ? date : undefined,
      period: graph.periods[p]!,
      visits: g.visits.map((v) => ({ id: visits[v]!.id, unit: visits[v]!.unit, date: visits[v]!.date })),
      need,
      filled,
      limits: g.limits,
    };
    const path = oneDate ? `dates[${date}]` : `periods[${graph.periods[p]}]`;
    problems.push(problem(path, (t) => t.assign.overCapacity(facts)));
  }
  return { problems, limits, missing };
}

/**
 * The staffing problems of an assignment or a substitution, and what they come to. `problems` lists
 * each visit short of eligible inspectors and each period or date over capacity, with units and
 * dates: programs need them. The error's message only sums them up: how many visits cannot be
 * staffed, which constraint binds, and what to change. It names no visit, unit or date, because an
 * error message ends up in logs, and a visit of the secret draw must not.
 */
export class StaffingProblems {
  /** Every problem, in the order found. */
  readonly problems: FairdrawProblem[] = [];
  /** Visits with fewer eligible inspectors than they need. */
  private shortVisits = 0;
  /** Over those visits, how many inspectors each rule keeps off them. */
  private readonly excluded = new Map<IneligibilityReason, number>();
  /** The unit types of those visits on which some inspector is not qualified. */
  private readonly unqualified = new Set<string>();
  /** Visits a maximum flow left unstaffed for lack of capacity. */
  private unstaffed = 0;
  /** Inspector slots those visits miss in all. */
  private missingSlots = 0;
  /** Periods over capacity, and dates (when only `maxPerDay` binds on one date). */
  private periods = 0;
  private dates = 0;
  /** The capacity limits that bind. */
  private readonly limits = new Set<CapacityLimit>();

  /**
   * Records a visit that has fewer eligible inspectors than the `need` slots to fill, whatever the
   * other visits do (see `staticProblem`).
   *
   * @param taken - inspectors already on the visit (substitution: the members that stay).
   */
  addShortVisit(
    visit: AssignVisit,
    inspectors: readonly AssignInspector[],
    regionRecusal: boolean,
    unavailable: readonly ReadonlySet<string>[],
    need: number,
    taken: ReadonlySet<number> = new Set(),
  ): void {
    const { problem, excluded } = staticProblem(visit, inspectors, regionRecusal, unavailable, need, taken);
    this.problems.push(problem);
    this.shortVisits++;
    for (const [reason, count] of excluded)
      this.excluded.set(reason, (this.excluded.get(reason) ?? 0) + count);
    if (excluded.has('type')) this.unqualified.add(visit.unitType);
  }

  /** Records the capacity problems after a maximum flow left `short` visits unstaffed (see `capacityProblems`). */
  addCapacity(
    state: AssignmentState,
    short: readonly number[],
    visits: readonly VisitToStaff[],
    inspectors: readonly AssignInspector[],
  ): void {
    const { problems, limits, missing } = capacityProblems(state, short, visits, inspectors);
    for (const p of problems) this.problems.push(p);
    this.unstaffed += short.length;
    this.missingSlots += missing;
    for (const problem of problems) {
      if (problem.path.startsWith('dates[')) this.dates++;
      else this.periods++;
    }
    for (const limit of limits) this.limits.add(limit);
  }

  /**
   * Throws `FairdrawError('infeasible', 'inspectors', message, problems)` unless no problem was
   * recorded. The message is `<lead>N visits cannot be staffed.`, then the binding constraints
   * (the rules that keep the most inspectors off the visits short of eligible ones, most first; the
   * capacity limits of the periods or dates over capacity) and `To fix: ...`: what to change in the
   * plan, with reducing `team.size` as the last choice; for a substitution (`mode.assign` false), whose
   * plan cannot change, only to replace the inspector on fewer dates (errors.assign.staffing).
   */
  throwIfAny(mode: StaffingFacts['mode']): void {
    if (this.problems.length === 0) return;
    const facts: StaffingFacts = {
      mode,
      shortVisits: this.shortVisits,
      reasons: [...this.excluded].sort((a, b) => b[1] - a[1]).map(([reason]) => reason),
      unqualified: [...this.unqualified].sort(),
      unstaffed: this.unstaffed,
      periods: this.periods,
      dates: this.dates,
      missingSlots: this.missingSlots,
      limits: [...this.limits].sort(),
    };
    throw new FairdrawError('infeasible', 'inspectors', (t) => t.assign.staffing(facts), this.problems);
  }
}
