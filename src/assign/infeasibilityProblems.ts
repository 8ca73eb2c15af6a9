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

/**
 * The problem of a visit that has fewer eligible inspectors than slots to fill, whatever the other
 * visits do: names the eligible ones and, grouped by reason, why each other inspector is excluded.
 *
 * @param taken - inspectors already on the visit (substitution: the members that stay).
 */
export function staticProblem(
  visit: AssignVisit,
  inspectors: readonly AssignInspector[],
  regionRecusal: boolean,
  unavailable: readonly ReadonlySet<string>[],
  need: number,
  taken: ReadonlySet<number> = new Set(),
): FairdrawProblem {
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
  for (const [reason, ids] of byReason) {
    const wording = reason === 'onTeam' ? 'already on the team' : INELIGIBILITY_WORDING[reason];
    parts.push(`${ids.join(', ')} ${ids.length === 1 ? 'is' : 'are'} ${wording}`);
  }
  const who = eligible.length > 0 ? ` (${eligible.join(', ')})` : '';
  return {
    path: `visits[${visit.id}]`,
    message:
      `unit ${visit.unit} on ${visit.date} needs ${need} inspector${need === 1 ? '' : 's'}, ` +
      `only ${eligible.length} eligible${who}` +
      (parts.length > 0 ? `: ${parts.join('; ')}` : ''),
  };
}

/**
 * Capacity problems after a maximum flow left `short` visits unstaffed. The nodes reachable from
 * them in the residual graph form the source side of a minimum cut (Ford & Fulkerson 1956): per
 * period, those visits need more inspector slots together than the eligible inspectors' remaining
 * `maxPerDay` / `maxPerPeriod` allow, and every inspector who could help is at one of those limits.
 * One problem per period (path `periods[p]`), or per date (path `dates[d]`) when the group lies on
 * one date and only `maxPerDay` limits bind.
 */
export function capacityProblems(
  state: AssignmentState,
  short: readonly number[],
  visits: readonly AssignVisit[],
  inspectors: readonly AssignInspector[],
): FairdrawProblem[] {
  if (short.length === 0) return [];
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
        group(graph.periodOfDate(d)).limits.push(
          `${inspectors[i]!.id} at maxPerDay ${graph.maxPerDay(i)} on ${graph.dates[d]}`,
        );
      }
    }
    for (let p = 0; p < graph.periodCount; p++) {
      if (search.reachedPeriod(i, p) && !state.hasPeriodRoom(i, p)) {
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
  return problems;
}

/**
 * Throws `FairdrawError('infeasible', 'inspectors', ...)` listing `problems`, unless there are none.
 * The message is `<lead><count> <noun>[s]; first: <path>: <message>`.
 */
export function throwIfInfeasible(problems: readonly FairdrawProblem[], lead: string, noun: string): void {
  if (problems.length === 0) return;
  const first = problems[0]!;
  throw new FairdrawError(
    'infeasible',
    'inspectors',
    `${lead}${problems.length} ${noun}${problems.length === 1 ? '' : 's'}; first: ${first.path}: ${first.message}`,
    problems,
  );
}
