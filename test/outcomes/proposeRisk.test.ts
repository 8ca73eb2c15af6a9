import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { planInputSchema } from '../../src/model/planInputSchema.js';
import { nextYearPlan } from '../../src/outcomes/nextYearPlan.js';
import { proposeRisk } from '../../src/outcomes/proposeRisk.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { county, outcomesOf } from './fixtures.js';

describe('proposeRisk', () => {
  const { input, schedule } = county();
  // Problems at every visit of one police station, at a few of the others, none anywhere else.
  const outcomes = outcomesOf(schedule, '2026-12-27', (v, k) =>
    v.unit === 'ps-xiaji' || (v.unit.startsWith('ps-') && k % 4 === 0) ? 'problems' : 'compliant',
  );
  const proposals = proposeRisk(input, schedule, outcomes);

  it('shrinks each rate toward its type and bounds the factor to 2 either way', () => {
    expect(proposals.units.map((u) => u.id)).toEqual(input.units.map((u: any) => u.id));
    expect(proposals.periods).toBe(schedule.periods.length);
    for (const u of proposals.units) {
      expect(u.factor).toBeGreaterThanOrEqual(0.5);
      expect(u.factor).toBeLessThanOrEqual(2);
      expect(u.proposed).toBeCloseTo(u.risk * u.factor, 2);
      expect(u.reason.length).toBeGreaterThan(10);
      if (u.shrunkRate !== null && u.priorVisits !== null && u.visits > 0) {
        const m = u.priorVisits;
        expect(u.shrunkRate).toBeCloseTo((u.withProblems + m * u.typeEstimate!) / (u.visits + m), 12);
        // Between the raw rate and the type's estimate.
        const lo = Math.min(u.withProblems / u.visits, u.typeEstimate!);
        const hi = Math.max(u.withProblems / u.visits, u.typeEstimate!);
        expect(u.shrunkRate).toBeGreaterThanOrEqual(lo - 1e-12);
        expect(u.shrunkRate).toBeLessThanOrEqual(hi + 1e-12);
      }
    }
    const xiaji = proposals.units.find((u) => u.id === 'ps-xiaji')!;
    expect(xiaji.factor).toBe(2);
    expect(xiaji.proposed).toBe(xiaji.risk * 2);
    expect(xiaji.reason).toMatch(/bounded to ×2/);
  });

  it('keeps the weight of units of a type where no problem was found', () => {
    for (const u of proposals.units.filter((p) => !p.id.startsWith('ps-'))) {
      expect(u.factor).toBe(1);
      expect(u.proposed).toBe(u.risk);
      expect(u.reason).toMatch(/kept/);
    }
  });

  it('takes the type estimate for every unit when the units differ no more than chance', () => {
    const even = outcomesOf(schedule, '2026-12-27', (_, k) => (k % 4 === 0 ? 'problems' : 'compliant'));
    const out = proposeRisk(input, schedule, even, { lang: 'zh-CN' });
    const infinite = out.units.filter(
      (u) => u.priorVisits === null && u.typeEstimate !== null && u.typeEstimate > 0,
    );
    for (const u of infinite) {
      expect(u.factor).toBe(1);
      expect(u.reason).toMatch(/差异未超出偶然/);
    }
    expect(out.rule).toMatch(/经验贝叶斯/);
  });

  it('writes a plan file for the next horizon that plan accepts once it has a seed', () => {
    const next = nextYearPlan(input, proposals, { start: '2027-01-04', end: '2027-12-26' }, schedule.log);
    expect(next.plan.seed).toBeUndefined();
    expect(next.leftOut).toEqual({ campaigns: 1, directed: 2, findings: 2 });
    expect(next.listsHolidays).toBe(true);
    const units = next.plan.units as { id: string; risk: number }[];
    expect(units.map((u) => u.risk)).toEqual(proposals.units.map((u) => u.proposed));
    const parsed = planInputSchema.parse({ ...next.plan, seed: 'next' });
    expect(parsed.horizon.start).toBe('2027-01-04');
    expect(parsed.campaigns).toBeUndefined();
    const drawn = plan({ ...next.plan, seed: 'next-year' });
    expect(drawn.periods.length).toBe(51);
  });

  it('carries the replans: added units in, closed units out, re-weighted units from their new weight', () => {
    const changed = replan(input, schedule, {
      from: '2026-07-06',
      reason: 'reorganisation',
      changes: {
        add: [{ id: 'ps-new', type: 'police-station', risk: 2, active: { from: '2026-07-06' } }],
        close: ['pt-south'],
        risk: { 'ps-luohe': 1 },
      },
    });
    const out = outcomesOf(changed, '2026-12-27', () => 'compliant');
    const proposals = proposeRisk(input, changed, out);
    expect(proposals.units.find((u) => u.id === 'ps-luohe')!.risk).toBe(1);
    const next = nextYearPlan(input, proposals, { start: '2027-01-04', end: '2027-12-26' }, changed.log);
    const units = next.plan.units as { id: string; active?: unknown }[];
    expect(units.map((u) => u.id)).toContain('ps-new');
    expect(units.find((u) => u.id === 'ps-new')!.active).toBeUndefined();
    expect(units.map((u) => u.id)).not.toContain('pt-south');
    expect(next.closed).toEqual(['pt-south']);
  });

  it('refuses a start after the end, and an unknown option', () => {
    expect(() => nextYearPlan(input, proposals, { start: '2027-12-27', end: '2027-01-04' }, [])).toThrow(
      FairdrawError,
    );
    expect(() => proposeRisk(input, schedule, outcomes, { asOf: '2026-13-01' })).toThrow(/options\.asOf/);
  });
});
