// The report, the start-of-year notice and the results notice in Chinese (lang: 'zh-CN'): <html
// lang="zh-CN">, the Chinese title and dates, names beside ids, and no English sentence left once the
// plan's own strings (ids, names, types, hashes) and the commands are taken out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noticeCsv } from '../../src/cli/noticeCsv.js';
import { reportTables } from '../../src/cli/tables.js';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { fairnessReport } from '../../src/report/fairnessReport.js';
import { noticeHtml } from '../../src/report/noticeHtml.js';
import type { PeriodNotice } from '../../src/report/PeriodNoticeTypes.js';
import { noteText } from '../../src/report/page/scheduleNotes.js';
import { periodNotice } from '../../src/report/periodNotice.js';
import { periodNoticeHtml } from '../../src/report/periodNoticeHtml.js';
import { planNotice } from '../../src/report/planNotice.js';
import { reportHtml } from '../../src/report/reportHtml.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { revealPeriod } from '../../src/schedule/revealPeriod.js';
import { text } from '../../src/text/catalogue.js';
import { COUNTY_END, countySchedule, countyWithOtherKinds, pastEveryVisit } from './county.js';
import { englishRuns, INSPECTOR_NAMES, UNIT_NAMES, withZhNames } from './countyZh.js';
import { leaks } from './noticeLeaks.js';

/** What a person reads on a page: its text without tags, style, attributes or character references. */
function visible(page: string): string {
  return page
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]*>/g, ' ')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

/** Every string of a schedule a page may show as it is: ids, names, types, the manifest's values. */
function scheduleStrings(s: Schedule): string[] {
  return [
    ...s.units.flatMap((u) => [u.id, u.type, u.name ?? '']),
    ...s.inspectors.flatMap((x) => [x.id, x.name ?? '']),
    ...(s.campaigns ?? []).flatMap((c) => [c.id, c.fairness, c.design]),
    ...(s.directed ?? []).map((d) => d.reason),
    ...Object.values(s.manifest).filter((v): v is string => typeof v === 'string'),
  ];
}

const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));

describe('the fairness report in Chinese', () => {
  const schedule = withZhNames(countyWithOtherKinds());
  const report = fairnessReport(schedule, pastEveryVisit(schedule));
  const page = reportHtml(report, { lang: 'zh-CN' });

  it('is a zh-CN page with the Chinese title, dates and words, and no English sentence', () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(page).toContain('<title>督察日程公平性报告</title>');
    expect(page).toContain(
      '<p data-testid="subtitle">2026年1月5日至2027年1月8日 · 51个周期 · 40个单位，分属8个警种',
    );
    expect(page).toContain('<h2 id="promise-h">承诺的含义</h2>');
    expect(page).toContain('<summary>各周期检查次数（共51个周期）</summary>');
    expect(page).toContain('<td>2026年1月5日</td><td>2026年1月11日</td>');
    // the heat map's months and weekdays, and a day's tooltip
    expect(page).toContain('>3月</text>');
    expect(page).toContain('>2027年1月</text>');
    expect(page).toContain('>周一</text>');
    expect(page).toMatch(/<title>2026年3月3日 星期二：\d+次检查/);
    // the finding whose follow-up falls after the horizon: the note the schedule stores, in Chinese
    expect(page).toContain('否：回访日期2027年1月5日晚于计划期结束日2026年12月27日');
    const runs = englishRuns(visible(page), scheduleStrings(schedule));
    expect(runs).toEqual([]);
    // the same search finds the sentences of the English page
    expect(englishRuns(visible(reportHtml(report)), scheduleStrings(schedule)).length).toBeGreaterThan(50);
  });

  it('shows units and inspectors by name beside their id', () => {
    expect(page).toContain('<td>下集派出所（ps-xiaji）</td><td>2026年4月29日</td>');
    expect(page).toContain(
      '<td>洛河派出所（ps-luohe）</td><td>2026年6月10日</td><td>complaint 2026-117</td>',
    );
    expect(page).toContain('<tr><td>王磊（insp-01）</td>');
    expect(page).toContain('text-anchor="end">王磊（insp-01）</text>');
    expect(page).toContain('text-anchor="end">城关派出所（ps-chengguan）</text>');
    expect(page).toContain('ps-chengguan<br><span class="note">城关派出所</span>');
    // an inspector not in the pool has no name: the id alone
    expect(page).toContain('<tr><td>insp-new</td>');
    // in English too
    const english = reportHtml(report);
    expect(english).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(english).toContain('<tr><td>王磊 (insp-01)</td>');
    expect(english).toContain('<td>下集派出所 (ps-xiaji)</td><td>2026-04-29</td>');
  });

  it('says an interim report is one, in Chinese, on the page and in the tables', () => {
    const interim = fairnessReport(withZhNames(countySchedule()), { asOf: '2026-07-08' });
    const statement =
      '阶段报告：涵盖第1至26个周期（共51个），截至2026年7月5日。尚未结束的周期不在本报告之列。';
    expect(text('zh-CN').report.interim.statement(interim.coverage)).toBe(statement);
    const interimPage = reportHtml(interim, { lang: 'zh-CN' });
    expect(interimPage).toContain(`<strong>${statement}</strong>`);
    expect(interimPage).toContain(' · 已结束26个周期（共51个） · ');
    expect(englishRuns(visible(interimPage), scheduleStrings(countySchedule()))).toEqual([]);
    const tables = reportTables(interim, 'zh-CN');
    expect(tables.interim).toBe(statement);
    expect(tables.units[0]!.slice(0, 13)).toEqual([
      '编号',
      '名称',
      '警种',
      '期望次数',
      '实际次数',
      '偏差',
      '在承诺范围内',
      '其他检查',
      '最小抽中概率',
      '最大抽中概率',
      '启用周期数',
      '第1期抽中概率',
      '第2期抽中概率',
    ]);
    expect(tables.units[1]!.slice(0, 2)).toEqual(['ps-chengguan', '城关派出所']);
    expect(tables.types[0]!.at(-1)).toBe('第26期实际次数');
    expect(tables.inspectors[0]!.slice(0, 4)).toEqual(['编号', '检查次数', '随机抽查', '其他检查']);
    // English keeps its keys, counted from 0 as in the schedule
    expect(reportTables(interim).units[0]!.slice(11, 12)).toEqual(['pi_1']);
  });

  it('says every fixed note of the spec (test/vectors/draw/strings.json) in Chinese', () => {
    const vectors = JSON.parse(readFileSync('test/vectors/draw/strings.json', 'utf8')) as {
      strings: { id: string; field: string; example: { text: string } }[];
    };
    const notes = vectors.strings.filter((s) => /note|message/.test(s.field));
    expect(notes.map((s) => s.id)).toEqual([
      'finding-after-horizon',
      'finding-before-horizon',
      'finding-unit-inactive',
      'finding-unit-closed',
      'directed-unit-closed',
      'restated-horizon',
      'restated-independent',
      'cap-full',
      'cap-scaled',
    ]);
    for (const { id, example } of notes) {
      expect(noteText(example.text, 'en'), id).toBe(example.text);
      expect(noteText(example.text, 'zh-CN'), id).not.toBe(example.text);
      expect(englishRuns(noteText(example.text, 'zh-CN'), ['limits.maxVisitsPerUnit']), id).toEqual([]);
    }
  });

  it('says a replanned schedule’s notes in Chinese, and each stored form exactly in English', () => {
    // a Chinese bureau's plan: its units and inspectors named in Chinese (the example's are English)
    const limited = { ...structuredClone(county), limits: { maxVisitsPerUnit: 10, minGapDays: 14 } };
    for (const u of limited.units) u.name = UNIT_NAMES[u.id];
    for (const x of limited.inspectors) x.name = INSPECTOR_NAMES[x.id];
    const replanned = replan(limited, plan(limited), {
      from: '2026-07-06',
      reason: 'reorganisation',
      changes: { close: ['ci-east'] },
    });
    const notes = replanned.notes!.map((n) => n.message);
    expect(notes.length).toBeGreaterThan(1);
    for (const note of notes) {
      expect(noteText(note, 'en')).toBe(note);
      expect(noteText(note, 'zh-CN')).not.toBe(note);
      expect(englishRuns(noteText(note, 'zh-CN'), ['limits.maxVisitsPerUnit'])).toEqual([]);
    }
    expect(noteText(notes[0]!, 'zh-CN')).toMatch(/^自2026年7月6日起，第27个周期及以后按调整后的名单重新抽取/);
    const page = reportHtml(fairnessReport(replanned, COUNTY_END), { lang: 'zh-CN' });
    expect(page).toContain(
      '<li data-testid="note"><strong>重新承诺</strong>（自2026年7月6日起）：自2026年7月6日起',
    );
    expect(englishRuns(visible(page), scheduleStrings(replanned))).toEqual([]);
    for (const [note, zh] of [
      [
        'the follow-up 2027-01-05 falls after the horizon end 2026-12-27',
        '回访日期2027年1月5日晚于计划期结束日2026年12月27日',
      ],
      [
        'the follow-up 2025-12-30 falls before the horizon start 2026-01-05',
        '回访日期2025年12月30日早于计划期开始日2026年1月5日',
      ],
      ['unit "ps-a" is not active on 2026-03-04', '单位“ps-a”在2026年3月4日未启用'],
      [
        'the unit was closed from 2026-07-06 by a replan; the visit is not made',
        '该单位自2026年7月6日起经调整计划撤销，此次检查不再进行',
      ],
      [
        'the unit was closed from 2026-07-06 by a replan; the follow-up is not made',
        '该单位自2026年7月6日起经调整计划撤销，整改回访不再进行',
      ],
      ['a note written by hand', 'a note written by hand'],
    ]) {
      expect(noteText(note!, 'en')).toBe(note);
      expect(noteText(note!, 'zh-CN')).toBe(zh);
    }
  });
});

describe('the start-of-year notice in Chinese', () => {
  const input = structuredClone(county);
  for (const u of input.units) u.name = UNIT_NAMES[u.id];
  for (const x of input.inspectors) x.name = INSPECTOR_NAMES[x.id];
  input.campaigns[0].name = '春季打击赌博专项行动';
  input.directed.forEach((d: { reason: string }, k: number) => {
    d.reason = `群众投诉${k + 1}`;
  });
  const schedule = plan(input);
  const notice = planNotice(input, schedule);
  const page = noticeHtml(notice, { lang: 'zh-CN' });

  it('is a zh-CN page with the Chinese title, dates and words, and no English sentence', () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(page).toContain('<title>年度督察计划公示</title>');
    expect(page).toContain(
      '<p data-testid="subtitle">2026年1月5日至2026年12月27日 · 共51周 · 40个单位，分属8个警种 · 25名督察员 · 拟抽取随机抽查289次</p>',
    );
    expect(page).toContain('<tr><td>计划期</td><td>2026年1月5日 星期一至2026年12月27日 星期日</td></tr>');
    expect(page).toContain('<tr><td>周期</td><td>按周划分（共51周）</td></tr>');
    expect(page).toContain('<tr><td>工作日</td><td>周一、周二、周三、周四、周五</td></tr>');
    expect(page).toContain('<td class="num">1</td><td>2026年1月5日</td><td>2026年1月11日</td>');
    const data = [
      ...scheduleStrings(schedule),
      ...input.units.map((u: { region: string }) => u.region),
      notice.horizon.zone,
      notice.anchors.routineAlgorithm,
    ];
    expect(englishRuns(visible(page), data)).toEqual([]);
  });

  it('shows units by name beside their id, and still names no visit', () => {
    expect(page).toContain('<td>insp-01</td><td>王磊</td><td>洛河派出所（ps-luohe）</td>');
    expect(page).toContain('ps-chengguan<br><span class="note">城关派出所</span>');
    const { found, searched } = leaks(visible(page), input, schedule);
    expect(searched).toBeGreaterThan(150);
    expect(found).toEqual([]);
  });

  it('writes its CSV headers in Chinese, the periods counted from 1', () => {
    const { frame, rules } = noticeCsv(notice, 'zh-CN');
    expect(frame.split('\r\n')[0]!.split(',').slice(0, 13)).toEqual([
      '编号',
      '名称',
      '警种',
      '辖区',
      '启用日期',
      '停用日期',
      '封顶',
      '最小抽中概率',
      '最大抽中概率',
      '启用周期数',
      '期望次数',
      '第1周抽中概率',
      '第2周抽中概率',
    ]);
    expect(frame.split('\r\n')[1]).toMatch(/^ps-chengguan,城关派出所,police-station,centre,,,否,/);
    expect(rules.split('\r\n')[0]).toBe('字段,值');
    expect(noticeCsv(notice).frame.split('\r\n')[0]).toMatch(/^id,name,type,region,.*,expected,pi_1,pi_2,/);
  });
});

describe('the results notice in Chinese', () => {
  const schedule = plan(county);
  const hash = schedule.manifest.scheduleHash;
  const reveal = JSON.parse(JSON.stringify(revealPeriod(county, schedule, 8, COUNTY_END)));
  const notice = periodNotice(reveal, hash);
  const page = periodNoticeHtml(notice, { lang: 'zh-CN' });

  it('is a zh-CN page with the Chinese title, dates and words, and no English sentence', () => {
    expect(notice.verification.status).toBe('verified');
    expect(page).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(page).toContain('<title>第9期督察结果公示（共51期）</title>');
    expect(page).toContain('<p data-testid="subtitle">2026年3月2日至2026年3月6日 · 8次检查 · 7个单位</p>');
    expect(page).toContain('<h2>核验通过</h2>');
    expect(page).toContain('<td class="nowrap">2026年3月2日</td><td>周一</td>');
    expect(page).toContain('<dt>周期</dt><dd>第9期（共51期；揭示文件中的编号为8，从0开始计数）</dd>');
    expect(englishRuns(visible(page), scheduleStrings(schedule))).toEqual([]);
  });

  it('says NOT verified in Chinese', () => {
    const changed = structuredClone(reveal);
    changed.visits[0].date = '2026-03-01';
    const bad = periodNoticeHtml(periodNotice(changed, hash), { lang: 'zh-CN' });
    expect(bad).toContain('<span class="n">核验未通过</span>');
    expect(bad).toContain('<dt>核验结果</dt><dd>核验未通过</dd>');
    expect(bad).toContain('本清单与本周期开始前公布的日程哈希值');
  });

  it('names units and inspectors from the reveal’s names, beside their ids', () => {
    const v = reveal.visits[0];
    // the plan names its units and inspectors in Chinese, all but the visit's second inspector (the
    // example's names are English); the reveal carries the names, sealed with the visits
    const input = structuredClone(county);
    for (const u of input.units) u.name = UNIT_NAMES[u.id];
    for (const x of input.inspectors) x.name = INSPECTOR_NAMES[x.id];
    delete input.inspectors.find((x: { id: string }) => x.id === v.inspectors[1]).name;
    const zhSchedule = plan(input);
    const named = JSON.parse(JSON.stringify(revealPeriod(input, zhSchedule, 8, COUNTY_END)));
    expect(named.visits).toEqual(reveal.visits); // names change no draw
    const withNames = periodNotice(named, zhSchedule.manifest.scheduleHash);
    expect(withNames.verification.status).toBe('verified');
    expect(withNames.visits[0]!.unit).toEqual({ id: v.unit, name: '东坝派出所' });
    expect(withNames.visits[0]!.inspectors).toEqual([
      { id: v.inspectors[0], name: '李娜' },
      { id: v.inspectors[1] },
    ]);
    // names holding something other than a string (no reveal of revealPeriod does) are refused, naming
    // the field, rather than shown or left out
    const odd = structuredClone(named);
    odd.names.units['ps-unused'] = 7;
    expect(() => periodNotice(odd, zhSchedule.manifest.scheduleHash)).toThrow(
      /^reveal\.names\.units: must be an object of names \(strings\) by id/,
    );
    const shown: PeriodNotice = { ...notice, visits: [withNames.visits[0]!] };
    const zh = periodNoticeHtml(shown, { lang: 'zh-CN' });
    expect(zh).toContain(
      `<td>${v.unit} <span class="note">东坝派出所</span></td><td>随机抽查</td><td>${v.inspectors[0]} <span class="note">李娜</span>、${v.inspectors[1]}</td>`,
    );
  });
});
