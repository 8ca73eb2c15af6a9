import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { taskSheetsIcs } from '../../src/cli/tasksIcs.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import type { Schedule, Visit } from '../../src/model/scheduleSchema.js';
import type { TaskSheets } from '../../src/report/TaskSheetTypes.js';
import { taskSheets } from '../../src/report/taskSheets.js';
import { taskSheetsHtml } from '../../src/report/taskSheetsHtml.js';
import { plan } from '../../src/schedule/plan.js';
import type { Lang } from '../../src/text/lang.js';
import { arbitraryPlan } from '../schedule/arbitraryPlan.js';
import { countySchedule, countyWithOtherKinds } from './county.js';

function expectError(f: () => unknown, path: string, message: RegExp) {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(FairdrawError);
    expect((e as FairdrawError).code).toBe('invalid-input');
    expect((e as FairdrawError).path).toBe(path);
    expect((e as FairdrawError).message).toMatch(message);
    return;
  }
  throw new Error(`no error for ${path}`);
}

const rows = (t: TaskSheets) =>
  t.sheets.map((s) => [s.inspector, s.visits.map((v) => `${v.id} ${v.unit} ${v.teammates.join('+')}`)]);

describe('taskSheets on the county schedule', () => {
  const county = countySchedule();

  it('gives each inspector of the day their visits, with the teammates; a follow-up names its finding', () => {
    const t = taskSheets(county, { date: '2026-05-11' });
    expect(t).toMatchObject({ date: '2026-05-11', weekday: 1, period: 18, revision: 0, unassigned: [] });
    expect(t.scheduleHash).toBe(county.manifest.scheduleHash);
    expect(t.inputHash).toBe(county.manifest.inputHash);
    expect(rows(t)).toEqual([
      ['insp-14', ['v-0110 pt-north insp-17']],
      ['insp-17', ['v-0110 pt-north insp-14']],
      ['insp-19', ['v-0109 ps-xiaji insp-25']],
      ['insp-25', ['v-0109 ps-xiaji insp-19']],
    ]);
    expect(t.sheets[2]!.visits[0]).toEqual({
      id: 'v-0109',
      kind: 'follow-up',
      unit: 'ps-xiaji',
      unitName: 'Xiaji police station',
      teammates: ['insp-25'],
      finding: { index: 0, date: '2026-04-29', deadline: '2026-05-09' },
    });
  });

  it('gives a directed visit its reason and a campaign visit its campaign', () => {
    const directed = taskSheets(county, { date: '2026-06-10', inspector: 'insp-04' });
    expect(directed.inspector).toBe('insp-04');
    expect(directed.sheets).toEqual([
      {
        inspector: 'insp-04',
        visits: [
          {
            id: 'v-0136',
            kind: 'directed',
            unit: 'ps-luohe',
            unitName: 'Luohe police station',
            teammates: ['insp-06'],
            reason: 'complaint 2026-117',
          },
        ],
      },
    ]);
    const campaign = taskSheets(county, { date: '2026-03-03', inspector: 'insp-10' });
    expect(campaign.sheets[0]!.visits).toEqual([
      {
        id: 'v-0045',
        kind: 'campaign',
        unit: 'ps-yanjiang',
        unitName: 'Yanjiang police station',
        teammates: ['insp-06'],
        campaign: 'spring-crackdown',
      },
    ]);
  });

  it('lists every visit of the day on the sheet of each of its inspectors, and nothing else', () => {
    for (const date of ['2026-04-30', '2026-01-06', '2026-03-03', '2026-10-08']) {
      const t = taskSheets(county, { date });
      const ofDay = county.visits.filter((v) => v.date === date);
      expect(ofDay.length).toBeGreaterThan(0);
      const listed = t.sheets.flatMap((s) => s.visits.map((v) => `${s.inspector} ${v.id}`)).sort();
      expect(listed).toEqual(ofDay.flatMap((v) => v.inspectors.map((i) => `${i} ${v.id}`)).sort());
    }
    // insp-09 has three visits that day, insp-14 two
    expect(rows(taskSheets(county, { date: '2026-04-30' }))).toEqual([
      ['insp-09', ['v-0102 ps-baishi insp-10', 'v-0103 ps-xiqiao insp-14', 'v-0104 tp-expressway insp-14']],
      ['insp-10', ['v-0102 ps-baishi insp-09']],
      ['insp-14', ['v-0103 ps-xiqiao insp-09', 'v-0104 tp-expressway insp-09']],
    ]);
  });

  it('gives one inspector their sheet, empty on a day without their visit; a day without visits has no sheet', () => {
    expect(taskSheets(county, { date: '2026-05-11', inspector: 'insp-19' }).sheets).toHaveLength(1);
    const none = taskSheets(county, { date: '2026-05-11', inspector: 'insp-01' });
    expect(none.sheets).toEqual([{ inspector: 'insp-01', visits: [] }]);
    const sunday = taskSheets(county, { date: '2026-05-10' });
    expect(sunday).toMatchObject({ weekday: 7, period: 17, sheets: [], unassigned: [] });
    const outside = taskSheets(county, { date: '2030-01-01' });
    expect(outside.sheets).toEqual([]);
    expect(outside.period).toBeUndefined();
  });

  it('shows a unit name the schedule gives, and lists visits without an inspector apart', () => {
    const s = countyWithOtherKinds();
    const t = taskSheets(s, { date: '2026-03-03', inspector: 'insp-01' });
    expect(t.sheets[0]!.visits).toEqual([
      {
        id: 'c-0001',
        kind: 'campaign',
        unit: 'ps-chengguan',
        unitName: 'Chengguan police station',
        teammates: ['insp-02'],
        campaign: 'spring-crackdown',
      },
    ]);
    const lone = countySchedule();
    lone.visits.find((v) => v.id === 'v-0110')!.inspectors = [];
    const day = taskSheets(lone, { date: '2026-05-11' });
    expect(day.sheets.map((x) => x.inspector)).toEqual(['insp-19', 'insp-25']);
    expect(day.unassigned.map((v) => [v.id, v.teammates])).toEqual([['v-0110', []]]);
    expect(taskSheets(lone, { date: '2026-05-11', inspector: 'insp-19' }).unassigned).toEqual([]);
  });

  it('counts the logged changes of the schedule (the ICS SEQUENCE)', () => {
    const s = countySchedule();
    s.log.push({
      kind: 'substitution',
      at: '2026-05-10T08:00:00+08:00',
      reason: 'ill',
      inspector: 'insp-14',
      dates: ['2026-05-11'],
      sequence: 0,
      visits: [],
    });
    expect(taskSheets(s, { date: '2026-05-11' }).revision).toBe(1);
  });
});

describe('taskSheets refuses', () => {
  const county = countySchedule();

  it('a missing or wrong date, naming options.date', () => {
    expectError(() => taskSheets(county, {} as never), 'options.date', /expected string/);
    expectError(() => taskSheets(county, { date: '2026-02-30' }), 'options.date', /existing calendar date/);
    expectError(() => taskSheets(county, { date: '20260305' }), 'options.date', /ISO date/);
    expectError(() => taskSheets(county, { date: '2026-3-5' }), 'options.date', /ISO date/);
    expectError(() => taskSheets(county, undefined as never), 'options', /expected object/);
  });

  it('an inspector the schedule does not know, naming options.inspector', () => {
    expectError(
      () => taskSheets(county, { date: '2026-05-11', inspector: 'insp-99' }),
      'options.inspector',
      /no inspector "insp-99" in the schedule/,
    );
    expectError(
      () => taskSheets(county, { date: '2026-05-11', inspector: '' }),
      'options.inspector',
      /empty/,
    );
    expectError(
      () => taskSheets(county, { date: '2026-05-11', when: 'now' } as never),
      'options.when',
      /unknown field/,
    );
  });

  it('a value that is not a schedule, and a follow-up naming a finding the schedule does not list', () => {
    expectError(() => taskSheets({ horizon: {} }, { date: '2026-05-11' }), 'schedule', /plan file/);
    const s = countySchedule();
    s.findings = [];
    const index = s.visits.findIndex((v) => v.id === 'v-0109');
    expectError(
      () => taskSheets(s, { date: '2026-05-11' }),
      `schedule.visits[${index}].finding`,
      /names finding 0, but the schedule lists 0 findings/,
    );
    // another day's follow-up does not matter
    expect(taskSheets(s, { date: '2026-05-12' }).sheets.length).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------------
// Nothing from another day: the property.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `iso` in every format a page or a calendar file might write it, as one pattern not inside a longer number. */
function datePattern(iso: string): RegExp {
  const d = DateTime.fromISO(iso, { zone: 'utc' });
  const [y, m, day] = [d.year, d.month, d.day];
  const mm = String(m).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  const mon = MONTHS[m - 1]!;
  const month = d.setLocale('en').toFormat('LLLL');
  const forms = [
    `${y}-${mm}-${dd}`,
    `${y}/${mm}/${dd}`,
    `${y}.${mm}.${dd}`,
    `${y}${mm}${dd}`,
    `${y}/${m}/${day}`,
    `${day} ${mon} ${y}`,
    `${day} ${month} ${y}`,
    `${mon} ${day}`,
    `${month} ${day}`,
    `${day} ${mon}`,
    `${day} ${month}`,
    `${dd}/${mm}/${y}`,
    `${mm}/${dd}/${y}`,
    `${day}/${m}/${y}`,
    `${m}/${day}/${y}`,
    `${m}/${day}`,
    `${day}.${m}.`,
    `${y}年${m}月${day}日`,
    `${m}月${day}日`,
    `${mm}-${dd}`,
  ];
  return new RegExp(`(?<![0-9A-Za-z])(?:${forms.map(escapeRe).join('|')})(?![0-9])`);
}

/** Every date the schedule names anywhere: visits, periods, findings, directed visits, campaigns, the log. */
function scheduleDates(s: Schedule): Set<string> {
  const out = new Set<string>();
  for (const v of s.visits) out.add(v.date);
  for (const p of s.periods) out.add(p.start).add(p.end);
  for (const f of s.findings ?? []) out.add(f.date).add(f.deadline).add(f.followUp);
  for (const d of s.directed ?? []) out.add(d.date);
  for (const c of s.campaigns ?? []) out.add(c.from).add(c.to);
  for (const c of s.conflicts ?? []) out.add(c.dates[0]).add(c.dates[1]);
  return out;
}

/**
 * Checks the sheets of `date` and their page and calendar file (in `lang`): every row is a visit of `date` of that
 * inspector (and every such visit is listed), and neither the page nor the file holds another date in
 * any format (but the findings that the day's follow-ups check), another day's visit id, or a unit not
 * visited that day.
 */
function checkOneDay(s: Schedule, date: string, inspector: string | undefined, lang: Lang = 'en'): void {
  const t = taskSheets(s, { date, ...(inspector === undefined ? {} : { inspector }) });
  const byId = new Map<string, Visit>(s.visits.map((v) => [v.id, v]));
  const ofDay = s.visits.filter((v) => v.date === date);
  for (const sheet of t.sheets)
    for (const row of sheet.visits) {
      const visit = byId.get(row.id)!;
      expect(visit.date).toBe(date);
      expect(visit.inspectors).toContain(sheet.inspector);
      expect(row.teammates).toEqual(visit.inspectors.filter((i) => i !== sheet.inspector));
    }
  const listed = t.sheets.flatMap((x) => x.visits.map((v) => `${x.inspector} ${v.id}`)).sort();
  const expected = ofDay
    .flatMap((v) =>
      v.inspectors.filter((i) => inspector === undefined || i === inspector).map((i) => `${i} ${v.id}`),
    )
    .sort();
  expect(listed).toEqual(expected);
  expect(t.unassigned.map((v) => v.id)).toEqual(
    inspector === undefined ? ofDay.filter((v) => v.inspectors.length === 0).map((v) => v.id) : [],
  );

  const page = taskSheetsHtml(t, { lang });
  const ics = taskSheetsIcs(t, lang).replace(/\r\n[ \t]/g, '');
  // every row of every table of the page is a visit of the day
  const pageRows = [...page.matchAll(/<tr><td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]!);
  expect(pageRows).toHaveLength(t.sheets.reduce((n, x) => n + x.visits.length, 0) + t.unassigned.length);
  for (const id of pageRows) expect(byId.get(id)?.date).toBe(date);

  const allowed = new Set([date]);
  for (const x of [...t.sheets.flatMap((y) => y.visits), ...t.unassigned])
    if (x.finding) allowed.add(x.finding.date).add(x.finding.deadline);
  const candidates = scheduleDates(s);
  const day = DateTime.fromISO(date, { zone: 'utc' });
  for (let k = -3; k <= 3; k++) candidates.add(day.plus({ days: k }).toISODate()!);
  for (const other of candidates) {
    if (allowed.has(other)) continue;
    const pattern = datePattern(other);
    expect(page.match(pattern)?.[0], `page shows ${other}`).toBeUndefined();
    expect(ics.match(pattern)?.[0], `ICS shows ${other}`).toBeUndefined();
  }
  const shownVisits = new Set([...t.sheets.flatMap((x) => x.visits), ...t.unassigned].map((v) => v.id));
  const shownUnits = new Set([...t.sheets.flatMap((x) => x.visits), ...t.unassigned].map((v) => v.unit));
  for (const v of s.visits) {
    const boundary = (text: string) => new RegExp(`(?<![0-9A-Za-z-])${escapeRe(text)}(?![0-9A-Za-z])`);
    if (!shownVisits.has(v.id)) {
      expect(boundary(v.id).test(page), `page shows visit ${v.id}`).toBe(false);
      expect(boundary(v.id).test(ics), `ICS shows visit ${v.id}`).toBe(false);
    }
    if (!shownUnits.has(v.unit)) {
      expect(boundary(v.unit).test(page), `page shows unit ${v.unit}`).toBe(false);
      expect(boundary(v.unit).test(ics), `ICS shows unit ${v.unit}`).toBe(false);
      const name = s.units.find((u) => u.id === v.unit)?.name;
      if (name) expect(page.includes(name), `page shows ${name}`).toBe(false);
    }
  }
}

const UNITS = Array.from({ length: 12 }, (_, k) => `u-${String(k).padStart(2, '0')}`);
const INSPECTORS = Array.from({ length: 8 }, (_, k) => `i-${String(k).padStart(2, '0')}`);
const KINDS = ['routine', 'campaign', 'directed', 'follow-up'] as const;
const BASE = DateTime.fromISO('2026-03-01', { zone: 'utc' });
const dayOf = (offset: number) => BASE.plus({ days: offset }).toISODate()!;

/** A schedule with visits of every kind crowded on a few weeks, findings, unit names and reasons. */
const arbitrarySchedule = fc
  .record({
    findings: fc.array(
      fc.record({
        unit: fc.constantFrom(...UNITS),
        date: fc.integer({ min: -30, max: 20 }),
        days: fc.nat(12),
      }),
      { maxLength: 3 },
    ),
    visits: fc.array(
      fc.record({
        kind: fc.constantFrom(...KINDS),
        day: fc.integer({ min: 0, max: 20 }),
        unit: fc.constantFrom(...UNITS),
        team: fc.uniqueArray(fc.constantFrom(...INSPECTORS), { maxLength: 3 }),
        reason: fc.stringMatching(/^[a-z][a-z ]{0,15}$/),
        finding: fc.nat(),
      }),
      { maxLength: 40 },
    ),
    named: fc.array(fc.boolean(), { minLength: UNITS.length, maxLength: UNITS.length }),
    date: fc.integer({ min: -2, max: 22 }),
    inspector: fc.option(fc.constantFrom(...INSPECTORS), { nil: undefined }),
  })
  .map((r) => {
    const s = countySchedule();
    s.units = UNITS.map((id, k) => ({
      id,
      ...(r.named[k] ? { name: `Station ${String.fromCharCode(65 + k)}x` } : {}),
      type: 'police-station',
      profile: 0,
      expectedVisits: s.periods.length * 0.1,
      visits: 0,
    }));
    s.profiles = [s.periods.map(() => 0.1)];
    s.inspectors = INSPECTORS.map((id) => ({ id, visits: 0, byType: {} }));
    s.findings = r.findings.map((f) => ({
      unit: f.unit,
      date: dayOf(f.date),
      deadlineWorkdays: f.days,
      deadline: dayOf(f.date + f.days),
      followUp: dayOf(f.date + f.days + 1),
      scheduled: true,
    }));
    s.directed = [];
    s.visits = r.visits.map((v, k) => {
      const kind = v.kind === 'follow-up' && r.findings.length === 0 ? 'directed' : v.kind;
      const date = dayOf(v.day);
      return {
        id: `v-${String(k).padStart(4, '0')}`,
        kind,
        period: s.periods.find((p) => p.start <= date && date <= p.end)!.index,
        date,
        unit: v.unit,
        inspectors: v.team,
        ...(kind === 'campaign' ? { campaign: 'spring-crackdown' } : {}),
        ...(kind === 'directed' ? { reason: v.reason } : {}),
        ...(kind === 'follow-up' ? { finding: v.finding % r.findings.length } : {}),
      };
    });
    return { schedule: s, date: dayOf(r.date), inspector: r.inspector };
  });

describe('nothing from another day is on a sheet', () => {
  it('(the check sees a date in every format, and not inside another date)', () => {
    const p = datePattern('2026-03-05');
    for (const text of [
      'on 2026-03-05.',
      'Thu 5 Mar 2026',
      '5 March 2026',
      'Mar 5, 2026',
      'March 5',
      '2026年3月5日',
      '3月5日',
      '05/03/2026',
      '3/5/2026',
      'DTSTART:20260305',
      '2026/3/5',
    ])
      expect(text.match(p)?.[0], text).toBeDefined();
    for (const text of ['2026-03-15', '15 Mar 2026', 'Mar 15', '13月5日', '2026-03-050', 'ab20260305'])
      expect(text.match(p)?.[0], text).toBeUndefined();
  });

  it('for the county, on every day with a visit of every kind, and on a few plain days', () => {
    const county = countySchedule();
    for (const date of ['2026-05-11', '2026-06-10', '2026-03-03', '2026-04-30', '2026-10-08', '2026-05-10'])
      checkOneDay(county, date, undefined);
    checkOneDay(county, '2026-05-11', 'insp-19');
    checkOneDay(countyWithOtherKinds(), '2026-03-03', undefined);
  });

  it('for random schedules crowded on a few weeks, with follow-ups, names and reasons, and random days', () => {
    fc.assert(
      fc.property(arbitrarySchedule, ({ schedule, date, inspector }) => {
        const known = new Set(schedule.inspectors.map((i) => i.id));
        checkOneDay(schedule, date, inspector !== undefined && known.has(inspector) ? inspector : undefined);
      }),
      { seed: 20260311, numRuns: 150 },
    );
  });

  it('in Chinese too: the county, and random schedules crowded on a few weeks', () => {
    const county = countySchedule();
    for (const date of ['2026-05-11', '2026-06-10', '2026-03-03', '2026-04-30', '2026-10-08', '2026-05-10'])
      checkOneDay(county, date, undefined, 'zh-CN');
    checkOneDay(countyWithOtherKinds(), '2026-03-03', undefined, 'zh-CN');
    fc.assert(
      fc.property(arbitrarySchedule, ({ schedule, date, inspector }) => {
        const known = new Set(schedule.inspectors.map((i) => i.id));
        const one = inspector !== undefined && known.has(inspector) ? inspector : undefined;
        checkOneDay(schedule, date, one, 'zh-CN');
      }),
      { seed: 20260314, numRuns: 60 },
    );
  });

  it('for schedules that plan draws from random plan files, on their visit days and others', () => {
    let checked = 0;
    fc.assert(
      fc.property(arbitraryPlan(), fc.nat(), fc.boolean(), (input, pick, visitDay) => {
        let schedule: Schedule;
        try {
          schedule = plan(input as never);
        } catch (e) {
          expect(e).toBeInstanceOf(FairdrawError);
          return;
        }
        const days = [...scheduleDates(schedule)].sort();
        const dates = visitDay && schedule.visits.length > 0 ? schedule.visits.map((v) => v.date) : days;
        if (dates.length === 0) return;
        checked += 1;
        checkOneDay(schedule, dates[pick % dates.length]!, undefined);
      }),
      { seed: 20260312, numRuns: 40 },
    );
    expect(checked).toBeGreaterThan(20);
  });
});
