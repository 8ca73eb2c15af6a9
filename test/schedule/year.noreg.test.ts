import { describe, expect, it } from 'vitest';
import { plan } from '../../src/schedule/plan.js';
import { smallYearPlan } from './yearPlans.js';

/** Three campaigns, one per design, a directed visit and a finding on the small plan. */
function yearInput(): any {
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
  return input;
}

describe('no regression: campaign draws, directed visits and follow-ups', () => {
  // The pins of campaign-draw@1 with pivotal@1 and systematic@1 went with those versions, withdrawn
  // before the first release; the campaign probabilities they also pinned are the same in every
  // version and are pinned here.
  it('pins the campaign draws of campaign-draw@2 (pivotal@2, systematic@2), what plan() draws now', () => {
    const s = plan(yearInput());
    expect(s.manifest.algorithms.campaigns).toBe('campaign-draw@2');
    expect(
      s.visits
        .filter((v) => v.kind !== 'routine')
        .map((v) => `${v.id} ${v.kind} ${v.date} ${v.unit} ${v.campaign ?? v.reason ?? v.finding}`),
    ).toMatchSnapshot();
    expect(s.units.map((u) => [u.id, u.campaigns])).toMatchSnapshot();
  });
});
