import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignInspectors } from '../../src/assign/assignInspectors.js';
import { substituteInspector } from '../../src/assign/substituteInspector.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { createRng } from '../../src/random/createRng.js';
import { type Case, caseArb, violations } from './helpers.js';

const opts = (c: Case, seed: string) => ({
  teamSize: c.teamSize,
  recusal: c.region ? (['homeUnit', 'region'] as const) : (['homeUnit'] as const),
  rng: createRng(seed),
});

/** The case with `who` unavailable on `dates` too. */
function withAbsence(c: Case, who: string, dates: readonly string[]): Case {
  return {
    ...c,
    inspectors: c.inspectors.map((i) =>
      i.id === who ? { ...i, unavailable: [...(i.unavailable ?? []), ...dates] } : i,
    ),
  };
}

/** Brute force: can the vacated slots be refilled, every other team fixed? */
function restaffable(c: Case, teams: string[][], affected: number[], who: string): boolean {
  const sick = withAbsence(c, who, []);
  const rec = (a: number, current: string[][]): boolean => {
    if (a === affected.length) return violations(sick, current).length === 0;
    const v = affected[a]!;
    for (const insp of c.inspectors) {
      if (insp.id === who || current[v]!.includes(insp.id)) continue;
      const next = current.map((t) => [...t]);
      next[v] = [...current[v]!, insp.id].sort();
      if (rec(a + 1, next)) return true;
    }
    return false;
  };
  const start = teams.map((t, v) => (affected.includes(v) ? t.filter((id) => id !== who) : [...t]));
  return rec(0, start);
}

describe('substituteInspector', () => {
  it('replaces only the affected slots, keeps every hard constraint, and fails exactly when no refill exists', () => {
    let replaced = 0;
    let refused = 0;
    fc.assert(
      fc.property(caseArb(2, 6, 3, 6, 6, 3, 2), fc.nat(5), fc.subarray([0, 1, 2, 3, 4, 5]), (c, w, days) => {
        let teams: string[][];
        try {
          teams = assignInspectors(c.visits, c.inspectors, opts(c, 'plan')).teams;
        } catch {
          fc.pre(false);
          return;
        }
        const who = c.inspectors[w % c.inspectors.length]!.id;
        const dates = days.map(
          (d) => ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-12', '2026-01-13', '2026-01-14'][d]!,
        );
        const affected = c.visits.flatMap((v, i) =>
          dates.includes(v.date) && teams[i]!.includes(who) ? [i] : [],
        );
        const truth = restaffable(c, teams, affected, who);
        try {
          const r = substituteInspector(
            c.visits,
            teams,
            c.inspectors,
            { inspector: who, dates },
            opts(c, 'sub'),
          );
          expect(truth).toBe(true);
          expect(r.changed).toEqual(affected);
          r.teams.forEach((team, v) => {
            if (affected.includes(v)) {
              expect(team).not.toContain(who);
              for (const id of teams[v]!) if (id !== who) expect(team).toContain(id);
            } else expect(team).toEqual(teams[v]);
          });
          expect(violations(withAbsence(c, who, dates), r.teams)).toEqual([]);
          if (affected.length > 0) replaced++;
        } catch (e) {
          if (!(e instanceof FairdrawError) || e.code !== 'infeasible') throw e;
          expect(truth).toBe(false);
          expect(e.problems.length).toBeGreaterThan(0);
          refused++;
        }
      }),
      { seed: 11, numRuns: 400 },
    );
    expect(replaced).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(5);
  });

  it('is deterministic from the rng and prefers the least loaded replacement', () => {
    const visits = [0, 1, 2, 3].map((v) => ({
      id: `v-${v}`,
      unit: `u-${v}`,
      unitType: 'A',
      date: `2026-01-0${5 + v}`,
      period: 0,
    }));
    const inspectors = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    const teams = [
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
      ['a', 'b'],
    ];
    const run = (seed: string) =>
      substituteInspector(
        visits,
        teams,
        inspectors,
        { inspector: 'a', dates: ['2026-01-05', '2026-01-08'] },
        {
          teamSize: 2,
          recusal: ['homeUnit'],
          rng: createRng(seed),
        },
      );
    const r = run('s');
    expect(run('s')).toEqual(r);
    expect(r.changed).toEqual([0, 3]);
    // d has no visit: it takes both vacated slots (least loaded first).
    expect(r.teams).toEqual([
      ['b', 'd'],
      ['a', 'c'],
      ['b', 'c'],
      ['b', 'd'],
    ]);
  });

  it('lists every visit that cannot be restaffed', () => {
    const visits = [
      { id: 'v-1', unit: 'u', unitType: 'A', date: '2026-01-05', period: 0 },
      { id: 'v-2', unit: 'w', unitType: 'A', date: '2026-01-06', period: 0 },
    ];
    const inspectors = [{ id: 'a' }, { id: 'b' }, { id: 'c', homeUnit: 'u', unavailable: ['2026-01-06'] }];
    const e = (() => {
      try {
        substituteInspector(
          visits,
          [
            ['a', 'b'],
            ['a', 'b'],
          ],
          inspectors,
          { inspector: 'a', dates: ['2026-01-05', '2026-01-06'] },
          {
            teamSize: 2,
            recusal: ['homeUnit'],
            rng: createRng('x'),
          },
        );
      } catch (err) {
        return err as FairdrawError;
      }
      throw new Error('expected failure');
    })();
    expect(e.code).toBe('infeasible');
    expect(e.problems.map((p) => p.path)).toEqual(['visits[v-1]', 'visits[v-2]']);
    expect(e.problems[0]!.message).toBe(
      'unit u on 2026-01-05 needs 1 inspector, only 0 eligible: a is unavailable that day; b is already on the team; c is recused (home unit)',
    );
    // the message sums them up, names no visit, unit or date, and says what can change mid-year
    expect(e.message).toBe(
      'inspectors: cannot replace a: 2 visits cannot be staffed. 2 visits have fewer eligible inspectors than the replacement needs; ' +
        'what keeps the others off, most first: unavailable that day, recused (home unit). ' +
        "To fix: replace them on fewer dates (the plan's inspectors and their limits stay as they are for the year). " +
        "Each visit is listed in the error's problems.",
    );
  });
});
