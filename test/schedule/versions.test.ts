import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { sealSchedule } from '../../src/schedule/seal.js';
import { verify } from '../../src/schedule/verify.js';
import { routineRows, smallYearPlan } from './yearPlans.js';

// pivotal@1 and systematic@1 (routine `pivotal+type@1`, ...; campaigns `campaign-draw@1` with a
// pivotal or systematic campaign) existed only before the first release and were withdrawn. This
// library cannot draw them: a schedule that names them is "unsupported", never "different". Such a
// schedule is stood in for here by a current one relabelled and sealed again (an intact schedule that
// names the label); a label changed without the seal is a tampered schedule, "different".

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

/** `s` with a field edited, not resealed: a schedule changed after it was sealed. */
function edited(s: Schedule, edit: (x: any) => void): Schedule {
  const copy = structuredClone(s) as any;
  edit(copy);
  return copy;
}

/**
 * `s` with a field edited and sealed again (every plan here has the plain seed of smallYearPlan): an
 * intact schedule that names that label, as one drawn by that version would.
 */
function relabelled(s: Schedule, edit: (x: any) => void): Schedule {
  return sealSchedule(edited(s, edit), smallYearPlan().seed);
}

/** verify() of `schedule` with `manifest.algorithms[step] = value`: "unsupported", naming that field alone. */
function expectUnsupported(input: any, schedule: Schedule, step: string, value: string): void {
  const result = verify(
    input,
    relabelled(schedule, (x) => {
      x.manifest.algorithms[step] = value;
    }),
  );
  expect(result.status, value).toBe('unsupported');
  expect(result.differences.map((d) => d.path)).toEqual([`manifest.algorithms.${step}`]);
  expect(result.differences[0]!.message).toMatch(/unsupported version/);
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

      it(`plan() draws and records ${id}@2, and verify() re-derives it`, () => {
        expect(now.manifest.algorithms.routine).toBe(`${id}@2`);
        expect(now.manifest.algorithm).toContain(`routine=${id}@2`);
        expect(verify(input, now)).toEqual(VERIFIED);
      });

      it(`a schedule labelled ${id}@1 (withdrawn) is "unsupported", not "different"`, () => {
        expectUnsupported(input, now, 'routine', `${id}@1`);
      });

      it('a tampered schedule is "different"', () => {
        const k = now.visits.findIndex((v) => v.kind === 'routine');
        const other = input.units.find((u: any) => u.id !== now.visits[k]!.unit).id;
        const moved = verify(
          input,
          edited(now, (s) => {
            s.visits[k].unit = other;
          }),
        );
        expect(moved.status).toBe('different');
        expect(moved.differences.map((d) => d.path)).toContain(`visits[${k}].unit`);
      });
    });
  }

  it('maxent has one version: plan() records maxent@1 and maxent+type@1; maxent@2 is "unsupported"', () => {
    for (const balance of ['none', 'type'] as const) {
      const input = routinePlan('maxent', balance);
      const now = plan(input);
      const id = balance === 'type' ? 'maxent+type' : 'maxent';
      expect(now.manifest.algorithms.routine).toBe(`${id}@1`);
      expect(verify(input, now)).toEqual(VERIFIED);
      expectUnsupported(input, now, 'routine', `${id}@2`);
    }
  });

  it('the horizon draw uses no design: horizon-flow+type@1 whatever routine.design says', () => {
    for (const design of ['pivotal', 'systematic'] as const) {
      const input = smallYearPlan();
      input.routine = { ...input.routine, design, coordination: 'horizon' };
      const now = plan(input);
      expect(now.manifest.algorithms.routine).toBe('horizon-flow+type@1');
      expect(verify(input, now)).toEqual(VERIFIED);
    }
  });
});

describe('campaign draw versions', () => {
  it('campaign-draw@2 when some campaign draws pivotal or systematic, campaign-draw@1 when all are maxent', () => {
    const ids = (designs: string[]) => plan(campaignPlan(...designs)).manifest.algorithms.campaigns;
    expect(ids(['pivotal'])).toBe('campaign-draw@2');
    expect(ids(['systematic'])).toBe('campaign-draw@2');
    expect(ids(['maxent', 'pivotal'])).toBe('campaign-draw@2');
    expect(ids(['maxent'])).toBe('campaign-draw@1');
    expect(ids(['maxent', 'maxent'])).toBe('campaign-draw@1');
    expect(plan(campaignPlan('maxent', 'pivotal')).manifest.algorithm).toContain('campaigns=campaign-draw@2');
  });

  it('a campaign-draw@2 schedule verifies, and a tampered campaign visit is "different"', () => {
    const input = campaignPlan('pivotal', 'systematic', 'maxent');
    const now = plan(input);
    expect(verify(input, now)).toEqual(VERIFIED);
    const k = now.visits.findIndex((v) => v.kind === 'campaign' && v.campaign !== 'c-2-maxent');
    const shifted = verify(
      input,
      edited(now, (s) => {
        s.visits[k].campaign = 'c-2-maxent';
      }),
    );
    expect(shifted.status).toBe('different');
    expect(shifted.differences.map((d) => d.path)).toContain(`visits[${k}].campaign`);
  });

  it('campaign-draw@1 with a pivotal or systematic campaign (drawn with a withdrawn version) is "unsupported"', () => {
    for (const designs of [['pivotal'], ['systematic'], ['pivotal', 'systematic', 'maxent']]) {
      const input = campaignPlan(...designs);
      expectUnsupported(input, plan(input), 'campaigns', 'campaign-draw@1');
    }
  });

  it('campaign-draw@2 on an all-maxent schedule is a real difference (plan writes @1 there)', () => {
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

  it('pivotal@9, pivotal+type@3, systematic+type@3, maxent@2, campaign-draw@9, campaign-draw@0 are "unsupported", never "different"', () => {
    expectUnsupported(input, s, 'routine', 'pivotal@9');
    expectUnsupported(input, s, 'routine', 'pivotal+type@3');
    expectUnsupported(input, s, 'routine', 'pivotal@3');
    expectUnsupported(input, s, 'routine', 'systematic+type@3');
    expectUnsupported(input, s, 'routine', 'maxent@2');
    expectUnsupported(campaigns, c, 'campaigns', 'campaign-draw@9');
    expectUnsupported(campaigns, c, 'campaigns', 'campaign-draw@0');
  });
});

describe('replan and the routine version', () => {
  const input = routinePlan('pivotal', 'type');
  const now = plan(input);
  const from = '2026-03-30'; // Monday of period 4
  const request = { from, reason: 'reorganisation', changes: { close: ['ps-d'], risk: { 'ps-a': 1 } } };

  it('redraws the later periods in pivotal+type@2, keeps the label, and verifies with its log', () => {
    const next = replan(input, now, request);
    expect(next.manifest.algorithms.routine).toBe('pivotal+type@2');
    expect(next.log).toHaveLength(1);
    expect(routineRows(next).filter((r) => r.split(' ')[1]! >= from).length).toBeGreaterThan(5);
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

  it('refuses a schedule whose routine version it cannot draw (pivotal+type@1 among them), naming the manifest field', () => {
    for (const id of ['pivotal+type@1', 'pivotal+type@3', 'pivotal@1', 'maxent+type@1']) {
      const bad = relabelled(now, (s) => {
        s.manifest.algorithms.routine = id;
      });
      let error: unknown;
      try {
        replan(input, bad, request);
      } catch (e) {
        error = e;
      }
      expect(error, id).toBeInstanceOf(FairdrawError);
      expect((error as FairdrawError).code).toBe('unsupported');
      expect((error as FairdrawError).path).toBe('schedule.manifest.algorithms.routine');
    }
  });
});
