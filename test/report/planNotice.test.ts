import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commitSeed } from '../../src/audit/commitSeed.js';
import { noticeCsv } from '../../src/cli/noticeCsv.js';
import { unitProbabilities } from '../../src/model/unitProbabilities.js';
import { noticeHtml } from '../../src/report/noticeHtml.js';
import { planNotice } from '../../src/report/planNotice.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { substitute } from '../../src/schedule/substitute.js';
import { rejection } from '../model/refusals.js';
import { countySchedule } from './county.js';
import { leaks, withoutSeedAnchors } from './noticeLeaks.js';

const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
const schedule = countySchedule();

describe('planNotice: the start-of-year notice of the county', () => {
  const notice = planNotice(county, schedule);

  it('holds the frame, the rules, the pool and the fingerprints of the plan', () => {
    expect(notice.anchors).toEqual({
      library: schedule.manifest.library,
      algorithm: schedule.manifest.algorithm,
      routineAlgorithm: 'horizon-flow+type@1',
      rng: 'seedrandom/alea',
      inputHash: schedule.manifest.inputHash,
      seedCommitment: schedule.manifest.seedCommitment,
      scheduleHash: schedule.manifest.scheduleHash,
    });
    expect(notice.units).toHaveLength(40);
    expect(notice.types.map((t) => [t.type, t.units])).toEqual([
      ['police-station', 15],
      ['criminal-investigation', 4],
      ['public-order', 4],
      ['traffic-police', 5],
      ['household-administration', 3],
      ['detention-centre', 3],
      ['patrol', 4],
      ['marine-police', 2],
    ]);
    // the budgets are the plan's: the schedule's periods say the same
    expect(notice.periods.map((p) => [p.index, p.start, p.end, p.workdays, p.budget])).toEqual(
      schedule.periods.map((p) => [p.index, p.start, p.end, p.workdays, p.visits]),
    );
    expect(notice.routine).toEqual({
      visitsPerPeriod: 6,
      prorate: 'workdays',
      fairness: 'risk',
      bounds: { min: 0.02, max: 0.9 },
      design: 'maxent',
      balance: 'type',
      coordination: 'horizon',
      total: 289,
    });
    expect(notice.limits).toEqual({ maxVisitsPerUnit: 15 });
    expect(notice.campaigns).toEqual([
      {
        id: 'spring-crackdown',
        name: 'Spring crackdown on gambling: front-line police stations',
        from: '2026-03-02',
        to: '2026-04-30',
        scope: { types: ['police-station'] },
        visits: 10,
        fairness: 'equal',
        design: 'maxent',
        scopeUnits: 14,
        workdays: 43,
      },
    ]);
    expect([notice.directed, notice.findings]).toEqual([2, 2]);
    expect(notice.team).toEqual({ size: 2, recusal: ['homeUnit'] });
    expect(notice.inspectors).toHaveLength(25);
    expect(notice.inspectors[0]).toEqual({
      id: 'insp-01',
      name: 'Wang Lei',
      homeUnit: 'ps-luohe',
      conflicts: [],
    });
    expect(notice.inspectors[4]!.types).toEqual(['police-station', 'patrol', 'marine-police']);
    const xincheng = notice.units.find((u) => u.id === 'ps-xincheng')!;
    expect(xincheng.active).toEqual({ from: '2026-07-01' });
    expect(xincheng.activePeriods).toBe(25);
    expect(xincheng.campaigns).toEqual({ 'spring-crackdown': 0 });
  });

  it('promises what the schedule reports, to the grid of the horizon draw (1e-14), and nothing it counted', () => {
    notice.units.forEach((u, i) => {
      const s = schedule.units[i]!;
      expect(u.id).toBe(s.id);
      expect(u.probabilities).toHaveLength(schedule.periods.length);
      for (const [t, p] of u.probabilities.entries()) {
        expect(Math.abs(p - unitProbabilities(schedule, s)[t]!)).toBeLessThan(1e-13);
      }
      expect(Math.abs(u.expectedVisits - s.expectedVisits)).toBeLessThan(1e-12);
      expect(u.capped).toBe(s.capped === true);
      expect(u.campaigns).toEqual(s.campaigns);
    });
    // no field of the notice is a visit, a count of the draw or a load
    const keys = new Set<string>();
    JSON.stringify(notice, (k, v) => {
      keys.add(k);
      return v;
    });
    for (const k of ['realised', 'visit', 'date', 'dates', 'byType', 'routine', 'other']) {
      if (k === 'routine') expect(Object.keys(notice.routine)).not.toContain('visits');
      else expect(keys.has(k), k).toBe(false);
    }
    expect(notice.campaigns[0]!.visits).toBe(county.campaigns[0].visits);
  });

  it('is the same for two seeds but for the seed commitment and the schedule hash', () => {
    const other = { ...county, seed: 'another-county-seed-2026' };
    const drawn = plan(other);
    const a = planNotice(county, schedule);
    const b = planNotice(other, drawn);
    expect(b.anchors.scheduleHash).not.toBe(a.anchors.scheduleHash);
    expect({ ...b, anchors: a.anchors }).toEqual(a);
    // the probabilities the two schedules report differ in their last bits; the notice's do not
    expect(withoutSeedAnchors(noticeHtml(b), drawn)).toBe(withoutSeedAnchors(noticeHtml(a), schedule));
    const csvA = noticeCsv(a);
    const csvB = noticeCsv(b);
    expect(csvB.frame).toBe(csvA.frame);
    expect(withoutSeedAnchors(csvB.rules, drawn)).toBe(withoutSeedAnchors(csvA.rules, schedule));
  });

  it('shows the public value of a commit-reveal seed, and leaks nothing of its draw', () => {
    const secret = 'b1946ac92492d2347c6235b4d2611184e5f2d2b4b5c5d7e7f8091a2b3c4d5e6f';
    const input = {
      ...county,
      seed: { secret, public: '5 2 6 1 3 4 4 6 1 2 5 3 6 6 2 1 4 3 5 2', commitment: commitSeed(secret) },
    };
    const drawn = plan(input);
    const n = planNotice(input, drawn);
    expect(n.anchors.seedPublic).toBe('5 2 6 1 3 4 4 6 1 2 5 3 6 6 2 1 4 3 5 2');
    expect(n.anchors.seedCommitment).toBe(commitSeed(secret));
    const page = noticeHtml(n);
    expect(page).toContain('5 2 6 1 3 4 4 6 1 2 5 3 6 6 2 1 4 3 5 2');
    const { found, searched } = leaks(page, input, drawn);
    expect(searched).toBeGreaterThan(150);
    expect(found).toEqual([]);
  });

  it('is made from a substituted schedule too: only the schedule hash changes', () => {
    const visit = schedule.visits.find((v) => v.date === '2026-01-15' && v.inspectors.length > 0)!;
    const changed = substitute(county, schedule, {
      inspector: visit.inspectors[0]!,
      dates: [visit.date],
      reason: 'sick leave',
      at: '2026-01-14T18:00:00+08:00',
    });
    const n = planNotice(county, changed);
    expect(n.anchors.scheduleHash).toBe(changed.manifest.scheduleHash);
    expect({ ...n, anchors: notice.anchors }).toEqual(notice);
  });
});

describe('planNotice refuses what is not this plan’s intact schedule', () => {
  const changed = structuredClone(schedule);
  changed.visits[3]!.date = changed.visits[4]!.date;
  it.each([
    [
      'another seed',
      { ...county, seed: 'county-2026-another' },
      schedule,
      'schedule.manifest.seedCommitment',
    ],
    [
      'another plan',
      { ...county, routine: { ...county.routine, visitsPerPeriod: 7 } },
      schedule,
      'schedule.manifest.inputHash',
    ],
    ['a schedule changed after its seal', county, changed, 'schedule.manifest.scheduleHash'],
    ['a plan file given as the schedule', county, county, 'schedule'],
    ['a bad plan file', { ...county, units: [] }, schedule, 'units'],
  ])('%s', (_, input, s, path) => {
    expect(rejection(() => planNotice(input, s)).path).toBe(path);
  });

  it('a replanned schedule: its later probabilities depend on the visits already made', () => {
    const replanned = replan(county, schedule, {
      from: '2026-07-06',
      reason: 'ci-east merged',
      changes: { close: ['ci-east'] },
    });
    const error = rejection(() => planNotice(county, replanned));
    expect(error.path).toBe('schedule.log[0]');
    expect(error.message).toMatch(/replan/);
  });
});
