import { describe, expect, it } from 'vitest';
import { assignInspectors } from '../../src/assign/assignInspectors.js';
import type { AssignInspector, AssignVisit } from '../../src/assign/types.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { createRng } from '../../src/random/createRng.js';

const opts = (teamSize = 2) => ({ teamSize, recusal: ['homeUnit'] as const, rng: createRng('diag') });

function failure(fn: () => unknown): FairdrawError {
  try {
    fn();
  } catch (e) {
    if (e instanceof FairdrawError) return e;
    throw e;
  }
  throw new Error('expected a FairdrawError');
}

const visit = (
  id: string,
  unit: string,
  date: string,
  period: number,
  unitType = 'police-station',
): AssignVisit => ({
  id,
  unit,
  unitType,
  date,
  period,
});

describe('assignInspectors: infeasibility diagnostics', () => {
  it('names a visit short of eligible inspectors and why each other inspector is excluded', () => {
    const visits = [visit('v-0011', 'ps-a', '2026-03-10', 0), visit('v-0012', 'ps-luohe', '2026-03-11', 0)];
    const inspectors: AssignInspector[] = [
      { id: 'insp-01' },
      { id: 'insp-03', homeUnit: 'ps-luohe' },
      { id: 'insp-07', unavailable: ['2026-03-11'] },
      { id: 'insp-08', types: ['criminal'] },
      { id: 'insp-09', conflicts: ['ps-luohe'] },
    ];
    const e = failure(() => assignInspectors(visits, inspectors, opts()));
    expect(e.code).toBe('infeasible');
    expect(e.path).toBe('inspectors');
    expect(e.problems).toEqual([
      {
        path: 'visits[v-0012]',
        message:
          'unit ps-luohe on 2026-03-11 needs 2 inspectors, only 1 eligible (insp-01): ' +
          'insp-03 is recused (home unit); insp-07 is unavailable that day; ' +
          'insp-08 is not qualified for the unit type; insp-09 is recused (conflict of interest)',
      },
    ]);
  });

  it('names the date and the maxPerDay limits when a day has too many visits', () => {
    const visits = [0, 1, 2].map((v) => visit(`v-${v}`, `u-${v}`, '2026-03-11', 4));
    const inspectors = [1, 2, 3, 4, 5].map((i) => ({ id: `insp-0${i}`, maxPerDay: 1 }));
    const e = failure(() => assignInspectors(visits, inspectors, opts()));
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]!.path).toBe('dates[2026-03-11]');
    expect(e.problems[0]!.message).toContain('together need 6 inspector slots but capacity allows only 5');
    for (const i of [1, 2, 3, 4, 5])
      expect(e.problems[0]!.message).toContain(`insp-0${i} at maxPerDay 1 on 2026-03-11`);
  });

  it('names the period and the maxPerPeriod limits when a period has too many visits', () => {
    const visits = [0, 1, 2, 3].map((v) => visit(`v-${v}`, `u-${v}`, `2026-03-1${v}`, 7));
    const inspectors: AssignInspector[] = [
      { id: 'a', maxPerPeriod: 2 },
      { id: 'b', maxPerPeriod: 2 },
      { id: 'c', maxPerPeriod: 3 },
      { id: 'd', homeUnit: 'u-0', maxPerPeriod: 9, types: ['criminal'] },
    ];
    const e = failure(() => assignInspectors(visits, inspectors, opts()));
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]!.path).toBe('periods[7]');
    expect(e.problems[0]!.message).toMatch(
      /^in period 7, visits v-0 \(u-0, 2026-03-10\), .* together need 8/,
    );
    expect(e.problems[0]!.message).toContain('capacity allows only 7');
    expect(e.problems[0]!.message).toContain('a at maxPerPeriod 2, b at maxPerPeriod 2, c at maxPerPeriod 3');
  });

  it('lists every problem at once: short visits and overloaded periods', () => {
    const visits = [
      visit('v-1', 'home', '2026-01-05', 0),
      visit('v-2', 'x', '2026-01-12', 1),
      visit('v-3', 'y', '2026-01-12', 1),
      visit('v-4', 'home', '2026-01-19', 2),
    ];
    const inspectors: AssignInspector[] = [
      { id: 'i1', homeUnit: 'home', maxPerDay: 1 },
      { id: 'i2', maxPerDay: 1 },
    ];
    const e = failure(() => assignInspectors(visits, inspectors, opts()));
    expect(e.problems.map((p) => p.path)).toEqual(['visits[v-1]', 'visits[v-4]', 'dates[2026-01-12]']);
    // the message sums them up: how many visits, which constraints bind, what to change
    expect(e.message).toBe(
      'inspectors: 3 visits cannot be staffed. ' +
        '2 visits have fewer eligible inspectors than team.size 2; what keeps the others off, most first: recused (home unit). ' +
        '1 visit on 1 date misses 2 inspector slots, held back by maxPerDay. ' +
        'To fix: add inspectors from other units, raise maxPerDay, or reduce team.size. ' +
        "Each visit is listed in the error's problems.",
    );
  });

  it('keeps the message short and free of the draw however many visits cannot be staffed', () => {
    // 60 visits of a type only one inspector is qualified for, in three periods
    const visits = Array.from({ length: 60 }, (_, v) =>
      visit(
        `v-${v}`,
        `ci-${v % 4}`,
        `2026-0${1 + Math.floor(v / 20)}-1${v % 10}`,
        Math.floor(v / 20),
        'criminal',
      ),
    );
    const inspectors: AssignInspector[] = [
      { id: 'only', types: ['criminal'] },
      ...Array.from({ length: 30 }, (_, i) => ({ id: `insp-${i}`, types: ['police-station'] })),
    ];
    const e = failure(() => assignInspectors(visits, inspectors, opts()));
    expect(e.code).toBe('infeasible');
    expect(e.path).toBe('inspectors');
    expect(e.problems).toHaveLength(60);
    expect(e.message).toBe(
      'inspectors: 60 visits cannot be staffed. ' +
        '60 visits have fewer eligible inspectors than team.size 2; what keeps the others off, most first: not qualified for the unit type (criminal). ' +
        'To fix: add inspectors qualified for criminal or reduce team.size. ' +
        "Each visit is listed in the error's problems.",
    );
    expect(e.message.length).toBeLessThan(400);
    for (const v of visits) {
      expect(e.message).not.toContain(v.id);
      expect(e.message).not.toContain(v.unit);
      expect(e.message).not.toContain(v.date);
    }
  });

  it('names the capacity limit to raise when periods are over capacity', () => {
    const visits = [0, 1, 2, 3].map((v) => visit(`v-${v}`, `u-${v}`, `2026-03-1${v}`, 7));
    const inspectors = ['a', 'b', 'c'].map((id) => ({ id, maxPerPeriod: 2 }));
    const e = failure(() => assignInspectors(visits, inspectors, opts()));
    expect(e.problems.map((p) => p.path)).toEqual(['periods[7]']);
    expect(e.message).toBe(
      'inspectors: 1 visit cannot be staffed. 1 visit in 1 period misses 2 inspector slots, held back by maxPerPeriod. ' +
        "To fix: raise maxPerPeriod, add inspectors, or reduce team.size. Each visit is listed in the error's problems.",
    );
  });

  it('rejects bad options and inputs with invalid-input naming the field', () => {
    const visits = [visit('v-1', 'u', '2026-01-05', 0)];
    expect(failure(() => assignInspectors(visits, [{ id: 'a' }], opts(0))).path).toBe('options.teamSize');
    expect(failure(() => assignInspectors(visits, [{ id: 'a' }, { id: 'a' }], opts(1))).path).toBe(
      'inspectors[1].id',
    );
    expect(failure(() => assignInspectors(visits, [{ id: 'a', maxPerDay: 1.5 }], opts(1))).path).toBe(
      'inspectors[0].maxPerDay',
    );
    const twoPeriods = [visit('v-1', 'u', '2026-01-05', 0), visit('v-2', 'u', '2026-01-05', 1)];
    const e = failure(() => assignInspectors(twoPeriods, [{ id: 'a' }], opts(1)));
    expect(e.code).toBe('invalid-input');
    expect(e.path).toBe('visits[1].period');
  });

  it('staffs nothing silently: an empty inspector list fails for every visit', () => {
    const visits = [visit('v-1', 'u', '2026-01-05', 0), visit('v-2', 'u', '2026-01-06', 0)];
    const e = failure(() => assignInspectors(visits, [], opts()));
    expect(e.problems.map((p) => p.path)).toEqual(['visits[v-1]', 'visits[v-2]']);
    expect(e.message).toBe(
      'inspectors: 2 visits cannot be staffed. 2 visits have fewer eligible inspectors than team.size 2: there are too few inspectors. ' +
        "To fix: add inspectors or reduce team.size. Each visit is listed in the error's problems.",
    );
    expect(assignInspectors([], [], opts()).teams).toEqual([]);
  });
});
