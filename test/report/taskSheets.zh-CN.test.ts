// The task sheets in Chinese (issue 14): the page, the ICS file and the table, with the names of units
// and inspectors beside their ids. The English sheets are tested in taskSheets.test.ts, unchanged.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { taskTable } from '../../src/cli/tables.js';
import { taskSheetsIcs } from '../../src/cli/tasksIcs.js';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { taskSheets } from '../../src/report/taskSheets.js';
import { taskSheetsHtml } from '../../src/report/taskSheetsHtml.js';
import { countySchedule, countyWithOtherKinds } from './county.js';
import { namedCounty, unnamedCounty } from './namedCounty.js';

/** What a person reads on the page: the body's text, without tags. */
const bodyText = (page: string) =>
  page
    .replace(/^[\s\S]*<body>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, ' ');

/**
 * The Latin words left in `text` once every id, name, reason, campaign and hash of the schedule is
 * taken out: none, if every sentence is Chinese.
 */
function englishLeft(text: string, s: Schedule): string[] {
  const allowed = [
    s.manifest.scheduleHash,
    ...s.units.flatMap((u) => [u.id, u.name ?? '']),
    ...s.inspectors.map((i) => i.id),
    ...s.visits.flatMap((v) => [v.id, v.unit, ...v.inspectors, v.campaign ?? '', v.reason ?? '']),
  ]
    .filter((x) => x !== '')
    .sort((a, b) => b.length - a.length);
  let rest = text;
  for (const token of allowed) rest = rest.split(token).join(' ');
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

describe('taskSheetsHtml in Chinese', () => {
  it('writes a Chinese page: lang, title, the day as 2026年4月30日 星期四, periods from 1', () => {
    const s = namedCounty();
    const page = taskSheetsHtml(taskSheets(s, { date: '2026-04-30' }), { lang: 'zh-CN' });
    expect(page).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(page).toContain('<title>督察任务单</title>');
    expect(page).toContain(
      '<p data-testid="subtitle">2026年4月30日 星期四 · 第17个周期 · 3名督察员 · 3项检查</p>',
    );
    expect(page).toContain('<h2 id="sheet-1-h">督察任务单：李强（insp-09）</h2>');
    expect(page).toContain('<p class="sign">李强（insp-09） 签收：');
    expect(page).toContain('白石派出所<br><span class="note">ps-baishi</span>');
    expect(page).toContain('<th scope="col">被检查单位</th>');
    expect(page).toContain('专项督察（spring-crackdown）');
    expect(page).not.toMatch(/Task sheet|Received by|Confidential|period \d/);
    expect(englishLeft(bodyText(page), s)).toEqual([]);
  });

  it('leaves no English sentence on the days of every kind of visit, with or without names', () => {
    const cases: [Schedule, string][] = [
      [namedCounty(), '2026-05-11'],
      [namedCounty(), '2026-06-10'],
      [unnamedCounty(), '2026-03-03'],
      [namedCounty(countyWithOtherKinds()), '2026-06-17'],
      [unnamedCounty(countyWithOtherKinds()), '2027-01-08'],
    ];
    const lone = namedCounty();
    lone.visits.find((v) => v.id === 'v-0110')!.inspectors = [];
    cases.push([lone, '2026-05-11']);
    lone.log.push({
      kind: 'substitution',
      at: '2026-05-10T08:00:00+08:00',
      reason: 'ill',
      inspector: 'insp-14',
      dates: ['2026-05-11'],
      sequence: 0,
      visits: [],
    });
    cases.push([lone, '2026-05-10']);
    for (const [s, date] of cases) {
      const sheets = taskSheets(s, { date });
      const page = taskSheetsHtml(sheets, { lang: 'zh-CN' });
      expect(englishLeft(bodyText(page), s), date).toEqual([]);
      const ics = taskSheetsIcs(sheets, 'zh-CN').replace(/\r\n[ \t]/g, '');
      const texts = [...ics.matchAll(/^(?:SUMMARY|DESCRIPTION|X-WR-CALNAME|NAME):(.*)$/gm)].map((m) => m[1]);
      expect(englishLeft(texts.join('\n'), s), `${date} ICS`).toEqual([]);
      const table = taskTable(sheets, 'zh-CN');
      expect(englishLeft(table.flat().join('\n'), s), `${date} table`).toEqual([]);
    }
    // the follow-up's finding and deadline, written as a Chinese date; the unassigned visits; a change
    const followUp = taskSheetsHtml(taskSheets(lone, { date: '2026-05-11' }), { lang: 'zh-CN' });
    expect(followUp).toContain(
      '回访2026年4月29日检查发现的问题，整改期限为2026年5月9日：核实是否已整改到位。',
    );
    expect(followUp).toContain('<h2 id="unassigned-h">未分配督察员的检查</h2>');
    expect(followUp).toContain('（已记录1次变更）生成。');
    expect(taskSheetsHtml(taskSheets(lone, { date: '2026-05-10' }), { lang: 'zh-CN' })).toContain(
      '2026年5月10日 星期日 · 第18个周期 · 0名督察员 · 0项检查',
    );
  });

  it('keeps a title given, and the English page is the default', () => {
    const sheets = taskSheets(countySchedule(), { date: '2026-04-30' });
    expect(taskSheetsHtml(sheets, { lang: 'zh-CN', title: '城关县公安局督察任务单' })).toContain(
      '<h1>城关县公安局督察任务单</h1>',
    );
    expect(taskSheetsHtml(sheets, { lang: 'en' })).toBe(taskSheetsHtml(sheets));
    expect(taskSheetsHtml(sheets)).toMatch(/^<!doctype html>\n<html lang="en">/);
  });
});

describe('names beside ids', () => {
  it('gives the names of the inspectors the sheets name, and only theirs', () => {
    const s = namedCounty();
    s.inspectors.find((i) => i.id === 'insp-01')!.name = '赵敏';
    const sheets = taskSheets(s, { date: '2026-05-11' });
    expect(sheets.inspectorNames).toEqual({ 'insp-19': '陈静', 'insp-25': '王磊' });
    expect(taskSheets(s, { date: '2026-05-11', inspector: 'insp-14' }).inspectorNames).toBeUndefined();
    expect(taskSheets(unnamedCounty(), { date: '2026-05-11' })).not.toHaveProperty('inspectorNames');
  });

  it('shows them on the page, the ICS file and the table, in both languages', () => {
    const sheets = taskSheets(namedCounty(), { date: '2026-05-11' });
    const zh = taskSheetsHtml(sheets, { lang: 'zh-CN' });
    expect(zh).toContain('<h2 id="sheet-3-h">督察任务单：陈静（insp-19）</h2>');
    expect(zh).toContain('<td>王磊（insp-25）</td>');
    const en = taskSheetsHtml(sheets);
    expect(en).toContain('<h2 id="sheet-3-h">Task sheet of 陈静 (insp-19)</h2>');
    expect(en).toContain('Received by 王磊 (insp-25): ');
    expect(en).toContain('data-inspector="insp-19"');

    const events = new ICAL.Component(ICAL.parse(taskSheetsIcs(sheets, 'zh-CN')))
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c));
    expect(events[2]!.summary).toBe('【整改回访】检查夏集派出所（ps-xiaji）');
    expect(events[2]!.description).toBe(
      [
        '督察员：陈静（insp-19）',
        '同组督察员：王磊（insp-25）',
        '被检查单位：夏集派出所（ps-xiaji）',
        '检查事由：回访2026年4月29日检查发现的问题，整改期限为2026年5月9日：核实是否已整改到位。',
        `检查编号 v-0109，督察日程 ${sheets.scheduleHash}`,
      ].join('\n'),
    );
    const english = new ICAL.Component(ICAL.parse(taskSheetsIcs(sheets)))
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c));
    expect(english[2]!.description.split('\n').slice(0, 2)).toEqual([
      'Inspector: 陈静 (insp-19)',
      'Teammates: 王磊 (insp-25)',
    ]);

    expect(taskTable(sheets, 'zh-CN').slice(0, 4)).toEqual([
      ['日期', '督察员', '检查编号', '单位编号', '单位名称', '检查类型', '同组督察员', '检查事由'],
      [
        '2026-05-11',
        'insp-14',
        'v-0110',
        'pt-north',
        '北区巡警大队',
        '随机抽查',
        'insp-17',
        '日常随机抽查，检查对象由随机抽签确定。',
      ],
      [
        '2026-05-11',
        'insp-17',
        'v-0110',
        'pt-north',
        '北区巡警大队',
        '随机抽查',
        'insp-14',
        '日常随机抽查，检查对象由随机抽签确定。',
      ],
      [
        '2026-05-11',
        '陈静（insp-19）',
        'v-0109',
        'ps-xiaji',
        '夏集派出所',
        '整改回访',
        '王磊（insp-25）',
        '回访2026年4月29日检查发现的问题，整改期限为2026年5月9日：核实是否已整改到位。',
      ],
    ]);
  });

  it('never takes a name from Object.prototype for an id such as constructor or __proto__', () => {
    const s = namedCounty();
    const visit = s.visits.find((v) => v.id === 'v-0109')!;
    visit.inspectors = ['insp-19', 'constructor', '__proto__'];
    s.inspectors.push({ id: '__proto__', name: '原型', visits: 1, byType: {} });
    const sheets = taskSheets(s, { date: '2026-05-11' });
    expect(Object.keys(sheets.inspectorNames ?? {})).toEqual(['insp-19', '__proto__']);
    const page = taskSheetsHtml(sheets, { lang: 'zh-CN' });
    expect(page).toContain('<td>constructor、原型（__proto__）</td>');
    expect(page).toContain('督察任务单：constructor</h2>');
    expect(page).not.toContain('function');
  });
});
