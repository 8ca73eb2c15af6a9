import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { sealSchedule } from '../../src/schedule/seal.js';
import { substitute } from '../../src/schedule/substitute.js';
import { verify } from '../../src/schedule/verify.js';

const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
const schedule = plan(county);
const paths = (v: { differences: { path: string }[] }) => v.differences.map((d) => d.path);

/** The plan's names by id, `undefined` where it gives none. */
const namesOf = (list: { id: string; name?: string }[]) => list.map((x) => [x.id, x.name]);

describe('names in the schedule', () => {
  it('plan carries units[].name and inspectors[].name as the plan file gives them; no name, no field', () => {
    expect(namesOf(schedule.units)).toEqual(namesOf(county.units));
    expect(namesOf(schedule.inspectors)).toEqual(namesOf(county.inspectors));
    const partly = structuredClone(county);
    delete partly.units[1].name;
    delete partly.inspectors[0].name;
    partly.units[2].name = '城关派出所';
    const drawn = plan(partly);
    expect(drawn.units[1]).not.toHaveProperty('name');
    expect(drawn.inspectors[0]).not.toHaveProperty('name');
    expect(drawn.units[2]!.name).toBe('城关派出所');
    expect(Object.keys(drawn.units[2]!).slice(0, 3)).toEqual(['id', 'name', 'type']);
    expect(Object.keys(drawn.inspectors[1]!)).toEqual(['id', 'name', 'visits', 'byType']);
    expect(verify(partly, drawn).status).toBe('verified');
  });

  it('verify names a changed, added or dropped name, whether or not the schedule was sealed again', () => {
    const edits: [string, (s: Schedule) => void, string][] = [
      ['unit renamed', (s) => (s.units[3]!.name = 'Another station'), 'units[3].name'],
      ['inspector renamed', (s) => (s.inspectors[2]!.name = '李四'), 'inspectors[2].name'],
      ['name dropped', (s) => delete s.units[0]!.name, 'units[0].name'],
    ];
    for (const [what, edit, path] of edits) {
      const changed = structuredClone(schedule);
      edit(changed);
      const tampered = verify(county, changed);
      expect(tampered.status, what).toBe('different');
      expect(paths(tampered), what).toEqual([path]);
      const resealed = verify(county, sealSchedule(changed, county.seed));
      expect(paths(resealed), what).toEqual(['manifest.scheduleHash', path]);
    }
    // A name the plan file does not give, added to a schedule drawn without it.
    const bare = structuredClone(county);
    delete bare.units[0].name;
    const drawn = plan(bare);
    drawn.units[0]!.name = county.units[0].name;
    expect(paths(verify(bare, sealSchedule(drawn, bare.seed)))).toEqual([
      'manifest.scheduleHash',
      'units[0].name',
    ]);
  });

  it('substitute keeps the names; replan carries the names of the units it adds', () => {
    const substituted = substitute(county, schedule, {
      inspector: 'insp-03',
      dates: ['2026-03-02'],
      reason: 'sick leave',
      at: '2026-03-01T08:00:00+08:00',
    });
    expect(namesOf(substituted.inspectors)).toEqual(namesOf(county.inspectors));
    expect(namesOf(substituted.units)).toEqual(namesOf(county.units));
    const replanned = replan(county, substituted, {
      from: '2026-07-06',
      reason: 'a new station opens',
      changes: {
        add: [
          {
            id: 'ps-new',
            name: '新区派出所',
            type: 'police-station',
            risk: 2,
            active: { from: '2026-07-06' },
          },
        ],
      },
    });
    expect(replanned.units.find((u) => u.id === 'ps-new')!.name).toBe('新区派出所');
    expect(namesOf(replanned.inspectors)).toEqual(namesOf(county.inspectors));
    expect(verify(county, replanned).status).toBe('verified');
  });
});
