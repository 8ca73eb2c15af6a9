import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { followUpFindings } from '../../src/outcomes/followUpFindings.js';
import { replan } from '../../src/schedule/replan.js';
import { verify } from '../../src/schedule/verify.js';
import { input, planned } from './smallSchedule.js';

const outcomes = {
  schedule: planned.manifest.scheduleHash,
  records: [
    {
      visit: 'v-0004', // 2026-03-09 ps-south
      result: 'problems',
      problems: [
        { category: 'a', deadline: '2026-03-18' },
        { category: 'b', deadline: '2026-03-18' }, // same deadline: the same follow-up
        { category: 'c' }, // no deadline: no follow-up
      ],
    },
    { visit: 'v-0001', result: 'problems', problems: [{ category: 'a', deadline: '2026-03-06' }] },
    { visit: 'v-0002', result: 'compliant' },
  ],
};

describe('followUpFindings', () => {
  it('gives one finding per visit and deadline, sorted by day found', () => {
    expect(followUpFindings(planned, outcomes, '2026-03-16')).toEqual([
      { unit: 'ci-main', date: '2026-03-04', deadline: '2026-03-06' },
      { unit: 'ps-south', date: '2026-03-09', deadline: '2026-03-18' },
    ]);
  });

  it('gives none for a problem whose follow-up the schedule has already, so a second replan adds nothing', () => {
    const findings = followUpFindings(planned, outcomes, '2026-03-16');
    const after = replan(input, planned, { from: '2026-03-16', reason: 'follow-ups', changes: { findings } });
    expect(verify(input, after).status).toBe('verified');
    expect(followUpFindings(after, outcomes, '2026-03-23')).toEqual([]);
    // the late one (due 2026-03-09) is made on 2026-03-16, the other when due
    expect(after.visits.filter((v) => v.kind === 'follow-up').map((v) => [v.date, v.unit, v.late])).toEqual([
      ['2026-03-16', 'ci-main', true],
      ['2026-03-19', 'ps-south', undefined],
    ]);
  });

  it('refuses a problem recorded for a visit the replan would redraw', () => {
    try {
      followUpFindings(planned, outcomes, '2026-03-09');
      throw new Error('expected a refusal');
    } catch (e) {
      expect(e).toBeInstanceOf(FairdrawError);
      expect((e as FairdrawError).path).toBe('outcomes.records[0].visit');
      expect((e as Error).message).toContain("on or after the replan's from 2026-03-09");
    }
  });
});
