import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AssignmentGraph } from '../../src/assign/AssignmentGraph.js';
import { AssignmentState } from '../../src/assign/AssignmentState.js';
import { augment } from '../../src/assign/augment.js';
import { balanceLoads } from '../../src/assign/balanceLoads.js';
import { greedyFill } from '../../src/assign/greedyFill.js';
import { improveTypeMix } from '../../src/assign/improveTypeMix.js';
import { randomRanks } from '../../src/assign/randomRanks.js';
import type { AssignInspector, AssignVisit } from '../../src/assign/types.js';
import { createRng } from '../../src/random/createRng.js';
import { shuffle } from '../../src/random/shuffle.js';
import { uniformInt } from '../../src/random/uniformInt.js';

/**
 * Step 10 of docs/assign.md written from its text (weights, excess, held lists, the swap and its
 * validity, the candidate rule, the scan and the budget), on the state steps 1-9 leave. It reads the
 * state only through what the text names: teams, loads, type counts, eligibility lists in rank order,
 * room, locks, and each visit's neighbours of the same unit. Returns the number of swaps.
 */
function specTypeMix(state: AssignmentState): number {
  const g = state.graph;
  const m = g.visitCount;
  const n = g.inspectorCount;
  const types = g.unitTypeCount;
  if (types < 2 || n < 2) return 0;
  const W = Array.from({ length: n }, () => new Array<number>(types).fill(0));
  for (let v = 0; v < m; v++) for (const i of Array.from(g.eligibleFor(v))) W[i]![g.typeOf(v)]! += 1;
  const p = W.map((row) => {
    const S = row.reduce((a, b) => a + b, 0);
    return row.map((w) => (S > 0 ? w / S : 0));
  });
  const e = (i: number, t: number) => state.typeLoad(i, t) - state.load(i) * p[i]![t]!;
  const held = Array.from({ length: n }, () => Array.from({ length: types }, () => [] as number[]));
  for (let v = 0; v < m; v++) for (const i of state.team(v)) held[i]![g.typeOf(v)]!.push(v);
  const fits = (x: number, from: number, to: number) => {
    const d = g.dateOf(to);
    if (g.dateOf(from) === d) return true;
    if (!state.hasDayRoom(x, d)) return false;
    return g.periodOfDate(g.dateOf(from)) === g.periodOfDate(d) || state.hasPeriodRoom(x, g.periodOfDate(d));
  };
  const nextTo = (v: number, x: number, other: number) =>
    [g.previousOfUnit(v), g.nextOfUnit(v)].some((w) => w >= 0 && w !== other && state.isOn(w, x));
  const valid = (i: number, a: number, j: number, b: number) =>
    state.canLeave(a, i) &&
    g.isEligible(a, j) &&
    !state.isOn(a, j) &&
    state.canJoin(b, i) &&
    state.canLeave(b, j) &&
    fits(i, a, b) &&
    fits(j, b, a) &&
    !nextTo(b, i, a) &&
    !nextTo(a, j, b);
  let budget = 20 * m * g.teamSize + 100_000;
  /** The first valid swap for (i, t), made; false if there is none. */
  const search = (i: number, t: number): boolean => {
    for (const a of held[i]![t]!) {
      if (!state.canLeave(a, i)) continue;
      for (const j of Array.from(g.eligibleFor(a))) {
        budget--;
        if (j === i || e(j, t) >= -0.5 || state.isOn(a, j)) continue;
        const base = e(i, t) - e(j, t);
        for (let u = 0; u < types; u++) {
          if (u === t || !(e(j, u) - e(i, u) + base > 2)) continue;
          for (const b of held[j]![u]!) {
            budget--;
            if (!valid(i, a, j, b)) continue;
            state.replaceMember(a, i, j);
            state.replaceMember(b, j, i);
            held[i]![t]!.splice(held[i]![t]!.indexOf(a), 1);
            held[i]![u]!.push(b);
            held[j]![u]!.splice(held[j]![u]!.indexOf(b), 1);
            held[j]![t]!.push(a);
            return true;
          }
        }
      }
    }
    return false;
  };
  let swaps = 0;
  for (let pass = 0; pass < 4 && budget > 0; pass++) {
    let made = 0;
    for (let r = 0; r < n && budget > 0; r++) {
      const i = g.inspectorAtRank(r);
      for (let t = 0; t < types && budget > 0; t++) {
        while (e(i, t) > 0.5 && budget > 0 && search(i, t)) made++;
      }
    }
    swaps += made;
    if (made === 0) break;
  }
  return swaps;
}

/** Steps 1-9 of docs/assign.md (the code's), then step 10 by `mix`: the teams and the swaps made. */
function assign(
  visits: readonly AssignVisit[],
  inspectors: readonly AssignInspector[],
  teamSize: number,
  seed: string,
  mix: (s: AssignmentState) => number,
): { teams: number[][]; swaps: number } {
  const rng = createRng(seed);
  const rank = randomRanks(rng, inspectors.length);
  const unavailable = inspectors.map((x) => new Set(x.unavailable ?? []));
  const graph = new AssignmentGraph(visits, inspectors, teamSize, false, rank, unavailable);
  const state = new AssignmentState(graph);
  for (let v = 0; v < visits.length; v++)
    if (graph.eligibleFor(v).length >= teamSize) state.setDemand(v, teamSize);
  const order = shuffle(rng, visits.length);
  const offset = new Int32Array(visits.length);
  for (let o = 0; o < visits.length; o++) offset[order[o]!] = uniformInt(rng, Math.max(inspectors.length, 1));
  greedyFill(state, offset, order);
  expect(augment(state, order)).toEqual([]);
  balanceLoads(state);
  const swaps = mix(state);
  return { teams: Array.from({ length: visits.length }, (_, v) => state.team(v)), swaps };
}

/** A small year with unequal type shares and restricted qualifications, so that swaps happen. */
function year(seed: string): { visits: AssignVisit[]; inspectors: AssignInspector[] } {
  const g = createRng(seed);
  const types = ['ps', 'ci', 'tp', 'dc'];
  const units = Array.from({ length: 24 }, (_, u) => ({
    id: `u${u}`,
    type: types[u % 7 < 4 ? 0 : (u % 3) + 1]!,
  }));
  const visits = Array.from({ length: 300 }, (_, v) => {
    const day = Math.floor(v / 4);
    const unit = units[uniformInt(g, units.length)]!;
    return {
      id: `v${v}`,
      unit: unit.id,
      unitType: unit.type,
      date: new Date(Date.UTC(2026, 0, 5 + Math.floor(day / 5) * 7 + (day % 5))).toISOString().slice(0, 10),
      period: Math.floor(day / 5),
    };
  });
  const inspectors = Array.from({ length: 8 }, (_, i) => ({
    id: `i${i}`,
    homeUnit: `u${i * 3}`,
    ...(i % 3 === 0 ? { types: ['ps', types[1 + (i % 3)]!] } : {}),
    maxPerPeriod: 6,
    maxPerDay: 2,
  }));
  return { visits, inspectors };
}

describe('assign.md step 10 (type-mix swaps) against its text', () => {
  it('the text gives the same teams as improveTypeMix on inspectors.json and 80 seeded years, with swaps made', () => {
    const file = JSON.parse(readFileSync(new URL('./draw/inspectors.json', import.meta.url), 'utf8'));
    const cases = [
      ...file.cases.map((c: any) => ({
        visits: file.visits,
        inspectors: file.inspectors,
        size: c.teamSize,
        seed: c.seed,
      })),
      ...Array.from({ length: 80 }, (_, k) => ({
        ...year(`mix year ${k}`),
        size: 1 + (k % 2),
        seed: `mix ${k}`,
      })),
    ];
    let swaps = 0;
    for (const c of cases) {
      const code = assign(c.visits, c.inspectors, c.size, c.seed, improveTypeMix);
      const text = assign(c.visits, c.inspectors, c.size, c.seed, specTypeMix);
      expect(text, c.seed).toEqual(code);
      swaps += text.swaps;
    }
    expect(swaps).toBeGreaterThan(20);
  });
});
