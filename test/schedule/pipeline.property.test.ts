import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { type Schedule, scheduleSchema } from '../../src/model/scheduleSchema.js';
import { fairnessReport } from '../../src/report/fairnessReport.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { substitute } from '../../src/schedule/substitute.js';
import { verify } from '../../src/schedule/verify.js';
import { arbitraryYearPlan } from './yearPlans.js';

/** The keys of an object without the ones whose presence depends on the draw (`capped`). */
const keys = (o: object, ...dataDependent: string[]) =>
  Object.keys(o)
    .filter((k) => !dataDependent.includes(k))
    .sort();

/** Counts of the visits of `kind` per unit. */
function countByUnit(schedule: Schedule, kind: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of schedule.visits) if (v.kind === kind) out.set(v.unit, (out.get(v.unit) ?? 0) + 1);
  return out;
}

/** Checks that `after` has every field `before` has, computed as `plan` computes them. */
function expectSameFields(before: Schedule, after: Schedule, input: any): void {
  expect(scheduleSchema.safeParse(after).success).toBe(true);
  expect(keys(after, 'notes')).toEqual(keys(before, 'notes'));
  expect(keys(after.manifest)).toEqual(keys(before.manifest));
  const planned = keys(before.units[0]!, 'capped');
  const campaignIds = (input.campaigns ?? []).map((c: { id: string }) => c.id).sort();
  const counts = {
    campaignVisits: countByUnit(after, 'campaign'),
    directedVisits: countByUnit(after, 'directed'),
    followUpVisits: countByUnit(after, 'follow-up'),
  };
  const beforeById = new Map(before.units.map((u) => [u.id, u]));
  for (const u of after.units) {
    expect(keys(u, 'capped'), u.id).toEqual(planned);
    if (input.campaigns) {
      expect(Object.keys(u.campaigns!).sort()).toEqual(campaignIds);
      // a unit's campaign chances do not change with a replan (0 for a unit the replan added)
      expect(u.campaigns).toEqual(
        beforeById.get(u.id)?.campaigns ?? Object.fromEntries(campaignIds.map((id: string) => [id, 0])),
      );
    }
    for (const [field, byUnit] of Object.entries(counts)) {
      if (field in u)
        expect((u as Record<string, unknown>)[field], `${u.id}.${field}`).toBe(byUnit.get(u.id) ?? 0);
    }
  }
  expect(after.types.map((t) => keys(t))).toEqual(after.types.map(() => keys(before.types[0]!)));
}

describe('one pipeline: plan, replan and substitute give schedules with the same fields', () => {
  it('for random plans and random changes, a replanned schedule has every field a planned one has (fast-check seed 1107)', () => {
    let replanned = 0;
    fc.assert(
      fc.property(
        arbitraryYearPlan(),
        fc.nat(),
        fc.uniqueArray(fc.nat({ max: 13 }), { maxLength: 2 }),
        fc.option(
          fc.record({ unit: fc.nat({ max: 13 }), risk: fc.double({ min: 0.5, max: 6, noNaN: true }) }),
          {
            nil: undefined,
          },
        ),
        fc.boolean(),
        fc.option(fc.integer({ min: 3, max: 30 }), { nil: undefined }),
        (base, at, close, reweight, add, cap) => {
          const input: any = {
            ...base,
            inspectors: [{ id: 'i-1', homeUnit: base.units[0]!.id }, { id: 'i-2' }, { id: 'i-3' }],
            team: { size: 1, recusal: ['homeUnit'] },
            ...(cap === undefined ? {} : { limits: { maxVisitsPerUnit: cap } }),
          };
          let before: Schedule;
          try {
            before = plan(input);
          } catch (e) {
            expect(e).toBeInstanceOf(FairdrawError);
            return;
          }
          if (before.periods.length < 2) return;
          const from = before.periods[1 + (at % (before.periods.length - 1))]!.start;
          const ids = input.units.map((u: { id: string }) => u.id);
          const changes: any = {};
          const closed = [...new Set(close.map((k) => ids[k % ids.length]))];
          if (closed.length > 0) changes.close = closed;
          if (reweight && !closed.includes(ids[reweight.unit % ids.length])) {
            changes.risk = { [ids[reweight.unit % ids.length]]: Math.round(reweight.risk * 10) / 10 };
          }
          if (add || Object.keys(changes).length === 0) {
            changes.add = [{ id: 'u-new', type: input.units[0]!.type, risk: 2, active: { from } }];
          }
          let after: Schedule;
          try {
            after = replan(input, before, { from, reason: 'property', changes });
          } catch (e) {
            expect(e).toBeInstanceOf(FairdrawError);
            return;
          }
          replanned += 1;
          expectSameFields(before, after, input);
          // the past is kept: every visit before `from`, with its id and team
          const past = before.visits.filter((v) => v.date < from);
          expect(after.visits.slice(0, past.length)).toEqual(past);
          if (replanned % 10 === 1) expect(verify(input, after).status).toBe('verified');
        },
      ),
      { seed: 1107, numRuns: 120 },
    );
    expect(replanned).toBeGreaterThan(40);
  });

  it('a substituted schedule keeps every field and changes only teams, loads, log and seal', () => {
    const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
    const before = plan(county);
    const change = {
      inspector: 'insp-03',
      dates: ['2026-03-02', '2026-03-03'],
      reason: 'sick leave',
      at: '2026-03-01T08:00:00+08:00',
    };
    const after = substitute(county, before, change);
    expectSameFields(before, after, county);
    const { visits: v1, inspectors: l1, log: g1, manifest: m1, ...rest1 } = before;
    const { visits: v2, inspectors: l2, log: g2, manifest: m2, ...rest2 } = after;
    expect(rest2).toEqual(rest1);
    expect(v2.map(({ inspectors: _, ...v }) => v)).toEqual(v1.map(({ inspectors: _, ...v }) => v));
    expect({ ...m2, scheduleHash: '' }).toEqual({ ...m1, scheduleHash: '' });
  });
});

describe('the county replanned (ci-east merged from 2026-07-06)', () => {
  const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
  const before = plan(county);
  const after = replan(county, before, {
    from: '2026-07-06',
    reason: 'ci-east merged',
    changes: { close: ['ci-east'] },
  });

  it('keeps every unit field: campaign chances, campaign, directed and follow-up visits', () => {
    expectSameFields(before, after, county);
    for (const u of after.units) {
      expect(u).toHaveProperty('campaigns');
      expect(u).toHaveProperty('campaignVisits');
      expect(u).toHaveProperty('directedVisits');
      expect(u).toHaveProperty('followUpVisits');
    }
    const stations = after.units.filter(
      (u) => u.type === 'police-station' && u.campaigns!['spring-crackdown']! > 0,
    );
    expect(stations).toHaveLength(14);
    for (const u of stations) expect(u.campaigns!['spring-crackdown']).toBeCloseTo(10 / 14, 12);
    expect(after.units.reduce((s, u) => s + u.campaignVisits!, 0)).toBe(10);
    expect(verify(county, after).status).toBe('verified');
  });

  it('and its report shows the campaign chance of the 14 stations, not 0%', () => {
    const report = fairnessReport(after, { asOf: after.periods.at(-1)!.end });
    const inScope = report.units.filter((u) => (u.campaigns['spring-crackdown'] ?? 0) > 0);
    expect(inScope).toHaveLength(14);
    for (const u of inScope) expect(u.campaigns['spring-crackdown']).toBeCloseTo(10 / 14, 12);
    expect(report.campaigns[0]).toMatchObject({ id: 'spring-crackdown', planned: 10, visits: 10 });
  });
});
