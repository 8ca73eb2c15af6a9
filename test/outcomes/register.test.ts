import { describe, expect, it } from 'vitest';
import { addWorkdays, nextWorkday } from '../../src/calendar/addWorkdays.js';
import { buildCalendar } from '../../src/calendar/buildCalendar.js';
import { register } from '../../src/outcomes/register.js';
import { scheduleEstimates } from '../../src/outcomes/scheduleEstimates.js';
import { registerHtml } from '../../src/report/registerHtml.js';
import { replan } from '../../src/schedule/replan.js';
import { text } from '../../src/text/catalogue.js';
import { rejection } from '../model/refusals.js';
import { followedUp, input, planned } from './smallSchedule.js';

const { schedule, outcomes } = followedUp;
const office = (asOf: string) => register(schedule, outcomes, { asOf, audience: 'office' });
const problemOf = (r: ReturnType<typeof office>, visit: string, index = 0) =>
  r.problems.find((p) => p.visit === visit && p.index === index)!;

describe('register: the state of each problem', () => {
  it('is open on its deadline day and overdue from the next day on, worked or not', () => {
    // v-0001's deadline is Fri 2026-03-06; Sat 03-07 is not worked, and the problem is overdue then.
    expect(problemOf(office('2026-03-06'), 'v-0001')).toMatchObject({ status: 'open' });
    expect(problemOf(office('2026-03-06'), 'v-0001')).not.toHaveProperty('daysOverdue');
    expect(problemOf(office('2026-03-07'), 'v-0001')).toMatchObject({ status: 'overdue', daysOverdue: 1 });
    expect(problemOf(office('2026-03-16'), 'v-0001')).toMatchObject({ status: 'overdue', daysOverdue: 10 });
  });

  it('counts a deadline in working days across a holiday, and overdue starts the day after it', () => {
    // Three working days after Fri 2026-03-06, Wednesday 03-11 a holiday: Thu 2026-03-12; its
    // follow-up goes on the first working day after, Fri 03-13.
    const calendar = buildCalendar({ workdays: [1, 2, 3, 4, 5], extraWorkdays: [], ...input.horizon });
    const deadline = addWorkdays(calendar, '2026-03-06', 3);
    expect(deadline).toBe('2026-03-12');
    const s = replan(input, planned, {
      from: '2026-03-09',
      reason: 'ha-centre follow-up',
      changes: { findings: [{ unit: 'ha-centre', date: '2026-03-06', deadlineWorkdays: 3 }] },
    });
    const followUp = s.visits.find((v) => v.kind === 'follow-up')!;
    expect(followUp.date).toBe(nextWorkday(calendar, deadline));
    expect(followUp.date).toBe('2026-03-13');
    const recorded = {
      schedule: s.manifest.scheduleHash,
      records: [{ visit: 'v-0003', result: 'problems', problems: [{ category: 'records', deadline }] }],
    };
    const at = (asOf: string) => register(s, recorded, { asOf, audience: 'office' }).problems[0]!;
    expect(at('2026-03-11')).toMatchObject({
      status: 'open',
      followUp: { status: 'scheduled', date: '2026-03-13' },
    });
    expect(at('2026-03-12')).toMatchObject({ status: 'open' });
    expect(at('2026-03-13')).toMatchObject({
      status: 'overdue',
      daysOverdue: 1,
      followUp: { status: 'done', visit: followUp.id, date: '2026-03-13' },
    });
  });

  it('is closed once its closing day has come, and not before; closed late after its deadline', () => {
    expect(problemOf(office('2026-03-16'), 'v-0004')).toEqual(
      expect.objectContaining({ status: 'open', deadline: '2026-03-18' }),
    );
    expect(problemOf(office('2026-03-16'), 'v-0004')).not.toHaveProperty('closed');
    expect(problemOf(office('2026-03-17'), 'v-0004')).toMatchObject({
      status: 'closed',
      closed: '2026-03-17',
    });
    expect(problemOf(office('2026-03-17'), 'v-0004')).not.toHaveProperty('closedLate');
    const late = {
      ...outcomes,
      records: outcomes.records.map((r) =>
        r.visit === 'v-0001' ? { ...r, problems: [{ ...r.problems![0]!, closed: '2026-03-10' }] } : r,
      ),
    };
    expect(register(schedule, late, { asOf: '2026-03-20', audience: 'office' }).problems[0]).toMatchObject({
      status: 'closed',
      closed: '2026-03-10',
      closedLate: true,
    });
  });

  it("takes a problem's closing day from its record when it has none of its own", () => {
    const closed = {
      ...outcomes,
      records: outcomes.records.map((r) => (r.visit === 'v-0004' ? { ...r, closed: '2026-03-18' } : r)),
    };
    const r = register(schedule, closed, { asOf: '2026-03-18', audience: 'office' });
    expect([problemOf(r, 'v-0004', 0).closed, problemOf(r, 'v-0004', 1).closed]).toEqual([
      '2026-03-17',
      '2026-03-18',
    ]);
  });

  it('names the follow-up: scheduled with its date for the office, done once made, late when a replan placed it so', () => {
    expect(problemOf(office('2026-03-15'), 'v-0001').followUp).toEqual({
      status: 'scheduled',
      visit: 'v-0006',
      date: '2026-03-16',
      late: true,
    });
    expect(problemOf(office('2026-03-16'), 'v-0001').followUp).toEqual({
      status: 'done',
      visit: 'v-0006',
      date: '2026-03-16',
      late: true,
      result: 'compliant',
    });
    // both problems of v-0004 share the deadline, and so the follow-up
    expect(problemOf(office('2026-03-19'), 'v-0004', 1).followUp).toEqual({
      status: 'done',
      visit: 'v-0009',
      date: '2026-03-19',
    });
    expect(problemOf(office('2026-03-19'), 'v-0010')).not.toHaveProperty('followUp');
  });
});

describe('register: complaints', () => {
  it('show the feedback to the complainant and to the unit given by the register day', () => {
    const at = (asOf: string) => office(asOf).complaints;
    expect(at('2026-03-19')).toEqual([
      {
        visit: 'v-0010',
        date: '2026-03-19',
        unit: 'tp-rural',
        reason: 'complaint 2026-044',
        result: 'problems',
        problems: 1,
        closed: 0,
        feedback: {},
      },
    ]);
    expect(at('2026-03-20')[0]!.feedback).toEqual({ complainant: '2026-03-20' });
    expect(at('2026-03-23')[0]!.feedback).toEqual({ complainant: '2026-03-20', unit: '2026-03-23' });
    expect(office('2026-03-22').counts.awaitingFeedback).toBe(1);
    expect(office('2026-03-23').counts.awaitingFeedback).toBe(0);
  });
});

describe('register: public and office', () => {
  it('public: only the periods ended by asOf, every state as of the last day of the last of them', () => {
    // Wed 2026-03-18: weeks 1 and 2 have ended (through Sun 03-15); week 3 has not.
    const r = register(schedule, outcomes, { asOf: '2026-03-18' });
    expect(r).toMatchObject({ audience: 'public', through: '2026-03-15', periods: { ended: 2, total: 4 } });
    expect(r.problems.map((p) => [p.visit, p.index, p.status])).toEqual([
      ['v-0001', 0, 'overdue'],
      ['v-0004', 0, 'open'], // closed on 03-17, after 03-15
      ['v-0004', 1, 'open'],
    ]);
    expect(r.problems[0]!.daysOverdue).toBe(9);
    // the follow-ups are in week 3: no id, no date
    for (const p of r.problems) expect(p.followUp).toEqual({ status: 'scheduled' });
    expect(r.complaints).toEqual([]);
    expect(r.counts).toEqual({
      visits: 5,
      recorded: 3,
      problems: 3,
      open: 2,
      overdue: 1,
      closed: 0,
      complaints: 0,
      awaitingFeedback: 0,
    });
    expect(r.unrecorded).toEqual([
      { visit: 'v-0003', kind: 'routine', date: '2026-03-06', unit: 'ha-centre' },
      { visit: 'v-0005', kind: 'routine', date: '2026-03-13', unit: 'ps-west' },
    ]);
  });

  it('public: once every period has ended, the states are read as of asOf itself', () => {
    const late = {
      ...outcomes,
      records: outcomes.records.map((r) =>
        r.visit === 'v-0001' ? { ...r, problems: [{ ...r.problems![0]!, closed: '2026-04-10' }] } : r,
      ),
    };
    const atEnd = register(schedule, late, { asOf: '2026-03-29' });
    expect(atEnd).toMatchObject({ through: '2026-03-29', periods: { ended: 4, total: 4 } });
    expect(atEnd.problems[0]).toMatchObject({ status: 'overdue', daysOverdue: 23 });
    const after = register(schedule, late, { asOf: '2026-04-15' });
    expect(after.through).toBe('2026-04-15');
    expect(after.problems[0]).toMatchObject({ status: 'closed', closed: '2026-04-10', closedLate: true });
    expect(after.counts.visits).toBe(schedule.visits.length);
  });

  it('public: a register before any period has ended is empty', () => {
    const r = register(schedule, outcomes, { asOf: '2026-03-07' });
    expect(r).toMatchObject({ through: '', periods: { ended: 0, total: 4 }, problems: [], complaints: [] });
    expect(r.counts.visits).toBe(0);
  });

  it('office: every visit up to asOf, whatever its period', () => {
    const r = office('2026-03-18');
    expect(r.through).toBe('2026-03-18');
    expect(r.counts.visits).toBe(8);
    expect(problemOf(r, 'v-0004')).toMatchObject({ status: 'closed' });
  });

  it('accepts outcomes recorded against an earlier version of the schedule', () => {
    const r = register(schedule, followedUp.early, { asOf: '2026-03-15', audience: 'office' });
    expect(r.outcomesHash).toBe(planned.manifest.scheduleHash);
    expect(r.scheduleHash).toBe(schedule.manifest.scheduleHash);
    expect(r.problems).toHaveLength(3);
  });

  it('refuses a missing or wrong asOf and an unknown audience', () => {
    const untyped: any = register;
    expect(rejection(() => untyped(schedule, outcomes, {})).path).toBe('options.asOf');
    expect(rejection(() => register(schedule, outcomes, { asOf: '2026-3-1' })).path).toBe('options.asOf');
    expect(rejection(() => untyped(schedule, outcomes, { asOf: '2026-03-18', audience: 'press' })).path).toBe(
      'options.audience',
    );
  });
});

describe('register: the estimates from the random visits', () => {
  it('are the estimates of the periods ended by asOf, shown on the page in both languages, none before', () => {
    const asOf = '2026-03-31';
    const pub = register(schedule, outcomes, { asOf });
    const expected = scheduleEstimates(schedule, outcomes, asOf);
    expect(pub.estimates).toEqual(expected);
    expect(register(schedule, outcomes, { asOf, audience: 'office' }).estimates).toEqual(expected);
    expect(pub.estimates!.all.visits).toBeGreaterThan(0);
    const en = registerHtml(pub, { lang: 'en' });
    const zh = registerHtml(pub, { lang: 'zh-CN' });
    expect(en).toContain(text('en').estimate.groupColumns.standardError);
    expect(zh).toContain(text('zh-CN').estimate.groupColumns.standardError);
    // before the first period has ended there is nothing to estimate, and no section
    const first = schedule.periods[0]!;
    const early = register(schedule, outcomes, { asOf: first.start });
    expect(early.estimates).toBeUndefined();
    expect(registerHtml(early, { lang: 'en' })).not.toContain(text('en').estimate.groupColumns.standardError);
  });
});
