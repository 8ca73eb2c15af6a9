import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { plan, planWithVersions } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { verify } from '../../src/schedule/verify.js';
import { routineRows, smallYearPlan } from './yearPlans.js';

const V1 = { routine: 1, campaigns: 1 } as const;
const V2 = { routine: 2, campaigns: 2 } as const;
const VERIFIED = { ok: true, status: 'verified', differences: [] };

/** The small plan with an independent routine draw of `design`, balanced by type or not. */
function routinePlan(design: string, balance: 'type' | 'none'): any {
  const input = smallYearPlan();
  input.routine = { ...input.routine, design, balance, coordination: 'independent' };
  return input;
}

/** The small plan (horizon routine) with one campaign per design given. */
function campaignPlan(...designs: string[]): any {
  const input = smallYearPlan();
  input.campaigns = designs.map((design, k) => ({
    id: `c-${k}-${design}`,
    from: '2026-03-09',
    to: '2026-04-17',
    scope: {},
    visits: 3,
    fairness: k % 2 === 0 ? 'risk' : 'equal',
    design,
  }));
  return input;
}

const visitRows = (s: Schedule, kind: string) =>
  s.visits.filter((v) => v.kind === kind).map((v) => `${v.period} ${v.date} ${v.unit} ${v.campaign ?? ''}`);

/** `s` with a field edited, not resealed. */
function edited(s: Schedule, edit: (x: any) => void): Schedule {
  const copy = structuredClone(s) as any;
  edit(copy);
  return copy;
}

const CASES = (['pivotal', 'systematic'] as const).flatMap((design) =>
  (['none', 'type'] as const).map((balance) => ({
    design,
    balance,
    id: `${design}${balance === 'type' ? '+type' : ''}`,
  })),
);

describe('routine draw versions (coordination: "independent")', () => {
  for (const { design, balance, id } of CASES) {
    describe(id, () => {
      const input = routinePlan(design, balance);
      const now = plan(input);
      const old = planWithVersions(input, V1);

      it(`plan() draws and records ${id}@2; version 1 records ${id}@1`, () => {
        expect(now.manifest.algorithms.routine).toBe(`${id}@2`);
        expect(now.manifest.algorithm).toContain(`routine=${id}@2`);
        expect(old.manifest.algorithms.routine).toBe(`${id}@1`);
        expect(planWithVersions(input, V2)).toEqual(now);
      });

      it('the two versions draw different routine visits from the same seed (the test is not vacuous)', () => {
        const a = routineRows(old);
        const b = routineRows(now);
        expect(a.length).toBe(b.length);
        expect(a.length).toBeGreaterThan(10);
        expect(a).not.toEqual(b);
        // Same design: the probabilities reported are the same.
        expect(old.units.map((u) => u.probabilities)).toEqual(now.units.map((u) => u.probabilities));
      });

      it('verify() re-derives each schedule in the version its manifest records', () => {
        expect(verify(input, now)).toEqual(VERIFIED);
        expect(verify(input, old)).toEqual(VERIFIED);
      });

      it('a tampered version-1 schedule is "different", and so is a relabelled version', () => {
        const k = old.visits.findIndex((v) => v.kind === 'routine');
        const other = input.units.find((u: any) => u.id !== old.visits[k]!.unit).id;
        const moved = verify(
          input,
          edited(old, (s) => {
            s.visits[k].unit = other;
          }),
        );
        expect(moved.status).toBe('different');
        expect(moved.differences.map((d) => d.path)).toContain(`visits[${k}].unit`);
        // The old visits under the new id: re-derived in version 2, they differ.
        const relabelled = verify(
          input,
          edited(old, (s) => {
            s.manifest.algorithms.routine = `${id}@2`;
          }),
        );
        expect(relabelled.status).toBe('different');
        expect(relabelled.differences.some((d) => d.path.startsWith('visits['))).toBe(true);
      });
    });
  }

  it('maxent has one version: maxent@1 and maxent+type@1 under either ceiling, byte for byte the same', () => {
    for (const balance of ['none', 'type'] as const) {
      const input = routinePlan('maxent', balance);
      const now = plan(input);
      expect(now.manifest.algorithms.routine).toBe(balance === 'type' ? 'maxent+type@1' : 'maxent@1');
      expect(JSON.stringify(planWithVersions(input, V1))).toBe(JSON.stringify(now));
    }
  });

  it('the horizon draw uses no design: horizon-flow@1 under either ceiling, byte for byte the same', () => {
    for (const design of ['pivotal', 'systematic'] as const) {
      const input = smallYearPlan();
      input.routine = { ...input.routine, design, coordination: 'horizon' };
      const now = plan(input);
      expect(now.manifest.algorithms.routine).toBe('horizon-flow+type@1');
      expect(JSON.stringify(planWithVersions(input, V1))).toBe(JSON.stringify(now));
    }
  });
});

describe('campaign draw versions', () => {
  it('campaign-draw@2 when some campaign draws pivotal or systematic, campaign-draw@1 when all are maxent', () => {
    const ids = (designs: string[], versions: typeof V1 | typeof V2 = V2) =>
      planWithVersions(campaignPlan(...designs), versions).manifest.algorithms.campaigns;
    expect(ids(['pivotal'])).toBe('campaign-draw@2');
    expect(ids(['systematic'])).toBe('campaign-draw@2');
    expect(ids(['maxent', 'pivotal'])).toBe('campaign-draw@2');
    expect(ids(['maxent'])).toBe('campaign-draw@1');
    expect(ids(['maxent', 'maxent'])).toBe('campaign-draw@1');
    expect(ids(['pivotal', 'systematic'], V1)).toBe('campaign-draw@1');
    expect(plan(campaignPlan('maxent', 'pivotal')).manifest.algorithm).toContain('campaigns=campaign-draw@2');
    // An all-maxent schedule is the same byte for byte in both versions (the county golden relies on it).
    const maxent = campaignPlan('maxent', 'maxent');
    expect(JSON.stringify(planWithVersions(maxent, V1))).toBe(JSON.stringify(plan(maxent)));
  });

  it('a version-1 campaign schedule verifies; its campaign visits differ from version 2, which verifies too', () => {
    const input = campaignPlan('pivotal', 'systematic', 'maxent');
    const old = planWithVersions(input, V1);
    const now = plan(input);
    expect(old.manifest.algorithms.campaigns).toBe('campaign-draw@1');
    expect(now.manifest.algorithms.campaigns).toBe('campaign-draw@2');
    expect(visitRows(old, 'campaign')).not.toEqual(visitRows(now, 'campaign'));
    // The routine (horizon) and the maxent campaign are the same in both.
    expect(routineRows(old)).toEqual(routineRows(now));
    const maxentRows = (s: Schedule) => visitRows(s, 'campaign').filter((r) => r.endsWith('maxent'));
    expect(maxentRows(old)).toEqual(maxentRows(now));
    expect(maxentRows(now)).toHaveLength(3);
    expect(verify(input, old)).toEqual(VERIFIED);
    expect(verify(input, now)).toEqual(VERIFIED);
    // Tampering with a campaign visit of the old schedule is named.
    const k = old.visits.findIndex((v) => v.kind === 'campaign' && v.campaign !== 'c-2-maxent');
    const shifted = verify(
      input,
      edited(old, (s) => {
        s.visits[k].campaign = 'c-2-maxent';
      }),
    );
    expect(shifted.status).toBe('different');
    expect(shifted.differences.map((d) => d.path)).toContain(`visits[${k}].campaign`);
    // Claiming campaign-draw@2 for the old draws: re-derived in version 2, the visits differ.
    const relabelled = verify(
      input,
      edited(old, (s) => {
        s.manifest.algorithms.campaigns = 'campaign-draw@2';
      }),
    );
    expect(relabelled.status).toBe('different');
    expect(relabelled.differences.some((d) => d.path.startsWith('visits['))).toBe(true);
  });

  it('campaign-draw@2 on an all-maxent schedule is a real difference (version 2 writes @1 there)', () => {
    const input = campaignPlan('maxent');
    const s = plan(input);
    expect(
      verify(
        input,
        edited(s, (x) => (x.manifest.algorithms.campaigns = 'campaign-draw@2')),
      ),
    ).toMatchObject({
      status: 'different',
      differences: [{ path: 'manifest.algorithms.campaigns', expected: 'campaign-draw@1' }],
    });
  });
});

describe('versions verify() does not implement', () => {
  const input = routinePlan('pivotal', 'type');
  const s = plan(input);
  const campaigns = campaignPlan('pivotal');
  const c = plan(campaigns);
  const unsupported = (i: any, schedule: Schedule, path: string, value: string) => {
    const result = verify(
      i,
      edited(schedule, (x) => {
        x.manifest.algorithms[path.split('.').at(-1)!] = value;
      }),
    );
    expect(result.status).toBe('unsupported');
    expect(result.differences.map((d) => d.path)).toEqual([path]);
    expect(result.differences[0]!.message).toMatch(/unsupported version/);
  };

  it('pivotal@3, systematic+type@3, maxent@2, campaign-draw@9, campaign-draw@0 are "unsupported", never "different"', () => {
    unsupported(input, s, 'manifest.algorithms.routine', 'pivotal+type@3');
    unsupported(input, s, 'manifest.algorithms.routine', 'pivotal@3');
    unsupported(input, s, 'manifest.algorithms.routine', 'systematic+type@3');
    unsupported(input, s, 'manifest.algorithms.routine', 'maxent@2');
    unsupported(campaigns, c, 'manifest.algorithms.campaigns', 'campaign-draw@9');
    unsupported(campaigns, c, 'manifest.algorithms.campaigns', 'campaign-draw@0');
  });
});

describe('replan of a version-1 schedule', () => {
  const input = routinePlan('pivotal', 'type');
  const old = planWithVersions(input, V1);
  const now = plan(input);
  const from = '2026-03-30'; // Monday of period 4
  const request = { from, reason: 'reorganisation', changes: { close: ['ps-d'], risk: { 'ps-a': 1 } } };
  const later = (s: Schedule) => routineRows(s).filter((r) => r.split(' ')[1]! >= from);

  it('redraws the later periods in version 1, keeps pivotal+type@1, and verifies with its log', () => {
    const next = replan(input, old, request);
    expect(next.manifest.algorithms.routine).toBe('pivotal+type@1');
    expect(next.log).toHaveLength(1);
    expect(verify(input, next)).toEqual(VERIFIED);
    const k = next.visits.findIndex((v) => v.kind === 'routine' && v.date >= from);
    const tampered = verify(
      input,
      edited(next, (s) => {
        s.visits[k].unit = s.visits[k].unit === 'ps-a' ? 'ps-b' : 'ps-a';
      }),
    );
    expect(tampered.status).toBe('different');
    expect(tampered.differences.map((d) => d.path)).toContain(`visits[${k}].unit`);
  });

  it('draws with the version the manifest records: the same later routine as a version-2 schedule only when relabelled', () => {
    // The later periods' probabilities do not depend on the earlier visits (no cap here), so the
    // later routine is fixed by the seed and the version alone.
    const fromOld = later(replan(input, old, request));
    const fromNow = later(replan(input, now, request));
    const relabelled = edited(old, (s) => {
      s.manifest.algorithms.routine = 'pivotal+type@2';
    });
    expect(fromOld.length).toBeGreaterThan(5);
    expect(fromOld).not.toEqual(fromNow);
    expect(later(replan(input, relabelled, request))).toEqual(fromNow);
    expect(verify(input, replan(input, now, request))).toEqual(VERIFIED);
  });

  it('refuses a schedule whose routine version it cannot draw, naming the manifest field', () => {
    for (const id of ['pivotal+type@3', 'pivotal@1', 'maxent+type@1']) {
      const bad = edited(old, (s) => {
        s.manifest.algorithms.routine = id;
      });
      let error: unknown;
      try {
        replan(input, bad, request);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(FairdrawError);
      expect((error as FairdrawError).code).toBe('unsupported');
      expect((error as FairdrawError).path).toBe('schedule.manifest.algorithms.routine');
    }
  });
});
