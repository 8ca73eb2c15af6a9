import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unitProbabilities } from '../../src/model/unitProbabilities.js';
import { openPlan } from '../../src/schedule/pipeline.js';
import { plan } from '../../src/schedule/plan.js';
import { promisedFrame } from '../../src/schedule/promisedFrame.js';
import { smallYearPlan } from './yearPlans.js';

const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));

describe('promisedFrame: what a plan promises before its draw', () => {
  it('is what the county schedule reports, to the grid of the horizon draw, and takes no seed', () => {
    const schedule = plan(county);
    const promised = promisedFrame(openPlan(county).input);
    expect(promised.frame.periods.map((p) => p.budget)).toEqual(schedule.periods.map((p) => p.visits));
    schedule.units.forEach((u, i) => {
      for (const [t, p] of unitProbabilities(schedule, u).entries())
        expect(Math.abs(promised.routine[t]![i]! - p)).toBeLessThan(1e-13);
      expect(promised.capped[i]).toBe(u.capped === true);
      expect(promised.campaigns[0]![i]).toBe(u.campaigns!['spring-crackdown']);
    });
    expect(promised.campaignFrames).toEqual([{ scopeUnits: 14, workdays: 43 }]);
    // another seed, the same promise to the last bit
    const other = promisedFrame(openPlan({ ...county, seed: 'another' }).input);
    expect(other.routine).toEqual(promised.routine);
    expect(other.campaigns).toEqual(promised.campaigns);
  });

  it('is exactly what a schedule drawn period by period reports', () => {
    const input = { ...smallYearPlan(), routine: { visitsPerPeriod: 2, coordination: 'independent' } };
    const schedule = plan(input);
    const promised = promisedFrame(openPlan(input).input);
    schedule.units.forEach((u, i) => {
      expect(unitProbabilities(schedule, u)).toEqual(promised.routine.map((row) => row[i]));
    });
  });
});
