import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { fairnessReport } from '../../src/report/fairnessReport.js';
import { plan } from '../../src/schedule/plan.js';
import type { Schedule } from '../../src/schedule/Schedule.js';
import { arbitraryPlan } from '../schedule/arbitraryPlan.js';
import { countySchedule, countyWithOtherKinds } from './county.js';

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

function expectError(schedule: unknown, path: string, message: RegExp) {
  try {
    fairnessReport(schedule as Schedule);
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
  const report = fairnessReport(schedule);

  it('gives every unit the probabilities, expected and realised visits the schedule states', () => {
    expect(report.units).toHaveLength(40);
    report.units.forEach((u, i) => {
      const s = schedule.units[i]!;
      expect(u.id).toBe(s.id);
      expect(u.type).toBe(s.type);
      expect(u.probabilities).toEqual(s.probabilities);
      expect(Math.abs(u.expected - s.expectedVisits)).toBeLessThan(1e-9);
      expect(u.realised).toBe(s.visits);
      expect(u.deviation).toBeCloseTo(s.visits - s.expectedVisits, 12);
      expect(u.withinPromise).toBe(true);
      expect(u.other).toBe(0);
      const positive = s.probabilities.filter((p) => p > 0);
      expect(u.activePeriods).toBe(positive.length);
      expect(u.minProbability).toBe(Math.min(...positive));
      expect(u.maxProbability).toBe(Math.max(...positive));
    });
    const chengguan = report.units.find((u) => u.id === 'ps-chengguan')!;
    expect(chengguan.expected.toFixed(4)).toBe('12.5013');
    expect(chengguan.realised).toBe(13);
    expect(chengguan.maxProbability.toFixed(6)).toBe('0.263736');
    const xincheng = report.units.find((u) => u.id === 'ps-xincheng')!;
    expect([xincheng.activePeriods, xincheng.realised]).toEqual([25, 4]);
  });

  it('recomputes each police type per period exactly as schedule.types', () => {
    expect(report.types.map((t) => t.type)).toEqual(schedule.types.map((t) => t.type));
    report.types.forEach((t, j) => {
      const s = schedule.types[j]!;
      expect(t.units).toBe(s.units);
      expect(t.realisedPerPeriod).toEqual(s.realised);
      t.expectedPerPeriod.forEach((e, k) => {
        expect(Math.abs(e - s.expected[k]!)).toBeLessThan(1e-9);
      });
      expect(t.realised).toBe(sum(s.realised));
      expect(Math.abs(t.expected - sum(s.expected))).toBeLessThan(1e-9);
      expect(t.periodsOutsidePromise).toBe(0);
      expect(t.other).toBe(0);
    });
    const stations = report.types.find((t) => t.type === 'police-station')!;
    expect([stations.units, stations.realised, stations.expected.toFixed(2)]).toEqual([15, 148, '148.36']);
  });

  it('gives every inspector the load and police-type mix of schedule.inspectors', () => {
    expect(report.inspectors.map((x) => x.id)).toEqual(schedule.inspectors.map((x) => x.id));
    report.inspectors.forEach((x, k) => {
      const s = schedule.inspectors[k]!;
      expect(x.visits).toBe(s.visits);
      expect(x.routine).toBe(s.visits);
      expect(x.other).toBe(0);
      expect(x.byType).toEqual(s.byType);
    });
    expect(sum(report.inspectors.map((x) => x.visits))).toBe(2 * 289);
  });

  it('counts periods, kinds, days and totals', () => {
    expect(report.horizon).toEqual({ start: '2026-01-05', end: '2026-12-27' });
    expect(report.periods.map((p) => p.budget)).toEqual(schedule.periods.map((p) => p.visits));
    expect(report.periods.map((p) => p.routine)).toEqual(schedule.periods.map((p) => p.visits));
    expect(report.kinds).toEqual({ routine: 289 });
    expect(report.days).toHaveLength(357);
    expect(report.days[0]).toMatchObject({ date: '2026-01-05', weekday: 1 });
    expect(report.days.at(-1)).toMatchObject({ date: '2026-12-27', weekday: 7 });
    expect(sum(report.days.map((d) => d.routine))).toBe(289);
    const perDate = new Map<string, number>();
    for (const v of schedule.visits) perDate.set(v.date, (perDate.get(v.date) ?? 0) + 1);
    for (const d of report.days) expect(d.routine).toBe(perDate.get(d.date) ?? 0);
    expect(report.totals).toEqual({
      visits: 289,
      routine: 289,
      other: 0,
      units: 40,
      types: 8,
      inspectors: 25,
      unitsWithinPromise: 40,
      typePeriodsWithinPromise: 408,
      typePeriods: 408,
      changes: 0,
    });
    expect(report.manifest.scheduleHash).toBe(schedule.manifest.scheduleHash);
    expect(report.promises).toEqual({ routine: 'horizon-flow+type@1', unitCounts: true, typeCounts: true });
  });

  it('is pure: the schedule is not changed and the same schedule gives the same report', () => {
    const before = JSON.stringify(schedule);
    expect(fairnessReport(schedule)).toEqual(report);
    expect(JSON.stringify(schedule)).toBe(before);
  });
});

describe('fairnessReport with visits of every kind and unknown fields', () => {
  const base = fairnessReport(countySchedule());
  const report = fairnessReport(countyWithOtherKinds());

  it('leaves the routine promise unchanged and counts the other kinds apart', () => {
    expect(report.kinds).toEqual({
      routine: 289,
      'audit-sample': 1,
      campaign: 1,
      directed: 1,
      'follow-up': 2,
    });
    expect(report.totals).toMatchObject({ visits: 294, routine: 289, other: 5, unitsWithinPromise: 40 });
    report.units.forEach((u, i) => {
      expect(u.realised).toBe(base.units[i]!.realised);
      expect(u.expected).toBe(base.units[i]!.expected);
    });
    const luohe = report.units.find((u) => u.id === 'ps-luohe')!;
    expect(luohe.other).toBe(3);
    expect(luohe.byKind).toEqual({ 'audit-sample': 1, directed: 1, 'follow-up': 1, routine: 12 });
    expect(report.units[0]!.name).toBe('Chengguan police station');
    const stations = report.types.find((t) => t.type === 'police-station')!;
    expect(stations.realisedPerPeriod).toEqual(
      base.types.find((t) => t.type === 'police-station')!.realisedPerPeriod,
    );
    expect(stations.other).toBe(4);
    expect(report.types.find((t) => t.type === 'criminal-investigation')!.other).toBe(1);
    expect(report.periods[8]).toMatchObject({ routine: 6, other: 1 });
  });

  it('widens the calendar to a follow-up after the horizon and lists an unlisted inspector last', () => {
    expect(report.horizon).toEqual({ start: '2026-01-05', end: '2027-01-08' });
    expect(report.days).toHaveLength(357 + 12);
    expect(report.days.at(-1)).toEqual({ date: '2027-01-08', weekday: 5, routine: 0, other: 1 });
    expect(report.days.find((d) => d.date === '2026-06-10')).toMatchObject({ other: 1 });
    expect(report.inspectors.at(-1)).toEqual({
      id: 'insp-new',
      visits: 1,
      routine: 0,
      other: 1,
      byType: { 'criminal-investigation': 1 },
    });
    const insp03 = report.inspectors.find((x) => x.id === 'insp-03')!;
    const before = base.inspectors.find((x) => x.id === 'insp-03')!;
    expect([insp03.visits, insp03.routine, insp03.other]).toEqual([before.visits + 2, before.visits, 2]);
  });
});

describe('fairnessReport on an edited schedule', () => {
  it('shows what the visits really say when a routine visit is moved to another unit', () => {
    const s = countySchedule();
    const moved = s.visits.find((v) => v.unit === 'ps-chengguan')!;
    moved.unit = 'ps-luohe';
    const report = fairnessReport(s);
    expect(report.units.find((u) => u.id === 'ps-chengguan')!.realised).toBe(12);
    const luohe = report.units.find((u) => u.id === 'ps-luohe')!;
    expect(luohe.realised).toBe(13);
    expect(report.totals.unitsWithinPromise).toBe(40);
    const again = s.visits.find((v) => v.unit === 'ps-xiaji')!;
    again.unit = 'ps-luohe';
    const report2 = fairnessReport(s);
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
  it.each([
    ['not an object', () => null, 'schedule', /expected object/],
    ['no units', () => edit((s) => delete s.units), 'schedule.units', /expected array/],
    [
      'no manifest hash',
      () => edit((s) => delete s.manifest.scheduleHash),
      'schedule.manifest.scheduleHash',
      /expected string/,
    ],
    [
      'a probability above 1',
      () => edit((s) => (s.units[2].probabilities[5] = 1.5)),
      'schedule.units[2].probabilities[5]',
      /<= 1/,
    ],
    [
      'a NaN probability',
      () => edit((s) => (s.units[2].probabilities[5] = null)),
      'schedule.units[2].probabilities[5]',
      /expected number/,
    ],
    [
      'a period missing in a unit',
      () => edit((s) => s.units[3].probabilities.pop()),
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
    const manifest = { library: 'x', algorithm: '', inputHash: '', seedCommitment: '', scheduleHash: '' };
    const empty = fairnessReport({ manifest, periods: [], units: [], visits: [] } as any);
    expect(empty.horizon).toEqual({ start: '', end: '' });
    expect([empty.days, empty.units, empty.types, empty.inspectors]).toEqual([[], [], [], []]);
    expect(empty.kinds).toEqual({ routine: 0 });
    const week = fairnessReport({
      manifest,
      periods: [{ index: 0, start: '2026-01-05', end: '2026-01-11', visits: 0 }],
      units: [{ id: 'a', type: 't', probabilities: [0] }],
      visits: [],
    } as any);
    expect(week.days).toHaveLength(7);
    expect(week.units[0]).toMatchObject({
      expected: 0,
      realised: 0,
      minProbability: 0,
      activePeriods: 0,
      withinPromise: true,
    });
    expect(week.inspectors).toEqual([]);
  });
});

describe('fairnessReport reads the promises from the routine algorithm', () => {
  it('horizon coordination with type balance, independent draws, and a manifest without `algorithms`', () => {
    const s = countySchedule() as any;
    delete s.manifest.algorithms;
    expect(fairnessReport(s).promises).toEqual({
      routine: 'horizon-flow+type@1',
      unitCounts: true,
      typeCounts: true,
    });
    s.manifest.algorithm = 'seed=sha256-path@1;routine=maxent+type@1;dates=spread-shuffle@1';
    expect(fairnessReport(s).promises).toEqual({
      routine: 'maxent+type@1',
      unitCounts: false,
      typeCounts: true,
    });
    s.manifest.algorithms = { routine: 'pivotal@1' };
    expect(fairnessReport(s).promises).toEqual({
      routine: 'pivotal@1',
      unitCounts: false,
      typeCounts: false,
    });
    s.manifest.algorithm = 'something-else';
    delete s.manifest.algorithms;
    expect(fairnessReport(s).promises).toEqual({ routine: '', unitCounts: false, typeCounts: false });
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
        const r = fairnessReport(schedule);
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
