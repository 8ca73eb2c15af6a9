// `horizon.calendar: "CN"` in a plan: written out into explicit lists before the input hash, so a plan
// naming the calendar and a plan listing the same days give the same input hash and the same draws; the
// manifest records the package's version; listed days outside the horizon are ignored and not hashed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashInput } from '../../src/audit/hashInput.js';
import { readSchedule } from '../../src/model/scheduleSchema.js';
import { expandPlan } from '../../src/schedule/expandPlan.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { sealSchedule } from '../../src/schedule/seal.js';
import { substitute } from '../../src/schedule/substitute.js';
import { verify } from '../../src/schedule/verify.js';

const pkg = JSON.parse(readFileSync('node_modules/chinese-days/package.json', 'utf8'));
const SOURCE = { name: 'CN', package: 'chinese-days', version: pkg.version };
const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
const golden = JSON.parse(readFileSync('test/golden/county.schedule.json', 'utf8'));

/** The county plan with `calendar: "CN"` in place of its lists. */
function countyCn(): any {
  const c = structuredClone(county);
  delete c.horizon.holidays;
  delete c.horizon.extraWorkdays;
  c.horizon.calendar = 'CN';
  return c;
}

/** Six weeks around National Day 2026, listing the notice's days inside them. */
function autumn(): any {
  return {
    seed: 'autumn-cn',
    horizon: {
      start: '2026-09-14',
      end: '2026-10-25',
      zone: 'Asia/Shanghai',
      period: 'week',
      holidays: [
        '2026-09-25',
        '2026-09-26',
        '2026-09-27',
        ...[1, 2, 3, 4, 5, 6, 7].map((d) => `2026-10-0${d}`),
      ],
      extraWorkdays: ['2026-09-20', '2026-10-10'],
    },
    units: [
      { id: 'ps-a', type: 'police-station', risk: 3 },
      { id: 'ps-b', type: 'police-station', risk: 2 },
      { id: 'ps-c', type: 'police-station', risk: 1 },
      { id: 'ci-a', type: 'criminal-investigation', risk: 2 },
    ],
    inspectors: [{ id: 'i-1', homeUnit: 'ps-a' }, { id: 'i-2' }, { id: 'i-3' }, { id: 'i-4' }],
    routine: { visitsPerPeriod: 2 },
    // Deadline 2026-10-27, after the horizon: not scheduled (and a day listed there changes nothing).
    findings: [{ unit: 'ps-b', date: '2026-10-22', deadlineWorkdays: 3 }],
  };
}

function autumnCn(): any {
  const a = autumn();
  a.horizon.holidays = [];
  a.horizon.extraWorkdays = [];
  a.horizon.calendar = 'CN';
  return a;
}

/** A schedule without the fields that name where its days came from. */
function withoutSource(s: any): any {
  const copy = structuredClone(s);
  delete copy.manifest.calendar;
  delete copy.manifest.scheduleHash;
  return copy;
}

describe('horizon.calendar "CN"', () => {
  it('gives the county’s input hash and the county’s draws; the manifest names the package and its version', () => {
    const s = plan(countyCn());
    expect(s.manifest.inputHash).toBe(golden.manifest.inputHash);
    expect(s.manifest.calendar).toEqual(SOURCE);
    expect(withoutSource(s)).toEqual(withoutSource(golden));
    expect(readSchedule(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it('is written out by expandPlan into the county’s own lists, calendar dropped', () => {
    const expanded = expandPlan(countyCn());
    expect(expanded.calendar).toEqual(SOURCE);
    expect(expanded.ignored).toEqual({ holidays: 0, extraWorkdays: 0 });
    expect(expanded.input.horizon).toEqual(expandPlan(county).input.horizon);
    expect(expanded.input.horizon).not.toHaveProperty('calendar');
    expect(hashInput(expanded.input)).toBe(golden.manifest.inputHash);
  });

  it('verifies whichever form of the plan is given: the input hash binds the days, not where they came from', () => {
    const lists = plan(autumn());
    const cn = plan(autumnCn());
    expect(cn.manifest.inputHash).toBe(lists.manifest.inputHash);
    expect(lists.manifest).not.toHaveProperty('calendar');
    expect(withoutSource(cn)).toEqual(withoutSource(lists));
    expect(verify(autumnCn(), cn)).toMatchObject({ ok: true, status: 'verified' });
    expect(verify(autumn(), cn)).toMatchObject({ ok: true, status: 'verified' });
    expect(verify(autumnCn(), lists)).toMatchObject({ ok: true, status: 'verified' });
  });

  it('verifies a schedule whose days another version of the package wrote out, and names a malformed record', () => {
    const cn = plan(autumnCn());
    const other = structuredClone(cn);
    other.manifest.calendar = { ...SOURCE, version: '99.0.0' };
    sealSchedule(other, 'autumn-cn');
    expect(verify(autumnCn(), other)).toMatchObject({ ok: true, status: 'verified' });
    const bad: any = structuredClone(cn);
    bad.manifest.calendar = { name: 'CN', package: 'chinese-days' };
    sealSchedule(bad, 'autumn-cn');
    const result = verify(autumnCn(), bad);
    expect(result.status).toBe('different');
    expect(result.differences.map((d) => d.path)).toContain('manifest.calendar.version');
    const changed = structuredClone(cn);
    changed.manifest.calendar!.version = '99.0.0'; // not resealed: caught by the seal
    expect(verify(autumnCn(), changed).status).toBe('different');
  });

  it('replans and substitutes a schedule drawn with it', () => {
    const cn = plan(autumnCn());
    const next = replan(autumnCn(), cn, { from: '2026-10-12', reason: 'r', changes: { close: ['ps-c'] } });
    expect(next.manifest.calendar).toEqual(SOURCE);
    expect(verify(autumnCn(), next).status).toBe('verified');
    const visit = cn.visits.find((v) => v.date >= '2026-10-12')!;
    const sub = substitute(autumnCn(), cn, {
      inspector: visit.inspectors[0],
      dates: [visit.date],
      reason: 'ill',
      at: '2026-10-09T08:00:00+08:00',
    });
    expect(verify(autumnCn(), sub).status).toBe('verified');
  });
});

describe('listed days outside the horizon', () => {
  /** The whole year's lists of the notice, pasted as they are, and a day of 2027. */
  function pasted(input: any): any {
    const p = structuredClone(input);
    p.horizon.holidays = ['2026-01-01', '2026-01-02', '2026-01-03', ...p.horizon.holidays, '2027-01-01'];
    p.horizon.extraWorkdays = ['2026-01-04', ...p.horizon.extraWorkdays];
    return p;
  }

  it('are accepted, counted, and left out of the input hash (the county keeps its hash)', () => {
    const expanded = expandPlan(pasted(county));
    expect(expanded.ignored).toEqual({ holidays: 4, extraWorkdays: 1 });
    expect(hashInput(expanded.input)).toBe(golden.manifest.inputHash);
    expect(expanded.input.horizon).toEqual(expandPlan(county).input.horizon);
  });

  it('change nothing in the schedule, deadlines beyond the horizon included', () => {
    const before = plan(autumn());
    const p = pasted(autumn());
    p.horizon.holidays.push('2026-10-26', '2026-10-27');
    expect(plan(p)).toEqual(before);
    expect(before.findings![0]).toMatchObject({
      deadline: '2026-10-27',
      followUp: '2026-10-28',
      scheduled: false,
    });
    expect(verify(p, before).status).toBe('verified');
  });

  it('come on top of an official calendar too', () => {
    const p = autumnCn();
    p.horizon.holidays = ['2026-01-01', '2026-10-01'];
    const expanded = expandPlan(p);
    expect(expanded.ignored).toEqual({ holidays: 1, extraWorkdays: 0 });
    expect(hashInput(expanded.input)).toBe(hashInput(expandPlan(autumn()).input));
  });
});
