import { describe, expect, it } from 'vitest';
import { assignInspectors } from '../../src/assign/assignInspectors.js';
import type { AssignInspector, AssignVisit } from '../../src/assign/types.js';
import { createRng } from '../../src/random/createRng.js';
import { uniformInt } from '../../src/random/uniformInt.js';

/**
 * A county-like year: 120 units of 8 police types with unequal shares, 1200 visits over 52 weekly
 * periods (5 workdays each), 25 inspectors in teams of 2, each recused from a home unit, at most
 * 3 visits a week and 1 a day.
 */
function county(seed: string): { visits: AssignVisit[]; inspectors: AssignInspector[]; types: string[] } {
  const g = createRng(seed);
  const types = [
    'police-station',
    'criminal',
    'traffic',
    'detention',
    'border',
    'economic',
    'cyber',
    'patrol',
  ];
  const weights = [30, 20, 15, 10, 10, 8, 4, 3];
  const units = Array.from({ length: 120 }, (_, u) => {
    let r = uniformInt(g, 100);
    let t = 0;
    while (r >= weights[t]!) r -= weights[t++]!;
    return { id: `unit-${u}`, type: types[t]!, region: `r-${u % 6}` };
  });
  const visits: AssignVisit[] = Array.from({ length: 1200 }, (_, v) => {
    const day = Math.floor(v / 5) % 260; // 4 or 5 visits a workday
    const week = Math.floor(day / 5);
    const u = units[uniformInt(g, units.length)]!;
    return {
      id: `v-${String(v).padStart(4, '0')}`,
      unit: u.id,
      unitType: u.type,
      unitRegion: u.region,
      date: new Date(Date.UTC(2026, 0, 5 + week * 7 + (day % 5))).toISOString().slice(0, 10),
      period: week,
    };
  });
  const inspectors: AssignInspector[] = Array.from({ length: 25 }, (_, i) => ({
    id: `insp-${String(i).padStart(2, '0')}`,
    homeUnit: units[i * 4]!.id,
    homeRegion: units[i * 4]!.region,
    maxPerPeriod: 3,
    maxPerDay: 1,
  }));
  return { visits, inspectors, types: types.filter((t) => visits.some((v) => v.unitType === t)) };
}

describe('assignInspectors: each inspector sees the mix of police types', () => {
  const { visits, inspectors, types } = county('county-mix-input');
  const a = assignInspectors(visits, inspectors, {
    teamSize: 2,
    recusal: ['homeUnit'],
    rng: createRng('mix'),
  });
  const slots: Record<string, number> = {};
  for (const v of visits) slots[v.unitType] = (slots[v.unitType] ?? 0) + 2;

  it('passes a per-inspector chi-square test of proportionality (fixed seed, Bonferroni over 25)', () => {
    // Critical value chi2_7(1 - 0.01 / 25) = 26.559 (scipy.stats.chi2.ppf(1 - 0.01/25, 7)).
    const critical = 26.559;
    let worst = 0;
    for (const insp of inspectors) {
      const load = a.loads[insp.id]!;
      let chi = 0;
      for (const t of types) {
        const expected = (load * slots[t]!) / (2 * visits.length);
        chi += (a.byType[insp.id]![t]! - expected) ** 2 / expected;
      }
      worst = Math.max(worst, chi);
    }
    expect(types.length).toBeGreaterThanOrEqual(7);
    expect(worst).toBeLessThan(critical);
    // Far tighter than chance: the draw steers each count to its proportional share.
    expect(worst).toBeLessThan(3);
  });

  it('keeps every (inspector, type) count within 2 of its proportional share, loads within 1', () => {
    const loads = Object.values(a.loads);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    for (const insp of inspectors) {
      for (const t of types) {
        const expected = (a.loads[insp.id]! * slots[t]!) / (2 * visits.length);
        expect(Math.abs(a.byType[insp.id]![t]! - expected)).toBeLessThan(2);
      }
    }
  });

  it('rotates: no inspector meets the same unit on two consecutive visits to it', () => {
    const order = visits
      .map((_, v) => v)
      .sort((x, y) => visits[x]!.date.localeCompare(visits[y]!.date) || x - y);
    const last = new Map<string, string[]>();
    let repeats = 0;
    let consecutive = 0;
    for (const v of order) {
      const prev = last.get(visits[v]!.unit);
      if (prev) {
        consecutive++;
        if (prev.some((id) => a.teams[v]!.includes(id))) repeats++;
      }
      last.set(visits[v]!.unit, a.teams[v]!);
    }
    expect(consecutive).toBeGreaterThan(1000);
    expect(repeats).toBe(0);
  });
});
