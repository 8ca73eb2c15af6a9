import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { revealPeriod } from '../../src/schedule/revealPeriod.js';
import { revealSummary } from '../../src/schedule/revealSummary.js';
import { SEAL_ALGORITHM, SEAL_V1, sealSchedule } from '../../src/schedule/seal.js';
import { substitute } from '../../src/schedule/substitute.js';
import { verify } from '../../src/schedule/verify.js';
import { verifyPeriod } from '../../src/schedule/verifyPeriod.js';

// Schedules sealed with fairdraw/seal/v1+rfc6962 (period leaves over the visits alone, no names) still
// verify, open, reveal and change: test/golden/county.v1.schedule.json is the county golden as it was
// before the seal's version 2.
const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
const v1: Schedule = JSON.parse(readFileSync('test/golden/county.v1.schedule.json', 'utf8'));
const END = { asOf: '2026-12-27' };
const paths = (v: { differences: { path: string }[] }) => v.differences.map((d) => d.path);

describe('a schedule sealed with fairdraw/seal/v1+rfc6962', () => {
  it('is the county golden of before: v1, no names', () => {
    expect(v1.manifest.algorithms.seal).toBe(SEAL_V1);
    expect(v1.manifest.algorithm).toContain(`seal=${SEAL_V1}`);
    expect(v1.units.every((u) => u.name === undefined)).toBe(true);
    expect(v1.inspectors.every((x) => x.name === undefined)).toBe(true);
  });

  it('verifies, and a change to it is named at its place (not at every name v1 leaves out)', () => {
    expect(verify(county, v1)).toEqual({ ok: true, status: 'verified', differences: [] });
    const moved = structuredClone(v1);
    moved.visits[3]!.date =
      moved.visits[4]!.date === moved.visits[3]!.date ? '2026-01-09' : moved.visits[4]!.date;
    expect(paths(verify(county, moved))).toContain('visits[3].date');
    expect(paths(verify(county, moved))).not.toContain('units[0].name');
  });

  it('with a name added and sealed again, is different: a v1 schedule carries no names', () => {
    const named = structuredClone(v1);
    named.units[0]!.name = 'Chengguan police station';
    sealSchedule(named, county.seed);
    const result = verify(county, named);
    expect(result.status).toBe('different');
    expect(paths(result)).toEqual(['manifest.scheduleHash', 'units[0].name']);
  });

  it('reveals in v1: no names, checked against the v1 hash; a names field is not covered by its proof', () => {
    const hash = v1.manifest.scheduleHash;
    const reveal = revealPeriod(county, v1, 9, END);
    expect(reveal.seal).toBe(SEAL_V1);
    expect(reveal).not.toHaveProperty('names');
    expect(verifyPeriod(reveal, hash).ok).toBe(true);
    expect(verifyPeriod(revealSummary(county, v1, END), hash).ok).toBe(true);
    const withNames = { ...reveal, names: { units: {}, inspectors: {} } };
    expect(paths(verifyPeriod(withNames, hash))).toEqual(['names']);
    // a v1 reveal relabelled v2 does not reach the v1 hash (and must carry names to be read at all)
    const relabelled = { ...withNames, seal: SEAL_ALGORITHM };
    expect(paths(verifyPeriod(relabelled, hash))).toEqual(['scheduleHash']);
  });

  it('a substitution keeps it in v1; a replan draws the rest in the current format, with names', () => {
    const substituted = substitute(county, v1, {
      inspector: 'insp-03',
      dates: ['2026-03-02', '2026-03-03'],
      reason: 'sick leave',
      at: '2026-03-01T08:00:00+08:00',
    });
    expect(substituted.manifest.algorithms.seal).toBe(SEAL_V1);
    expect(substituted.inspectors.every((x) => x.name === undefined)).toBe(true);
    expect(verify(county, substituted).status).toBe('verified');
    const replanned = replan(county, substituted, {
      from: '2026-07-06',
      reason: 'ci-east merged',
      changes: { close: ['ci-east'] },
    });
    expect(replanned.manifest.algorithms.seal).toBe(SEAL_ALGORITHM);
    expect(replanned.units[0]!.name).toBe(county.units[0].name);
    expect(verify(county, replanned).status).toBe('verified');
    const current = replan(
      county,
      substitute(county, plan(county), {
        inspector: 'insp-03',
        dates: ['2026-03-02', '2026-03-03'],
        reason: 'sick leave',
        at: '2026-03-01T08:00:00+08:00',
      }),
      { from: '2026-07-06', reason: 'ci-east merged', changes: { close: ['ci-east'] } },
    );
    // the same draws as from the current format's schedule: only the hashes the log records before each
    // change, and so the seal, tell the histories apart
    expect(replanned.log.map((e) => e.before)).toEqual([
      v1.manifest.scheduleHash,
      substituted.manifest.scheduleHash,
    ]);
    const withoutHashes = (s: typeof current) => {
      const copy = structuredClone(s);
      for (const entry of copy.log) delete entry.before;
      copy.manifest.scheduleHash = '';
      return copy;
    };
    expect(withoutHashes(replanned)).toEqual(withoutHashes(current));
  });
});
