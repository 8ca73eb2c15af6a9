import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outcomesSchema } from '../../src/model/outcomesSchema.js';
import { readOutcomes } from '../../src/model/readOutcomes.js';
import { changed, current, planned } from '../outcomes/smallSchedule.js';
import { rejection } from './refusals.js';

const good = {
  schedule: current.manifest.scheduleHash,
  records: [
    {
      visit: 'v-0001',
      result: 'problems',
      problems: [
        {
          category: 'law-enforcement',
          text: 'case files incomplete',
          responsible: 'Li Wei',
          deadline: '2026-03-20',
          closed: '2026-03-18',
        },
        { category: 'discipline', deadline: '2026-03-31' },
      ],
    },
    { visit: 'v-0002', result: 'compliant' },
    { visit: 'v-0003', result: 'not-done' },
    {
      visit: 'v-0009',
      result: 'problems',
      problems: [{ category: 'service', responsible: '王磊', deadline: '2026-04-02' }],
      closed: '2026-03-30',
      feedback: { complainant: '2026-03-31', unit: '2026-03-31' },
    },
  ],
};

/** `good` with its records replaced. */
const withRecords = (records: unknown[], schedule = good.schedule) => ({ schedule, records });

describe('the outcomes schema', () => {
  it('accepts the issue example shape and refuses unknown fields, results and bad dates', () => {
    expect(outcomesSchema.safeParse(good).success).toBe(true);
    expect(outcomesSchema.safeParse({ ...good, extra: 1 }).success).toBe(false);
    expect(outcomesSchema.safeParse(withRecords([{ visit: 'v-0001', result: 'ok' }])).success).toBe(false);
    expect(outcomesSchema.safeParse({ ...good, schedule: 'ABC' }).success).toBe(false);
    expect(
      outcomesSchema.safeParse(
        withRecords([
          { visit: 'v-0001', result: 'problems', problems: [{ category: 'x', deadline: '2026-02-30' }] },
        ]),
      ).success,
    ).toBe(false);
  });
});

describe('readOutcomes', () => {
  it('returns outcomes that fit the schedule', () => {
    expect(readOutcomes(good, current)).toEqual(good);
  });

  it('accepts the hash of any earlier version of the schedule (each log entry records `before`)', () => {
    expect(current.log.map((e) => e.before)).toEqual([
      planned.manifest.scheduleHash,
      changed[0]!.manifest.scheduleHash,
    ]);
    const early = withRecords(good.records, planned.manifest.scheduleHash);
    expect(readOutcomes(early, current)).toEqual(early);
    expect(
      readOutcomes(withRecords(good.records, changed[0]!.manifest.scheduleHash), current).records,
    ).toHaveLength(4);
  });

  it('refuses a hash of no version of the schedule, naming outcomes.schedule', () => {
    const e = rejection(() => readOutcomes(withRecords([], 'a'.repeat(64)), current));
    expect(e.path).toBe('outcomes.schedule');
    expect(e.message).toContain('nor of any of the 2 earlier versions its log records');
    expect(rejection(() => readOutcomes(withRecords([], 'a'.repeat(64)), planned)).message).toContain(
      'which has no earlier version',
    );
  });

  it('on a schedule written before log entries recorded `before`, knows only its current hash, and says why', () => {
    const legacy = JSON.parse(readFileSync('test/schedule/legacyLog.schedule.json', 'utf8'));
    expect(readOutcomes(withRecords([], legacy.manifest.scheduleHash), legacy).records).toEqual([]);
    const e = rejection(() => readOutcomes(withRecords([], planned.manifest.scheduleHash), legacy));
    expect(e.path).toBe('outcomes.schedule');
    expect(e.message).toContain('3 log entries were written before entries recorded the hash they changed');
  });

  it('refuses an unknown visit, with a suggestion, and a second record of one visit', () => {
    const unknown = rejection(() =>
      readOutcomes(withRecords([{ visit: 'v-0100', result: 'compliant' }]), current),
    );
    expect(unknown.path).toBe('outcomes.records[0].visit');
    expect(unknown.message).toContain('unknown visit id "v-0100"');
    expect(unknown.message).toContain('did you mean "v-0010"?');
    const twice = rejection(() =>
      readOutcomes(
        withRecords([
          { visit: 'v-0002', result: 'compliant' },
          { visit: 'v-0004', result: 'compliant' },
          { visit: 'v-0002', result: 'not-done' },
        ]),
        current,
      ),
    );
    expect(twice.path).toBe('outcomes.records[2].visit');
    expect(twice.message).toContain('a second record for visit v-0002 (the first is outcomes.records[0])');
  });

  it('refuses problems with a result other than "problems", and "problems" without any', () => {
    const compliant = rejection(() =>
      readOutcomes(
        withRecords([{ visit: 'v-0002', result: 'compliant', problems: [{ category: 'x' }] }]),
        current,
      ),
    );
    expect(compliant.path).toBe('outcomes.records[0].problems');
    expect(compliant.message).toContain(`this one's result is "compliant"`);
    const notDone = rejection(() =>
      readOutcomes(withRecords([{ visit: 'v-0002', result: 'not-done', problems: [] }]), current),
    );
    expect(notDone.path).toBe('outcomes.records[0].problems');
    for (const problems of [undefined, []]) {
      const none = rejection(() =>
        readOutcomes(
          withRecords([{ visit: 'v-0002', result: 'problems', ...(problems ? { problems } : {}) }]),
          current,
        ),
      );
      expect(none.path).toBe('outcomes.records[0].problems');
      expect(none.message).toContain('lists at least one problem');
    }
    const closed = rejection(() =>
      readOutcomes(withRecords([{ visit: 'v-0002', result: 'compliant', closed: '2026-03-20' }]), current),
    );
    expect(closed.path).toBe('outcomes.records[0].closed');
  });

  it('refuses a date that is not ISO, naming the record and the field', () => {
    for (const [field, record] of [
      [
        'problems[0].deadline',
        { visit: 'v-0001', result: 'problems', problems: [{ category: 'x', deadline: '2026/03/20' }] },
      ],
      ['closed', { visit: 'v-0001', result: 'problems', problems: [{ category: 'x' }], closed: '20.3.2026' }],
      ['feedback.unit', { visit: 'v-0009', result: 'compliant', feedback: { unit: '2026-3-31' } }],
    ] as const) {
      const e = rejection(() =>
        readOutcomes(withRecords([{ visit: 'v-0002', result: 'compliant' }, record]), current),
      );
      expect(e.path).toBe(`outcomes.records[1].${field}`);
      expect(e.message).toContain('must be an ISO date yyyy-mm-dd');
    }
  });

  it('refuses feedback for a visit that is not a complaint, and dates before the visit', () => {
    const feedback = rejection(() =>
      readOutcomes(
        withRecords([{ visit: 'v-0002', result: 'compliant', feedback: { unit: '2026-03-06' } }]),
        current,
      ),
    );
    expect(feedback.path).toBe('outcomes.records[0].feedback');
    expect(feedback.message).toContain('v-0002 is a routine visit');
    const early = rejection(() =>
      readOutcomes(
        withRecords([
          { visit: 'v-0004', result: 'problems', problems: [{ category: 'x', deadline: '2026-03-08' }] },
        ]),
        current,
      ),
    );
    expect(early.path).toBe('outcomes.records[0].problems[0].deadline');
    expect(early.message).toBe(
      'outcomes.records[0].problems[0].deadline: 2026-03-08 is before the visit v-0004 itself (2026-03-09)',
    );
    const late = rejection(() =>
      readOutcomes(
        withRecords([
          {
            visit: 'v-0004',
            result: 'problems',
            problems: [{ category: 'x', closed: '2026-03-20' }],
            closed: '2026-03-19',
          },
        ]),
        current,
      ),
    );
    expect(late.path).toBe('outcomes.records[0].problems[0].closed');
  });

  it('refuses a record of an earlier version for a visit a later replan numbered again', () => {
    const before = changed[0]!.manifest.scheduleHash;
    expect(
      readOutcomes(withRecords([{ visit: 'v-0009', result: 'compliant' }], before), current).records,
    ).toHaveLength(1);
    const e = rejection(() =>
      readOutcomes(withRecords([{ visit: 'v-0010', result: 'compliant' }], before), current),
    );
    expect(e.path).toBe('outcomes.records[0].visit');
    expect(e.message).toContain('the replan of log[1] numbered the visits from 2026-03-23 on again');
  });

  it('lists every problem, the first named in the message', () => {
    const e = rejection(() =>
      readOutcomes(
        withRecords([
          { visit: 'v-0100', result: 'compliant' },
          { visit: 'v-0002', result: 'problems' },
          { visit: 'v-0003', result: 'compliant', feedback: {} },
        ]),
        current,
      ),
    );
    expect(e.problems.map((p) => p.path)).toEqual([
      'outcomes.records[0].visit',
      'outcomes.records[1].problems',
      'outcomes.records[2].feedback',
    ]);
  });

  it('names a schedule, a plan file or a list given as the outcomes in one line', () => {
    expect(rejection(() => readOutcomes(current, current)).message).toContain(
      'is a schedule, not an outcomes file',
    );
    expect(rejection(() => readOutcomes({ horizon: {}, units: [] }, current)).message).toContain(
      'is a plan file, not an outcomes file',
    );
    expect(rejection(() => readOutcomes([], current)).message).toBe(
      'outcomes: is not an outcomes file (a JSON object with schedule and records), got an array',
    );
    expect(rejection(() => readOutcomes(good, { visits: [] })).path).toBe('schedule');
  });
});
