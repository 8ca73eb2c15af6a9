import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/calendar/buildCalendar.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { planInputSchema } from '../../src/model/planInputSchema.js';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { unitProbabilities } from '../../src/model/unitProbabilities.js';
import { validate } from '../../src/model/validate.js';
import { deriveSeed } from '../../src/random/deriveSeed.js';
import { drawCampaigns } from '../../src/schedule/drawCampaigns.js';
import { plan } from '../../src/schedule/plan.js';
import {
  marginals,
  maxDiff,
  maxentOutcomes,
  pivotalOutcomes,
  randomisedOutcomes,
  systematicOutcomes,
} from '../sampling/exact.js';
import { proportionalCapped } from '../sampling/maxent/cpsReference.js';
import { arbitraryYearPlan, routineRows, smallYearPlan, withoutYear } from './yearPlans.js';

function tryPlan(input: any): Schedule | undefined {
  try {
    return plan(input);
  } catch (e) {
    expect(e).toBeInstanceOf(FairdrawError);
    return undefined;
  }
}

/** Whether unit `u` is in the campaign's scope (every selector given) and active over its window. */
function inCampaignFrame(u: any, c: any): boolean {
  const s = c.scope;
  if (s.types && !s.types.includes(u.type)) return false;
  if (s.regions && !s.regions.includes(u.region)) return false;
  if (s.units && !s.units.includes(u.id)) return false;
  return (u.active?.from ?? '0000') <= c.from && (u.active?.to ?? '9999') >= c.to;
}

describe('campaigns', () => {
  it('respect their scope, window, working days and size (property)', () => {
    let campaigns = 0;
    fc.assert(
      fc.property(arbitraryYearPlan(), (input) => {
        const schedule = tryPlan(input);
        if (!schedule) return;
        const cal = buildCalendar({ workdays: [1, 2, 3, 4, 5], extraWorkdays: [], ...input.horizon });
        input.campaigns.forEach((c: any, k: number) => {
          campaigns += 1;
          const visits = schedule.visits.filter((v) => v.kind === 'campaign' && v.campaign === c.id);
          expect(visits).toHaveLength(c.visits);
          expect(new Set(visits.map((v) => v.unit)).size).toBe(c.visits);
          expect(schedule.campaigns![k]).toMatchObject({ id: c.id, visits: c.visits });
          let sum = 0;
          for (const u of input.units) {
            const p = schedule.units.find((x) => x.id === u.id)!.campaigns![c.id]!;
            sum += p;
            if (!inCampaignFrame(u, c)) expect(p).toBe(0);
          }
          expect(Math.abs(sum - c.visits)).toBeLessThan(1e-9);
          for (const v of visits) {
            const u = input.units.find((x: any) => x.id === v.unit);
            expect(inCampaignFrame(u, c)).toBe(true);
            expect(v.date >= c.from && v.date <= c.to).toBe(true);
            expect(cal.isWorkday(v.date)).toBe(true);
            expect(cal.periods[v.period]!.start <= v.date && v.date <= cal.periods[v.period]!.end).toBe(true);
            expect(schedule.units.find((x) => x.id === v.unit)!.campaigns![c.id]).toBeGreaterThan(0);
          }
        });
      }),
      { seed: 61, numRuns: 60 },
    );
    expect(campaigns).toBeGreaterThan(30);
  });

  it('change no routine visit: routine units, dates and probabilities are the same without them (property)', () => {
    let compared = 0;
    fc.assert(
      fc.property(arbitraryYearPlan(), (input) => {
        const full = tryPlan(input);
        if (!full) return;
        const bare = plan(withoutYear(input));
        expect(routineRows(full)).toEqual(routineRows(bare));
        expect(full.units.map((u) => unitProbabilities(full, u))).toEqual(
          bare.units.map((u) => unitProbabilities(bare, u)),
        );
        expect(full.units.map((u) => u.visits)).toEqual(bare.units.map((u) => u.visits));
        expect(full.types).toEqual(bare.types);
        compared += 1;
      }),
      { seed: 62, numRuns: 50 },
    );
    expect(compared).toBeGreaterThan(25);
  });

  it('adding a campaign changes neither the routine visits nor the other campaigns', () => {
    const input = smallYearPlan();
    const one = {
      id: 'a',
      from: '2026-03-02',
      to: '2026-03-31',
      scope: { types: ['police-station'] },
      visits: 2,
    };
    const two = { id: 'b', from: '2026-03-16', to: '2026-04-24', scope: { regions: ['west'] }, visits: 1 };
    const s1 = plan({ ...input, campaigns: [one] });
    const s2 = plan({ ...input, campaigns: [two, one] });
    const rows = (s: Schedule, id: string) =>
      s.visits.filter((v) => v.campaign === id).map((v) => `${v.date} ${v.unit}`);
    expect(rows(s2, 'a')).toEqual(rows(s1, 'a'));
    expect(rows(s2, 'a')).toHaveLength(2);
    expect(routineRows(s2)).toEqual(routineRows(plan(input)));
    expect(s2.manifest.algorithms.campaigns).toBe('campaign-draw@1');
    expect(plan(input).manifest.algorithms.campaigns).toBeUndefined();
  });

  it('a unit is in scope only if it matches every selector given; {} selects every active unit', () => {
    const input = smallYearPlan();
    input.campaigns = [
      {
        id: 'and',
        from: '2026-03-02',
        to: '2026-04-24',
        scope: { types: ['police-station'], regions: ['east'] },
        visits: 1,
      },
      { id: 'all', from: '2026-03-02', to: '2026-04-24', scope: {}, visits: 3 },
      {
        id: 'ids',
        from: '2026-03-23',
        to: '2026-04-24',
        scope: { units: ['ps-e', 'ci-b'], regions: ['east'] },
        visits: 1,
      },
    ];
    const s = plan(input);
    const p = (id: string) => Object.fromEntries(s.units.map((u) => [u.id, u.campaigns![id]]));
    // police stations in the east, active over the window: ps-a, ps-c (ps-e opens on 2026-03-20).
    expect(p('and')).toEqual({
      'ps-a': 1 / 2,
      'ps-b': 0,
      'ps-c': 1 / 2,
      'ps-d': 0,
      'ps-e': 0,
      'ci-a': 0,
      'ci-b': 0,
    });
    expect(Object.values(p('all')).filter((x) => x! > 0)).toHaveLength(6);
    expect(p('all')['ps-e']).toBe(0);
    expect(p('ids')).toMatchObject({ 'ps-e': 1, 'ci-b': 0 });
    expect(s.campaigns!.map((c) => c.scopeUnits)).toEqual([2, 6, 1]);
  });

  it('report exactly the inclusion probabilities their design delivers (enumeration, every design)', () => {
    const input = smallYearPlan();
    const frameIds = ['ps-a', 'ps-b', 'ps-c', 'ps-d', 'ci-a', 'ci-b'];
    const weights = [4, 3, 2, 1, 3, 2];
    let checked = 0;
    for (const design of ['maxent', 'pivotal', 'systematic'] as const) {
      for (const visits of [1, 2, 3, 5]) {
        for (const fairness of ['risk', 'equal'] as const) {
          const bounds = fairness === 'risk' && visits === 3 ? { min: 0.1, max: 0.7 } : undefined;
          const campaign: any = {
            id: 'c',
            from: '2026-03-02',
            to: '2026-04-24',
            scope: {},
            visits,
            fairness,
            design,
          };
          if (bounds) campaign.bounds = bounds;
          const s = plan({ ...input, campaigns: [campaign] });
          const reported = s.units.map((u) => u.campaigns!.c!);
          // Independent reference for the frame's probabilities, then the design's full distribution.
          const w = fairness === 'risk' ? weights : weights.map(() => 1);
          // With bounds [0.1, 0.7]: ps-a is capped at 0.7 and the rest share 2.3 in proportion to risk.
          const ref = bounds
            ? [0.7, ...[3, 2, 1, 3, 2].map((x) => (x * 2.3) / 11)]
            : proportionalCapped(w, visits);
          const outcomes =
            design === 'maxent'
              ? maxentOutcomes(ref)
              : randomisedOutcomes(design === 'pivotal' ? pivotalOutcomes : systematicOutcomes, ref);
          const delivered = marginals(outcomes, ref.length);
          const byId = Object.fromEntries(s.units.map((u) => [u.id, u.campaigns!.c!]));
          expect(
            maxDiff(
              frameIds.map((id) => byId[id]!),
              delivered,
            ),
          ).toBeLessThan(1e-9);
          expect(
            maxDiff(
              frameIds.map((id) => byId[id]!),
              ref,
            ),
          ).toBeLessThan(1e-12);
          expect(byId['ps-e']).toBe(0);
          expect(Math.abs(reported.reduce((a, b) => a + b, 0) - visits)).toBeLessThan(1e-12);
          if (bounds) {
            for (const id of frameIds)
              expect(byId[id]! >= 0.1 - 1e-12 && byId[id]! <= 0.7 + 1e-12).toBe(true);
          }
          checked += 1;
        }
      }
    }
    expect(checked).toBe(24);
  });

  it('draws each unit with its reported probability (2000 seeds, Bonferroni over 7 units, z < 4.2)', () => {
    const input = smallYearPlan();
    input.campaigns = [
      { id: 'c', from: '2026-03-02', to: '2026-04-24', scope: {}, visits: 2, fairness: 'risk' },
    ];
    const valid = validate(planInputSchema, input);
    const cal = buildCalendar(valid.horizon);
    const runs = 2000;
    const counts = new Array<number>(valid.units.length).fill(0);
    let pi: Float64Array | undefined;
    for (let r = 0; r < runs; r++) {
      const draw = drawCampaigns(valid, deriveSeed('campaign-frequency', r), cal);
      pi = draw.probabilities[0]!;
      for (const i of draw.chosen[0]!) counts[i]! += 1;
    }
    // 7 two-sided tests at family-wise 1e-4: |z| < 4.2 (each 2.7e-5).
    counts.forEach((c, i) => {
      const p = pi![i]!;
      if (p === 0) expect(c).toBe(0);
      else expect(Math.abs(c - runs * p) / Math.sqrt(runs * p * (1 - p))).toBeLessThan(4.2);
    });
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2 * runs);
  });

  it('spread their visits over the working days of the window (no day above the ceiling)', () => {
    const input = smallYearPlan();
    input.campaigns = [{ id: 'c', from: '2026-04-01', to: '2026-04-08', scope: {}, visits: 6 }];
    const s = plan(input);
    const dates = s.visits.filter((v) => v.kind === 'campaign').map((v) => v.date);
    // Working days: Apr 1, 2, 3, 7, 8 (Apr 4-5 weekend, Apr 6 holiday): 6 visits on 5 days.
    const perDay = new Map<string, number>();
    for (const d of dates) perDay.set(d, (perDay.get(d) ?? 0) + 1);
    expect([...perDay.keys()].sort()).toEqual([
      '2026-04-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-07',
      '2026-04-08',
    ]);
    expect(Math.max(...perDay.values())).toBe(2);
    expect(s.campaigns![0]!.workdays).toBe(5);
  });
});
