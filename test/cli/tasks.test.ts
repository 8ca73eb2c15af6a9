import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { taskEventUid, taskSheetsIcs } from '../../src/cli/tasksIcs.js';
import type { TaskSheets } from '../../src/report/TaskSheetTypes.js';
import { taskSheets } from '../../src/report/taskSheets.js';
import { substitute } from '../../src/schedule/substitute.js';
import { countySchedule, countyWithOtherKinds } from '../report/county.js';

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-tasks-'));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};
const county = file('county.schedule.json', countySchedule());
const countyInput = JSON.parse(readFileSync('examples/county.json', 'utf8'));
/** An inspector of the county as the sheets name it: `Zhu Hui (insp-14)`, the name the golden schedule carries. */
const named = (id: string) => `${countySchedule().inspectors.find((i) => i.id === id)!.name} (${id})`;

/** The events of an ICS file, read back by ical.js (Mozilla's parser), as plain values. */
function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    prodId: calendar.getFirstPropertyValue('prodid'),
    method: calendar.getFirstPropertyValue('method'),
    events: calendar.getAllSubcomponents('vevent').map((c) => {
      const e = new ICAL.Event(c);
      return {
        uid: e.uid,
        start: e.startDate.toString(),
        allDay: e.startDate.isDate,
        end: e.endDate.toString(),
        stamp: String(c.getFirstPropertyValue('dtstamp')),
        sequence: e.sequence,
        summary: e.summary,
        description: e.description,
      };
    }),
  };
}

/** The events `taskSheetsIcs` must write for `t`, from the sheets themselves. */
function expectedEvents(t: TaskSheets, next: string) {
  return t.sheets
    .flatMap((sheet) =>
      sheet.visits.map((v) => ({
        uid: taskEventUid(v.id, sheet.inspector, t.inputHash),
        inspector: sheet.inspector,
        v,
      })),
    )
    .map(({ uid, inspector, v }) => ({
      uid,
      start: t.date,
      allDay: true,
      end: next,
      stamp: `${t.date}T00:00:00Z`,
      sequence: t.revision,
      inspector,
      v,
    }));
}

describe('the task sheets as an ICS file', () => {
  it('parses back into one all-day event per inspector and visit, with the sheet in it', () => {
    const t = taskSheets(countySchedule(), { date: '2026-05-11' });
    const ics = taskSheetsIcs(t);
    const parsed = parseIcs(ics);
    expect(parsed.prodId).toBe('-//fairdraw//task-sheets//EN');
    expect(parsed.method).toBe('PUBLISH');
    const expected = expectedEvents(t, '2026-05-12');
    expect(parsed.events).toHaveLength(4);
    parsed.events.forEach((e, k) => {
      const x = expected[k]!;
      expect({ ...e, summary: undefined, description: undefined }).toEqual({
        uid: x.uid,
        start: '2026-05-11',
        allDay: true,
        end: '2026-05-12',
        stamp: '2026-05-11T00:00:00Z',
        sequence: 0,
        summary: undefined,
        description: undefined,
      });
      expect(e.description.split('\n')[0]).toBe(`Inspector: ${named(x.inspector)}`);
      expect(e.description).toContain(`Teammates: ${x.v.teammates.map(named).join(', ')}`);
      expect(e.description).toContain(`Visit ${x.v.id} of the schedule ${t.scheduleHash}`);
    });
    expect(parsed.events.map((e) => e.uid)).toEqual([
      `v-0110/insp-14/${t.inputHash.slice(0, 16)}@fairdraw`,
      `v-0110/insp-17/${t.inputHash.slice(0, 16)}@fairdraw`,
      `v-0109/insp-19/${t.inputHash.slice(0, 16)}@fairdraw`,
      `v-0109/insp-25/${t.inputHash.slice(0, 16)}@fairdraw`,
    ]);
    expect(parsed.events[2]!.summary).toBe('Inspection of Xiaji police station (ps-xiaji) (follow-up)');
    expect(parsed.events[2]!.description).toBe(
      [
        'Inspector: Gao Yan (insp-19)',
        'Teammates: Han Bo (insp-25)',
        'Unit: Xiaji police station (ps-xiaji)',
        'Why: Follow-up of the finding of 2026-04-29, to be put right by 2026-05-09: check that it was.',
        `Visit v-0109 of the schedule ${t.scheduleHash}`,
      ].join('\n'),
    );
    // RFC 5545: CRLF line ends, every line at most 75 octets, all-day dates without a time or zone
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20260511\r\n');
    expect(ics).not.toMatch(/DTEND|TZID/);
  });

  it('keeps a directed visit’s reason, a campaign, a unit name, in Chinese too, and odd characters', () => {
    const s = countyWithOtherKinds();
    s.units[0]!.name = '城关派出所; "north", \\ back\nslash \u001b[31m';
    const t = taskSheets(s, { date: '2026-03-03', inspector: 'insp-01' });
    const [event] = parseIcs(taskSheetsIcs(t)).events;
    expect(event!.summary).toBe(
      'Inspection of 城关派出所; "north", \\ back\\u000aslash \\u001b[31m (ps-chengguan) (campaign spring-crackdown)',
    );
    expect(event!.description).toContain(
      'Why: Campaign spring-crackdown, drawn at random among the units in its scope.',
    );
    const directed = parseIcs(taskSheetsIcs(taskSheets(s, { date: '2026-06-10', inspector: 'insp-03' })));
    expect(directed.events.map((e) => e.description.split('\n')[3])).toEqual(['Why: complaint 2026-117']);
    for (const line of taskSheetsIcs(t).split('\r\n'))
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('is the same bytes for the same sheets, whatever the clock and the machine’s time zone', () => {
    const t = taskSheets(countySchedule(), { date: '2026-04-30' });
    const first = taskSheetsIcs(t);
    const zone = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Adak', 'UTC']) {
        process.env.TZ = tz;
        expect(taskSheetsIcs(taskSheets(countySchedule(), { date: '2026-04-30' }))).toBe(first);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    expect(parseIcs(first).events.map((e) => e.start)).toEqual(Array(6).fill('2026-04-30'));
  });

  it('updates rather than duplicates after a substitution: same ids, a higher SEQUENCE', () => {
    const before = countySchedule();
    const after = substitute(countyInput, before, {
      inspector: 'insp-19',
      dates: ['2026-05-11'],
      reason: 'ill',
      at: '2026-05-10T18:00:00+08:00',
    });
    const a = parseIcs(taskSheetsIcs(taskSheets(before, { date: '2026-05-11' }))).events;
    const b = parseIcs(taskSheetsIcs(taskSheets(after, { date: '2026-05-11' }))).events;
    expect(a.every((e) => e.sequence === 0)).toBe(true);
    expect(b.every((e) => e.sequence === 1)).toBe(true);
    const ids = (events: typeof a) => events.map((e) => e.uid);
    // the events of everyone but insp-19 keep their ids; insp-19's goes to the substitute
    const kept = ids(a).filter((uid) => !uid.includes('/insp-19/'));
    expect(ids(b).filter((uid) => kept.includes(uid))).toEqual(kept);
    expect(ids(b).some((uid) => uid.includes('/insp-19/'))).toBe(false);
    expect(b).toHaveLength(4);
  });

  it('has no event for a visit without an inspector, and makes ids that cannot collide', () => {
    const s = countySchedule();
    s.visits.find((v) => v.id === 'v-0110')!.inspectors = [];
    expect(parseIcs(taskSheetsIcs(taskSheets(s, { date: '2026-05-11' }))).events).toHaveLength(2);
    expect(taskEventUid('v-1', 'a-b', 'ff')).not.toBe(taskEventUid('v-1-a', 'b', 'ff'));
    expect(taskEventUid('v/1', 'a', 'ff')).not.toBe(taskEventUid('v', '1/a', 'ff'));
    expect(taskEventUid('v 1', 'ä@x', '0123456789abcdef0123')).toBe(
      'v%201/%C3%A4%40x/0123456789abcdef@fairdraw',
    );
  });
});

describe('fairdraw tasks', () => {
  it('prints the sheets of the day: each inspector, the unit, kind, teammates and why', () => {
    const result = run(['tasks', county, '--date', '2026-05-11']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBeUndefined();
    expect(result.stdout).toBe(
      [
        'task sheets for Monday 2026-05-11: 4 inspectors, 2 visits',
        `schedule hash ${countySchedule().manifest.scheduleHash}`,
        '',
        'Zhu Hui (insp-14): 1 visit',
        '  v-0110  Patrol squadron, north (pt-north)  routine',
        '      teammates: He Xia (insp-17)',
        '      Routine inspection, drawn at random.',
        '',
        'He Xia (insp-17): 1 visit',
        '  v-0110  Patrol squadron, north (pt-north)  routine',
        '      teammates: Zhu Hui (insp-14)',
        '      Routine inspection, drawn at random.',
        '',
        'Gao Yan (insp-19): 1 visit',
        '  v-0109  Xiaji police station (ps-xiaji)  follow-up',
        '      teammates: Han Bo (insp-25)',
        '      Follow-up of the finding of 2026-04-29, to be put right by 2026-05-09: check that it was.',
        '',
        'Han Bo (insp-25): 1 visit',
        '  v-0109  Xiaji police station (ps-xiaji)  follow-up',
        '      teammates: Gao Yan (insp-19)',
        '      Follow-up of the finding of 2026-04-29, to be put right by 2026-05-09: check that it was.',
        '',
      ].join('\n'),
    );
    const one = run(['tasks', county, '--date', '2026-06-10', '--inspector', 'insp-04']);
    expect(one.stdout).toContain(
      '  v-0136  Luohe police station (ps-luohe)  directed\n      teammates: Yang Fan (insp-06)\n      complaint 2026-117\n',
    );
    expect(run(['tasks', county, '--date', '2026-05-10']).stdout).toContain('no visit on Sunday 2026-05-10');
    expect(run(['tasks', county, '--date', '2026-05-11', '--inspector', 'insp-01']).stdout).toContain(
      '\nWang Lei (insp-01): 0 visits\n  No visit on this day.',
    );
  });

  it('writes the page and the calendar file, the same bytes as the library, and says so', () => {
    const html = join(dir, 'tasks.html');
    const ics = join(dir, 'tasks.ics');
    const result = run([
      'tasks',
      county,
      '--date',
      '2026-05-11',
      '--html',
      html,
      '--ics',
      ics,
      '--title',
      'Tasks',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`\nwrote ${html}, ${ics}\n`);
    const t = taskSheets(countySchedule(), { date: '2026-05-11' });
    expect(readFileSync(ics, 'utf8')).toBe(taskSheetsIcs(t));
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<title>Tasks</title>');
    expect(page.match(/data-testid="sheet"/g)).toHaveLength(4);
    expect(run(['tasks', county, '--date', '2026-05-11', '--ics', ics, '--quiet'])).toEqual({ code: 0 });
  });

  it('refuses a call without --date, a wrong date or an unknown inspector, naming the option (exit 2)', () => {
    const missing = run(['tasks', county]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^fairdraw tasks: expected <schedule.json> --date <yyyy-mm-dd>/);
    const bad = run(['tasks', county, '--date', '2026-02-30']);
    expect(bad).toEqual({ code: 2, stderr: 'fairdraw: --date: must be an existing calendar date\n' });
    const who = run(['tasks', county, '--date', '2026-05-11', '--inspector', 'nobody']);
    expect(who.code).toBe(2);
    expect(who.stderr).toMatch(/^fairdraw: --inspector: no inspector "nobody" in the schedule/);
    const plan = run(['tasks', file('plan.json', countyInput), '--date', '2026-05-11']);
    expect(plan.code).toBe(2);
    expect(plan.stderr).toMatch(/^fairdraw: schedule: is a plan file, not a schedule/);
    expect(run(['tasks', county, '--date', '2026-05-11', '--bogus']).code).toBe(2);
  });

  it('writes both files or neither', () => {
    const html = join(dir, 'never.html');
    const result = run([
      'tasks',
      county,
      '--date',
      '2026-05-11',
      '--html',
      html,
      '--ics',
      join(dir, 'no/such/dir/x.ics'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/x\.ics: cannot write file \(ENOENT\)/);
    expect(existsSync(html)).toBe(false);
  });
});
