import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { unitProbabilities } from '../../src/model/unitProbabilities.js';
import { estimate } from '../../src/outcomes/estimate.js';
import { devilleVariance } from '../../src/sampling/estimate/devilleVariance.js';
import { hajek } from '../../src/sampling/estimate/hajek.js';
import { plan } from '../../src/schedule/plan.js';
import { county, outcomesOf } from './fixtures.js';

/** One week, twelve units of unequal risk, five drawn under maxent alone (no balance, no horizon). */
function oneWeek() {
  const input = {
    seed: 'estimate-one-week',
    horizon: { start: '2026-01-05', end: '2026-01-11', zone: 'Asia/Shanghai', period: 'week' },
    units: Array.from({ length: 12 }, (_, i) => ({
      id: `u${i + 1}`,
      type: i < 6 ? 'a' : 'b',
      risk: 1 + (i % 4),
    })),
    routine: {
      visitsPerPeriod: 5,
      design: 'maxent',
      coordination: 'independent',
      balance: 'none',
      fairness: 'risk',
    },
  };
  return { input, schedule: plan(input) };
}

describe('estimate', () => {
  it('equals the Hájek estimate and the Deville standard error of the period (the R anchor, through the library)', () => {
    const { input, schedule } = oneWeek();
    const outcomes = outcomesOf(schedule, '2026-01-11', (_, k) => (k % 2 === 0 ? 'problems' : 'compliant'));
    const e = estimate(input, schedule, outcomes, { asOf: '2026-01-11' });
    const visits = schedule.visits.filter((v) => v.kind === 'routine');
    const pi = visits.map(
      (v) => unitProbabilities(schedule, schedule.units.find((u) => u.id === v.unit)!)[0]!,
    );
    const y = visits.map((_, k) => (k % 2 === 0 ? 1 : 0));
    const expected = hajek(y, pi);
    const [group] = e.groups;
    expect(group!.key).toBe('all');
    expect(group!.visits).toBe(5);
    expect(group!.withProblems).toBe(3);
    expect(group!.estimate!).toBeCloseTo(expected, 12);
    const size = pi.reduce((s, p) => s + 1 / p, 0);
    const se =
      Math.sqrt(
        devilleVariance(
          y.map((v) => v - expected),
          pi,
        ),
      ) / size;
    expect(group!.standardError!).toBeCloseTo(se, 12);
    expect(group!.ci![0]).toBeCloseTo(Math.max(0, expected - 1.959963984540054 * se), 12);
    expect(group!.ci![1]).toBeCloseTo(Math.min(1, expected + 1.959963984540054 * se), 12);
  });

  it('leaves not-done visits out and weights the done visits of their period up by the share done', () => {
    const { input, schedule } = oneWeek();
    const result = (k: number) =>
      k === 0 ? 'not-done' : k === 1 ? undefined : k % 2 === 0 ? 'problems' : 'compliant';
    const outcomes = outcomesOf(schedule, '2026-01-11', (_, k) => result(k));
    const e = estimate(input, schedule, outcomes, { asOf: '2026-01-11', level: 0.9 });
    const visits = schedule.visits.filter((v) => v.kind === 'routine').slice(2);
    const pi = visits.map(
      (v) => (unitProbabilities(schedule, schedule.units.find((u) => u.id === v.unit)!)[0]! * 3) / 5,
    );
    const y = visits.map((_, k) => ((k + 2) % 2 === 0 ? 1 : 0));
    const [group] = e.groups;
    expect([group!.visits, group!.notDone, group!.unrecorded]).toEqual([3, 1, 1]);
    expect(group!.estimate!).toBeCloseTo(hajek(y, pi), 12);
    const size = pi.reduce((s, p) => s + 1 / p, 0);
    const r = hajek(y, pi);
    expect(group!.standardError!).toBeCloseTo(
      Math.sqrt(
        devilleVariance(
          y.map((v) => v - r),
          pi,
        ),
      ) / size,
      12,
    );
    expect(e.level).toBe(0.9);
  });

  it('counts only routine visits: campaigns, directed and follow-up visits are listed, not counted', () => {
    const { input, schedule } = county();
    const outcomes = outcomesOf(schedule, '2026-12-27', (_, k) => (k % 3 === 0 ? 'problems' : 'compliant'));
    const e = estimate(input, schedule, outcomes, { asOf: '2026-12-27', by: 'all' });
    expect(e.groups[0]!.visits).toBe(289);
    expect(e.uncounted.map((u) => [u.kind, u.visits])).toEqual([
      ['campaign', 10],
      ['directed', 2],
      ['follow-up', 1],
    ]);
    const byCampaign = estimate(input, schedule, outcomes, { asOf: '2026-12-27', by: 'campaign' });
    expect(byCampaign.groups.map((g) => [g.key, g.visits])).toEqual([['spring-crackdown', 10]]);
    expect(byCampaign.uncounted.map((u) => u.kind)).toEqual(['directed', 'follow-up']);
  });

  it('counts only the periods ended by asOf, and a campaign only once its window has ended', () => {
    const { input, schedule } = county();
    const outcomes = outcomesOf(schedule, '2026-03-29', () => 'compliant');
    const e = estimate(input, schedule, outcomes, { asOf: '2026-04-01', by: 'campaign' });
    expect(e.periods).toBe(12);
    expect(e.groups).toEqual([]);
    const all = estimate(input, schedule, outcomes, { asOf: '2026-04-01' });
    expect(all.groups[0]!.estimate).toBe(0);
    expect(all.groups[0]!.ci).toEqual([0, 0]);
    const routine = schedule.visits.filter((v) => v.kind === 'routine' && v.period < 12).length;
    expect(all.groups[0]!.visits).toBe(routine);
  });

  it('groups by type, region and category, with every type and region listed', () => {
    const { input, schedule } = county();
    const outcomes = outcomesOf(
      schedule,
      '2026-06-28',
      (_, k) => (k % 4 === 0 ? 'problems' : 'compliant'),
      (v) => (v.unit.startsWith('ps-') ? 'law-enforcement' : 'records'),
    );
    const types = estimate(input, schedule, outcomes, { asOf: '2026-06-28', by: 'type' });
    expect(types.groups.map((g) => g.key)).toEqual([...new Set(schedule.units.map((u) => u.type))].sort());
    const total = types.groups.reduce((s, g) => s + g.visits, 0);
    const all = estimate(input, schedule, outcomes, { asOf: '2026-06-28' });
    expect(total).toBe(all.groups[0]!.visits);
    const regions = estimate(input, schedule, outcomes, { asOf: '2026-06-28', by: 'region' });
    expect(regions.groups.map((g) => g.key)).toEqual(
      [...new Set(input.units.map((u: any) => u.region ?? ''))].sort(),
    );
    const categories = estimate(input, schedule, outcomes, { asOf: '2026-06-28', by: 'category' });
    expect(categories.groups.map((g) => g.key)).toEqual(['law-enforcement', 'records']);
    // The two categories never meet at one visit here: their estimates add up to the overall one.
    const sum = categories.groups.reduce((s, g) => s + g.estimate!, 0);
    expect(sum).toBeCloseTo(all.groups[0]!.estimate!, 12);
    expect(categories.groups.every((g) => g.visits === all.groups[0]!.visits)).toBe(true);
  });

  it("flags a unit whose Wilson interval lies wholly above its type's estimate, and never reorders the units", () => {
    const { input, schedule } = county();
    const bad = 'ps-xiaji';
    const outcomes = outcomesOf(schedule, '2026-12-27', (v) => (v.unit === bad ? 'problems' : 'compliant'));
    const e = estimate(input, schedule, outcomes, { asOf: '2026-12-27', by: 'type' });
    expect(e.units.map((u) => u.id)).toEqual(schedule.units.map((u) => u.id));
    const flagged = e.units.filter((u) => u.above).map((u) => u.id);
    expect(flagged).toEqual([bad]);
    const unit = e.units.find((u) => u.id === bad)!;
    expect(unit.rate).toBe(1);
    expect(unit.ci[0]).toBeGreaterThan(unit.typeEstimate!);
  });

  it('writes the estimand and the method in English or Chinese', () => {
    const { input, schedule } = county();
    const outcomes = outcomesOf(schedule, '2026-03-29', () => 'compliant');
    const en = estimate(input, schedule, outcomes, { asOf: '2026-03-29', by: 'type' });
    expect(en.estimand).toContain('12 periods ended by 2026-03-29');
    expect(en.method).toContain("Hájek's estimator");
    const zh = estimate(input, schedule, outcomes, { asOf: '2026-03-29', by: 'type', lang: 'zh-CN' });
    expect(zh.estimand).toContain('截至2026年3月29日已结束的12个周期');
    expect(zh.method).toContain('Deville');
  });

  it('refuses outcomes of another schedule, unknown or repeated visits, and bad options', () => {
    const { input, schedule } = county();
    const good = outcomesOf(schedule, '2026-01-31', () => 'compliant');
    const refuse = (outcomes: unknown, options: any, path: string) => {
      try {
        estimate(input, schedule, outcomes, options);
        expect.fail('accepted');
      } catch (e) {
        expect(e).toBeInstanceOf(FairdrawError);
        expect((e as FairdrawError).path).toBe(path);
      }
    };
    const asOf = '2026-03-29';
    refuse({ ...good, schedule: 'a'.repeat(64) }, { asOf }, 'outcomes.schedule');
    refuse(
      { ...good, records: [...good.records, { visit: 'v-9999', result: 'compliant' }] },
      { asOf },
      `outcomes.records[${good.records.length}].visit`,
    );
    refuse(
      { ...good, records: [...good.records, good.records[0]] },
      { asOf },
      `outcomes.records[${good.records.length}].visit`,
    );
    refuse(
      { ...good, records: [{ visit: good.records[0]!.visit, result: 'problems' }] },
      { asOf },
      'outcomes.records[0].problems',
    );
    refuse(good, {}, 'options.asOf');
    refuse(good, { asOf, by: 'unit' }, 'options.by');
    refuse(good, { asOf, level: 1 }, 'options.level');
    expect(() => estimate({ ...input, seed: 'another' }, schedule, good, { asOf })).not.toThrow();
    expect(() =>
      estimate({ ...input, routine: { ...input.routine, visitsPerPeriod: 7 } }, schedule, good, { asOf }),
    ).toThrow(/schedule\.manifest\.inputHash/);
  });
});
