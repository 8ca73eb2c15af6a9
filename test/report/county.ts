import { readFileSync } from 'node:fs';
import type { Schedule } from '../../src/model/scheduleSchema.js';

/** The golden schedule of the county example (plan(examples/county.json)), a fresh copy per call. */
export function countySchedule(): Schedule {
  return JSON.parse(
    readFileSync(new URL('../golden/county.schedule.json', import.meta.url), 'utf8'),
  ) as Schedule;
}

/**
 * The county schedule with more visits of every other kind: a campaign visit, a directed visit, two
 * follow-ups (one after the horizon's end, in no period, by an inspector not in the pool), and a unit
 * name. (A field or a visit kind this version does not write is refused: `scheduleSchema`.)
 */
export function countyWithOtherKinds(): Schedule {
  const s = countySchedule() as any;
  s.units[0].name = 'Chengguan police station';
  const extra = [
    {
      id: 'c-0001',
      kind: 'campaign',
      period: 8,
      date: '2026-03-03',
      unit: 'ps-chengguan',
      inspectors: ['insp-01', 'insp-02'],
      campaign: 'spring-crackdown',
    },
    {
      id: 'd-0001',
      kind: 'directed',
      period: 22,
      date: '2026-06-10',
      unit: 'ps-luohe',
      inspectors: ['insp-03'],
      reason: 'complaint 2026-117',
    },
    {
      id: 'f-0001',
      kind: 'follow-up',
      period: 23,
      date: '2026-06-17',
      unit: 'ps-luohe',
      inspectors: ['insp-03', 'insp-04'],
      finding: 0,
    },
    {
      id: 'f-0002',
      kind: 'follow-up',
      period: 51,
      date: '2027-01-08',
      unit: 'ci-east',
      inspectors: ['insp-new'],
    },
  ];
  s.visits.push(...extra);
  return s as Schedule;
}

/** The county horizon's last day: `fairnessReport(county, COUNTY_END)` is the full report. */
export const COUNTY_END = { asOf: '2026-12-27' } as const;

/**
 * A date on or after every period's end and every visit's date of `schedule`: the full report of any
 * schedule, including one with a visit after its last period (as `countyWithOtherKinds`).
 */
export function pastEveryVisit(schedule: {
  periods: readonly { end: string }[];
  visits: readonly { date: string }[];
}): {
  asOf: string;
} {
  const dates = [...schedule.periods.map((p) => p.end), ...schedule.visits.map((v) => v.date)].sort();
  return { asOf: dates.at(-1) ?? '2026-12-31' };
}
