import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/audit/canonicalJson.js';
import { checkSecretEntropy } from '../../src/audit/checkSecretEntropy.js';
import { effectiveSeed } from '../../src/audit/effectiveSeed.js';
import { hashInput } from '../../src/audit/hashInput.js';
import { addWorkdays } from '../../src/calendar/addWorkdays.js';
import { buildCalendar } from '../../src/calendar/buildCalendar.js';
import { type ErrorTexts, FairdrawError, say, wordsOf } from '../../src/model/FairdrawError.js';
import { outcomesFromTable } from '../../src/model/outcomesFromSheet.js';
import { planFromTables } from '../../src/model/planFromTables.js';
import { readOutcomes } from '../../src/model/readOutcomes.js';
import { readSchedule, type Schedule } from '../../src/model/scheduleSchema.js';
import { unitProbabilities } from '../../src/model/unitProbabilities.js';
import { estimate } from '../../src/outcomes/estimate.js';
import { followUpFindings } from '../../src/outcomes/followUpFindings.js';
import { nextYearPlan } from '../../src/outcomes/nextYearPlan.js';
import { observe } from '../../src/outcomes/observations.js';
import { proposeRisk } from '../../src/outcomes/proposeRisk.js';
import { register } from '../../src/outcomes/register.js';
import { deriveSeed } from '../../src/random/deriveSeed.js';
import { fairnessReport } from '../../src/report/fairnessReport.js';
import { periodNotice } from '../../src/report/periodNotice.js';
import { taskSheets } from '../../src/report/taskSheets.js';
import { capHorizonTotals } from '../../src/sampling/capHorizonTotals.js';
import { drawSample } from '../../src/sampling/drawSample.js';
import { inclusionProbabilities } from '../../src/sampling/inclusionProbabilities.js';
import { jointInclusionProbabilities } from '../../src/sampling/jointInclusionProbabilities.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { revealPeriod } from '../../src/schedule/revealPeriod.js';
import { inSealFormat, SEAL_ALGORITHM, SEAL_V2 } from '../../src/schedule/seal.js';
import { substitute } from '../../src/schedule/substitute.js';
import { verifyPeriod } from '../../src/schedule/verifyPeriod.js';
import { text } from '../../src/text/catalogue.js';
import { type Mutation, mutate, mutation } from '../fuzz/mutate.js';
import * as small from '../outcomes/smallSchedule.js';
import { smallYearPlan } from '../schedule/yearPlans.js';

// Every problem fairdraw reports can be written in Chinese: a broad set of bad inputs (hand-picked
// ones for every area, and mutated plan files), and for each FairdrawError its message and every
// problem in zh-CN hold Chinese and no English sentence, while the English stays `message` itself.

const CJK = /[\u3400-\u9fff]/;
/** Four English words in a row, outside quotes: a sentence nobody translated. */
const ENGLISH = /\b[a-z]{2,}(?: [a-z]{2,}){3,}\b/i;

/** A message with its quoted values (`"..."`, `` `...` ``) left out: the words that must be Chinese. */
function prose(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/`[^`]*`/g, '``');
}

/** Checks one error in Chinese (its English is `message` itself), and returns its lines in Chinese. */
function checkChinese(e: FairdrawError): string[] {
  expect(e.messageIn('en')).toBe(e.message);
  expect(e.problemsIn('en')).toEqual(e.problems);
  const problems = e.problemsIn('zh-CN');
  expect(problems.map((p) => p.path.replace(/, 第\d+行(, .+列)?$/, ''))).toEqual(
    e.problems.map((p) => p.path.replace(/, row \d+(, column .+)?$/, '')),
  );
  const zh = e.messageIn('zh-CN');
  const own = e.path ? zh.slice(zh.indexOf(': ') + 2) : zh;
  const messages = [own, ...problems.map((p) => p.message)];
  const english = [e.message, ...e.problems.map((p) => p.message)];
  messages.forEach((message, k) => {
    const words = prose(message);
    if (!CJK.test(words)) expect.fail(`no Chinese in: ${message}\n(English: ${english[k]})`);
    if (ENGLISH.test(words)) expect.fail(`English left in: ${message}`);
  });
  return [zh, ...problems.map((p) => `${p.path}: ${p.message}`)];
}

/** The phrases of the catalogue's `errors` section that the errors checked so far used (`outcomes.secondRecord`). */
const used = new Set<string>();

/** `phrases`, noting in {@link used} each phrase read (by its path, `sheet.outcomes.secondRow`). */
function watch<T extends object>(phrases: T, path: string): T {
  return new Proxy(phrases, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      const at = path ? `${path}.${String(key)}` : String(key);
      if (typeof value === 'object' && value !== null) return watch(value, at);
      used.add(at);
      return value;
    },
  });
}

/** The Chinese error phrases, watched. */
const watched: ErrorTexts = watch(text('zh-CN').errors, '');

/** Runs `f`, which must throw a FairdrawError, and checks it in Chinese. */
function refused(f: () => unknown, what = f.toString()): FairdrawError {
  try {
    f();
  } catch (e) {
    if (!(e instanceof FairdrawError)) throw e;
    for (const words of [wordsOf(e), ...e.problems.map(wordsOf)]) say(words.message, watched);
    if (process.env.SHOW_ZH) console.log([e.message, ...checkChinese(e)].join('\n'));
    else checkChinese(e);
    return e;
  }
  throw new Error(`expected a FairdrawError from ${what}`);
}

/** A value passed where the types would refuse it, as a caller without types would. */
const untyped = (value: unknown): any => value;

const SEAL = SEAL_ALGORITHM;
const base = smallYearPlan();
const planned = plan(base);
const edit = (change: (p: any) => void) => {
  const p = structuredClone(base);
  change(p);
  return p;
};

describe('every FairdrawError can be written in Chinese', () => {
  it('plan files: schemas, zod, cross-field checks, calendar, campaigns, staffing, limits', () => {
    const bad: ((p: any) => void)[] = [
      (p) => (p.units[1].risk = -1),
      (p) => (p.units[1].risk = 'high'),
      (p) => (p.units[1].risk = 1e12),
      (p) => (p.units[1].riks = 3),
      (p) => (p.horizon.zone = 'Asia/Shanghia'),
      (p) => (p.horizon.zone = 'asia/shanghai'),
      (p) => (p.horizon.period = 'weak'),
      (p) => (p.horizon.end = '2026-02-30'),
      (p) => (p.horizon.end = '2026/04/26'),
      (p) => (p.horizon.start = '2026-05-01'),
      (p) => (p.horizon.workdays = [1, 1, 9]),
      (p) => (p.horizon.holidays = ['2027-04-06', 5]),
      (p) => (p.horizon.extraWorkdays = ['2026-03-04']),
      (p) => (p.horizon.calendar = 'CN') && (p.horizon.end = '2036-04-26'),
      (p) => delete p.routine,
      (p) => (p.routine = { visitsPerPeriod: 1, visitsPerWorkday: 1 }),
      (p) => (p.routine.bounds = { min: 0.9, max: 0.1 }),
      (p) => (p.seed = ''),
      (p) => delete p.seed,
      (p) => (p.seed = { secret: 'x', public: 'y', commitment: 'z' }),
      (p) => (p.units = []),
      (p) => (p.units[2].id = 'ps-a'),
      (p) => (p.units[2].id = ' ps-c'),
      (p) => (p.units[4].active = { from: '2026-04-01', to: '2026-03-01' }),
      (p) => (p.inspectors[0].homeUnit = 'ps-aa'),
      (p) => (p.inspectors[0].conflicts = ['nope']),
      (p) => (p.inspectors[1].maxPerPeriod = 1.5),
      (p) => (p.team = { size: 30 }),
      (p) => (p.team = { size: 4, recusal: ['homeUnit', 'region'] }),
      (p) => (p.inspectors = p.inspectors.map((i: any) => ({ ...i, maxPerPeriod: 0 }))),
      (p) => (p.campaigns = [{ id: 'c', from: '2026-03-02', to: '2026-03-20', visits: 9, scope: {} }]),
      (p) =>
        (p.campaigns = [
          {
            id: 'c',
            from: '2026-03-10',
            to: '2026-03-02',
            visits: 1,
            scope: { types: ['x'], regions: ['y'] },
          },
          { id: 'c', from: '2026-01-01', to: '2026-03-20', visits: 1, scope: { units: [] } },
        ]),
      (p) => (p.campaigns = [{ id: 'c', from: '2026-04-04', to: '2026-04-06', visits: 1, scope: {} }]),
      (p) =>
        (p.campaigns = [
          { id: 'c', from: '2026-03-02', to: '2026-03-20', visits: 2, scope: {}, bounds: { max: 0.1 } },
        ]),
      (p) =>
        (p.campaigns = [
          { id: 'c', from: '2026-03-02', to: '2026-03-10', visits: 1, scope: { units: ['ps-e'] } },
        ]),
      (p) => (p.directed = [{ unit: 'ps-x', date: '2026-03-07', from: '2026-03-02', reason: '' }]),
      (p) => (p.directed = [{ unit: 'ps-a', reason: 'complaint' }]),
      (p) => (p.directed = [{ unit: 'ps-a', from: '2026-03-09', reason: 'complaint' }]),
      (p) => (p.directed = [{ unit: 'ps-a', date: '2026-03-07', reason: 'complaint' }]),
      (p) => (p.directed = [{ unit: 'ps-e', date: '2026-03-03', reason: 'complaint' }]),
      (p) => (p.directed = [{ unit: 'ps-e', from: '2026-03-02', to: '2026-03-06', reason: 'complaint' }]),
      (p) => (p.directed = [{ unit: 'ps-a', from: '2026-04-04', to: '2026-04-06', reason: 'complaint' }]),
      (p) => (p.findings = [{ unit: 'ps-a', date: '2026-05-01', deadlineWorkdays: 1.5, deadlineDays: 3 }]),
      (p) => (p.findings = [{ unit: 'ps-a', date: '2026-03-05' }]),
      (p) => (p.findings = [{ unit: 'ps-a', date: '2026-03-05', deadline: '2026-03-01', raiseRisk: 1 }]),
      (p) => (p.limits = { maxVisitsPerUnit: 1, minGapDays: 0 }),
      (p) => (p.limits = { maxVisitsPerUnit: 1 }) && (p.routine.coordination = 'independent'),
      (p) =>
        (p.limits = { maxVisitsPerUnit: 0 }) &&
        (p.directed = [{ unit: 'ps-a', date: '2026-03-03', reason: 'x' }]),
      (p) => (p.limits = { maxVisitsPerUnit: 1 }),
      (p) => (p.routine.visitsPerPeriod = 40),
      (p) => (p.routine = { visitsPerPeriod: 7, bounds: { min: 0.9 } }),
      (p) =>
        (p.horizon.holidays = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']) &&
        (p.routine.prorate = 'none'),
      (p) => (p.limits = new Map()),
      (p) => (p.units[0].name = 'bad \ud800 name'),
    ];
    for (const change of bad) refused(() => plan(edit(change)), change.toString());
    refused(() => plan(null));
    refused(() => plan([]));
    refused(() => hashInput([]));
  });

  it('would catch a message nobody translated', () => {
    expect(() => checkChinese(new FairdrawError('invalid-input', 'x', 'is not translated at all'))).toThrow();
  });

  it('plan files, replan and substitution requests and schedules mutated at random', () => {
    const visit = planned.visits.find((v) => v.period === 1 && v.inspectors.length > 0)!;
    const at = `${visit.date}T08:00:00+08:00`;
    const targets: [unknown, (mutated: any) => unknown][] = [
      [base, (p) => plan(p)],
      [
        { from: '2026-03-16', reason: 'merger', changes: { close: ['ps-d'], risk: { 'ps-a': 5 } } },
        (r) => replan(base, planned, r),
      ],
      [
        { inspector: visit.inspectors[0], dates: [visit.date], reason: 'ill', at },
        (c) => substitute(base, planned, c),
      ],
      [planned, (s) => readSchedule(s)],
    ];
    let errors = 0;
    targets.forEach(([valid, call], k) => {
      const cases = fc.sample(fc.array(mutation, { minLength: 1, maxLength: 3 }), {
        seed: 14 + k,
        numRuns: 150,
      });
      for (const mutations of cases as Mutation[][]) {
        try {
          call(mutate(valid, mutations));
        } catch (e) {
          if (!(e instanceof FairdrawError)) throw e;
          checkChinese(e);
          errors++;
        }
      }
    });
    expect(errors).toBeGreaterThan(300);
  });

  it('replans, substitutions, reveals, notices, task sheets and reports', () => {
    const at = '2026-03-10T08:00:00+08:00';
    const visit = planned.visits.find((v) => v.period === 1 && v.inspectors.length > 0)!;
    refused(() => replan(base, planned, { from: '2026-03-04', reason: 'x', changes: { close: ['ps-a'] } }));
    refused(() => replan(base, planned, { from: '2027-03-02', reason: ' ', changes: {} }));
    refused(() =>
      replan(base, planned, {
        from: '2026-03-09',
        reason: 'x',
        changes: {
          add: [{ id: 'ps-a', type: 't', risk: 1 }],
          close: ['ps-b', 'ps-b', 'ps-aa'],
          risk: { 'ps-b': 2, nope: 1 },
        },
      }),
    );
    refused(() => substitute(base, planned, { inspector: 'i-9', dates: [visit.date], reason: 'ill', at }));
    refused(() => substitute(base, planned, { inspector: 'i-1', dates: ['2026-03-02'], reason: 'ill', at }));
    refused(() => substitute(base, planned, { inspector: 'i-1', dates: [], reason: '', at: 'today' }));
    refused(() =>
      substitute(
        edit((p) => (p.team = { size: 4 })),
        plan(edit((p) => (p.team = { size: 4 }))),
        {
          inspector: 'i-4',
          dates: [planned.visits.at(-1)!.date],
          reason: 'ill',
          at,
        },
      ),
    );
    refused(() =>
      substitute(
        edit((p) => (p.seed = 'other')),
        planned,
        { inspector: 'i-1', dates: [visit.date], reason: 'x', at },
      ),
    );
    refused(() => revealPeriod(base, planned, 7, { asOf: '2026-03-01' }));
    refused(() => revealPeriod(base, planned, 99, { asOf: '2026-12-01' }));
    refused(() => revealPeriod(base, planned, 0, untyped({})));
    refused(() => revealPeriod(base, planned, 0, untyped({ asOf: '2026-13-01', force: 'yes' })));
    refused(() => revealPeriod(base, planned, 0, untyped({ asOf: '2026-12-01', force: 'yes' })));
    refused(() =>
      revealPeriod(base, { ...planned, manifest: { ...planned.manifest, scheduleHash: '0'.repeat(64) } }, 0, {
        asOf: '2026-12-01',
      }),
    );
    refused(() =>
      verifyPeriod({ seal: SEAL, period: 'summary', leaves: 3, salt: 'x', proof: [] }, '0'.repeat(64)),
    );
    refused(() => verifyPeriod({ seal: SEAL, period: 5, leaves: 1 }, '0'.repeat(64)));
    refused(() => verifyPeriod({ seal: SEAL, period: 5, leaves: 3 }, '0'.repeat(64)));
    refused(() => periodNotice(untyped({ seal: SEAL, period: 'summary' }), '0'.repeat(64)));
    refused(() => taskSheets(planned, { date: '2026-03-03', inspector: 'i-9' }));
    refused(() => taskSheets(planned, { date: 'March 3' }));
    refused(() => fairnessReport(planned, untyped({})));
    refused(() =>
      fairnessReport(
        { ...planned, periods: planned.periods.map((p, k) => ({ ...p, index: k + 1 })) },
        { asOf: '2026-12-01' },
      ),
    );
    refused(() => readSchedule(base));
    refused(() => readSchedule({ proof: [], salt: 'x' }));
    refused(() => readSchedule([]));
    refused(() => readSchedule({ ...planned, visits: [{ ...planned.visits[0], date: 5 }] }));
    // the format of the routine probabilities: profiles (v3) or each unit's own list (v2, v1)
    const v2 = inSealFormat(structuredClone(planned), SEAL_V2);
    const unit = (s: Schedule, k: number, change: (u: any) => unknown) => ({
      ...s,
      units: s.units.map((u, i) => (i === k ? change({ ...u }) : u)),
    });
    refused(() => readSchedule(unit(planned, 2, (u) => ({ ...u, probabilities: [0] }))));
    refused(() => readSchedule(unit(planned, 2, ({ profile: _, ...u }) => u)));
    refused(() => readSchedule(unit(planned, 2, (u) => ({ ...u, profile: planned.profiles!.length }))));
    refused(() => readSchedule({ ...planned, profiles: [[0.5], ...planned.profiles!.slice(1)] }));
    refused(() => readSchedule(unit(v2, 2, (u) => ({ ...u, profile: 0 }))));
    refused(() => readSchedule(unit(v2, 2, ({ probabilities: _, ...u }) => u)));
    const format = ['unitWithoutProbabilities', 'profileWithoutProfiles', 'probabilitiesBesideProfiles'];
    const phrases = [...format, 'profileIndex'].map((key) => `schedule.${key}`);
    expect(phrases.filter((p) => !used.has(p))).toEqual([]);
    expect(used.has('report.probabilitiesCount')).toBe(true);
  });

  it('the sampling, audit, random and calendar layers', () => {
    refused(() => inclusionProbabilities([1, -1], 1));
    refused(() => inclusionProbabilities([1, 2], 3));
    refused(() => inclusionProbabilities([1, 2], 1, { min: 0.9, max: 0.1 }));
    refused(() => inclusionProbabilities([1, 2, 3], 1, { min: 0.5 }));
    refused(() => inclusionProbabilities([1, 2, 3], 3, { max: 0.5 }));
    refused(() => inclusionProbabilities([1e-300, 1e300], 1));
    refused(() => inclusionProbabilities([1, 2], 1, untyped({ min: 'a' })));
    refused(() => drawSample([0.5, 0.7], { seed: 's' }));
    refused(() => drawSample([0.5, 0.5], untyped({ seed: '', design: 'lottery' })));
    refused(() => drawSample([0.5, 0.5], { seed: 's', strata: ['a'] }));
    refused(() => drawSample([0.5, 0.5], untyped({ seed: 's', version: 9 })));
    refused(() => jointInclusionProbabilities([0.5, 0.5], 'pivotal', { order: [0, 0] }));
    refused(() => jointInclusionProbabilities([0.5, 0.5], 'maxent', { order: [0, 1] }));
    refused(() =>
      capHorizonTotals(
        [
          [0.5, 0.5],
          [1, 1],
        ],
        [1, 1],
        [1, 1],
      ),
    );
    refused(() => capHorizonTotals([[0.5, 0.5]], [1, 1], [-1, 1]));
    refused(() => canonicalJson({ a: [1, Number.NaN] }));
    refused(() => canonicalJson(undefined));
    refused(() => canonicalJson({ a: new Date(0) }));
    refused(() => checkSecretEntropy('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'));
    refused(() => checkSecretEntropy('abc'));
    refused(() => checkSecretEntropy('a b'));
    refused(() => effectiveSeed(untyped({ secret: 's', public: 'p', commitment: 'c' }), '0'.repeat(64)));
    refused(() => deriveSeed('m', untyped(1.5)));
    const horizon = {
      start: '2026-03-02',
      end: '2026-04-26',
      zone: 'Asia/Shanghai',
      period: 'week',
    } as const;
    refused(() => buildCalendar({ ...horizon, workdays: [], holidays: [], extraWorkdays: [] }));
    refused(() =>
      buildCalendar({ ...horizon, end: '2040-01-01', workdays: [1], holidays: ['x'], extraWorkdays: [] }),
    );
    const calendar = buildCalendar({
      ...horizon,
      workdays: [1, 2, 3, 4, 5],
      holidays: [],
      extraWorkdays: [],
    });
    refused(() => addWorkdays(calendar, '2026-03-02', -1));
    refused(() => calendar.workdaysBetween('2026-03-02', '2099-01-01'));
  });

  it('the spreadsheets of fairdraw init', () => {
    const units = {
      file: 'units.xlsx',
      rows: [
        ['单位名单'],
        ['编号', '名称', '警种', '风险', '启用日期', '停用日期', '颜色', '风险'],
        ['ps-01', '城关派出所', '派出所', '高', '2027-13-01', '2027-01-01'],
        ['ps-01', '螺河派出所', '', '', '', '', '', '', 'x'],
        ['ps-03', '城关派出所', '派出所', 2],
      ],
    };
    const inspectors = {
      file: 'inspectors.csv',
      rows: [
        ['编号', '姓名', '所属单位', '可检查警种', '每期上限', '不可用日期'],
        ['i-1', '陈静', '城关派出所', '刑侦', -1, '2027-03-05~2027-03-01'],
        ['i-1', '王磊', '城关所', '派出所', 2.5, '2027-01-01~2029-01-01'],
        ['', '李娜', 'ps-04', '', '', '2027-02-30'],
      ],
    };
    const holidays = {
      file: 'holidays.csv',
      rows: [
        ['日期', '类型'],
        ['2027-01-01', '休'],
        ['2027-01-01', '休'],
        ['2027-01-06', '班'],
        ['2027-01-07', '假'],
      ],
    };
    const settings = { start: '2027-01-04', end: '2027-12-31', period: 'week', zone: 'Asia/Shanghai' };
    refused(() => planFromTables({ units, inspectors, holidays }, settings));
    refused(() => planFromTables({ units: { file: 'u.csv', rows: [['名称'], ['x']] } }, settings));
    refused(() =>
      planFromTables(
        { units: { file: 'u.csv', rows: [['编号', '警种', '风险']] } },
        {
          start: '2027-1-4',
          end: '2026-12-31',
          period: 'fortnight',
          zone: 'Beijing',
        },
      ),
    );
    refused(() =>
      planFromTables(
        {
          units: {
            file: 'u.csv',
            rows: [
              ['id', 'type', 'risk'],
              ['a', 't', -2],
            ],
          },
        },
        settings,
      ),
    );
  });

  it('outcomes files: not one, another schedule, unknown and repeated visits, fields that do not fit', () => {
    const { planned, current } = small;
    const hash = planned.manifest.scheduleHash;
    const record = (r: object) => ({
      schedule: hash,
      records: [{ visit: 'v-0001', result: 'compliant', ...r }],
    });
    refused(() => readOutcomes(null, planned));
    refused(() => readOutcomes([], planned));
    refused(() => readOutcomes(7, planned));
    refused(() => readOutcomes(planned, planned));
    refused(() => readOutcomes(small.input, planned));
    refused(() => readOutcomes({ visits: [] }, planned));
    refused(() =>
      readOutcomes({ schedule: 'abc', records: [{ visit: 'v-0001', result: 'fine', note: 1 }] }, planned),
    );
    // A hash of another schedule: one without a log, one whose log records its hashes, one whose does not.
    const other = { schedule: '0'.repeat(64), records: [] };
    refused(() => readOutcomes(other, planned));
    refused(() => readOutcomes(other, current));
    refused(() => readOutcomes(other, { ...current, log: current.log.map(({ before: _, ...e }) => e) }));
    refused(() => readOutcomes({ ...other, schedule: current.manifest.scheduleHash }, planned));
    // Unknown visits (one with a "did you mean"), a second record, and a visit numbered again by a replan.
    refused(() =>
      readOutcomes(
        {
          schedule: hash,
          records: [
            { visit: 'v-0099', result: 'compliant' },
            { visit: 'v-001', result: 'compliant' },
            { visit: 'v-0002', result: 'compliant' },
            { visit: 'v-0002', result: 'not-done' },
          ],
        },
        planned,
      ),
    );
    refused(() =>
      readOutcomes({ schedule: hash, records: [{ visit: 'v-0011', result: 'compliant' }] }, current),
    );
    // Fields that do not fit the result or the visit.
    const problem = { category: 'law-enforcement', deadline: '2026-03-20' };
    refused(() => readOutcomes(record({ problems: [problem], closed: '2026-03-10' }), planned));
    refused(() => readOutcomes(record({ result: 'not-done', problems: [] }), planned));
    refused(() => readOutcomes(record({ result: 'problems' }), planned));
    refused(() => readOutcomes(record({ result: 'problems', problems: [] }), planned));
    refused(() => readOutcomes(record({ feedback: { complainant: '2026-03-05' } }), planned));
    refused(() =>
      readOutcomes(
        record({
          result: 'problems',
          problems: [{ ...problem, deadline: '2026-03-01', closed: '2026-03-12' }],
          closed: '2026-03-02',
          feedback: { unit: '2026-03-03' },
        }),
        planned,
      ),
    );
    refused(() => readOutcomes(record({ result: 'problems', problems: [{ category: '' }] }), planned));
  });

  it('follow-ups, estimates, the register and next year', () => {
    const { input, planned } = small;
    const hash = planned.manifest.scheduleHash;
    const outcomes = {
      schedule: hash,
      records: [
        { visit: 'v-0001', result: 'problems', problems: [{ category: 'service', deadline: '2026-03-20' }] },
        { visit: 'v-0002', result: 'compliant' },
      ],
    };
    refused(() => followUpFindings(planned, outcomes, '2026-3-16'));
    refused(() => followUpFindings(planned, outcomes, '2026-03-02'));
    refused(() =>
      followUpFindings(
        planned,
        { ...outcomes, records: [...outcomes.records, outcomes.records[1]] },
        '2026-03-16',
      ),
    );
    const asOf = '2026-03-29';
    const otherPlan = {
      ...input,
      units: input.units.map((u: any, k: number) => (k === 0 ? { ...u, risk: 9 } : u)),
    };
    refused(() => estimate(input, planned, outcomes, untyped({ asOf, by: 'station' })));
    refused(() => estimate(input, planned, outcomes, { asOf, level: 0 }));
    refused(() => estimate(input, planned, outcomes, { asOf, level: 1.5 }));
    refused(() => estimate(input, planned, outcomes, untyped({ asOf, level: '95%' })));
    refused(() => estimate(input, planned, outcomes, untyped({})));
    refused(() => estimate(input, planned, outcomes, { asOf: '2026-03-32' }));
    refused(() => estimate(otherPlan, planned, outcomes, { asOf }));
    refused(() => estimate(input, planned, { ...outcomes, schedule: '1'.repeat(64) }, { asOf }));
    const zeros = planned.profiles!.map((p) => p.map(() => 0));
    refused(() => estimate(input, { ...planned, profiles: zeros }, outcomes, { asOf }));
    const v2 = inSealFormat(structuredClone(planned), SEAL_V2);
    const units = v2.units.map((u) => ({ ...u, probabilities: unitProbabilities(v2, u).map(() => 0) }));
    refused(() => estimate(input, { ...v2, units }, outcomes, { asOf }));
    const read = new Map(outcomes.records.map((r) => [r.visit, untyped(r)]));
    const moved = planned.visits.map((v, k) => (k === 1 ? { ...v, unit: 'ps-nowhere' } : v));
    refused(() => observe({ ...planned, visits: moved }, read, asOf));
    refused(() => observe({ ...planned, profiles: planned.profiles!.map(() => []) }, read, asOf));
    const unweighted = v2.units.map((u) => ({ ...u, probabilities: [] }));
    refused(() => observe({ ...v2, units: unweighted }, read, asOf));
    refused(() => proposeRisk(otherPlan, planned, outcomes));
    refused(() => proposeRisk(input, planned, outcomes, { asOf: 'end of March' }));
    refused(() =>
      proposeRisk(input, planned, { ...outcomes, records: [{ visit: 'v-9', result: 'compliant' }] }),
    );
    refused(() => register(planned, outcomes, untyped({ asOf, audience: 'press' })));
    refused(() => register(planned, outcomes, untyped({ asOf, audience: 1 })));
    refused(() => register(planned, outcomes, untyped({ audience: 'office' })));
    refused(() => register(planned, [], { asOf }));
    const proposals = proposeRisk(input, planned, outcomes);
    refused(() => nextYearPlan(input, proposals, { start: '2027-02-30', end: '2027-12-31' }, planned.log));
    refused(() => nextYearPlan(input, proposals, { start: '2027-01-04', end: 'next year' }, planned.log));
    refused(() => nextYearPlan(input, proposals, { start: '2027-12-31', end: '2027-01-04' }, planned.log));
  });

  it('the outcomes sheet', () => {
    const { planned } = small;
    const sheet = (rows: unknown[][]) => ({ file: 'outcomes.xlsx', rows: untyped(rows) });
    refused(() =>
      outcomesFromTable(
        sheet([
          ['检查编号', '结果', '问题类别', '整改期限', '整改完成日期', '投诉人反馈日期', '颜色'],
          ['v-0001', '很好', '', '', '', '', 'x'],
          ['v-0002', '合格', 'service', '2026-03-20', '', '', ''],
          ['v-0003', '发现问题', '', '', '', '', ''],
          ['v-0004', '合格', '', '', '', '', ''],
          ['v-0004', '合格', '', '', '', '', ''],
          ['v-0005', '发现问题', 'service', '2026-03-20', '', '', ''],
          ['v-0005', '合格', '', '', '', '', ''],
          ['v-0009', '发现问题', 'service', '2026-03-30', '', '2026-03-20', ''],
          ['v-0009', '发现问题', 'service', '2026-03-30', '', '2026-03-21', ''],
          ['', '', '', '', '', '', ''],
          ['v-0006', '', '', '2026-13-01', '', '', ''],
          [null, '合格'],
        ]),
        planned,
      ),
    );
    refused(() =>
      outcomesFromTable(
        sheet([
          ['visit', 'result'],
          ['v-0099', 'compliant'],
          ['v-001', 'compliant'],
        ]),
        planned,
      ),
    );
    refused(() =>
      outcomesFromTable(
        sheet([
          ['visit', 'result', 'category', 'deadline', 'closed', 'feedbackUnit'],
          ['v-0001', 'problems', 'service', '2026-03-01', '', '2026-03-05'],
          ['v-0002', 'compliant', '', '', '', ''],
        ]),
        planned,
      ),
    );
    refused(() => outcomesFromTable(sheet([['结果'], ['合格']]), planned));
    refused(() => outcomesFromTable(sheet([['检查编号'], ['v-0001']]), planned));
  });

  it('checked every message of the outcomes area, of the confidence level and of the outcomes sheet', () => {
    const phrases = [
      ...Object.keys(text('en').errors.outcomes).map((key) => `outcomes.${key}`),
      ...Object.keys(text('en').errors.sheet.outcomes).map((key) => `sheet.outcomes.${key}`),
      'sheet.needs.outcomeVisit',
      'sheet.needs.outcomeResult',
      'schema.confidenceAbove0',
      'schema.confidenceBelow1',
    ];
    expect(phrases.filter((p) => !used.has(p))).toEqual([]);
  });
});
