import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/calendar/buildCalendar.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { unitProbabilities } from '../../src/model/unitProbabilities.js';
import { inclusionProbabilities } from '../../src/sampling/inclusionProbabilities.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { verify } from '../../src/schedule/verify.js';

const example = JSON.parse(readFileSync('examples/county.json', 'utf8'));
// The example without its yearly cap, so that the new risks give exactly the new frame's probabilities;
// the tests with a cap set their own `limits` (and one below uses the example's).
const { limits: exampleLimits, ...county } = example;
const base = plan(county);
const EPS = 1e-9;
const from = '2026-07-06'; // Monday of period 26
const t0 = base.periods.findIndex((p) => p.start === from);
const changes = {
  add: [{ id: 'ps-new', type: 'police-station', risk: 5, active: { from: '2026-08-01' } }],
  close: ['ci-east'],
  risk: { 'ps-luohe': 8 },
};
const next = replan(county, base, { from, reason: 'reorganisation', changes });

function errorOf(f: () => unknown): FairdrawError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(FairdrawError);
    return e as FairdrawError;
  }
  throw new Error('expected a FairdrawError');
}

describe('replan()', () => {
  it('keeps every visit before `from` exactly, and the probabilities of earlier periods', () => {
    const past = base.visits.filter((v) => v.date < from);
    expect(past.length).toBeGreaterThan(100);
    expect(next.visits.slice(0, past.length)).toEqual(past);
    expect(next.visits.slice(past.length).every((v) => v.date >= from)).toBe(true);
    for (const u of base.units) {
      const after = next.units.find((x) => x.id === u.id)!;
      expect(unitProbabilities(next, after).slice(0, t0)).toEqual(unitProbabilities(base, u).slice(0, t0));
    }
    expect(next.periods).toEqual(base.periods);
    expect(base.log).toEqual([]); // the input schedule is not modified
  });

  it('gives closed units no visit from `from` on, and added units visits only once active', () => {
    expect(next.visits.some((v) => v.unit === 'ci-east' && v.date >= from)).toBe(false);
    const closed = next.units.find((u) => u.id === 'ci-east')!;
    expect(
      unitProbabilities(next, closed)
        .slice(t0)
        .every((p) => p === 0),
    ).toBe(true);
    const added = next.units.find((u) => u.id === 'ps-new')!;
    expect(added.type).toBe('police-station');
    const firstActive = next.periods.findIndex((p) => p.start >= '2026-08-01');
    const addedProbabilities = unitProbabilities(next, added);
    expect(addedProbabilities.slice(0, firstActive).every((p) => p === 0)).toBe(true);
    expect(addedProbabilities.slice(firstActive).every((p) => p > 0)).toBe(true);
    const visits = next.visits.filter((v) => v.unit === 'ps-new');
    expect(visits.length).toBe(added.visits);
    expect(visits.length).toBeGreaterThan(0);
    expect(visits.every((v) => v.date >= '2026-08-01')).toBe(true);
  });

  it('uses the new risks: the remaining probabilities are those of the new frame', () => {
    const units = next.units;
    for (let t = t0; t < next.periods.length; t++) {
      const period = next.periods[t]!;
      const members = units.filter((u) => {
        if (u.id === 'ci-east') return false;
        if (u.id === 'ps-new') return period.start >= '2026-08-01';
        const def = county.units.find((x: any) => x.id === u.id)!;
        return !def.active?.from || def.active.from <= period.start;
      });
      const weights = members.map((u) =>
        u.id === 'ps-luohe' ? 8 : u.id === 'ps-new' ? 5 : county.units.find((x: any) => x.id === u.id)!.risk,
      );
      const expected = inclusionProbabilities(weights, period.visits, county.routine.bounds);
      members.forEach((u, k) => {
        expect(Math.abs(unitProbabilities(next, u)[t]! - expected[k]!)).toBeLessThan(1e-12);
      });
      const sum = units.reduce((s, u) => s + unitProbabilities(next, u)[t]!, 0);
      expect(Math.abs(sum - period.visits)).toBeLessThan(EPS);
    }
    const luohe = next.units.find((u) => u.id === 'ps-luohe')!;
    const before = base.units.find((u) => u.id === 'ps-luohe')!;
    expect(unitProbabilities(next, luohe)[t0]!).toBeGreaterThan(unitProbabilities(base, before)[t0]!);
  });

  it('restates the horizon guarantees for the periods that remain', () => {
    for (const u of next.units) {
      const remaining = unitProbabilities(next, u)
        .slice(t0)
        .reduce((s, p) => s + p, 0);
      const routine = next.visits.filter((v) => v.kind === 'routine');
      const count = routine.filter((v) => v.unit === u.id && v.period >= t0).length;
      expect(count).toBeGreaterThanOrEqual(Math.floor(remaining + EPS));
      expect(count).toBeLessThanOrEqual(Math.ceil(remaining - EPS));
      expect(u.visits).toBe(routine.filter((v) => v.unit === u.id).length);
    }
    next.periods.forEach((p, t) => {
      expect(next.visits.filter((v) => v.period === t && v.kind === 'routine')).toHaveLength(p.visits);
    });
    expect(next.notes?.[0]).toMatchObject({ kind: 'restated', from });
  });

  it('logs the change and is reproducible: twice, and replayed from its log entry', () => {
    const entry = next.log.at(-1)!;
    if (entry.kind !== 'replan') throw new Error('expected a replan entry');
    expect(entry).toMatchObject({ kind: 'replan', at: from, from, reason: 'reorganisation', sequence: 0 });
    expect(entry.changes).toEqual(changes);
    const again = replan(county, base, { from, reason: 'reorganisation', changes });
    expect(JSON.stringify(again)).toBe(JSON.stringify(next));
    const replayed = replan(county, base, {
      from: entry.from,
      reason: entry.reason,
      changes: entry.changes,
    });
    expect(JSON.stringify(replayed)).toBe(JSON.stringify(next));
    expect(next.manifest.scheduleHash).not.toBe(base.manifest.scheduleHash);
    expect(next.manifest.algorithms.replan).toBe('replan-from-period@1');
    // a different log position gives a different draw (its own sub-seed)
    const second = replan(county, next, {
      from: '2026-09-07',
      reason: 'again',
      changes: { risk: { 'po-brigade': 3 } },
    });
    expect(second.log.at(-1)).toMatchObject({ sequence: 1 });
    // earlier replans stay in force: ci-east remains closed, ps-new remains
    expect(second.visits.some((v) => v.unit === 'ci-east' && v.date >= from)).toBe(false);
    expect(second.units.some((u) => u.id === 'ps-new')).toBe(true);
    const cut = second.visits.filter((v) => v.date < '2026-09-07');
    expect(cut).toEqual(next.visits.filter((v) => v.date < '2026-09-07'));
  });

  it('never moves or alters a past visit, on random replans (property)', () => {
    const calendar = buildCalendar(county.horizon);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: calendar.periods.length - 1 }),
        fc.subarray(county.units.map((u: any) => u.id) as string[], { maxLength: 4 }),
        fc.dictionary(
          fc.constantFrom(...(county.units.map((u: any) => u.id) as string[])),
          fc.integer({ min: 1, max: 9 }),
          { maxKeys: 3 },
        ),
        fc.boolean(),
        fc.constantFrom(undefined, 9, 11),
        (t, close, risk, add, cap) => {
          const input =
            cap === undefined ? county : { ...county, limits: { maxVisitsPerUnit: cap, minGapDays: 5 } };
          let before: Schedule;
          try {
            before = plan(input);
          } catch (e) {
            expect(e).toBeInstanceOf(FairdrawError);
            return;
          }
          const start = calendar.periods[t]!.start;
          // A unit closed and re-weighted by the same replan is refused (tested below): keep them apart.
          for (const id of close) delete risk[id];
          const change = {
            ...(close.length > 0 ? { close } : {}),
            ...(Object.keys(risk).length > 0 ? { risk } : {}),
            ...(add || (close.length === 0 && Object.keys(risk).length === 0)
              ? { add: [{ id: 'x-new', type: 'public-order', risk: 2 }] }
              : {}),
          };
          let after: Schedule;
          try {
            after = replan(input, before, { from: start, reason: 'property', changes: change });
          } catch (e) {
            expect(e).toBeInstanceOf(FairdrawError);
            expect((e as FairdrawError).code).toBe('infeasible');
            return;
          }
          const past = before.visits.filter((v) => v.date < start);
          expect(after.visits.slice(0, past.length)).toEqual(past);
          for (const v of after.visits.slice(past.length)) {
            expect(v.date >= start).toBe(true);
            expect(close.includes(v.unit)).toBe(false);
          }
          const ids = after.visits.map((v) => v.id);
          expect(new Set(ids).size).toBe(ids.length);
          if (cap !== undefined) {
            for (const u of after.units) {
              expect(after.visits.filter((v) => v.unit === u.id).length).toBeLessThanOrEqual(cap);
            }
          }
        },
      ),
      { seed: 2026, numRuns: 12 },
    );
  });

  it('says so when the history leaves a unit no room under its cap', () => {
    const input = { ...county, limits: { maxVisitsPerUnit: 10 } };
    const capped = plan(input);
    // the first period start by which some unit already has all its 10 visits
    const fullBy = (date: string) =>
      capped.units.filter((u) => capped.visits.filter((v) => v.unit === u.id && v.date < date).length === 10);
    const late = capped.periods.find((p) => fullBy(p.start).length > 0)!.start;
    const tl = capped.periods.findIndex((p) => p.start === late);
    const full = fullBy(late);
    expect(full.length).toBeGreaterThan(0);
    const after = replan(input, capped, {
      from: late,
      reason: 'risk review',
      changes: { risk: Object.fromEntries(full.map((u) => [u.id, 9])) },
    });
    for (const u of full) {
      const unit = after.units.find((x) => x.id === u.id)!;
      expect(
        unitProbabilities(after, unit)
          .slice(tl)
          .every((p) => p === 0),
      ).toBe(true);
      expect(after.visits.filter((v) => v.unit === u.id && v.date >= late)).toEqual([]);
      const note = after.notes!.find((n) => n.kind === 'cap' && n.unit === u.id)!;
      expect(note.message).toMatch(/already has 10 of its 10 visits .* are 0/);
    }
    for (const u of after.units)
      expect(after.visits.filter((v) => v.unit === u.id).length).toBeLessThanOrEqual(10);
  });

  it('rejects bad requests, naming the field', () => {
    const ok = { from, reason: 'r', changes: { close: ['ci-east'] } };
    const noManifest = { ...structuredClone(base), manifest: null } as never;
    expect(errorOf(() => replan(county, noManifest, ok)).path).toBe('schedule');
    expect(errorOf(() => replan(county, base, { ...ok, changes: { close: ['nope'] } })).path).toBe(
      'options.changes.close[0]',
    );
    expect(errorOf(() => replan(county, base, { ...ok, changes: { risk: { nope: 2 } } })).path).toBe(
      'options.changes.risk.nope',
    );
    expect(errorOf(() => replan(county, base, { ...ok, changes: { risk: { 'ps-luohe': -1 } } })).path).toBe(
      'options.changes.risk.ps-luohe',
    );
    const dup = errorOf(() =>
      replan(county, base, {
        ...ok,
        changes: { add: [{ id: 'ps-luohe', type: 'police-station', risk: 1 }] },
      }),
    );
    expect(dup.path).toBe('options.changes.add[0].id');
    expect(dup.message).toMatch(/duplicate unit id "ps-luohe"/);
    const dupAdd = errorOf(() =>
      replan(county, base, {
        ...ok,
        changes: {
          add: [
            { id: 'z', type: 't', risk: 1 },
            { id: 'z', type: 't', risk: 1 },
          ],
        },
      }),
    );
    expect(dupAdd.path).toBe('options.changes.add[1].id');
    const zero = errorOf(() => replan(county, base, { ...ok, changes: { risk: { 'ps-luohe': 0 } } }));
    expect(zero.message).toMatch(
      /^options\.changes\.risk\.ps-luohe: is 0, which contradicts routine\.bounds\.min/,
    );
    expect(errorOf(() => replan(county, base, { ...ok, from: '2027-03-01' })).message).toMatch(
      /^options\.from: 2027-03-01 is outside the horizon 2026-01-05\.\.2026-12-27/,
    );
    expect(errorOf(() => replan(county, base, { ...ok, from: '2026-07-08' })).message).toMatch(
      /^options\.from: must be the first day of a period: 2026-07-08 is inside period 26 \(2026-07-06\.\.2026-07-12\); replan from 2026-07-06 or 2026-07-13/,
    );
    expect(errorOf(() => replan(county, base, { ...ok, from: '2026-7-6' })).path).toBe('options.from');
    expect(errorOf(() => replan(county, base, { ...ok, reason: ' ' })).path).toBe('options.reason');
    expect(errorOf(() => replan(county, base, { ...ok, changes: {} })).path).toBe('options.changes');
    expect(errorOf(() => replan(county, base, { ...ok, changes: { open: ['x'] } } as never)).path).toBe(
      'options.changes.open',
    );
    expect(
      errorOf(() => replan({ ...county, routine: { ...county.routine, visitsPerPeriod: 5 } }, base, ok)).path,
    ).toBe('schedule.manifest.inputHash');
    expect(errorOf(() => replan(county, {} as never, ok)).path).toBe('schedule');
    // closing so many units that a period's budget cannot be met is infeasible, naming the budget
    const all = county.units.map((u: any) => u.id).slice(0, 38);
    const tooMany = errorOf(() => replan(county, base, { ...ok, changes: { close: all } }));
    expect(tooMany.code).toBe('infeasible');
    expect(tooMany.path).toMatch(/^routine\./);
  });
});

describe('replan() with visits of other kinds', () => {
  it('keeps later directed visits of open units (relinked), drops those of closed units and says so', () => {
    const out = replan(county, base, {
      from,
      reason: 'merger of the hygiene office',
      changes: { close: ['ha-centre'] },
    });
    // ha-centre's complaint visit (October) is dropped with a note; ps-luohe's (June) is in the past
    const dropped = out.directed!.find((d) => d.unit === 'ha-centre')!;
    expect(dropped.visit).toBeUndefined();
    expect(dropped.note).toMatch(/closed from 2026-07-06/);
    expect(out.visits.some((v) => v.unit === 'ha-centre' && v.date >= from)).toBe(false);
    const entry = out.log.at(-1)!;
    expect((entry.visits as { dropped: string[] }).dropped).toHaveLength(1);
    // every summary link points at a visit of the right unit and kind
    const byId = new Map(out.visits.map((v) => [v.id, v]));
    for (const d of out.directed!) {
      if (d.visit !== undefined) expect(byId.get(d.visit)).toMatchObject({ unit: d.unit, kind: 'directed' });
    }
    for (const f of out.findings!) {
      if (f.visit !== undefined) expect(byId.get(f.visit)).toMatchObject({ unit: f.unit, kind: 'follow-up' });
    }
    // a replan that closes nothing keeps the later directed visit and links it to its new id
    const kept = replan(county, base, { from, reason: 'risk review', changes: { risk: { 'ps-luohe': 6 } } });
    const link = kept.directed!.find((d) => d.unit === 'ha-centre')!.visit!;
    expect(new Map(kept.visits.map((v) => [v.id, v])).get(link)).toMatchObject({
      unit: 'ha-centre',
      kind: 'directed',
    });
  });
});

describe('verify() of a replanned schedule', () => {
  it('verifies only together with its log: the replan is replayed from its entry', () => {
    expect(verify(county, next)).toMatchObject({ ok: true, status: 'verified', differences: [] });
    // two replans in a row replay in order
    const second = replan(county, next, {
      from: '2026-09-07',
      reason: 'again',
      changes: { risk: { 'po-brigade': 3 } },
    });
    expect(verify(county, second).ok).toBe(true);
    // without its log entry the replanned schedule is not the plan's
    const unlogged = structuredClone(next);
    unlogged.log = [];
    const result = verify(county, unlogged);
    expect(result.ok).toBe(false);
    expect(result.status).toBe('different');
    // an edited request in the entry replays to another schedule: the seal no longer matches
    const edited = structuredClone(next);
    (edited.log[0] as any).changes.risk['ps-luohe'] = 9;
    expect(verify(county, edited).ok).toBe(false);
    // an entry that cannot be replayed names its field
    const broken = structuredClone(next);
    (broken.log[0] as any).from = '2026-07-07';
    const why = verify(county, broken);
    expect(why.ok).toBe(false);
    expect(why.differences[0]!.path).toBe('log[0].from');
  });
});

describe("replan() under the example's own cap", () => {
  it('raising a risk past what the cap allows caps the unit and reports the probabilities actually used', () => {
    const capped = plan(example);
    const after = replan(example, capped, {
      from,
      reason: 'risk review',
      changes: { risk: { 'ps-luohe': 12 } },
    });
    const cap = exampleLimits.maxVisitsPerUnit as number;
    const luohe = after.units.find((u) => u.id === 'ps-luohe')!;
    expect(luohe.capped).toBe(true);
    const all = after.visits.filter((v) => v.unit === 'ps-luohe').length;
    expect(all).toBeLessThanOrEqual(cap);
    expect(verify(example, after).ok).toBe(true);
  });
});
