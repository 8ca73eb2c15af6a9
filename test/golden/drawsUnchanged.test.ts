import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { type DiffSink, diffJson } from '../../src/schedule/diffJson.js';
import { plan } from '../../src/schedule/plan.js';
import { withoutProfiles } from '../../src/schedule/profiles.js';

// Names came into the schedule (and into the seal, fairdraw/seal/v2+rfc6962) without changing a draw.
// test/golden/county.v1.schedule.json is the county golden as it was before: every routine, campaign,
// directed and follow-up choice, date, id and team must be the same; only the names, the seal label and
// the hash may differ. Schedule format 3 (fairdraw/seal/v3+rfc6962) then listed the units' routine
// probabilities once each, in `profiles`: in the format of before (`withoutProfiles`), the schedule
// plan draws now and the v2 golden (test/golden/county.v2.schedule.json) still differ from the v1
// golden in the names, the seal label and the hash alone.
const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
const before: Schedule = JSON.parse(readFileSync('test/golden/county.v1.schedule.json', 'utf8'));
const golden: Schedule = JSON.parse(readFileSync('test/golden/county.schedule.json', 'utf8'));
const v2: Schedule = JSON.parse(readFileSync('test/golden/county.v2.schedule.json', 'utf8'));
const now = plan(county);

/** Every path where `found` differs from `expected`. */
function differences(expected: unknown, found: unknown): string[] {
  const sink: DiffSink = { differences: [], limit: 10_000, total: 0 };
  diffJson(expected, found, '', sink);
  expect(sink.total).toBe(sink.differences.length);
  return sink.differences.map((d) => d.path);
}

describe('the county draws are those of before names were carried', () => {
  it('the golden is what plan draws now', () => {
    expect(golden).toEqual(JSON.parse(JSON.stringify(now)));
  });

  it('every visit is the same: kind, period, date, unit, team, id, campaign, reason, finding', () => {
    expect(now.visits).toHaveLength(before.visits.length);
    expect(now.visits).toEqual(before.visits);
    const choices = (s: Schedule, kind: string) =>
      s.visits
        .filter((v) => v.kind === kind)
        .map((v) => `${v.id} ${v.date} ${v.unit} ${v.inspectors.join('+')}`);
    for (const kind of ['routine', 'campaign', 'directed', 'follow-up']) {
      expect(choices(now, kind).length, kind).toBeGreaterThan(0);
      expect(choices(now, kind), kind).toEqual(choices(before, kind));
    }
  });

  it('only the names, the seal label and the schedule hash differ', () => {
    const expected = [
      'manifest.algorithm',
      'manifest.algorithms.seal',
      'manifest.scheduleHash',
      ...county.units.map((_: unknown, i: number) => `units[${i}].name`),
      ...county.inspectors.map((_: unknown, i: number) => `inspectors[${i}].name`),
    ];
    expect(differences(before, withoutProfiles(structuredClone(now)))).toEqual(expected);
    expect(differences(before, v2)).toEqual(expected);
    expect(now.manifest.algorithm).toBe(
      before.manifest.algorithm.replace('seal=fairdraw/seal/v1+rfc6962', 'seal=fairdraw/seal/v3+rfc6962'),
    );
    expect(v2.manifest.algorithm).toBe(
      before.manifest.algorithm.replace('seal=fairdraw/seal/v1+rfc6962', 'seal=fairdraw/seal/v2+rfc6962'),
    );
    expect(now.manifest.inputHash).toBe(before.manifest.inputHash);
    expect(now.manifest.seedCommitment).toBe(before.manifest.seedCommitment);
    expect(now.manifest.scheduleHash).not.toBe(before.manifest.scheduleHash);
    // the names are the plan file's
    expect(now.units.map((u) => u.name)).toEqual(county.units.map((u: { name: string }) => u.name));
    expect(now.inspectors.map((x) => x.name)).toEqual(county.inspectors.map((x: { name: string }) => x.name));
  });
});
