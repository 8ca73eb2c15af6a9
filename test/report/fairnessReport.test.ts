import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { unitProbabilities } from '../../src/model/unitProbabilities.js';
import { fairnessReport } from '../../src/report/fairnessReport.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { inSealFormat, SEAL_V2 } from '../../src/schedule/seal.js';
import { arbitraryPlan } from '../schedule/arbitraryPlan.js';
import { COUNTY_END, countySchedule, countyWithOtherKinds, pastEveryVisit } from './county.js';

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

function expectError(schedule: unknown, path: string, message: RegExp) {
  try {
    fairnessReport(schedule as Schedule, COUNTY_END);
  } catch (e) {
    expect(e).toBeInstanceOf(FairdrawError);
    expect((e as FairdrawError).code).toBe('invalid-input');
    expect((e as FairdrawError).path).toBe(path);
    expect((e as FairdrawError).message).toMatch(message);
    return;
  }
  throw new Error(`no error for ${path}`);
}

describe('fairnessReport on the county example', () => {
  const schedule = countySchedule();
  const report = fairnessReport(schedule, COUNTY_END);
  const unitOf = new Map(schedule.units.map((u) => [u.id, u]));
  const typeOfUnit = (id: string) => unitOf.get(id)!.type;

  it('gives every unit the probabilities, expected and realised routine visits the schedule states', () => {
    expect(report.units).toHaveLength(40);
    report.units.forEach((u, i) => {
      const s = schedule.units[i]!;
      expect(u.id).toBe(s.id);
      expect(u.type).toBe(s.type);
      expect(u.probabilities).toEqual(unitProbabilities(schedule, s));
      expect(Math.abs(u.expected - s.expectedVisits)).toBeLessThan(1e-9);
      // units[].visits counts routine visits only; the other kinds have their own counts
      expect(u.realised).toBe(s.visits);
      expect(u.deviation).toBeCloseTo(s.visits - s.expectedVisits, 12);
      expect([u.promiseExpected, u.promiseRealised]).toEqual([u.expected, u.realised]);
      expect(u.withinPromise).toBe(true);
      const other = s.campaignVisits! + s.directedVisits! + s.followUpVisits!;
      expect(u.other).toBe(other);
      expect(u.byKind.routine ?? 0).toBe(s.visits);
      expect(u.byKind.campaign ?? 0).toBe(s.campaignVisits);
      expect(u.byKind.directed ?? 0).toBe(s.directedVisits);
      expect(u.byKind['follow-up'] ?? 0).toBe(s.followUpVisits);
      expect(u.campaigns).toEqual(s.campaigns);
      expect(u.capped).toBe(false);
      const positive = unitProbabilities(schedule, s).filter((p) => p > 0);
      expect(u.activePeriods).toBe(positive.length);
      expect(u.minProbability).toBe(Math.min(...positive));
      expect(u.maxProbability).toBe(Math.max(...positive));
    });
    expect(sum(report.units.map((u) => u.other))).toBe(13);
    const chengguan = report.units.find((u) => u.id === 'ps-chengguan')!;
    expect(chengguan.expected.toFixed(4)).toBe('12.5013');
    expect(chengguan.realised).toBe(13);
    expect(chengguan.byKind).toEqual({ campaign: 1, routine: 13 });
    expect(chengguan.campaigns['spring-crackdown']!.toFixed(6)).toBe('0.714286');
    expect(chengguan.maxProbability.toFixed(6)).toBe('0.263736');
    const xincheng = report.units.find((u) => u.id === 'ps-xincheng')!;
    expect([xincheng.activePeriods, xincheng.realised]).toEqual([25, 4]);
  });

  it('recomputes each police type per period exactly as schedule.types, the other kinds apart', () => {
    expect(report.types.map((t) => t.type)).toEqual(schedule.types.map((t) => t.type));
    report.types.forEach((t, j) => {
      const s = schedule.types[j]!;
      expect(t.units).toBe(s.units);
      // schedule.types[].realised counts routine visits only
      expect(t.realisedPerPeriod).toEqual(s.realised);
      t.expectedPerPeriod.forEach((e, k) => {
        expect(Math.abs(e - s.expected[k]!)).toBeLessThan(1e-9);
      });
      expect(t.realised).toBe(sum(s.realised));
      expect(Math.abs(t.expected - sum(s.expected))).toBeLessThan(1e-9);
      expect(t.periodsOutsidePromise).toBe(0);
      const other = schedule.visits.filter((v) => v.kind !== 'routine' && typeOfUnit(v.unit) === t.type);
      expect(t.other).toBe(other.length);
    });
    const stations = report.types.find((t) => t.type === 'police-station')!;
    expect([stations.units, stations.realised, stations.expected.toFixed(2), stations.other]).toEqual([
      15,
      148,
      '148.36',
      12,
    ]);
  });

  it('gives every inspector the load and police-type mix of schedule.inspectors, routine apart', () => {
    expect(report.inspectors.map((x) => x.id)).toEqual(schedule.inspectors.map((x) => x.id));
    report.inspectors.forEach((x, k) => {
      const s = schedule.inspectors[k]!;
      // schedule.inspectors[].visits counts visits of every kind
      expect(x.visits).toBe(s.visits);
      expect(x.byType).toEqual(s.byType);
      const on = schedule.visits.filter((v) => v.inspectors.includes(x.id));
      expect(x.routine).toBe(on.filter((v) => v.kind === 'routine').length);
      expect(x.other).toBe(on.filter((v) => v.kind !== 'routine').length);
      expect(x.routine + x.other).toBe(x.visits);
    });
    expect(sum(report.inspectors.map((x) => x.visits))).toBe(2 * schedule.visits.length);
    expect(sum(report.inspectors.map((x) => x.routine))).toBe(2 * 289);
    expect(sum(report.inspectors.map((x) => x.other))).toBe(2 * 13);
  });

  it('counts periods, kinds, days and totals', () => {
    expect(report.horizon).toEqual({ start: '2026-01-05', end: '2026-12-27' });
    expect(report.periods.map((p) => p.budget)).toEqual(schedule.periods.map((p) => p.visits));
    expect(report.periods.map((p) => p.routine)).toEqual(schedule.periods.map((p) => p.visits));
    expect(sum(report.periods.map((p) => p.other))).toBe(13);
    expect(report.kinds).toEqual({ routine: 289, campaign: 10, directed: 2, 'follow-up': 1 });
    expect(report.kinds.campaign).toBe(sum(schedule.campaigns!.map((c) => c.visits)));
    expect(report.kinds.directed).toBe(schedule.directed!.filter((d) => d.visit).length);
    expect(report.kinds['follow-up']).toBe(schedule.findings!.filter((f) => f.scheduled).length);
    expect(report.days).toHaveLength(357);
    expect(report.days[0]).toMatchObject({ date: '2026-01-05', weekday: 1 });
    expect(report.days.at(-1)).toMatchObject({ date: '2026-12-27', weekday: 7 });
    expect(sum(report.days.map((d) => d.routine))).toBe(289);
    expect(sum(report.days.map((d) => d.other))).toBe(13);
    const perDate = new Map<string, { routine: number; other: number }>();
    for (const v of schedule.visits) {
      const c = perDate.get(v.date) ?? { routine: 0, other: 0 };
      c[v.kind === 'routine' ? 'routine' : 'other'] += 1;
      perDate.set(v.date, c);
    }
    for (const d of report.days) {
      expect(d.routine).toBe(perDate.get(d.date)?.routine ?? 0);
      expect(d.other).toBe(perDate.get(d.date)?.other ?? 0);
    }
    expect(report.totals).toEqual({
      visits: 302,
      routine: 289,
      other: 13,
      units: 40,
      types: 8,
      inspectors: 25,
      unitsWithinPromise: 40,
      typePeriodsWithinPromise: 408,
      typePeriods: 408,
      changes: 0,
    });
    expect(report.manifest.scheduleHash).toBe(schedule.manifest.scheduleHash);
    expect(report.promises).toEqual({
      routine: 'horizon-flow+type@1',
      unitCounts: true,
      typeCounts: true,
      fromPeriod: 0,
    });
  });

  it('passes the campaigns, directed visits and findings through, with the campaign visits listed', () => {
    expect(report.campaigns).toEqual([
      {
        id: 'spring-crackdown',
        from: '2026-03-02',
        to: '2026-04-30',
        planned: 10,
        visits: 10,
        scopeUnits: 14,
        fairness: 'equal',
        design: 'maxent',
      },
    ]);
    expect(report.directed).toEqual(schedule.directed!.map((d) => ({ note: '', visit: '', ...d })));
    expect(report.directed.map((d) => d.visit)).toEqual(['v-0136', 'v-0234']);
    expect(report.findings).toEqual(
      schedule.findings!.map(({ deadlineWorkdays: _, ...f }) => ({ note: '', visit: '', ...f })),
    );
    expect(report.findings.map((f) => [f.unit, f.scheduled, f.visit])).toEqual([
      ['ps-xiaji', true, 'v-0109'],
      ['dc-county', false, ''],
    ]);
    expect(report.findings[1]!.note).toMatch(/after the horizon end/);
    expect([report.conflicts, report.notes]).toEqual([[], []]);
  });

  it('is pure: the schedule is not changed and the same schedule gives the same report', () => {
    const before = JSON.stringify(schedule);
    expect(fairnessReport(schedule, COUNTY_END)).toEqual(report);
    expect(JSON.stringify(schedule)).toBe(before);
  });
});

describe('fairnessReport refuses what no schedule has', () => {
  it('names a field or a visit kind this version does not write, and a plan file in one line', () => {
    const extra = countySchedule() as any;
    extra.revealed = { periods: [0, 1] };
    expect(() => fairnessReport(extra, COUNTY_END)).toThrow(/^schedule\.revealed: unknown field$/);
    const kind = countySchedule() as any;
    kind.visits[3].kind = 'audit-sample';
    expect(() => fairnessReport(kind, COUNTY_END)).toThrow(/^schedule\.visits\[3\]\.kind: /);
    const input = JSON.parse(readFileSync('examples/county.json', 'utf8'));
    expect(() => fairnessReport(input, COUNTY_END)).toThrow(
      /^schedule: is a plan file, not a schedule: [^\n]*$/,
    );
  });
});

describe('fairnessReport with visits of every kind', () => {
  const base = fairnessReport(countySchedule(), COUNTY_END);
  const report = fairnessReport(countyWithOtherKinds(), pastEveryVisit(countyWithOtherKinds()));

  it('leaves the routine promise unchanged and counts the other kinds apart', () => {
    // the fixture adds 1 campaign, 1 directed and 2 follow-up visits to the county's own
    expect(report.kinds).toEqual({
      routine: 289,
      campaign: base.kinds.campaign! + 1,
      directed: base.kinds.directed! + 1,
      'follow-up': base.kinds['follow-up']! + 2,
    });
    expect(report.totals).toMatchObject({
      visits: base.totals.visits + 4,
      routine: 289,
      other: base.totals.other + 4,
      unitsWithinPromise: 40,
    });
    report.units.forEach((u, i) => {
      expect(u.realised).toBe(base.units[i]!.realised);
      expect(u.expected).toBe(base.units[i]!.expected);
      expect(u.withinPromise).toBe(true);
    });
    const luohe = report.units.find((u) => u.id === 'ps-luohe')!;
    const luoheBefore = base.units.find((u) => u.id === 'ps-luohe')!;
    expect(luohe.other).toBe(luoheBefore.other + 2);
    expect(luohe.byKind).toEqual({
      directed: (luoheBefore.byKind.directed ?? 0) + 1,
      'follow-up': (luoheBefore.byKind['follow-up'] ?? 0) + 1,
      routine: 12,
    });
    expect(report.units[0]!.name).toBe('Chengguan police station');
    const stations = report.types.find((t) => t.type === 'police-station')!;
    const stationsBefore = base.types.find((t) => t.type === 'police-station')!;
    expect(stations.realisedPerPeriod).toEqual(stationsBefore.realisedPerPeriod);
    expect(stations.other).toBe(stationsBefore.other + 3);
    const ci = (r: typeof report) => r.types.find((t) => t.type === 'criminal-investigation')!.other;
    expect(ci(report)).toBe(ci(base) + 1);
    expect(report.periods[8]).toMatchObject({ routine: 6, other: base.periods[8]!.other + 1 });
    expect(report.campaigns[0]!.visits).toBe(base.campaigns[0]!.visits + 1);
  });

  it('widens the calendar to a follow-up after the horizon and lists an unlisted inspector last', () => {
    expect(report.horizon).toEqual({ start: '2026-01-05', end: '2027-01-08' });
    expect(report.days).toHaveLength(357 + 12);
    expect(report.days.at(-1)).toEqual({ date: '2027-01-08', weekday: 5, routine: 0, other: 1 });
    const day = (r: typeof report, date: string) => r.days.find((d) => d.date === date)!;
    expect(day(report, '2026-06-10').other).toBe(day(base, '2026-06-10').other + 1);
    expect(day(report, '2026-06-10').routine).toBe(day(base, '2026-06-10').routine);
    expect(report.inspectors.at(-1)).toEqual({
      id: 'insp-new',
      visits: 1,
      routine: 0,
      other: 1,
      byType: { 'criminal-investigation': 1 },
    });
    const insp03 = report.inspectors.find((x) => x.id === 'insp-03')!;
    const before = base.inspectors.find((x) => x.id === 'insp-03')!;
    expect([insp03.visits, insp03.routine, insp03.other]).toEqual([
      before.visits + 2,
      before.routine,
      before.other + 2,
    ]);
  });
});

describe('fairnessReport on an edited schedule', () => {
  it('shows what the visits really say when a routine visit is moved to another unit', () => {
    const s = countySchedule();
    const moved = s.visits.find((v) => v.unit === 'ps-chengguan')!;
    moved.unit = 'ps-luohe';
    const report = fairnessReport(s, COUNTY_END);
    expect(report.units.find((u) => u.id === 'ps-chengguan')!.realised).toBe(12);
    const luohe = report.units.find((u) => u.id === 'ps-luohe')!;
    expect(luohe.realised).toBe(13);
    expect(report.totals.unitsWithinPromise).toBe(40);
    const again = s.visits.find((v) => v.unit === 'ps-xiaji')!;
    again.unit = 'ps-luohe';
    const report2 = fairnessReport(s, COUNTY_END);
    expect(report2.units.find((u) => u.id === 'ps-luohe')!.withinPromise).toBe(false);
    expect(report2.totals.unitsWithinPromise).toBe(39);
  });
});

describe('fairnessReport rejects malformed schedules, naming the field', () => {
  const edit = (f: (s: any) => void) => {
    const s = countySchedule() as any;
    f(s);
    return s;
  };
  /** The same edit on the county schedule in the format before profiles (each unit lists its own). */
  const editV2 = (f: (s: any) => void) => {
    const s = inSealFormat(countySchedule(), SEAL_V2) as any;
    f(s);
    return s;
  };
  // units[2] and units[3] have vectors of their own: profiles 2 and 3
  const [p2, p3] = [countySchedule().units[2]!.profile!, countySchedule().units[3]!.profile!];
  it.each([
    ['not an object', () => null, 'schedule', /is not a fairdraw schedule/],
    ['no units', () => edit((s) => delete s.units), 'schedule.units', /expected array/],
    [
      'no manifest hash',
      () => edit((s) => delete s.manifest.scheduleHash),
      'schedule.manifest.scheduleHash',
      /expected string/,
    ],
    [
      'a probability above 1',
      () => edit((s) => (s.profiles[p2][5] = 1.5)),
      `schedule.profiles[${p2}][5]`,
      /<= 1/,
    ],
    [
      'a NaN probability',
      () => edit((s) => (s.profiles[p2][5] = null)),
      `schedule.profiles[${p2}][5]`,
      /expected number/,
    ],
    [
      'a period missing in a profile',
      () => edit((s) => s.profiles[p3].pop()),
      `schedule.profiles[${p3}]`,
      /50 values for 51 periods/,
    ],
    [
      'a probability above 1 (v2)',
      () => editV2((s) => (s.units[2].probabilities[5] = 1.5)),
      'schedule.units[2].probabilities[5]',
      /<= 1/,
    ],
    [
      'a NaN probability (v2)',
      () => editV2((s) => (s.units[2].probabilities[5] = null)),
      'schedule.units[2].probabilities[5]',
      /expected number/,
    ],
    [
      'a period missing in a unit (v2)',
      () => editV2((s) => s.units[3].probabilities.pop()),
      'schedule.units[3].probabilities',
      /50 values for 51 periods/,
    ],
    [
      'a duplicate unit',
      () => edit((s) => (s.units[4].id = s.units[1].id)),
      'schedule.units[4].id',
      /duplicate unit "ps-luohe"/,
    ],
    [
      'a visit to an unknown unit',
      () => edit((s) => (s.visits[7].unit = 'ps-nowhere')),
      'schedule.visits[7].unit',
      /unknown unit "ps-nowhere"/,
    ],
    [
      'a routine visit outside every period',
      () => edit((s) => (s.visits[9].period = 51)),
      'schedule.visits[9].period',
      /routine visit in period 51/,
    ],
    [
      'a non-date',
      () => edit((s) => (s.visits[3].date = '2026-02-30')),
      'schedule.visits[3].date',
      /existing calendar date/,
    ],
    [
      'a misnumbered period',
      () => edit((s) => (s.periods[2].index = 7)),
      'schedule.periods[2].index',
      /must be 2/,
    ],
    [
      'a visit centuries away',
      () => edit((s) => (s.visits.at(-1).date = '2999-01-01')),
      'schedule.visits',
      /more than 11 years/,
    ],
  ])('%s', (_name, make, path, message) => expectError(make(), path, message));
});

describe('fairnessReport on degenerate schedules', () => {
  it('reports a schedule without periods, units or visits, and one without inspectors', () => {
    const manifest = {
      library: 'x',
      algorithm: '',
      algorithms: {},
      rng: 'r',
      inputHash: '',
      seedCommitment: '',
      scheduleHash: '',
      periods: 0,
    };
    const parts = { types: [], inspectors: [], log: [] };
    const empty = fairnessReport(
      { manifest, periods: [], units: [], visits: [], ...parts },
      { asOf: '2026-01-01' },
    );
    expect(empty.horizon).toEqual({ start: '', end: '' });
    expect([empty.days, empty.units, empty.types, empty.inspectors]).toEqual([[], [], [], []]);
    expect(empty.kinds).toEqual({ routine: 0 });
    const week = fairnessReport(
      {
        manifest,
        periods: [{ index: 0, start: '2026-01-05', end: '2026-01-11', visits: 0, workdays: 5 }],
        units: [{ id: 'a', type: 't', probabilities: [0], expectedVisits: 0, visits: 0 }],
        visits: [],
        ...parts,
      },
      { asOf: '2026-01-11' },
    );
    expect(week.days).toHaveLength(7);
    expect(week.units[0]).toMatchObject({
      expected: 0,
      realised: 0,
      minProbability: 0,
      activePeriods: 0,
      withinPromise: true,
    });
    expect(week.inspectors).toEqual([]);
    // the same week with the unit's probabilities in a profile (the format plan writes)
    const profiled = fairnessReport(
      {
        manifest,
        periods: [{ index: 0, start: '2026-01-05', end: '2026-01-11', visits: 0, workdays: 5 }],
        units: [{ id: 'a', type: 't', profile: 0, expectedVisits: 0, visits: 0 }],
        profiles: [[0]],
        visits: [],
        ...parts,
      },
      { asOf: '2026-01-11' },
    );
    expect(profiled.units).toEqual(week.units);
  });
});

describe('fairnessReport reads the promises from the routine algorithm', () => {
  it('horizon coordination with type balance, independent draws, and a manifest without `algorithms`', () => {
    const s = countySchedule() as any;
    s.manifest.algorithms = {};
    expect(fairnessReport(s, COUNTY_END).promises).toEqual({
      routine: 'horizon-flow+type@1',
      unitCounts: true,
      typeCounts: true,
      fromPeriod: 0,
    });
    s.manifest.algorithm = 'seed=sha256-path@1;routine=maxent+type@1;dates=spread-shuffle@1';
    expect(fairnessReport(s, COUNTY_END).promises).toEqual({
      routine: 'maxent+type@1',
      unitCounts: false,
      typeCounts: true,
      fromPeriod: 0,
    });
    s.manifest.algorithms = { routine: 'pivotal@1' };
    expect(fairnessReport(s, COUNTY_END).promises).toEqual({
      routine: 'pivotal@1',
      unitCounts: false,
      typeCounts: false,
      fromPeriod: 0,
    });
    s.manifest.algorithm = 'something-else';
    s.manifest.algorithms = {};
    expect(fairnessReport(s, COUNTY_END).promises).toEqual({
      routine: '',
      unitCounts: false,
      typeCounts: false,
      fromPeriod: 0,
    });
  });
});

describe('fairnessReport on replanned and limited schedules', () => {
  const input = JSON.parse(readFileSync('examples/county.json', 'utf8'));
  const from = '2026-07-06';
  const replanned = replan(input, plan(input), {
    from,
    reason: 'reorganisation',
    changes: {
      add: [{ id: 'ps-new', type: 'police-station', risk: 5, active: { from: '2026-08-01' } }],
      close: ['ci-east'],
      risk: { 'ps-luohe': 8 },
    },
  });
  const report = fairnessReport(replanned, COUNTY_END);

  it('checks the unit counts over the redrawn periods only, the promise a replan restates', () => {
    const t0 = replanned.periods.findIndex((p) => p.start === from);
    expect(t0).toBe(26);
    expect(report.promises.fromPeriod).toBe(t0);
    report.units.forEach((u, i) => {
      const s = replanned.units[i]!;
      const later = replanned.visits.filter((v) => v.kind === 'routine' && v.unit === u.id && v.period >= t0);
      expect(u.promiseRealised).toBe(later.length);
      expect(Math.abs(u.promiseExpected - sum(unitProbabilities(replanned, s).slice(t0)))).toBeLessThan(1e-9);
      expect(u.realised).toBe(s.visits);
      expect(Math.abs(u.expected - s.expectedVisits)).toBeLessThan(1e-9);
      expect(Math.abs(u.promiseRealised - u.promiseExpected)).toBeLessThan(1);
    });
    expect(report.totals.unitsWithinPromise).toBe(41);
    expect(report.totals.typePeriodsWithinPromise).toBe(report.totals.typePeriods);
    // the whole-year counts are no longer promised, and here indeed not all within 1
    expect(report.units.filter((u) => Math.abs(u.realised - u.expected) >= 1).length).toBeGreaterThan(5);
    expect(report.notes).toEqual(replanned.notes!.map((n) => ({ unit: '', ...n })));
    expect(report.notes[0]).toMatchObject({ kind: 'restated', from });
    expect(report.totals.changes).toBe(1);
  });

  it('moves a unit moved after the replan out of the promise, not one moved before it', () => {
    const s = structuredClone(replanned);
    const before = s.visits.find((v) => v.kind === 'routine' && v.period < 26 && v.unit === 'ps-luohe')!;
    before.unit = 'ps-xiaji';
    expect(fairnessReport(s, COUNTY_END).totals.unitsWithinPromise).toBe(41);
    const luohe = fairnessReport(s, COUNTY_END).units.find((u) => u.id === 'ps-luohe')!;
    const after = s.visits.filter((v) => v.kind === 'routine' && v.period >= 26 && v.unit === 'ps-luohe');
    for (const v of after.slice(0, 2)) v.unit = 'ps-xiaji';
    const moved = fairnessReport(s, COUNTY_END);
    expect(moved.units.find((u) => u.id === 'ps-luohe')!.promiseRealised).toBe(luohe.promiseRealised - 2);
    expect(moved.units.find((u) => u.id === 'ps-luohe')!.withinPromise).toBe(false);
    expect(moved.units.find((u) => u.id === 'ps-xiaji')!.withinPromise).toBe(false);
  });

  it('marks capped units and lists the gap conflicts', () => {
    const limited = plan({ ...input, limits: { maxVisitsPerUnit: 10, minGapDays: 14 } });
    const r = fairnessReport(limited, COUNTY_END);
    expect(r.units.map((u) => u.capped)).toEqual(limited.units.map((u) => u.capped === true));
    expect(r.units.filter((u) => u.capped).length).toBe(18);
    for (const u of r.units) expect(u.realised + u.other).toBeLessThanOrEqual(10);
    expect(r.totals.unitsWithinPromise).toBe(40);
    expect(r.conflicts).toEqual(limited.conflicts);
    expect(r.conflicts.length).toBeGreaterThan(0);
  });
});

describe('fairnessReport on random plans', () => {
  it('adds up: units, types, periods, days and inspectors count the same routine visits', () => {
    let checked = 0;
    fc.assert(
      fc.property(arbitraryPlan(), (input) => {
        let schedule: Schedule;
        try {
          schedule = plan(input as never);
        } catch (e) {
          expect(e).toBeInstanceOf(FairdrawError);
          return;
        }
        checked += 1;
        const r = fairnessReport(schedule, { asOf: schedule.periods.at(-1)!.end });
        const routine = schedule.visits.length;
        expect(r.totals.routine).toBe(routine);
        expect(sum(r.units.map((u) => u.realised))).toBe(routine);
        expect(sum(r.types.map((t) => t.realised))).toBe(routine);
        expect(sum(r.periods.map((p) => p.routine))).toBe(routine);
        expect(sum(r.days.map((d) => d.routine))).toBe(routine);
        r.units.forEach((u, i) => {
          expect(u.realised).toBe(schedule.units[i]!.visits);
        });
        r.types.forEach((t, j) => {
          expect(t.realisedPerPeriod).toEqual(schedule.types[j]!.realised);
        });
        expect(r.promises.unitCounts).toBe(true);
        expect(r.totals.unitsWithinPromise).toBe(r.units.length);
        expect(r.promises.typeCounts).toBe(input.routine.balance === 'type');
        if (r.promises.typeCounts) expect(r.totals.typePeriodsWithinPromise).toBe(r.totals.typePeriods);
      }),
      { seed: 5, numRuns: 40 },
    );
    expect(checked).toBeGreaterThan(20);
  });
});
