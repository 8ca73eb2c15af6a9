import fc from 'fast-check';
import type { AssignInspector, AssignVisit } from '../../src/assign/types.js';

/** A small random assignment problem. */
export interface Case {
  visits: AssignVisit[];
  inspectors: AssignInspector[];
  teamSize: number;
  region: boolean;
}

const DATES = ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-12', '2026-01-13', '2026-01-14'];
const UNITS = [
  { id: 'u0', type: 'A', region: 'east' },
  { id: 'u1', type: 'A', region: 'west' },
  { id: 'u2', type: 'B', region: 'east' },
  { id: 'u3', type: 'C', region: 'west' },
];

/**
 * Random cases with `visits` in [vMin, vMax], `inspectors` in [iMin, iMax], on `nDates` dates (3 per
 * period); `maxPerPeriod` (when drawn) in [0, capacity], team size in [1, maxTeam].
 */
export function caseArb(
  vMin: number,
  vMax: number,
  iMin: number,
  iMax: number,
  nDates = 3,
  capacity = 3,
  maxTeam = 3,
): fc.Arbitrary<Case> {
  const dates = DATES.slice(0, nDates);
  const visit = fc.record({ u: fc.nat(UNITS.length - 1), d: fc.nat(nDates - 1) });
  const rare = <T>(arb: fc.Arbitrary<T>, weight: number) =>
    fc.oneof({ weight: 10 - weight, arbitrary: fc.constant(undefined) }, { weight, arbitrary: arb });
  const inspector = fc.record({
    home: fc.option(fc.nat(UNITS.length - 1), { nil: undefined }),
    types: rare(fc.subarray(['A', 'B', 'C'], { minLength: 1 }), 3),
    conflicts: rare(fc.subarray(['u0', 'u1', 'u2', 'u3']), 2),
    maxPerPeriod: rare(fc.integer({ min: 0, max: capacity }), 4),
    maxPerDay: rare(fc.integer({ min: 1, max: 2 }), 4),
    unavailable: rare(fc.subarray(dates), 3),
  });
  return fc
    .record({
      visits: fc.array(visit, { minLength: vMin, maxLength: vMax }),
      inspectors: fc.array(inspector, { minLength: iMin, maxLength: iMax }),
      teamSize: fc.integer({ min: 1, max: maxTeam }),
      region: fc.boolean(),
    })
    .map(({ visits, inspectors, teamSize, region }) => ({
      teamSize,
      region,
      visits: visits.map(({ u, d }, v) => ({
        id: `v-${v}`,
        unit: UNITS[u]!.id,
        unitType: UNITS[u]!.type,
        unitRegion: UNITS[u]!.region,
        date: dates[d]!,
        period: Math.floor(d / 3),
      })),
      inspectors: inspectors.map((x, i) => {
        const insp: AssignInspector = { id: `insp-${i}` };
        if (x.home !== undefined) {
          insp.homeUnit = UNITS[x.home]!.id;
          insp.homeRegion = UNITS[x.home]!.region;
        }
        if (x.types) insp.types = x.types;
        if (x.conflicts) insp.conflicts = x.conflicts;
        if (x.maxPerPeriod !== undefined) insp.maxPerPeriod = x.maxPerPeriod;
        if (x.maxPerDay !== undefined) insp.maxPerDay = x.maxPerDay;
        if (x.unavailable) insp.unavailable = x.unavailable;
        return insp;
      }),
    }));
}

/** Static eligibility, written independently of the library. */
export function mayStaff(visit: AssignVisit, insp: AssignInspector, region: boolean): boolean {
  if (insp.homeUnit === visit.unit) return false;
  if ((insp.conflicts ?? []).includes(visit.unit)) return false;
  if (region && insp.homeRegion !== undefined && insp.homeRegion === visit.unitRegion) return false;
  if (insp.types && !insp.types.includes(visit.unitType)) return false;
  if ((insp.unavailable ?? []).includes(visit.date)) return false;
  return true;
}

/** Every hard-constraint violation of `teams` (empty when all hold). */
export function violations(c: Case, teams: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  const byId = new Map(c.inspectors.map((i) => [i.id, i]));
  const perDay = new Map<string, number>();
  const perPeriod = new Map<string, number>();
  if (teams.length !== c.visits.length) out.push('teams not aligned with visits');
  c.visits.forEach((visit, v) => {
    const team = teams[v] ?? [];
    if (team.length !== c.teamSize) out.push(`${visit.id}: team of ${team.length}`);
    if (new Set(team).size !== team.length) out.push(`${visit.id}: duplicate member`);
    if ([...team].sort().join() !== team.join()) out.push(`${visit.id}: team not sorted`);
    for (const id of team) {
      const insp = byId.get(id);
      if (!insp) {
        out.push(`${visit.id}: unknown ${id}`);
        continue;
      }
      if (!mayStaff(visit, insp, c.region)) out.push(`${visit.id}: ${id} not eligible`);
      const dk = `${id}|${visit.date}`;
      const pk = `${id}|${visit.period}`;
      perDay.set(dk, (perDay.get(dk) ?? 0) + 1);
      perPeriod.set(pk, (perPeriod.get(pk) ?? 0) + 1);
    }
  });
  for (const [key, count] of perDay) {
    const cap = byId.get(key.split('|')[0]!)!.maxPerDay;
    if (cap !== undefined && count > cap) out.push(`${key}: ${count} > maxPerDay ${cap}`);
  }
  for (const [key, count] of perPeriod) {
    const cap = byId.get(key.split('|')[0]!)!.maxPerPeriod;
    if (cap !== undefined && count > cap) out.push(`${key}: ${count} > maxPerPeriod ${cap}`);
  }
  return out;
}

function subsets(n: number, k: number): number[][] {
  const out: number[][] = [];
  const rec = (start: number, acc: number[]) => {
    if (acc.length === k) {
      out.push([...acc]);
      return;
    }
    for (let i = start; i < n; i++) rec(i + 1, [...acc, i]);
  };
  rec(0, []);
  return out;
}

/**
 * Brute force over every assignment (every k-subset of inspectors per visit): whether one meets
 * every hard constraint, and over those the smallest possible maximum load and largest possible
 * minimum load. Enumerates the whole space (no flow argument), so it is an independent oracle.
 */
export function bruteForce(c: Case): { feasible: boolean; minMax: number; maxMin: number; count: number } {
  const n = c.inspectors.length;
  const teams = subsets(n, c.teamSize);
  const load = new Array<number>(n).fill(0);
  const day = new Map<string, number>();
  const period = new Map<string, number>();
  let minMax = Number.POSITIVE_INFINITY;
  let maxMin = Number.NEGATIVE_INFINITY;
  let count = 0;
  const rec = (v: number) => {
    if (v === c.visits.length) {
      count++;
      minMax = Math.min(minMax, Math.max(...load));
      maxMin = Math.max(maxMin, Math.min(...load));
      return;
    }
    const visit = c.visits[v]!;
    for (const team of teams) {
      let ok = true;
      for (const i of team) {
        const insp = c.inspectors[i]!;
        const dk = `${i}|${visit.date}`;
        const pk = `${i}|${visit.period}`;
        if (
          !mayStaff(visit, insp, c.region) ||
          (day.get(dk) ?? 0) >= (insp.maxPerDay ?? Number.POSITIVE_INFINITY) ||
          (period.get(pk) ?? 0) >= (insp.maxPerPeriod ?? Number.POSITIVE_INFINITY)
        ) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      for (const i of team) {
        load[i]!++;
        day.set(`${i}|${visit.date}`, (day.get(`${i}|${visit.date}`) ?? 0) + 1);
        period.set(`${i}|${visit.period}`, (period.get(`${i}|${visit.period}`) ?? 0) + 1);
      }
      rec(v + 1);
      for (const i of team) {
        load[i]!--;
        day.set(`${i}|${visit.date}`, day.get(`${i}|${visit.date}`)! - 1);
        period.set(`${i}|${visit.period}`, period.get(`${i}|${visit.period}`)! - 1);
      }
    }
  };
  rec(0);
  return { feasible: count > 0, minMax, maxMin, count };
}
