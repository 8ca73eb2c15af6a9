// The results notice of a period whose reveal carries outcomes (issue 15, item 4): each visit's result,
// and the period's estimate from its random visits, the same figures as estimate() of src/outcomes for
// that period alone; the page and `fairdraw results` in both languages.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Outcomes } from '../../src/model/outcomesSchema.js';
import type { EstimateGroup } from '../../src/outcomes/EstimateTypes.js';
import { estimate } from '../../src/outcomes/estimate.js';
import { periodNotice } from '../../src/report/periodNotice.js';
import { periodNoticeHtml } from '../../src/report/periodNoticeHtml.js';
import type { PeriodReveal } from '../../src/schedule/PeriodReveal.js';
import { revealPeriod } from '../../src/schedule/revealPeriod.js';
import { county, outcomesOf } from '../outcomes/fixtures.js';
import { englishRuns } from './countyZh.js';

const { input, schedule } = county();
const hash = schedule.manifest.scheduleHash;
const END = { asOf: '2026-12-27' };
/** Outcomes of every visit: problems at every third, not done at every seventh, none at every eleventh. */
const outcomes: Outcomes = outcomesOf(schedule, '2026-12-27', (_v, k) =>
  k % 11 === 4 ? undefined : k % 7 === 2 ? 'not-done' : k % 3 === 0 ? 'problems' : 'compliant',
);
/** The same outcomes, of period `k` only. */
const only = (k: number): Outcomes => ({
  ...outcomes,
  records: outcomes.records.filter((r) => schedule.visits.find((v) => v.id === r.visit)!.period === k),
});
const published = (k: number, o: unknown = outcomes): PeriodReveal =>
  JSON.parse(JSON.stringify(revealPeriod(input, schedule, k, { ...END, outcomes: o })));

/** What estimate() and the notice both say of a group. */
const figures = (g: EstimateGroup) => ({
  key: g.key,
  visits: g.visits,
  withProblems: g.withProblems,
  notDone: g.notDone,
  estimate: g.estimate,
  standardError: g.standardError,
  ci: g.ci,
});

describe('periodNotice of a reveal with outcomes', () => {
  it('gives each visit its result, its problems’ categories and deadlines, and its probability', () => {
    const reveal = published(8);
    const notice = periodNotice(reveal, hash);
    expect(notice.outcomes).toBe(true);
    expect(notice.verification.ok).toBe(true);
    const records = new Map(outcomes.records.map((r) => [r.visit, r]));
    for (const v of notice.visits) {
      const r = records.get(v.id);
      expect(v.outcome).toEqual(
        r === undefined
          ? { result: 'unrecorded', problems: [] }
          : {
              result: r.result,
              problems: (r.problems ?? []).map((p) => ({ category: p.category, deadline: p.deadline })),
            },
      );
      expect(v.probability).toBe(reveal.outcomes!.probabilities[v.id]);
    }
    expect(notice.visits.some((v) => v.outcome!.result === 'unrecorded')).toBe(true);
    expect(notice.visits.some((v) => v.outcome!.result === 'not-done')).toBe(true);
  });

  it('estimates the period as estimate() does when the outcomes record that period alone', () => {
    // period 1: estimate() over the periods ended by its last day is period 1's, every count included
    const first = periodNotice(published(0), hash).estimates!;
    const asOf = schedule.periods[0]!.end;
    const all = estimate(input, schedule, outcomes, { asOf });
    const byType = estimate(input, schedule, outcomes, { asOf, by: 'type' });
    const { key: _, ...overall } = all.groups[0]!;
    expect({ ...first.all, key: 'all' }).toEqual({ ...overall, key: 'all' });
    expect(first.types).toEqual(byType.groups.filter((g) => first.types.some((t) => t.key === g.key)));
    for (const g of byType.groups)
      if (!first.types.some((t) => t.key === g.key)) expect(g.visits + g.notDone + g.unrecorded).toBe(0);
    expect(first.all.notDone + first.all.unrecorded).toBeGreaterThan(0);
    // a later period, its outcomes alone (the other periods' visits unrecorded, so they count nothing)
    for (const k of [8, 13, 22]) {
      const notice = periodNotice(published(k, only(k)), hash).estimates!;
      const at = { asOf: schedule.periods[k]!.end };
      const e = estimate(input, schedule, only(k), at);
      const t = estimate(input, schedule, only(k), { ...at, by: 'type' });
      expect(figures(notice.all)).toEqual({ ...figures(e.groups[0]!), key: 'all' });
      expect(notice.types.map(figures)).toEqual(
        t.groups.filter((g) => notice.types.some((x) => x.key === g.key)).map(figures),
      );
      expect(notice.all.estimate).not.toBeNull();
      expect(notice.level).toBe(0.95);
    }
    // and the notice's estimate does not depend on the other periods' outcomes
    expect(periodNotice(published(8), hash).estimates).toEqual(
      periodNotice(published(8, only(8)), hash).estimates,
    );
  });

  it('lists campaign, directed and follow-up visits, never counts them', () => {
    for (const [k, kind] of [
      [8, 'campaign'],
      [18, 'follow-up'],
      [22, 'directed'],
    ] as const) {
      const notice = periodNotice(published(k), hash);
      const e = notice.estimates!;
      const routine = notice.visits.filter((v) => v.kind === 'routine');
      expect(e.all.visits + e.all.notDone + e.all.unrecorded).toBe(routine.length);
      const other = notice.visits.filter((v) => v.kind === kind);
      const row = e.uncounted.find((x) => x.kind === kind)!;
      expect(row.visits + row.notDone + row.unrecorded).toBe(other.length);
    }
  });

  it('has no estimate when a routine visit has no probability, and says NOT verified', () => {
    const reveal = published(8);
    const routine = reveal.visits.find((v) => v.kind === 'routine')!;
    delete reveal.outcomes!.probabilities[routine.id];
    const notice = periodNotice(reveal, hash);
    expect(notice.verification.status).toBe('different');
    expect(notice.estimates).toBeUndefined();
    const page = periodNoticeHtml(notice);
    expect(page).toContain('data-testid="no-estimate"');
    expect(page).toContain(`<code>outcomes.probabilities.${routine.id}</code>`);
  });
});

describe('periodNoticeHtml of a notice with outcomes', () => {
  const notice = periodNotice(published(8), hash);

  it('adds the result and the probability to each visit, and the estimate after the visits, in English', () => {
    const page = periodNoticeHtml(notice);
    expect(page).toBe(periodNoticeHtml(periodNotice(published(8), hash)));
    expect(page).toContain(
      '<th scope="col">Result</th><th scope="col" class="num">Inclusion probability</th>',
    );
    const problem = notice.visits.find((v) => v.outcome!.result === 'problems')!;
    const deadline = problem.outcome!.problems[0]!.deadline!;
    expect(page).toContain(
      `<td class="bad">problems found: law-enforcement (to be rectified by ${deadline})</td><td class="num">${problem.probability!.toFixed(4).replace(/0+$/, '')}</td>`,
    );
    expect(page).toContain('<td>not recorded yet</td>');
    const order = ['id="table-visits"', 'id="estimate"', 'id="table-estimates"', 'id="check"'];
    const at = order.map((s) => page.indexOf(s));
    expect(at.every((x) => x > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const e = notice.estimates!;
    const pct = (x: number | null) => `${(Math.round(x! * 1000) / 10).toFixed(1)}%`;
    expect(page).toContain(
      `<p class="promise card" data-testid="estimate-all"><strong>All units: ${pct(e.all.estimate)}</strong> (95% confidence interval ${pct(e.all.ci![0])}–${pct(e.all.ci![1])})</p>`,
    );
    expect(page).toContain(`<tr><td>All units</td><td class="num">${e.all.visits}</td>`);
    for (const t of e.types) expect(page).toContain(`<tr><td>${t.key}</td><td class="num">${t.visits}</td>`);
    expect(page).toContain('The estimand: the share of the units in period 9’s routine frame');
    expect(page).toContain('Hájek’s estimator');
    expect(page).toContain('campaign visits: ');
    expect(page).toContain('data-testid="unsealed"');
    expect(page).not.toMatch(/<script|https?:/);
  });

  it('writes the same in Chinese', () => {
    const page = periodNoticeHtml(notice, { lang: 'zh-CN' });
    expect(page).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(page).toContain('<th scope="col">检查结果</th><th scope="col" class="num">抽中概率</th>');
    expect(page).toMatch(/<td class="bad">发现问题：law-enforcement（整改期限：2026年3月\d+日）<\/td>/);
    expect(page).toContain('<td>合格</td>');
    expect(page).toContain('<td>尚未录入</td>');
    expect(page).toContain('<h2 id="estimate-h">本周期随机抽查结果的估计</h2>');
    expect(page).toMatch(/<strong>全部单位：\d+\.\d%<\/strong>（95%置信区间：\d+\.\d%–\d+\.\d%）/);
    expect(page).toContain('<th scope="col" class="num">标准误</th>');
    expect(page).toContain('估计对象：第9期随机抽查范围内');
    expect(page).toContain('专项督察：完成');
    const visible = page.slice(page.indexOf('<main')).replace(/<[^>]*>/g, ' ');
    expect(visible).not.toMatch(/Estimate|estimand|Result|compliant|not recorded|problems found/);
    // no English sentence once the schedule's own strings (ids, names, types, the seal) are taken out
    const data = [
      ...schedule.units.flatMap((u) => [u.id, u.type, u.name ?? '']),
      ...schedule.inspectors.flatMap((x) => [x.id, x.name ?? '']),
      'spring-crackdown',
      'law-enforcement',
      'fairdraw/seal/v2+rfc6962',
    ];
    expect(englishRuns(visible, data)).toEqual([]);
    expect(englishRuns(periodNoticeHtml(notice).replace(/<[^>]*>/g, ' '), data).length).toBeGreaterThan(10);
  });
});

describe('fairdraw results with outcomes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fairdraw-results-outcomes-'));
  const path = join(dir, 'reveal-9.json');
  writeFileSync(path, JSON.stringify(published(8)));
  const e = notice8();
  function notice8() {
    return periodNotice(published(8), hash).estimates!;
  }

  it('prints each visit’s result and the period’s estimate, and writes the page, in English', () => {
    const html = join(dir, 'results-9.html');
    const out = run(['results', path, hash, '--html', html, '--lang', 'en']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(
      /\n {2}2026-03-03 Tue {2}\S+ +insp-\d\d insp-\d\d +v-\d{4} {2}campaign spring-crackdown · [a-z ]+ · π 0\.\d+\n/,
    );
    expect(out.stdout).toMatch(
      / routine · problems found: law-enforcement \(to be rectified by 2026-03-0\d\) · π 0\.\d+\n/,
    );
    expect(out.stdout).toContain(
      `estimate from the ${e.all.visits} routine visits done in period 9 (share of units with a problem, 95% interval):\n`,
    );
    expect(out.stdout).toMatch(
      /\n {2}All units +\d+\.\d% {2}SE \d+\.\d% {2}\d+\.\d%–\d+\.\d% {2}\(\d counted, \d with problems\)\n/,
    );
    expect(out.stdout).toContain('  not counted: campaign visits, ');
    expect(readFileSync(html, 'utf8')).toBe(periodNoticeHtml(periodNotice(published(8), hash)));
  });

  it('in Chinese', () => {
    const html = join(dir, 'results-9.zh.html');
    const out = run(['results', path, hash, '--html', html, '--lang', 'zh-CN']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(
      /随机抽查 · 发现问题：law-enforcement（整改期限：2026年3月\d日） · 抽中概率 0\.\d+\n/,
    );
    expect(out.stdout).toContain(
      `第9个周期已完成的${e.all.visits}次随机抽查的估计值（发现问题的单位比例，95%置信区间）：\n`,
    );
    expect(out.stdout).toMatch(
      /\n {2}全部单位 +\d+\.\d% {2}标准误 \d+\.\d% {2}\d+\.\d%–\d+\.\d% {2}（计入\d次，\d次发现问题）\n/,
    );
    expect(out.stdout).toContain('  不计入：专项督察完成');
    expect(readFileSync(html, 'utf8')).toBe(
      periodNoticeHtml(periodNotice(published(8), hash), { lang: 'zh-CN' }),
    );
  });
});
