import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/model/closestName.js';
import { planInputSchema } from '../../src/model/planInputSchema.js';
import { validate } from '../../src/model/validate.js';
import { rejection } from './refusals.js';

const units = [
  { id: 'ps-chengguan', name: '城关派出所', type: 'police-station', risk: 3 },
  { id: 'ps-luohe', name: '螺河派出所', type: 'police-station', risk: 2 },
  { id: 'cib', name: '刑侦大队', type: 'criminal-investigation', risk: 1 },
];
const plan = (): Record<string, any> => ({
  seed: 'did-you-mean',
  horizon: { start: '2026-01-05', end: '2026-03-29', zone: 'Asia/Shanghai', period: 'week' },
  units: structuredClone(units),
  inspectors: [{ id: 'insp-01', name: '陈静' }],
  routine: { visitsPerPeriod: 1 },
});

const BY_NAME = '; did you mean "ps-chengguan" (its name is 城关派出所)?';
const BY_EDITS = '; did you mean "ps-luohe"?';

describe('didYouMean', () => {
  it('names the id of the one unit whose name is the text', () => {
    expect(didYouMean('城关派出所', units)).toBe(BY_NAME);
    expect(didYouMean('刑侦大队', units)).toBe('; did you mean "cib" (its name is 刑侦大队)?');
  });

  it('names the one id one or two edits away, a swap of neighbours counting one', () => {
    expect(didYouMean('ps-luohr', units)).toBe(BY_EDITS); // one substitution
    expect(didYouMean('ps-lueho', units)).toBe(BY_EDITS); // one swap
    expect(didYouMean('ps-lhoue', units)).toBe(BY_EDITS); // two edits
    expect(didYouMean('pschengguan', units)).toBe('; did you mean "ps-chengguan"?');
  });

  it('gives no hint when there is no one clear guess', () => {
    expect(didYouMean('ps-xyz', units)).toBe(''); // three edits and more from every id
    expect(didYouMean('cbi', units)).toBe(''); // too short for edits
    expect(didYouMean('cibx', units)).toBe(''); // cib is too short for edits
    const twins = [{ id: 'ps-a1', name: '城关' }, { id: 'ps-a2', name: '城关' }, { id: 'ps-b1' }];
    expect(didYouMean('城关', twins)).toBe(''); // a name two share
    expect(didYouMean('ps-a3', twins)).toBe(''); // one edit from ps-a1 and from ps-a2
    expect(didYouMean('ps-b2', twins)).toBe(''); // ... and from ps-b1
    expect(didYouMean('派出所', units)).toBe(''); // part of a name is not a name
  });
});

describe('the plan file suggests an id for an unknown unit', () => {
  const places: [string, (p: Record<string, any>, id: string) => void, string][] = [
    ['inspectors[].homeUnit', (p, id) => (p.inspectors[0].homeUnit = id), 'inspectors[0].homeUnit'],
    [
      'inspectors[].conflicts',
      (p, id) => (p.inspectors[0].conflicts = ['cib', id]),
      'inspectors[0].conflicts[1]',
    ],
    [
      'campaigns[].scope.units',
      (p, id) =>
        (p.campaigns = [
          { id: 'c1', from: '2026-02-02', to: '2026-02-27', visits: 1, scope: { units: ['cib', id] } },
        ]),
      'campaigns[0].scope.units[1]',
    ],
    [
      'directed[].unit',
      (p, id) => (p.directed = [{ unit: id, date: '2026-02-03', reason: 'complaint' }]),
      'directed[0].unit',
    ],
    [
      'findings[].unit',
      (p, id) => (p.findings = [{ unit: id, date: '2026-01-20', deadlineWorkdays: 10 }]),
      'findings[0].unit',
    ],
  ];
  for (const [where, put, path] of places) {
    it(`at ${where}: by name, by edits, and no hint for an id far from all`, () => {
      const cases: [string, string][] = [
        ['城关派出所', `unknown unit id "城关派出所"${BY_NAME}`],
        ['ps-luoeh', `unknown unit id "ps-luoeh"${BY_EDITS}`],
        ['ps-zz', 'unknown unit id "ps-zz"'],
      ];
      for (const [id, message] of cases) {
        const p = plan();
        put(p, id);
        const e = rejection(() => validate(planInputSchema, p));
        expect(e.problems).toEqual([{ path, message }]);
      }
    });
  }

  it('the plan above is valid without the wrong ids', () => {
    expect(validate(planInputSchema, plan()).units).toHaveLength(3);
  });
});
