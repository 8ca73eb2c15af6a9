import { describe, expect, it } from 'vitest';
import { scheduleSchema } from '../../src/model/scheduleSchema.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { verify } from '../../src/schedule/verify.js';
import { rejection } from '../model/refusals.js';
import { input, planned } from '../outcomes/smallSchedule.js';

// replan's changes.findings: a follow-up for each, from `from` on; one already due goes on the first
// working day from `from` on, marked late; the past is never touched.

const FINDINGS = [
  // due Mon 2026-03-09 (the first working day after Fri 03-06), before from: late, on from
  { unit: 'ci-main', date: '2026-03-04', deadline: '2026-03-06' },
  // due Thu 2026-03-19, after from: on that day
  { unit: 'ps-south', date: '2026-03-09', deadline: '2026-03-18' },
  // due Mon 2026-03-30, after the horizon: no visit, a note
  { unit: 'ps-north', date: '2026-03-05', deadline: '2026-03-27' },
];
const from = '2026-03-16';
const after = replan(input, planned, {
  from,
  reason: 'follow-ups of March',
  changes: { findings: FINDINGS },
});

describe('replan with changes.findings', () => {
  it('adds a follow-up for each finding, a late one on the first working day from `from` on', () => {
    const followUps = after.visits.filter((v) => v.kind === 'follow-up');
    expect(followUps.map(({ inspectors: _, id: __, ...v }) => v)).toEqual([
      { kind: 'follow-up', period: 2, date: '2026-03-16', unit: 'ci-main', finding: 0, late: true },
      { kind: 'follow-up', period: 2, date: '2026-03-19', unit: 'ps-south', finding: 1 },
    ]);
    expect(after.findings).toEqual([
      { ...FINDINGS[0], followUp: '2026-03-09', scheduled: true, visit: followUps[0]!.id },
      { ...FINDINGS[1], followUp: '2026-03-19', scheduled: true, visit: followUps[1]!.id },
      {
        ...FINDINGS[2],
        followUp: '2026-03-30',
        scheduled: false,
        note: 'the follow-up 2026-03-30 falls after the horizon end 2026-03-27',
      },
    ]);
    for (const v of followUps) expect(v.inspectors).toHaveLength(input.team.size);
  });

  it('never touches the past: every visit before `from` stays as it was', () => {
    const past = planned.visits.filter((v) => v.date < from);
    expect(after.visits.slice(0, past.length)).toEqual(past);
    expect(after.visits.slice(past.length).every((v) => v.date >= from)).toBe(true);
  });

  it('gives a plan without findings the finding summaries, the follow-up counts and the step, and verifies', () => {
    expect(planned.findings).toBeUndefined();
    expect(scheduleSchema.safeParse(after).success).toBe(true);
    expect(after.manifest.algorithms.findings).toBe('deadline-follow-up@1');
    expect(after.units.find((u) => u.id === 'ci-main')!.followUpVisits).toBe(1);
    expect(after.units.find((u) => u.id === 'ps-north')!.followUpVisits).toBe(0);
    expect(after.log.at(-1)).toMatchObject({ kind: 'replan', changes: { findings: FINDINGS } });
    expect(verify(input, after).status).toBe('verified');
  });

  it('numbers the findings of a later replan after the earlier ones, and keeps them', () => {
    const later = replan(input, after, {
      from: '2026-03-23',
      reason: 'one more',
      changes: { findings: [{ unit: 'ps-east', date: '2026-03-17', deadlineWorkdays: 1 }] },
    });
    expect(later.findings!.slice(0, 3).map(({ visit: _, ...f }) => f)).toEqual(
      after.findings!.map(({ visit: _, ...f }) => f),
    );
    expect(later.findings![3]).toMatchObject({
      unit: 'ps-east',
      deadline: '2026-03-18',
      followUp: '2026-03-19',
    });
    const late = later.visits.find((v) => v.finding === 3)!;
    expect(late).toMatchObject({ date: '2026-03-23', late: true, kind: 'follow-up' });
    // the follow-ups of the first replan are kept, with their marks
    expect(
      later.visits.filter((v) => v.kind === 'follow-up').map((v) => [v.date, v.finding, v.late]),
    ).toEqual([
      ['2026-03-16', 0, true],
      ['2026-03-19', 1, undefined],
      ['2026-03-23', 3, true],
    ]);
    expect(verify(input, later).status).toBe('verified');
  });

  it('puts a late follow-up on the first working day from `from` on when `from` is a holiday', () => {
    const holiday = { ...input, horizon: { ...input.horizon, holidays: ['2026-03-11', '2026-03-16'] } };
    const next = replan(holiday, plan(holiday), {
      from,
      reason: 'late follow-up',
      changes: { findings: [FINDINGS[0]] },
    });
    expect(next.visits.find((v) => v.kind === 'follow-up')).toMatchObject({ date: '2026-03-17', late: true });
  });

  it('makes no visit for a unit the same replan closes, and says why', () => {
    const closing = replan(input, planned, {
      from,
      reason: 'closed',
      changes: { close: ['ps-south'], findings: [FINDINGS[1]!] },
    });
    expect(closing.visits.some((v) => v.kind === 'follow-up')).toBe(false);
    expect(closing.findings).toEqual([
      {
        ...FINDINGS[1],
        followUp: '2026-03-19',
        scheduled: false,
        note: 'unit "ps-south" is not active on 2026-03-19',
      },
    ]);
  });

  it('refuses an unknown unit, a finding after the horizon and raiseRisk, naming the field', () => {
    const e = rejection(() =>
      replan(input, planned, {
        from,
        reason: 'x',
        changes: {
          findings: [
            { unit: 'ps-sout', date: '2026-03-09', deadline: '2026-03-18' },
            { unit: 'ps-east', date: '2026-04-01', deadline: '2026-04-02' },
            { unit: 'ps-east', date: '2026-03-09', deadline: '2026-03-18', raiseRisk: 9 },
          ],
        },
      }),
    );
    expect(e.problems.map((p) => p.path)).toEqual([
      'options.changes.findings[0].unit',
      'options.changes.findings[1].date',
      'options.changes.findings[2].raiseRisk',
    ]);
    expect(e.message).toContain('did you mean "ps-south"?');
    const shape = rejection(() =>
      replan(input, planned, {
        from,
        reason: 'x',
        changes: { findings: [{ unit: 'ps-east', date: '2026-03-09' }] },
      }),
    );
    expect(shape.path).toBe('options.changes.findings[0].deadline');
  });
});
