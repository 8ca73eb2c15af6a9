import { describe, expect, it } from 'vitest';
import { assignInspectors } from '../../src/assign/assignInspectors.js';
import { substituteInspector } from '../../src/assign/substituteInspector.js';
import type { AssignInspector, AssignVisit } from '../../src/assign/types.js';
import { createRng } from '../../src/random/createRng.js';

// A fixed input: 30 visits over 2 weeks to 10 units of 3 types in 2 regions, 8 inspectors with
// recusals, qualifications, absences and capacities. Any change to the draw changes the snapshot.
const units = Array.from({ length: 10 }, (_, u) => ({
  id: `unit-${u}`,
  type: ['police-station', 'criminal', 'detention'][u % 3]!,
  region: u < 5 ? 'east' : 'west',
}));
const dates = ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09'];
const visits: AssignVisit[] = Array.from({ length: 30 }, (_, v) => {
  const u = units[(v * 7) % 10]!;
  const week = v < 15 ? 0 : 1;
  const date = week === 0 ? dates[v % 5]! : `2026-01-1${2 + (v % 5)}`;
  return {
    id: `v-${String(v + 1).padStart(4, '0')}`,
    unit: u.id,
    unitType: u.type,
    unitRegion: u.region,
    date,
    period: week,
  };
});
const inspectors: AssignInspector[] = [
  { id: 'insp-01', homeUnit: 'unit-0', homeRegion: 'east' },
  { id: 'insp-02', homeUnit: 'unit-5', homeRegion: 'west', maxPerPeriod: 4 },
  { id: 'insp-03', types: ['police-station', 'criminal'] },
  { id: 'insp-04', conflicts: ['unit-3'], unavailable: ['2026-01-07', '2026-01-08'] },
  { id: 'insp-05', maxPerDay: 1 },
  { id: 'insp-06', homeUnit: 'unit-7', homeRegion: 'west', types: ['detention', 'criminal'] },
  { id: 'insp-07', unavailable: ['2026-01-12'] },
  { id: 'insp-08', maxPerPeriod: 3, maxPerDay: 1 },
];

describe('assignInspectors no-regression', () => {
  it('pins the teams of a fixed input and createRng("noreg-assign")', () => {
    const a = assignInspectors(visits, inspectors, {
      teamSize: 2,
      recusal: ['homeUnit', 'region'],
      rng: createRng('noreg-assign'),
    });
    expect(a).toMatchSnapshot();
  });

  it('pins a substitution on that plan', () => {
    const a = assignInspectors(visits, inspectors, {
      teamSize: 2,
      recusal: ['homeUnit', 'region'],
      rng: createRng('noreg-assign'),
    });
    const r = substituteInspector(
      visits,
      a.teams,
      inspectors,
      { inspector: 'insp-03', dates: ['2026-01-06', '2026-01-13'] },
      { teamSize: 2, recusal: ['homeUnit', 'region'], rng: createRng('noreg-assign/substitute') },
    );
    expect(r).toMatchSnapshot();
  });
});
