import { describe, expect, it } from 'vitest';
import { plan } from '../../src/schedule/plan.js';
import { type DraftVisit, numberVisits } from '../../src/schedule/visitOrder.js';
import { routineRows, smallYearPlan, withoutYear } from './yearPlans.js';

describe('directed visits', () => {
  it('go on their date, or on the first working day of their window on which the unit is active', () => {
    const input = smallYearPlan();
    input.directed = [
      { unit: 'ps-b', date: '2026-03-11', reason: 'complaint 2026-117' },
      // Apr 4-5 are a weekend and Apr 6 a holiday: the first working day of Apr 4..10 is Tue Apr 7.
      { unit: 'ci-b', from: '2026-04-04', to: '2026-04-10', reason: 'complaint 2026-118' },
      // ps-e opens on 2026-03-20: the first working day of the window on which it is active.
      { unit: 'ps-e', from: '2026-03-16', to: '2026-03-27', reason: 'complaint 2026-119' },
    ];
    const s = plan(input);
    expect(s.directed!.map((d) => [d.unit, d.date, d.reason])).toEqual([
      ['ps-b', '2026-03-11', 'complaint 2026-117'],
      ['ci-b', '2026-04-07', 'complaint 2026-118'],
      ['ps-e', '2026-03-20', 'complaint 2026-119'],
    ]);
    const visits = s.visits.filter((v) => v.kind === 'directed');
    expect(visits.map((v) => [v.unit, v.date, v.reason, v.period])).toEqual([
      ['ps-b', '2026-03-11', 'complaint 2026-117', 1],
      ['ps-e', '2026-03-20', 'complaint 2026-119', 2],
      ['ci-b', '2026-04-07', 'complaint 2026-118', 5],
    ]);
    for (const d of s.directed!) expect(s.visits.find((v) => v.id === d.visit)!.unit).toBe(d.unit);
    expect(s.units.map((u) => [u.id, u.directedVisits])).toEqual([
      ['ps-a', 0],
      ['ps-b', 1],
      ['ps-c', 0],
      ['ps-d', 0],
      ['ps-e', 1],
      ['ci-a', 0],
      ['ci-b', 1],
    ]);
    // Outside the routine budget: the routine draw is untouched.
    expect(routineRows(s)).toEqual(routineRows(plan(withoutYear(input))));
    expect(s.periods.map((p) => p.visits)).toEqual(plan(withoutYear(input)).periods.map((p) => p.visits));
    expect(s.units.map((u) => u.visits)).toEqual(plan(withoutYear(input)).units.map((u) => u.visits));
  });

  it('are staffed with every other visit under recusal, qualification and availability', () => {
    const input = smallYearPlan();
    input.inspectors = [
      { id: 'i-1', homeUnit: 'ps-a' },
      { id: 'i-2', homeUnit: 'ci-a', conflicts: ['ps-c'] },
      { id: 'i-3', types: ['police-station'] },
      { id: 'i-4', unavailable: ['2026-03-11'] },
      { id: 'i-5', maxPerPeriod: 1 },
    ];
    input.campaigns = [{ id: 'c', from: '2026-03-02', to: '2026-04-24', scope: {}, visits: 4 }];
    input.directed = [
      { unit: 'ps-a', date: '2026-03-11', reason: 'complaint A' },
      { unit: 'ci-a', date: '2026-03-11', reason: 'complaint B' },
      { unit: 'ps-c', date: '2026-03-11', reason: 'complaint C' },
    ];
    input.findings = [{ unit: 'ps-a', date: '2026-03-11', deadlineWorkdays: 3 }];
    const s = plan(input);
    const byId = new Map(input.inspectors.map((i: any) => [i.id, i]));
    const typeOf = new Map(input.units.map((u: any) => [u.id, u.type]));
    let checked = 0;
    for (const v of s.visits) {
      expect(v.inspectors).toHaveLength(2);
      expect(new Set(v.inspectors).size).toBe(2);
      for (const id of v.inspectors) {
        const insp: any = byId.get(id);
        expect(insp.homeUnit).not.toBe(v.unit);
        expect(insp.conflicts ?? []).not.toContain(v.unit);
        if (insp.types) expect(insp.types).toContain(typeOf.get(v.unit));
        expect(insp.unavailable ?? []).not.toContain(v.date);
        checked += 1;
      }
    }
    for (const t of s.periods.map((p) => p.index)) {
      const load = s.visits.filter((v) => v.period === t && v.inspectors.includes('i-5')).length;
      expect(load).toBeLessThanOrEqual(1);
    }
    expect(s.visits.filter((v) => v.kind !== 'routine')).toHaveLength(8);
    expect(s.inspectors.reduce((a, l) => a + l.visits, 0)).toBe(2 * s.visits.length);
    expect(checked).toBe(2 * s.visits.length);
  });
});

describe('numberVisits', () => {
  it('orders by date, then unit id, then kind (routine, campaign, directed, follow-up), then input order', () => {
    const drafts: DraftVisit[] = [
      { kind: 'follow-up', period: 0, date: '2026-03-02', unit: 'b', finding: 0 },
      { kind: 'directed', period: 0, date: '2026-03-02', unit: 'b', reason: 'second' },
      { kind: 'campaign', period: 0, date: '2026-03-02', unit: 'b', campaign: 'x' },
      { kind: 'routine', period: 0, date: '2026-03-02', unit: 'b' },
      { kind: 'directed', period: 0, date: '2026-03-02', unit: 'b', reason: 'third' },
      { kind: 'directed', period: 0, date: '2026-03-02', unit: 'a', reason: 'first' },
      { kind: 'routine', period: 0, date: '2026-03-01', unit: 'z' },
    ];
    const { visits, renamed, order } = numberVisits(drafts.map((d, k) => ({ ...d, key: `k${k}` })));
    expect(visits.map((v) => `${v.id} ${v.date} ${v.unit} ${v.kind} ${v.reason ?? ''}`.trim())).toEqual([
      'v-0001 2026-03-01 z routine',
      'v-0002 2026-03-02 a directed first',
      'v-0003 2026-03-02 b routine',
      'v-0004 2026-03-02 b campaign',
      'v-0005 2026-03-02 b directed second',
      'v-0006 2026-03-02 b directed third',
      'v-0007 2026-03-02 b follow-up',
    ]);
    expect(drafts.map((_, k) => renamed.get(`k${k}`))).toEqual([
      'v-0007',
      'v-0005',
      'v-0004',
      'v-0003',
      'v-0006',
      'v-0002',
      'v-0001',
    ]);
    // Each visit's draft.
    expect(order).toEqual([6, 5, 3, 2, 1, 4, 0]);
    expect(visits.every((v) => !('key' in v))).toBe(true);
    expect(visits.every((v) => v.inspectors.length === 0)).toBe(true);
  });

  it('numbers after the kept visits, whose ids never change, widening when the total needs it', () => {
    const kept = Array.from({ length: 9998 }, (_, k) => ({
      id: `v-${String(k + 1).padStart(4, '0')}`,
      kind: 'routine' as const,
      period: 0,
      date: '2026-03-01',
      unit: 'a',
      inspectors: [],
    }));
    const { visits } = numberVisits(
      [
        { kind: 'routine', period: 1, date: '2026-03-09', unit: 'b' },
        { kind: 'routine', period: 1, date: '2026-03-10', unit: 'a' },
        { kind: 'directed', period: 1, date: '2026-03-09', unit: 'a', reason: 'x', key: 'v-0042' },
      ],
      kept,
    );
    expect(visits.map((v) => `${v.id} ${v.date} ${v.unit}`)).toEqual([
      'v-09999 2026-03-09 a',
      'v-10000 2026-03-09 b',
      'v-10001 2026-03-10 a',
    ]);
  });
});
