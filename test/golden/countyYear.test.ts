import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unitProbabilities } from '../../src/model/unitProbabilities.js';
import { plan } from '../../src/schedule/plan.js';
import { routineRows, withoutYear } from '../schedule/yearPlans.js';

const county = () => JSON.parse(readFileSync('examples/county.json', 'utf8'));

/**
 * SHA-256 of the routine rows (`period date unit`, one per line, in schedule order) of the county
 * golden schedule as committed before campaigns, directed visits and findings existed (commit
 * fb76c86): 289 routine visits.
 */
const ROUTINE_BEFORE = 'c571b13b566144e7e5c165fb4a572b859d60bf93bbb8ed98de9561e9112201a3';

describe('the county example: the rest of the year', () => {
  const input = county();
  const schedule = plan(input);

  it('keeps every routine visit (unit, date, period) of the golden schedule from before campaigns', () => {
    const rows = routineRows(schedule);
    expect(rows).toHaveLength(289);
    expect(createHash('sha256').update(rows.join('\n')).digest('hex')).toBe(ROUTINE_BEFORE);
    const bare = plan(withoutYear(input));
    expect(rows).toEqual(routineRows(bare));
    expect(schedule.units.map((u) => unitProbabilities(schedule, u))).toEqual(
      bare.units.map((u) => unitProbabilities(bare, u)),
    );
    expect(schedule.types).toEqual(bare.types);
    expect(schedule.periods).toEqual(bare.periods);
  });

  it('adds no field to a schedule whose plan lists no campaigns, directed visits or findings', () => {
    const bare = plan(withoutYear(input));
    expect(Object.keys(bare)).toEqual([
      'manifest',
      'periods',
      'units',
      'profiles',
      'types',
      'inspectors',
      'visits',
      'log',
    ]);
    expect(Object.keys(bare.manifest.algorithms)).toEqual(['seed', 'routine', 'dates', 'inspectors', 'seal']);
    // the county names its units: the name is carried, whatever the plan lists
    for (const u of bare.units)
      expect(Object.keys(u)).toEqual(['id', 'name', 'type', 'profile', 'expectedVisits', 'visits']);
    for (const v of bare.visits)
      expect(Object.keys(v)).toEqual(['id', 'kind', 'period', 'date', 'unit', 'inspectors']);
    expect(Object.keys(schedule)).toEqual([
      'manifest',
      'periods',
      'units',
      'profiles',
      'types',
      'inspectors',
      'campaigns',
      'directed',
      'findings',
      'visits',
      'log',
    ]);
  });

  it('draws the spring crackdown: 10 police stations in Mar 2..Apr 30, each with probability 10/14', () => {
    const visits = schedule.visits.filter((v) => v.kind === 'campaign');
    expect(visits).toHaveLength(10);
    expect(new Set(visits.map((v) => v.unit)).size).toBe(10);
    const type = new Map(input.units.map((u: any) => [u.id, u.type]));
    for (const v of visits) {
      expect(type.get(v.unit)).toBe('police-station');
      expect(v.date >= '2026-03-02' && v.date <= '2026-04-30').toBe(true);
      expect(v.campaign).toBe('spring-crackdown');
    }
    for (const u of schedule.units) {
      const p = u.campaigns!['spring-crackdown']!;
      if (u.type === 'police-station' && u.id !== 'ps-xincheng')
        expect(Math.abs(p - 10 / 14)).toBeLessThan(1e-12);
      else expect(p).toBe(0);
    }
    expect(schedule.campaigns).toEqual([
      {
        id: 'spring-crackdown',
        from: '2026-03-02',
        to: '2026-04-30',
        visits: 10,
        scopeUnits: 14,
        fairness: 'equal',
        design: 'maxent',
        workdays: 43,
      },
    ]);
  });

  it('has the two complaint visits and the follow-ups of the two findings', () => {
    expect(schedule.directed!.map((d) => [d.unit, d.date, d.reason])).toEqual([
      ['ps-luohe', '2026-06-10', 'complaint 2026-117'],
      ['ha-centre', '2026-10-08', 'complaint 2026-241'],
    ]);
    expect(schedule.findings!.map((f) => [f.unit, f.deadline, f.followUp, f.scheduled])).toEqual([
      ['ps-xiaji', '2026-05-09', '2026-05-11', true],
      ['dc-county', '2027-01-04', '2027-01-05', false],
    ]);
    const kinds = schedule.visits.map((v) => v.kind);
    expect(kinds.filter((k) => k === 'directed')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'follow-up')).toHaveLength(1);
    expect(schedule.visits).toHaveLength(289 + 10 + 2 + 1);
    expect(schedule.visits.every((v) => v.inspectors.length === 2)).toBe(true);
    // ids follow the schedule order: date, then unit id, then kind.
    const key = (v: (typeof schedule.visits)[number]) => `${v.date} ${v.unit}`;
    for (let k = 1; k < schedule.visits.length; k++) {
      expect(key(schedule.visits[k - 1]!) <= key(schedule.visits[k]!)).toBe(true);
    }
  });
});
