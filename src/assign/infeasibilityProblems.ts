import type { FairdrawProblem } from '../model/FairdrawError.js';
import type { AssignmentNetwork } from './AssignmentNetwork.js';
import { INELIGIBILITY_WORDING, type IneligibilityReason, ineligibility } from './ineligibility.js';
import type { AssignInspector, AssignVisit } from './types.js';

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
    const reason = taken.has(i) ? 'onTeam' : ineligibility(visit, insp, regionRecusal, unavailable[i]);
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
  net: AssignmentNetwork,
  short: readonly number[],
  visits: readonly AssignVisit[],
  inspectors: readonly AssignInspector[],
): FairdrawProblem[] {
  if (short.length === 0) return [];
  net.search(short);
  const { m, n, nDates: nD, nPeriods: nP, offId, offIp } = net;
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
  for (let v = 0; v < m; v++) {
    if (!net.reached(v)) continue;
    const g = group(net.periodOfDate[net.visitDate[v]!]!);
    g.visits.push(v);
    g.dates.add(net.visitDate[v]!);
  }
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < nD; d++) {
      const x = i * nD + d;
      if (net.reached(offId + x) && net.dayLoad[x]! >= net.maxDay[i]!) {
        group(net.periodOfDate[d]!).limits.push(
          `${inspectors[i]!.id} at maxPerDay ${net.maxDay[i]} on ${net.dates[d]}`,
        );
      }
    }
    for (let p = 0; p < nP; p++) {
      const x = i * nP + p;
      if (net.reached(offIp + x) && net.periodLoad[x]! >= net.maxPeriod[i]!) {
        const g = group(p);
        g.limits.push(`${inspectors[i]!.id} at maxPerPeriod ${net.maxPeriod[i]}`);
        g.dayOnly = false;
      }
    }
  }
  const problems: FairdrawProblem[] = [];
  for (const p of [...groups.keys()].sort((a, b) => net.periods[a]! - net.periods[b]!)) {
    const g = groups.get(p)!;
    let need = 0;
    let filled = 0;
    for (const v of g.visits) {
      need += net.demand[v]!;
      filled += net.teamCount[v]!;
    }
    const list = g.visits.map((v) => `${visits[v]!.id} (${visits[v]!.unit}, ${visits[v]!.date})`).join(', ');
    const oneDate = g.dates.size === 1 && g.dayOnly;
    const where = oneDate ? `on ${net.dates[[...g.dates][0]!]}` : `in period ${net.periods[p]}`;
    problems.push({
      path: oneDate ? `dates[${net.dates[[...g.dates][0]!]}]` : `periods[${net.periods[p]}]`,
      message:
        `${where}, visits ${list} together need ${need} inspector slots but capacity allows only ${filled}: ` +
        (g.limits.length > 0 ? `${g.limits.join(', ')}; ` : '') +
        'every other inspector is ineligible for these visits',
    });
  }
  return problems;
}
