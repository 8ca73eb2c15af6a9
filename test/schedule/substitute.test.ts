import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { plan } from '../../src/schedule/plan.js';
import { substitute } from '../../src/schedule/substitute.js';

const input = JSON.parse(readFileSync('examples/county.json', 'utf8'));
const schedule = plan(input);

describe('substitute()', () => {
  const busiest = schedule.inspectors.reduce((a, b) => (b.visits > a.visits ? b : a));
  const theirDates = [
    ...new Set(schedule.visits.filter((v) => v.inspectors.includes(busiest.id)).map((v) => v.date)),
  ];
  const dates = theirDates.slice(0, 3);
  const change = { inspector: busiest.id, dates, reason: 'sick leave', at: '2026-01-04T09:00:00+08:00' };
  const next = substitute(input, schedule, change);

  it('replaces the inspector on the affected visits only, and leaves the input schedule alone', () => {
    let changed = 0;
    next.visits.forEach((v, k) => {
      const before = schedule.visits[k]!;
      expect({ ...v, inspectors: [] }).toEqual({ ...before, inspectors: [] });
      const affected = dates.includes(v.date) && before.inspectors.includes(busiest.id);
      if (affected) {
        changed += 1;
        expect(v.inspectors).not.toContain(busiest.id);
        expect(v.inspectors).toHaveLength(input.team.size);
        expect(new Set(v.inspectors).size).toBe(v.inspectors.length);
        const kept = before.inspectors.filter((i) => i !== busiest.id);
        for (const i of kept) expect(v.inspectors).toContain(i);
      } else {
        expect(v.inspectors).toEqual(before.inspectors);
      }
    });
    expect(changed).toBeGreaterThan(0);
    expect(schedule.log).toEqual([]);
  });

  it('respects recusal, qualification, availability and capacity for the replacements', () => {
    const byId = new Map(input.inspectors.map((i: any) => [i.id, i]));
    const unitById = new Map(input.units.map((u: any) => [u.id, u]));
    for (const v of next.visits) {
      const unit: any = unitById.get(v.unit);
      for (const id of v.inspectors) {
        const insp: any = byId.get(id);
        expect(insp.homeUnit).not.toBe(v.unit);
        if (insp.types) expect(insp.types).toContain(unit.type);
        expect(insp.unavailable ?? []).not.toContain(v.date);
      }
    }
    for (const insp of input.inspectors) {
      if (insp.maxPerPeriod === undefined) continue;
      const perPeriod = new Map<number, number>();
      for (const v of next.visits)
        if (v.inspectors.includes(insp.id)) perPeriod.set(v.period, (perPeriod.get(v.period) ?? 0) + 1);
      for (const n of perPeriod.values()) expect(n).toBeLessThanOrEqual(insp.maxPerPeriod);
    }
  });

  it('logs who, which visits, why and when, and reseals the schedule', () => {
    expect(next.log).toHaveLength(1);
    const entry: any = next.log[0];
    expect(entry).toMatchObject({
      kind: 'substitution',
      inspector: busiest.id,
      reason: 'sick leave',
      at: change.at,
      sequence: 0,
    });
    expect(entry.dates).toEqual([...dates].sort());
    expect(entry.visits.length).toBeGreaterThan(0);
    for (const r of entry.visits) expect(r.from).toContain(busiest.id);
    expect(next.manifest.scheduleHash).not.toBe(schedule.manifest.scheduleHash);
    const load = next.inspectors.find((l) => l.id === busiest.id)!;
    expect(load.visits).toBe(busiest.visits - entry.visits.length);
  });

  it('is deterministic, and a second substitution draws from its own stream', () => {
    expect(substitute(input, schedule, change)).toEqual(next);
    const second = substitute(input, next, { ...change, dates: theirDates.slice(3, 5), reason: 'training' });
    expect((second.log[1] as any).sequence).toBe(1);
    expect(second.log[0]).toEqual(next.log[0]);
  });

  it('rejects an unknown inspector, a missing reason and malformed dates, naming the field', () => {
    const cases: [any, string][] = [
      [{ ...change, inspector: 'insp-99' }, 'change.inspector'],
      [{ ...change, reason: '  ' }, 'change.reason'],
      [{ ...change, dates: ['2026-13-01'] }, 'change.dates[0]'],
      [{ ...change, dates: [] }, 'change.dates'],
      [{ ...change, at: 'yesterday' }, 'change.at'],
    ];
    for (const [bad, path] of cases) {
      try {
        substitute(input, schedule, bad);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(FairdrawError);
        expect((e as FairdrawError).path).toBe(path);
      }
    }
  });
});
