import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { revealPeriod } from '../../src/schedule/revealPeriod.js';
import { revealSummary } from '../../src/schedule/revealSummary.js';
import { substitute } from '../../src/schedule/substitute.js';
import { verify } from '../../src/schedule/verify.js';
import { verifyPeriod } from '../../src/schedule/verifyPeriod.js';
import { rejection } from '../model/refusals.js';

const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
const schedule = plan(county);

const visit = schedule.visits.find((v) => v.date === '2026-01-15' && v.inspectors.length > 0)!;
const change = {
  inspector: visit.inspectors[0]!,
  dates: [visit.date],
  reason: 'sick leave',
  at: '2026-01-14T18:00:00+08:00',
};
const request = { from: '2026-07-06', reason: 'ci-east merged', changes: { close: ['ci-east'] } };

describe('commands that change or reveal a schedule refuse one that is not this plan’s, or not intact', () => {
  const otherSeed = { ...county, seed: 'county-2026-another' };
  const otherPlan = {
    ...county,
    routine: { ...county.routine, visitsPerPeriod: county.routine.visitsPerPeriod + 1 },
  };
  const changed = structuredClone(schedule);
  changed.visits[3]!.date = changed.visits[4]!.date;

  it.each([
    ['another seed', otherSeed, schedule, 'schedule.manifest.seedCommitment'],
    ['another plan', otherPlan, schedule, 'schedule.manifest.inputHash'],
    ['a schedule changed after its seal', county, changed, 'schedule.manifest.scheduleHash'],
  ])('%s: substitute, replan, revealPeriod and revealSummary say which check failed', (_, input, s, path) => {
    for (const f of [
      () => substitute(input, s, change),
      () => replan(input, s, request),
      () => revealPeriod(input, s, 2, { asOf: '2026-12-27' }),
      () => revealSummary(input, s, { asOf: '2026-12-27' }),
    ]) {
      const error = rejection(f);
      expect(error.path).toBe(path);
      expect(error.message).toMatch(/does not match|seals to/);
    }
  });

  it('and they still work on the intact schedule of this plan', () => {
    expect(verify(county, substitute(county, schedule, change)).status).toBe('verified');
    expect(verify(county, replan(county, schedule, request)).status).toBe('verified');
  });
});

describe('the past cannot be rewritten', () => {
  it('substitute refuses a visit dated before its own day, in the horizon’s zone', () => {
    // 16:30 UTC on the 15th is already the 16th in Shanghai: the day is read in the horizon's zone.
    const late = rejection(() => substitute(county, schedule, { ...change, at: '2026-01-15T16:30:00Z' }));
    expect(late.path).toBe('change.dates[0]');
    expect(late.message).toMatch(/before the substitution's own day 2026-01-16/);
    const sameDay = substitute(county, schedule, { ...change, at: '2026-01-15T00:30:00+08:00' });
    expect(sameDay.log).toHaveLength(1);
  });

  it('substitute refuses an at before the last substitution', () => {
    const later = schedule.visits.find((v) => v.date === '2026-02-03' && v.inspectors.length > 0)!;
    const first = substitute(county, schedule, {
      inspector: later.inspectors[0]!,
      dates: [later.date],
      reason: 'training',
      at: '2026-02-01T09:00:00+08:00',
    });
    expect(rejection(() => substitute(county, first, change)).path).toBe('change.at');
  });

  it('a second replan may not start before the first, nor before a substitution', () => {
    const first = replan(county, schedule, request);
    const earlier = rejection(() =>
      replan(county, first, { from: '2026-06-01', reason: 'again', changes: { close: ['ps-luohe'] } }),
    );
    expect(earlier.path).toBe('options.from');
    expect(earlier.message).toMatch(/before the schedule's last change \(a replan on 2026-07-06\)/);
    const next = replan(county, first, {
      from: '2026-07-13',
      reason: 'again',
      changes: { close: ['ps-luohe'] },
    });
    expect(verify(county, next).status).toBe('verified');
    const substituted = substitute(county, schedule, {
      ...change,
      dates: ['2026-07-08'],
      inspector: schedule.visits.find((v) => v.date === '2026-07-08')!.inspectors[0]!,
      at: '2026-07-07T08:00:00+08:00',
    });
    expect(rejection(() => replan(county, substituted, request)).path).toBe('options.from');
  });

  it('a replan request that contradicts itself is refused, naming the field', () => {
    const ask = (changes: unknown) => rejection(() => replan(county, schedule, { ...request, changes })).path;
    expect(ask({ close: ['ci-east', 'ci-east'] })).toBe('options.changes.close[1]');
    expect(ask({ close: ['ci-east'], risk: { 'ci-east': 2 } })).toBe('options.changes.risk.ci-east');
    expect(ask({ add: [{ id: 'ps-new', type: 'police-station', risk: 1 }], close: ['ps-new'] })).toBe(
      'options.changes.close[0]',
    );
    const closed = replan(county, schedule, request);
    const again = rejection(() =>
      replan(county, closed, { from: '2026-08-03', reason: 'again', changes: { close: ['ci-east'] } }),
    );
    expect(again.path).toBe('options.changes.close[0]');
    expect(again.message).toMatch(/already closed/);
  });

  it('a member named __proto__ is refused, not dropped', () => {
    const risk = JSON.parse('{"__proto__": 5}');
    expect(rejection(() => replan(county, schedule, { ...request, changes: { risk } })).path).toBe(
      'options.changes.risk.__proto__',
    );
    const input = JSON.parse(JSON.stringify(county).replace('"limits":{', '"limits":{"__proto__":{"x":1},'));
    expect(rejection(() => plan(input)).path).toBe('limits.__proto__');
  });
});

describe('a period reveal carries nothing its proof does not cover', () => {
  it('an extra top-level field is a difference', () => {
    const reveal = revealPeriod(county, schedule, 4, { asOf: '2026-12-27' });
    expect(verifyPeriod(reveal, schedule.manifest.scheduleHash).status).toBe('verified');
    const padded = { ...reveal, note: 'all units compliant' };
    const result = verifyPeriod(padded, schedule.manifest.scheduleHash);
    expect(result.status).toBe('different');
    expect(result.differences.map((d) => d.path)).toEqual(['note']);
  });
});

describe('substitute after a replan that added a unit', () => {
  it('restaffs the added unit’s visits and counts them under its police type', () => {
    const added = replan(county, schedule, {
      from: '2026-07-06',
      reason: 'new station',
      changes: { add: [{ id: 'ps-new', type: 'police-station', risk: 4, active: { from: '2026-07-06' } }] },
    });
    const target = added.visits.find((v) => v.unit === 'ps-new' && v.inspectors.length > 0)!;
    expect(target).toBeDefined();
    const after = substitute(county, added, {
      inspector: target.inspectors[0]!,
      dates: [target.date],
      reason: 'sick leave',
      at: `${target.date}T07:00:00+08:00`,
    });
    const moved = after.visits.find((v) => v.id === target.id)!;
    expect(moved.inspectors).not.toContain(target.inspectors[0]);
    expect(after.inspectors.every((i) => !('' in i.byType))).toBe(true);
    expect(verify(county, after).status).toBe('verified');
  });
});

describe('fields the fuzz found named wrongly', () => {
  it('a field named "" is named [""], not left empty', () => {
    expect(rejection(() => plan({ ...county, '': 1 })).path).toBe('[""]');
    expect(rejection(() => plan({ ...county, team: { size: 2, '': 1 } })).path).toBe('team[""]');
  });

  it('half a surrogate pair in a request is blamed on the request, not on the schedule it would make', () => {
    expect(rejection(() => replan(county, schedule, { ...request, reason: 'x\ud800' })).path).toBe(
      'options.reason',
    );
    expect(rejection(() => substitute(county, schedule, { ...change, reason: '\udc00' })).path).toBe(
      'change.reason',
    );
    const unit = { id: 'ps-new', type: 'police\udc00', risk: 1 };
    expect(rejection(() => replan(county, schedule, { ...request, changes: { add: [unit] } })).path).toBe(
      'options.changes.add[0].type',
    );
  });
});
