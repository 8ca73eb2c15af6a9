import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { substituteInspector } from '../../src/assign/substituteInspector.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { createRng } from '../../src/random/createRng.js';
import { taskSheets } from '../../src/report/taskSheets.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { substitute } from '../../src/schedule/substitute.js';

// "Did you mean" in the requests of the library: replan's changes, substitute's change, the task
// sheets' inspector (README, FairdrawError).
const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
const schedule = plan(county);

function problemsOf(f: () => unknown): readonly { path: string; message: string }[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(FairdrawError);
    return (e as FairdrawError).problems;
  }
  throw new Error('expected a FairdrawError');
}

const CHENGGUAN = '; did you mean "ps-chengguan" (its name is Chengguan police station)?';
const ZHANG_WEI = '; did you mean "insp-03" (its name is Zhang Wei)?';

describe('replan suggests an id for an unknown unit', () => {
  const from = '2026-07-06';
  const replanWith = (changes: unknown) => () => replan(county, schedule, { from, reason: 'x', changes });

  it('in changes.close', () => {
    expect(problemsOf(replanWith({ close: ['Chengguan police station'] }))).toEqual([
      {
        path: 'options.changes.close[0]',
        message: `unknown unit id "Chengguan police station"${CHENGGUAN}`,
      },
    ]);
    expect(problemsOf(replanWith({ close: ['ps-luhoe'] }))).toEqual([
      { path: 'options.changes.close[0]', message: 'unknown unit id "ps-luhoe"; did you mean "ps-luohe"?' },
    ]);
    expect(problemsOf(replanWith({ close: ['nope'] }))).toEqual([
      { path: 'options.changes.close[0]', message: 'unknown unit id "nope"' },
    ]);
  });

  it('in changes.risk', () => {
    expect(problemsOf(replanWith({ risk: { 'Chengguan police station': 4 } }))).toEqual([
      {
        path: 'options.changes.risk.Chengguan police station',
        message: `unknown unit id "Chengguan police station"${CHENGGUAN}`,
      },
    ]);
    expect(problemsOf(replanWith({ risk: { 'ps-luohee': 4 } }))).toEqual([
      {
        path: 'options.changes.risk.ps-luohee',
        message: 'unknown unit id "ps-luohee"; did you mean "ps-luohe"?',
      },
    ]);
    expect(problemsOf(replanWith({ risk: { nope: 4 } }))).toEqual([
      { path: 'options.changes.risk.nope', message: 'unknown unit id "nope"' },
    ]);
  });
});

describe('substitute suggests an id for an unknown inspector', () => {
  const change = (inspector: string) => () =>
    substitute(county, schedule, {
      inspector,
      dates: ['2026-03-02'],
      reason: 'ill',
      at: '2026-01-04T09:00:00+08:00',
    });

  it('in change.inspector: by name, by edits, and none for an id equally near several', () => {
    expect(problemsOf(change('Zhang Wei'))).toEqual([
      { path: 'change.inspector', message: `unknown inspector id "Zhang Wei"${ZHANG_WEI}` },
    ]);
    expect(problemsOf(change('isnp-03'))).toEqual([
      { path: 'change.inspector', message: 'unknown inspector id "isnp-03"; did you mean "insp-03"?' },
    ]);
    // one edit from insp-09, insp-19 and insp-29 alike
    expect(problemsOf(change('insp-99'))).toEqual([
      { path: 'change.inspector', message: 'unknown inspector id "insp-99"' },
    ]);
  });

  it('in the assignment step too (substituteInspector)', () => {
    const visits = [{ id: 'v0', date: '2026-01-05', unit: 'u', unitType: 'A', period: 0 }];
    const inspectors = [{ id: 'chen-jing' }, { id: 'wang-lei' }, { id: 'li-na' }];
    const options = { teamSize: 2, recusal: ['homeUnit'] as const, rng: createRng('x') };
    const sub = (inspector: string) => () =>
      substituteInspector(
        visits,
        [['chen-jing', 'wang-lei']],
        inspectors,
        { inspector, dates: ['2026-01-05'] },
        options,
      );
    expect(problemsOf(sub('chen-jnig'))).toEqual([
      { path: 'change.inspector', message: 'unknown inspector id "chen-jnig"; did you mean "chen-jing"?' },
    ]);
    expect(problemsOf(sub('zhao-min'))).toEqual([
      { path: 'change.inspector', message: 'unknown inspector id "zhao-min"' },
    ]);
  });
});

describe('the task sheets suggest an id for an unknown inspector', () => {
  it('in options.inspector', () => {
    const known = "in the schedule (neither in its workloads nor in any visit's team)";
    expect(problemsOf(() => taskSheets(schedule, { date: '2026-05-11', inspector: 'isnp-03' }))).toEqual([
      { path: 'options.inspector', message: `no inspector "isnp-03" ${known}; did you mean "insp-03"?` },
    ]);
    expect(problemsOf(() => taskSheets(schedule, { date: '2026-05-11', inspector: 'nobody' }))).toEqual([
      { path: 'options.inspector', message: `no inspector "nobody" ${known}` },
    ]);
  });
});
