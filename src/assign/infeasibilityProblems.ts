import { FairdrawError, type FairdrawProblem } from '../model/FairdrawError.js';
import type { AssignmentState } from './AssignmentState.js';
import { ResidualSearch } from './ResidualSearch.js';
import type { AssignInspector, AssignVisit } from './types.js';

/** Why an inspector can never staff a visit, whatever else is assigned (the static hard constraints). */
type IneligibilityReason = 'homeUnit' | 'conflict' | 'region' | 'type' | 'unavailable' | 'noCapacity';

/** Human-readable wording of each {@link IneligibilityReason}, used in infeasibility diagnostics. */
const INELIGIBILITY_WORDING: Readonly<Record<IneligibilityReason, string>> = {
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
  const parts: string[] = [];
  const excluded = new Map<IneligibilityReason, number>();
  for (const [reason, ids] of byReason) {
    const wording = reason === 'onTeam' ? 'already on the team' : INELIGIBILITY_WORDING[reason];
    parts.push(`${ids.join(', ')} ${ids.length === 1 ? 'is' : 'are'} ${wording}`);
    if (reason !== 'onTeam') excluded.set(reason, ids.length);
  }
  const who = eligible.length > 0 ? ` (${eligible.join(', ')})` : '';
  return {
    problem: {
      path: `visits[${visit.id}]`,
      message:
        `unit ${visit.unit} on ${visit.date} needs ${need} inspector${need === 1 ? '' : 's'}, ` +
        `only ${eligible.length} eligible${who}` +
        (parts.length > 0 ? `: ${parts.join('; ')}` : ''),
    },
    excluded,
  };
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
  visits: readonly AssignVisit[],
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
    { visits: number[]; limits: string[]; dayOnly: boolean; dates: Set<number> }
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
        group(graph.periodOfDate(d)).limits.push(
          `${inspectors[i]!.id} at maxPerDay ${graph.maxPerDay(i)} on ${graph.dates[d]}`,
        );
      }
    }
    for (let p = 0; p < graph.periodCount; p++) {
      if (search.reachedPeriod(i, p) && !state.hasPeriodRoom(i, p)) {
        limits.add('maxPerPeriod');
        const g = group(p);
        g.limits.push(`${inspectors[i]!.id} at maxPerPeriod ${graph.maxPerPeriod(i)}`);
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
    const list = g.visits.map((v) => `${visits[v]!.id} (${visits[v]!.unit}, ${visits[v]!.date})`).join(', ');
    const oneDate = g.dates.size === 1 && g.dayOnly;
    const date = graph.dates[[...g.dates][0]!];
    const where = oneDate ? `on ${date}` : `in period ${graph.periods[p]}`;
    problems.push({
      path: oneDate ? `dates[${date}]` : `periods[${graph.periods[p]}]`,
      message:
        `${where}, visits ${list} together need ${need} inspector slots but capacity allows only ${filled}: ` +
        (g.limits.length > 0 ? `${g.limits.join(', ')}; ` : '') +
        'every other inspector is ineligible for these visits',
    });
  }
  return { problems, limits, missing };
}

/** A capacity limit that can leave visits unstaffed. */
type CapacityLimit = 'maxPerDay' | 'maxPerPeriod';

/** What to change when a rule keeps inspectors off the visits that cannot be staffed. */
const INELIGIBILITY_FIX: Readonly<Record<Exclude<IneligibilityReason, 'type'>, string>> = {
  homeUnit: 'add inspectors from other units',
  conflict: 'add inspectors without those conflicts of interest',
  region: 'add inspectors from other regions or drop "region" from team.recusal',
  unavailable: 'add inspectors available on the dates of those visits',
  noCapacity: 'give the inspectors with maxPerPeriod or maxPerDay 0 some capacity',
};

/** `count` and `noun`, with an `s` unless the count is 1. */
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** `items` joined as English: `a`, `a and b`, `a, b, and c` (with `or` as `last` for choices). */
function inWords(items: readonly string[], last = 'and'): string {
  if (items.length <= 2) return items.join(` ${last} `);
  return `${items.slice(0, -1).join(', ')}, ${last} ${items.at(-1)}`;
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
    visits: readonly AssignVisit[],
    inspectors: readonly AssignInspector[],
  ): void {
    const { problems, limits, missing } = capacityProblems(state, short, visits, inspectors);
    this.problems.push(...problems);
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
   * plan, with `options.lastFix` as the last choice, or `options.lastFix` alone when the plan cannot
   * change (`options.planFixes` false: a substitution).
   */
  throwIfAny(options: { lead: string; need: string; planFixes: boolean; lastFix: string }): void {
    if (this.problems.length === 0) return;
    const binding: string[] = [];
    const fixes: string[] = [];
    if (this.shortVisits > 0) {
      const reasons = [...this.excluded].sort((a, b) => b[1] - a[1]).map(([reason]) => reason);
      const types = inWords([...this.unqualified].sort());
      const why = reasons.map((r) =>
        r === 'type'
          ? `not qualified for the unit type (${[...this.unqualified].sort().join(', ')})`
          : INELIGIBILITY_WORDING[r],
      );
      binding.push(
        `${plural(this.shortVisits, 'visit')} ${this.shortVisits === 1 ? 'has' : 'have'} fewer eligible inspectors than ${options.need}` +
          (why.length > 0
            ? `; what keeps the others off, most first: ${why.join(', ')}`
            : ': there are too few inspectors'),
      );
      for (const r of reasons.slice(0, 2))
        fixes.push(r === 'type' ? `add inspectors qualified for ${types}` : INELIGIBILITY_FIX[r]);
    }
    if (this.unstaffed > 0) {
      const limits = inWords([...this.limits].sort());
      const where = inWords([
        ...(this.periods > 0 ? [`in ${plural(this.periods, 'period')}`] : []),
        ...(this.dates > 0 ? [`on ${plural(this.dates, 'date')}`] : []),
      ]);
      binding.push(
        `${plural(this.unstaffed, 'visit')} ${where} ${this.unstaffed === 1 ? 'misses' : 'miss'} ` +
          `${plural(this.missingSlots, 'inspector slot')}${limits ? `, held back by ${limits}` : ''}`,
      );
      for (const limit of [...this.limits].sort()) fixes.push(`raise ${limit}`);
    }
    if (!fixes.some((f) => f.startsWith('add inspectors'))) fixes.push('add inspectors');
    const fix = options.planFixes ? inWords([...new Set(fixes), options.lastFix], 'or') : options.lastFix;
    const count = this.shortVisits + this.unstaffed;
    throw new FairdrawError(
      'infeasible',
      'inspectors',
      `${options.lead}${plural(count, 'visit')} cannot be staffed. ${binding.join('. ')}. ` +
        `To fix: ${fix}. Each visit is listed in the error's problems.`,
      this.problems,
    );
  }
}
