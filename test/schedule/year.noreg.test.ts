import { describe, expect, it } from 'vitest';
import { plan } from '../../src/schedule/plan.js';
import { smallYearPlan } from './yearPlans.js';

describe('no regression: campaign draws, directed visits and follow-ups', () => {
  it('pins the campaign draws of a fixed seed, for each design and both fairness modes', () => {
    const input = smallYearPlan();
    input.campaigns = [
      { id: 'maxent-risk', from: '2026-03-02', to: '2026-04-24', scope: {}, visits: 3, fairness: 'risk' },
      {
        id: 'pivotal-equal',
        from: '2026-03-09',
        to: '2026-03-27',
        scope: { types: ['police-station'] },
        visits: 2,
        design: 'pivotal',
      },
      {
        id: 'systematic-risk',
        from: '2026-03-23',
        to: '2026-04-17',
        scope: { regions: ['east'] },
        visits: 2,
        fairness: 'risk',
        design: 'systematic',
      },
    ];
    input.directed = [{ unit: 'ci-b', from: '2026-04-04', to: '2026-04-10', reason: 'complaint 2026-118' }];
    input.findings = [{ unit: 'ps-c', date: '2026-03-18', deadlineWorkdays: 4 }];
    const s = plan(input);
    expect(
      s.visits
        .filter((v) => v.kind !== 'routine')
        .map((v) => `${v.id} ${v.kind} ${v.date} ${v.unit} ${v.campaign ?? v.reason ?? v.finding}`),
    ).toMatchSnapshot();
    expect(s.units.map((u) => [u.id, u.campaigns])).toMatchSnapshot();
  });
});
