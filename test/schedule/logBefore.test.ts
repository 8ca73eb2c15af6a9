import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { openPlan } from '../../src/schedule/pipeline.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { inSealFormat, SEAL_V1, sealSchedule } from '../../src/schedule/seal.js';
import { substitute } from '../../src/schedule/substitute.js';
import { verify } from '../../src/schedule/verify.js';
import { arbitraryYearPlan } from './yearPlans.js';

// Each substitution and replan records in its log entry the hash of the schedule it changed (`before`),
// so that an outcomes file may name any schedule of the history; old schedules without it still verify;
// and the id of a visit that has taken place never changes.

const vectors = JSON.parse(readFileSync('test/vectors/draw/substitute.json', 'utf8'));
const input = vectors.input;

/** The vector plan's schedule after a substitution, a replan and a second substitution. */
function history(): Schedule[] {
  const [first, second] = vectors.cases;
  const s0 = plan(input);
  const s1 = substitute(input, s0, first.request);
  const s2 = replan(input, s1, second.history[1].request);
  const s3 = substitute(input, s2, second.request);
  return [s0, s1, s2, s3];
}

describe('log entries record the hash before the change', () => {
  it('each entry names the schedule it changed', () => {
    const schedules = history();
    const last = schedules.at(-1)!;
    expect(last.log.map((e) => e.before)).toEqual(schedules.slice(0, -1).map((s) => s.manifest.scheduleHash));
    expect(verify(input, last).status).toBe('verified');
  });

  it('a schedule written before entries recorded it (no `before`) still verifies, with its own hash', () => {
    // Written by the library as it was before this field (commit ba3623e), from the same requests.
    const legacy = JSON.parse(readFileSync('test/schedule/legacyLog.schedule.json', 'utf8'));
    expect(legacy.log).toHaveLength(3);
    for (const entry of legacy.log) expect(entry).not.toHaveProperty('before');
    expect(legacy.manifest.scheduleHash).toBe(
      'b91f64453ee57df5482847e4b8352da6f9ec955ebe658e404d535b5d1a970094',
    );
    expect(verify(input, legacy)).toEqual({ ok: true, status: 'verified', differences: [] });
    // It is today's schedule with `before` taken out and sealed again, in the seal format of then (v1,
    // without names).
    const today = structuredClone(history().at(-1)!);
    for (const entry of today.log) delete entry.before;
    expect(sealSchedule(inSealFormat(today, SEAL_V1), openPlan(input).seed)).toEqual(legacy);
  });

  it('an old schedule changed today gets `before` on the new entry only, and still verifies', () => {
    const legacy = JSON.parse(readFileSync('test/schedule/legacyLog.schedule.json', 'utf8'));
    const next = replan(input, legacy, {
      from: '2026-03-23',
      reason: 'late change',
      changes: { risk: { 'ps-east': 5 } },
    });
    expect(next.log.map((e) => e.before)).toEqual([
      undefined,
      undefined,
      undefined,
      legacy.manifest.scheduleHash,
    ]);
    expect(verify(input, next).status).toBe('verified');
  });

  it('a `before` that is not the hash before the change is a difference at its path', () => {
    const last = structuredClone(history().at(-1)!);
    last.log[1]!.before = 'f'.repeat(64);
    const verification = verify(input, sealSchedule(last, openPlan(input).seed));
    expect(verification.status).toBe('different');
    expect(verification.differences.map((d) => d.path)).toContain('log[1].before');
  });
});

describe('the id of a visit that has taken place never changes', () => {
  it('under replan and substitute, for random plans (fast-check seed 1515)', () => {
    let changed = 0;
    fc.assert(
      fc.property(arbitraryYearPlan(), fc.nat(), fc.nat(), fc.nat(), (base, at, who, day) => {
        const plan0: any = {
          ...base,
          inspectors: [{ id: 'i-1', homeUnit: base.units[0]!.id }, { id: 'i-2' }, { id: 'i-3' }],
          team: { size: 1, recusal: ['homeUnit'] },
        };
        let before: Schedule;
        try {
          before = plan(plan0);
        } catch (e) {
          expect(e).toBeInstanceOf(FairdrawError);
          return;
        }
        if (before.periods.length < 2 || before.visits.length === 0) return;
        const from = before.periods[1 + (at % (before.periods.length - 1))]!.start;
        const ids = plan0.units.map((u: { id: string }) => u.id);
        let after: Schedule;
        try {
          after = replan(plan0, before, {
            from,
            reason: 'property',
            changes: {
              close: [ids[who % ids.length]],
              add: [{ id: 'u-new', type: plan0.units[0].type, risk: 2, active: { from } }],
            },
          });
        } catch (e) {
          expect(e).toBeInstanceOf(FairdrawError);
          return;
        }
        changed += 1;
        // Every visit dated before `from` has taken place: same id, same visit.
        const held = before.visits.filter((v) => v.date < from);
        for (const v of held) expect(after.visits.find((w) => w.id === v.id)).toEqual(v);
        // No later visit takes the id of a held one.
        const heldIds = new Set(held.map((v) => v.id));
        for (const v of after.visits.filter((w) => w.date >= from)) expect(heldIds.has(v.id)).toBe(false);
        // A substitution from a later day changes teams only: every id, date and unit stays.
        const dates = [...new Set(after.visits.filter((v) => v.date >= from).map((v) => v.date))];
        if (dates.length === 0) return;
        const inspector = `i-${1 + (who % 3)}`;
        let subbed: Schedule;
        try {
          subbed = substitute(plan0, after, {
            inspector,
            dates: [dates[day % dates.length]!],
            reason: 'property',
            at: `${from}T00:00:00Z`,
          });
        } catch (e) {
          expect(e).toBeInstanceOf(FairdrawError);
          return;
        }
        expect(subbed.visits.map(({ inspectors: _, ...v }) => v)).toEqual(
          after.visits.map(({ inspectors: _, ...v }) => v),
        );
        expect(subbed.log.at(-1)!.before).toBe(after.manifest.scheduleHash);
      }),
      { seed: 1515, numRuns: 80 },
    );
    expect(changed).toBeGreaterThan(30);
  });
});
