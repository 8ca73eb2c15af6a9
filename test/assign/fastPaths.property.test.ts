import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AssignmentGraph } from '../../src/assign/AssignmentGraph.js';
import { AssignmentState } from '../../src/assign/AssignmentState.js';
import { assignInspectors } from '../../src/assign/assignInspectors.js';
import { augment } from '../../src/assign/augment.js';
import { balanceLoads } from '../../src/assign/balanceLoads.js';
import { type FillStrategy, greedyFill } from '../../src/assign/greedyFill.js';
import { improveTypeMix } from '../../src/assign/improveTypeMix.js';
import { randomRanks } from '../../src/assign/randomRanks.js';
import type { UnitNumbers, VisitToStaff } from '../../src/assign/types.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { createRng } from '../../src/random/createRng.js';
import { shuffle } from '../../src/random/shuffle.js';
import { uniformInt } from '../../src/random/uniformInt.js';
import { type Case, caseArb, mayStaff } from './helpers.js';
import { improveTypeMixReference } from './improveTypeMixReference.js';

// The assignment's fast paths (issue 16) against the simple code they replace: the greedy fill's
// bitset index against its scan of every eligible inspector, the type-mix search reading bitsets
// against the former search reading every candidate, and the graph's date order and eligibility
// lists against a sort and a filter written here. Same teams, same swaps, same lists.

/** The graph and an empty state of a case, as `assignInspectors` builds them. */
function build(
  c: Omit<Case, 'visits'> & { visits: readonly VisitToStaff[] },
  seed: string,
  units?: UnitNumbers,
): AssignmentState {
  const rng = createRng(seed);
  const unavailable = c.inspectors.map((insp) => new Set(insp.unavailable ?? []));
  const rank = randomRanks(rng, c.inspectors.length);
  const graph = new AssignmentGraph(c.visits, c.inspectors, c.teamSize, c.region, rank, unavailable, units);
  const state = new AssignmentState(graph);
  for (let v = 0; v < c.visits.length; v++) {
    if (graph.eligibleFor(v).length >= c.teamSize) state.setDemand(v, c.teamSize);
  }
  return state;
}

/**
 * A state filled by the greedy with `strategy`. When `prefill` is set, about a third of the visits
 * first get locked members and are fixed, as for a substitution: the fill starts from their loads.
 */
function filled(c: Case, seed: string, strategy: FillStrategy, prefill: boolean): AssignmentState {
  const state = build(c, seed);
  const { graph } = state;
  const g = createRng(`${seed}/fill`);
  if (prefill) {
    for (let v = 0; v < graph.visitCount; v++) {
      if (uniformInt(g, 3) !== 0) continue;
      const eligible = graph.eligibleFor(v);
      for (let s = 0; s < c.teamSize && eligible.length > 0; s++) {
        const i = eligible[uniformInt(g, eligible.length)]!;
        if (!state.isOn(v, i)) state.addMember(v, i, true);
      }
      state.setMutable(v, uniformInt(g, 2) === 0);
    }
  }
  const order = shuffle(g, graph.visitCount);
  const offset = new Int32Array(graph.visitCount);
  for (let v = 0; v < graph.visitCount; v++) offset[v] = uniformInt(g, Math.max(graph.inspectorCount, 1));
  greedyFill(state, offset, order, strategy);
  return state;
}

const teams = (state: AssignmentState) =>
  Array.from({ length: state.graph.visitCount }, (_, v) => state.team(v));

describe('greedyFill: the bitset index picks what the scan picks', () => {
  it('on random cases of up to 60 visits and 80 inspectors (several words of ranks), with and without prefilled teams', () => {
    fc.assert(
      fc.property(caseArb(1, 60, 1, 80, 6, 6, 3), fc.string(), fc.boolean(), (c, seed, prefill) => {
        const scan = filled(c, seed, 'scan', prefill);
        const index = filled(c, seed, 'index', prefill);
        expect(teams(index)).toEqual(teams(scan));
        for (let i = 0; i < scan.graph.inspectorCount; i++) expect(index.load(i)).toBe(scan.load(i));
      }),
      { seed: 160, numRuns: 300 },
    );
  });

  it('on a larger case where the automatic choice takes the index (200 visits, 100 inspectors)', () => {
    const c = fc.sample(caseArb(200, 200, 100, 100, 6, 40, 2), { seed: 16, numRuns: 1 })[0]!;
    expect(teams(filled(c, 'auto', 'auto', false))).toEqual(teams(filled(c, 'auto', 'scan', false)));
  });
});

describe('improveTypeMix: reading the short of each type from bitsets changes no swap', () => {
  it('makes the swaps of the reference search, for every budget (cut anywhere in the search)', () => {
    let swapped = 0;
    fc.assert(
      fc.property(caseArb(20, 60, 3, 40, 6, 12, 2), fc.string(), fc.nat(3000), (c, seed, budget) => {
        const fast = filled(c, seed, 'scan', false);
        const reference = filled(c, seed, 'scan', false);
        for (const state of [fast, reference]) {
          const short = augment(
            state,
            Array.from({ length: state.graph.visitCount }, (_, v) => v),
          );
          fc.pre(short.length === 0);
          balanceLoads(state);
        }
        const swaps = improveTypeMix(fast, budget);
        expect(swaps).toBe(improveTypeMixReference(reference, budget));
        expect(teams(fast)).toEqual(teams(reference));
        if (swaps > 0) swapped++;
      }),
      { seed: 1016, numRuns: 300 },
    );
    expect(swapped).toBeGreaterThan(10);
  });
});

describe('AssignmentGraph: date order and eligibility lists', () => {
  it('orders visits by (date, index) and links each to the previous and next visit of its unit, as a sort does', () => {
    fc.assert(
      fc.property(caseArb(0, 40, 1, 10, 6), fc.boolean(), (drawn, inOrder) => {
        // Half the cases in date order, as a schedule's visits are (the graph then reads them in one pass).
        const c = inOrder
          ? {
              ...drawn,
              visits: [...drawn.visits].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)),
            }
          : drawn;
        const { graph } = build(c, 'order');
        for (let d = 0; d < graph.dateCount; d++) {
          expect(Array.from(graph.visitsOn(d))).toEqual(
            c.visits.flatMap((x, v) => (x.date === graph.dates[d] ? [v] : [])),
          );
        }
        const all = c.visits.map((_, v) => v);
        const sorted = [...all].sort((a, b) => {
          const da = c.visits[a]!.date;
          const db = c.visits[b]!.date;
          return da < db ? -1 : da > db ? 1 : a - b;
        });
        expect(graph.inDateOrder(all)).toEqual(sorted);
        for (const v of all) {
          const same = sorted.filter((w) => c.visits[w]!.unit === c.visits[v]!.unit);
          const at = same.indexOf(v);
          expect(graph.previousOfUnit(v)).toBe(at > 0 ? same[at - 1]! : -1);
          expect(graph.nextOfUnit(v)).toBe(at < same.length - 1 ? same[at + 1]! : -1);
        }
      }),
      { seed: 2016, numRuns: 300 },
    );
  });

  it('lists, for each visit, the inspectors who may staff it with some capacity, in increasing rank', () => {
    fc.assert(
      fc.property(caseArb(0, 30, 1, 20, 6), (c) => {
        const { graph } = build(c, 'lists');
        const byRank = Array.from({ length: graph.inspectorCount }, (_, r) => graph.inspectorAtRank(r));
        c.visits.forEach((visit, v) => {
          const expected = byRank.filter((i) => {
            const insp = c.inspectors[i]!;
            return mayStaff(visit, insp, c.region) && insp.maxPerPeriod !== 0 && insp.maxPerDay !== 0;
          });
          expect(Array.from(graph.eligibleFor(v))).toEqual(expected);
          expect(
            Array.from(graph.kindMembers(graph.kindOf(v))).filter((i) => graph.isEligible(v, i)),
          ).toEqual(expected);
        });
      }),
      { seed: 3016, numRuns: 300 },
    );
  });
});

/**
 * The units of a case as numbers, as a planner would give them: each unit id numbered by `numberOf`
 * (a scramble of the ids, plus ids no visit has, e.g. units of the plan nobody visits); with
 * `labels`, each unit's type and region by number too (types and regions listed in an order of
 * their own), as the planner gives them with visits that leave them out.
 */
function unitNumbers(c: Case, numberOf: (id: string) => number, labels = false): UnitNumbers {
  const units: UnitNumbers = {
    visits: Int32Array.from(c.visits, (v) => numberOf(v.unit)),
    of: (id) => (id.startsWith('u') ? numberOf(id) : undefined),
    count: 101,
  };
  if (!labels) return units;
  const types = ['C', 'B', 'A', 'Z'];
  const regions = ['west', 'north', 'east'];
  const typeOf = new Int32Array(101).fill(3);
  const regionOf = new Int32Array(101).fill(-1);
  for (const visit of c.visits) {
    typeOf[numberOf(visit.unit)] = types.indexOf(visit.unitType!);
    regionOf[numberOf(visit.unit)] = visit.unitRegion === undefined ? -1 : regions.indexOf(visit.unitRegion);
  }
  return { ...units, labels: { types, typeOf, regions, regionOf } };
}

/** The visits of a case without their units' types and regions, as the planner hands its own. */
const bare = (c: Case): VisitToStaff[] =>
  c.visits.map(({ id, unit, date, period }) => ({ id, unit, date, period }));

describe('the units given as numbers (AssignOptions.units): the same graph and teams as by their ids', () => {
  it('numbers units, links visits and lists the eligible as the ids do, whatever the numbers', () => {
    fc.assert(
      fc.property(caseArb(0, 40, 1, 12, 6), fc.nat(50), fc.boolean(), (c, shift, labelled) => {
        // Unit uK gets (7 K + shift) mod 53: distinct for distinct units, in no particular order.
        const units = unitNumbers(c, (id) => (7 * Number(id.slice(1)) + shift) % 53, labelled);
        const byIds = build(c, 'units').graph;
        const byNumbers = build(labelled ? { ...c, visits: bare(c) } : c, 'units', units).graph;
        expect(byNumbers.unitTypes).toEqual(byIds.unitTypes);
        for (let v = 0; v < c.visits.length; v++) {
          expect(byNumbers.typeOf(v)).toBe(byIds.typeOf(v));
          expect(byNumbers.previousOfUnit(v)).toBe(byIds.previousOfUnit(v));
          expect(byNumbers.nextOfUnit(v)).toBe(byIds.nextOfUnit(v));
          expect(byNumbers.kindOf(v)).toBe(byIds.kindOf(v));
          expect(byNumbers.hasRecusal(v)).toBe(byIds.hasRecusal(v));
          expect(Array.from(byNumbers.eligibleFor(v))).toEqual(Array.from(byIds.eligibleFor(v)));
          for (let i = 0; i < c.inspectors.length; i++) {
            expect(byNumbers.isRecused(v, i)).toBe(byIds.isRecused(v, i));
            expect(byNumbers.isEligible(v, i)).toBe(byIds.isEligible(v, i));
          }
        }
      }),
      { seed: 4016, numRuns: 300 },
    );
  });

  it('staffs every visit with the same team, or finds the same problems', () => {
    let infeasible = 0;
    fc.assert(
      fc.property(caseArb(1, 40, 1, 12, 6, 20, 2), fc.string(), fc.boolean(), (c, seed, labelled) => {
        const draw = (units?: UnitNumbers) => {
          const options = {
            teamSize: c.teamSize,
            recusal: c.region ? ['region' as const] : [],
            rng: createRng(seed),
          };
          const visits = units?.labels ? bare(c) : c.visits;
          try {
            return assignInspectors(visits, c.inspectors, units ? { ...options, units } : options).teams;
          } catch (e) {
            const problems =
              e instanceof FairdrawError ? e.problems.map((p) => `${p.path}: ${p.message}`) : [];
            return [(e as Error).message, ...problems];
          }
        };
        const plain = draw();
        if (typeof plain[0] === 'string') infeasible++;
        expect(draw(unitNumbers(c, (id) => 100 - Number(id.slice(1)), labelled))).toEqual(plain);
      }),
      { seed: 5016, numRuns: 200 },
    );
    expect(infeasible).toBeGreaterThan(10);
  });
});
