// A finding's deadline as people write it: `deadline` (a date) or `deadlineDays` (calendar days), besides
// `deadlineWorkdays`. The follow-up visit is on the first working day after the deadline.
import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { plan } from '../../src/schedule/plan.js';
import { verify } from '../../src/schedule/verify.js';

/** Six weeks around Mid-Autumn and National Day 2026 (the State Council's days listed). */
function autumn(findings: unknown[]): any {
  return {
    seed: 'deadline-forms',
    horizon: {
      start: '2026-09-14',
      end: '2026-10-25',
      zone: 'Asia/Shanghai',
      period: 'week',
      calendar: 'CN',
    },
    units: [
      { id: 'ps-a', type: 'police-station', risk: 3 },
      { id: 'ps-b', type: 'police-station', risk: 2 },
      { id: 'ci-a', type: 'criminal-investigation', risk: 2 },
    ],
    inspectors: [{ id: 'i-1', homeUnit: 'ps-a' }, { id: 'i-2' }, { id: 'i-3' }],
    routine: { visitsPerPeriod: 1 },
    findings,
  };
}

function thrown(f: () => unknown): FairdrawError {
  try {
    f();
  } catch (error) {
    if (error instanceof FairdrawError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('deadline: a date', () => {
  it('on a holiday: the follow-up is on the first working day after it (Oct 1 -> Thu Oct 8)', () => {
    const s = plan(autumn([{ unit: 'ps-a', date: '2026-09-28', deadline: '2026-10-01' }]));
    const visit = s.visits.find((v) => v.kind === 'follow-up')!;
    expect(s.findings).toEqual([
      {
        unit: 'ps-a',
        date: '2026-09-28',
        deadline: '2026-10-01',
        followUp: '2026-10-08',
        scheduled: true,
        visit: visit.id,
      },
    ]);
    expect(visit).toMatchObject({ unit: 'ps-a', date: '2026-10-08', finding: 0 });
    expect(verify(autumn([{ unit: 'ps-a', date: '2026-09-28', deadline: '2026-10-01' }]), s).status).toBe(
      'verified',
    );
  });

  it('on the finding’s own day is accepted; before it is an error naming the field', () => {
    const same = plan(autumn([{ unit: 'ps-b', date: '2026-09-16', deadline: '2026-09-16' }]));
    expect(same.findings![0]).toMatchObject({ deadline: '2026-09-16', followUp: '2026-09-17' });
    const error = thrown(() => plan(autumn([{ unit: 'ps-b', date: '2026-09-16', deadline: '2026-09-15' }])));
    expect(error.code).toBe('invalid-input');
    expect(error.path).toBe('findings[0].deadline');
    expect(error.message).toBe("findings[0].deadline: 2026-09-15 is before the finding's date 2026-09-16");
  });

  it('after the horizon: not scheduled, with the note', () => {
    const s = plan(autumn([{ unit: 'ps-b', date: '2026-10-19', deadline: '2026-11-30' }]));
    expect(s.findings![0]).toMatchObject({
      deadline: '2026-11-30',
      followUp: '2026-12-01',
      scheduled: false,
      note: 'the follow-up 2026-12-01 falls after the horizon end 2026-10-25',
    });
  });

  it('gives the same follow-up as the working days it stands for', () => {
    const byWorkdays = plan(autumn([{ unit: 'ps-a', date: '2026-09-22', deadlineWorkdays: 5 }]));
    const { deadline } = byWorkdays.findings![0]!;
    // Sep 23, 24 worked, Sep 25..27 Mid-Autumn, then Sep 28, 29, 30: the 5th working day is Sep 30.
    expect(deadline).toBe('2026-09-30');
    const byDate = plan(autumn([{ unit: 'ps-a', date: '2026-09-22', deadline }]));
    expect(byDate.visits).toEqual(byWorkdays.visits);
    expect(byDate.findings![0]).toEqual({ ...byWorkdays.findings![0], deadlineWorkdays: undefined });
  });
});

describe('deadlineDays: calendar days', () => {
  it('counts calendar days, then follows up on the first working day after (Sep 15 + 10 = Fri Sep 25, Mid-Autumn)', () => {
    const s = plan(autumn([{ unit: 'ci-a', date: '2026-09-15', deadlineDays: 10 }]));
    expect(s.findings![0]).toEqual({
      unit: 'ci-a',
      date: '2026-09-15',
      deadlineDays: 10,
      deadline: '2026-09-25',
      followUp: '2026-09-28',
      scheduled: true,
      visit: s.visits.find((v) => v.kind === 'follow-up')!.id,
    });
  });

  it('0 days: the deadline is the finding’s day', () => {
    const s = plan(autumn([{ unit: 'ci-a', date: '2026-10-09', deadlineDays: 0 }]));
    // Fri Oct 9 -> Sat Oct 10, an adjusted working day.
    expect(s.findings![0]).toMatchObject({ deadline: '2026-10-09', followUp: '2026-10-10', scheduled: true });
  });

  it('crossing the horizon end: scheduled false, with the note', () => {
    const s = plan(autumn([{ unit: 'ps-b', date: '2026-10-20', deadlineDays: 7 }]));
    expect(s.findings![0]).toEqual({
      unit: 'ps-b',
      date: '2026-10-20',
      deadlineDays: 7,
      deadline: '2026-10-27',
      followUp: '2026-10-28',
      scheduled: false,
      note: 'the follow-up 2026-10-28 falls after the horizon end 2026-10-25',
    });
    expect(s.visits.some((v) => v.kind === 'follow-up')).toBe(false);
  });

  it('must be a whole number of days', () => {
    const error = thrown(() => plan(autumn([{ unit: 'ps-b', date: '2026-10-20', deadlineDays: 1.5 }])));
    expect(error.path).toBe('findings[0].deadlineDays');
    expect(error.message).toContain('must be a whole number of calendar days');
  });
});

describe('exactly one form', () => {
  it('none: names findings[i].deadline and lists the three forms', () => {
    const error = thrown(() => plan(autumn([{ unit: 'ps-b', date: '2026-10-20' }])));
    expect(error.path).toBe('findings[0].deadline');
    expect(error.message).toBe(
      'findings[0].deadline: is missing: give the deadline as deadlineWorkdays (working days), deadlineDays (calendar days) or deadline (a date)',
    );
  });

  it('two: names the second', () => {
    const error = thrown(() =>
      plan(
        autumn([
          { unit: 'ps-b', date: '2026-10-20', deadlineWorkdays: 3 },
          { unit: 'ps-b', date: '2026-10-20', deadlineWorkdays: 3, deadline: '2026-10-23' },
        ]),
      ),
    );
    expect(error.path).toBe('findings[1].deadline');
    expect(error.message).toBe(
      'findings[1].deadline: give only one of deadlineWorkdays, deadlineDays and deadline (this finding also gives deadlineWorkdays)',
    );
  });
});
