import { describe, expect, it } from 'vitest';
import { MAX_RISK, MIN_RISK } from '../../src/model/riskWeight.js';
import { unitProbabilities } from '../../src/model/unitProbabilities.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { rejection, smallPlan } from './refusals.js';

// Trust, item 6: a risk weight of 5e-324 or 1e308 made the inclusion probabilities impossible (a
// ratio beyond 1e300) and the error blamed routine.visitsPerPeriod. A risk weight is now 0 or within
// [1e-9, 1e9], so every ratio of two positive weights lies within [1e-18, 1e18], and the field named
// is the weight itself.

describe('risk weights', () => {
  it.each([
    [5e-324, /must be 0 or at least 1e-9/],
    [1e-300, /must be 0 or at least 1e-9/],
    [9.99e-10, /must be 0 or at least 1e-9/],
    [1e308, /must be at most 1e9/],
    [1.0000001e9, /must be at most 1e9/],
  ])('refuses units[i].risk = %s, naming the unit, not the budget', (risk, message) => {
    const input = smallPlan('risk-bounds');
    input.units[1].risk = risk;
    const error = rejection(() => plan(input));
    expect(error.code).toBe('invalid-input');
    expect(error.path).toBe('units[1].risk');
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/only ratios matter/);
  });

  it('accepts 0 and both ends of the range, and every ratio stays far from the limits', () => {
    expect(MIN_RISK).toBe(1e-9);
    expect(MAX_RISK).toBe(1e9);
    const input = smallPlan('risk-bounds');
    input.units[0].risk = MAX_RISK;
    input.units[1].risk = MIN_RISK;
    input.units[2].risk = 0;
    const schedule = plan(input);
    expect(schedule.visits.length).toBeGreaterThan(0);
    const probability = (id: string) => unitProbabilities(schedule, schedule.units.find((u) => u.id === id)!);
    // The heaviest unit is drawn every week; the lightest is in the draw with a tiny, positive chance.
    expect(probability('ps-a').every((p) => p === 1)).toBe(true);
    expect(probability('cib').every((p) => p === 0)).toBe(true);
  });

  it('refuses findings[i].raiseRisk outside the range, naming it', () => {
    const input = smallPlan('risk-bounds');
    input.findings = [{ unit: 'ps-b', date: '2026-01-07', deadlineWorkdays: 2, raiseRisk: 1e308 }];
    const error = rejection(() => plan(input));
    expect(error.path).toBe('findings[0].raiseRisk');
    expect(error.message).toMatch(/must be at most 1e9/);
  });

  it.each([
    ['a new risk', { risk: { 'ps-b': 5e-324 } }, 'options.changes.risk.ps-b', /at least 1e-9/],
    [
      'an added unit',
      { add: [{ id: 'ps-n', type: 'police-station', risk: 1e308, active: { from: '2026-02-02' } }] },
      'options.changes.add[0].risk',
      /at most 1e9/,
    ],
  ])('refuses %s in a replan outside the range, naming it', (_name, changes, path, message) => {
    const input = smallPlan('risk-bounds');
    const schedule = plan(input);
    const error = rejection(() => replan(input, schedule, { from: '2026-02-02', reason: 'review', changes }));
    expect(error.path).toBe(path);
    expect(error.message).toMatch(message);
  });
});
