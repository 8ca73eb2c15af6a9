import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plan } from '../../src/schedule/plan.js';

/** Upper 1e-3 / 25 quantile of chi-square with k degrees of freedom, k <= 7 (Wilson–Hilferty approximation). */
function chiSquareCritical(k: number, z: number): number {
  const a = 2 / (9 * k);
  return k * (1 - a + z * Math.sqrt(a)) ** 3;
}

describe('county example: inspectors', () => {
  const input = JSON.parse(readFileSync('examples/county.json', 'utf8'));
  const schedule = plan(input);

  it('gives every inspector a mix of police types that follows the mix of the visits (seeded chi-square)', () => {
    const typeOf = new Map(schedule.units.map((u) => [u.id, u.type]));
    const totals = new Map<string, number>();
    for (const v of schedule.visits)
      totals.set(typeOf.get(v.unit)!, (totals.get(typeOf.get(v.unit)!) ?? 0) + v.inspectors.length);
    const slots = [...totals.values()].reduce((s, x) => s + x, 0);
    // inspectors restricted by qualification have their own eligible mix; test the unrestricted ones
    const unrestricted = input.inspectors.filter((i: any) => !i.types).map((i: any) => i.id);
    expect(unrestricted.length).toBeGreaterThan(10);
    // family-wise alpha 1e-3 over the inspectors tested: z = Phi^-1(1 - 1e-3 / 21) ~ 3.90
    const z = 3.9;
    for (const id of unrestricted) {
      const load = schedule.inspectors.find((l) => l.id === id)!;
      let chi = 0;
      let cells = 0;
      for (const [type, total] of totals) {
        const expected = (load.visits * total) / slots;
        const observed = load.byType[type] ?? 0;
        if (expected > 0) {
          chi += (observed - expected) ** 2 / expected;
          cells += 1;
        }
      }
      expect(chi).toBeLessThan(chiSquareCritical(cells - 1, z));
    }
  });

  it('keeps loads within 1 of each other among inspectors with the same constraints, and staffs every visit', () => {
    expect(schedule.visits.every((v) => v.inspectors.length === input.team.size)).toBe(true);
    const plain = input.inspectors.filter(
      (i: any) => !i.types && !i.homeUnit && !i.unavailable && i.maxPerPeriod === 3,
    );
    const loads = plain.map((i: any) => schedule.inspectors.find((l) => l.id === i.id)!.visits);
    if (loads.length > 1) expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    const all = schedule.inspectors.map((l) => l.visits);
    expect(Math.max(...all) - Math.min(...all)).toBeLessThanOrEqual(2);
  });
});
