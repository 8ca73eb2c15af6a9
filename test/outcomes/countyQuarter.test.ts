// End to end on the county example, through the command line: plan the year, record the first
// quarter's outcomes in a Chinese sheet, print the public register, replan with the follow-ups the
// outcomes call for, and read the office register; the schedule still verifies.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAsync } from '../../src/cli/run.js';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { estimate } from '../../src/outcomes/estimate.js';
import { register } from '../../src/outcomes/register.js';
import { verify } from '../../src/schedule/verify.js';
import { writeXlsx } from '../cli/bureau.js';

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-county-quarter-'));
const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
const DAY = 86_400_000;
const plus = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString().slice(0, 10);
const read = (path: string): Schedule => JSON.parse(readFileSync(path, 'utf8'));

describe("the county's first quarter, checked and corrected", () => {
  const planPath = join(dir, 'county.json');
  const schedulePath = join(dir, 'schedule.json');
  writeFileSync(planPath, JSON.stringify(county));

  it('plan, outcomes sheet, public register, replan with follow-ups, office register, verify', async () => {
    expect((await runAsync(['plan', planPath, '--out', schedulePath, '--quiet'])).code).toBe(0);
    const year = read(schedulePath);
    // Q1: weeks 1 to 12, 2026-01-05 to 2026-03-29. Every third visit finds a problem with ten days
    // to rectify it, half of them rectified; every seventh did not take place.
    const quarter = year.visits.filter((v) => v.date <= '2026-03-29');
    const rows: (string | null)[][] = [
      ['检查编号', '结果', '问题类别', '问题描述', '责任人', '整改期限', '整改完成日期'],
    ];
    quarter.forEach((v, k) => {
      if (k % 3 === 0) {
        const deadline = plus(v.date, 10);
        const closed = k % 2 === 0 ? plus(v.date, 8) : null;
        rows.push([
          v.id,
          '发现问题',
          k % 9 === 0 ? '执法办案' : '内务管理',
          `问题${k}`,
          `责任人${k}`,
          deadline,
          closed,
        ]);
      } else rows.push([v.id, k % 7 === 0 ? '未检查' : '合格', null, null, null, null, null]);
    });
    const sheet = await writeXlsx(join(dir, 'q1.xlsx'), rows);
    const withProblems = quarter.filter((_, k) => k % 3 === 0);

    // The public register as of Wednesday 2026-04-01: weeks 1 to 12 have ended.
    const pub = await runAsync(['register', schedulePath, sheet, '--as-of', '2026-04-01', '--lang', 'zh-CN']);
    expect(pub.code).toBe(0);
    expect(pub.stdout!.split('\n')[0]).toBe('整改台账（公开），截至2026-03-29');
    expect(pub.stdout).toContain(`问题${withProblems.length}个`);

    // Replan from Monday 2026-03-30 (week 13) with a follow-up for every problem.
    const replanned = await runAsync([
      'replan',
      planPath,
      schedulePath,
      '--from',
      '2026-03-30',
      '--reason',
      '第一季度整改回访',
      '--outcomes',
      sheet,
      '--lang',
      'en',
    ]);
    expect(replanned.stderr).toBeUndefined();
    const after = read(schedulePath);
    const added = after.visits.filter(
      (v) => v.kind === 'follow-up' && v.date >= '2026-03-30' && v.finding! >= 2,
    );
    const late = added.filter((v) => v.late);
    expect(replanned.stdout).toContain(
      `added ${added.length} follow-ups for recorded problems (${late.length} late`,
    );
    // one follow-up per visit with a problem (their deadlines all differ by visit), the late ones
    // (due before 2026-03-30) on Monday 2026-03-30, the others on the first working day after
    // their deadline: never on the Qingming holidays (2026-04-04 to 04-06)
    expect(new Set(added.map((v) => v.unit)).size).toBeLessThanOrEqual(withProblems.length);
    expect(after.findings!.length).toBe(2 + new Set(withProblems.map((v) => `${v.unit} ${v.date}`)).size);
    expect(late.length).toBeGreaterThan(0);
    for (const v of late) expect(v.date).toBe('2026-03-30');
    for (const v of added) expect(['2026-04-04', '2026-04-05', '2026-04-06']).not.toContain(v.date);
    // the past is untouched
    expect(after.visits.filter((v) => v.date < '2026-03-30')).toEqual(
      year.visits.filter((v) => v.date < '2026-03-30'),
    );
    expect(verify(county, after).status).toBe('verified');

    // The office register a fortnight later, from the same outcomes as JSON, recorded against the
    // schedule before the replan (its hash is the `before` of the replan's log entry).
    const json = join(dir, 'q1.json');
    const records = rows.slice(1).map((r) => ({
      visit: r[0]!,
      result: r[1] === '发现问题' ? 'problems' : r[1] === '未检查' ? 'not-done' : 'compliant',
      ...(r[1] === '发现问题'
        ? {
            problems: [
              {
                category: r[2]!,
                text: r[3]!,
                responsible: r[4]!,
                deadline: r[5]!,
                ...(r[6] ? { closed: r[6] } : {}),
              },
            ],
          }
        : {}),
    }));
    writeFileSync(json, JSON.stringify({ schedule: year.manifest.scheduleHash, records }));
    const r = register(after, JSON.parse(readFileSync(json, 'utf8')), {
      asOf: '2026-04-15',
      audience: 'office',
    });
    expect(r.outcomesHash).toBe(year.manifest.scheduleHash);
    expect(r.problems).toHaveLength(withProblems.length);
    // every problem has its follow-up, and every open one past its deadline is overdue
    for (const p of r.problems) {
      expect(p.followUp, p.visit).toBeDefined();
      if (p.status !== 'closed') expect(p.status).toBe(p.deadline! < '2026-04-15' ? 'overdue' : 'open');
    }
    const cli = await runAsync([
      'register',
      schedulePath,
      json,
      '--as-of',
      '2026-04-15',
      '--office',
      '--lang',
      'en',
    ]);
    expect(cli.code).toBe(0);
    expect(cli.stdout!.split('\n')[1]).toBe(
      `  ${r.counts.problems} problems: ${r.counts.open} being rectified, ${r.counts.overdue} overdue, ${r.counts.closed} rectified`,
    );

    // What the quarter measured, from the same outcomes (recorded against the schedule before the
    // replan): the share of unit-periods with a problem, by police type, over weeks 1 to 12.
    const byType = estimate(county, after, JSON.parse(readFileSync(json, 'utf8')), {
      by: 'type',
      asOf: '2026-03-29',
    });
    const routineWithProblems = quarter.filter((v, k) => k % 3 === 0 && v.kind === 'routine');
    expect(byType.groups.reduce((n, g) => n + g.withProblems, 0)).toBe(routineWithProblems.length);
    for (const g of byType.groups) {
      if (g.estimate === null || g.ci === null) continue; // a type no routine visit measured
      expect(g.estimate).toBeGreaterThanOrEqual(0);
      expect(g.estimate).toBeLessThanOrEqual(1);
      expect(g.ci[0]).toBeLessThanOrEqual(g.estimate);
      expect(g.ci[1]).toBeGreaterThanOrEqual(g.estimate);
    }
    expect(byType.groups.filter((g) => g.estimate !== null).length).toBeGreaterThan(3);
    const printed = await runAsync([
      'estimate',
      planPath,
      schedulePath,
      json,
      '--by',
      'type',
      '--as-of',
      '2026-03-29',
      '--lang',
      'zh-CN',
    ]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(/[\u4e00-\u9fff]/);
    const page = join(dir, 'report.html');
    const report = await runAsync([
      'report',
      schedulePath,
      '--as-of',
      '2026-03-29',
      '--outcomes',
      json,
      '--html',
      page,
      '--quiet',
    ]);
    expect(report.code).toBe(0);
    expect(readFileSync(page, 'utf8')).toContain('police-station');

    // Next year's plan, its risks learned from the quarter: a plan file that plan accepts once seeded.
    const next = join(dir, 'plan-2027.json');
    const proposed = await runAsync([
      'next-year',
      planPath,
      schedulePath,
      json,
      '--start',
      '2027-01-04',
      '--end',
      '2027-12-26',
      '--out',
      next,
      '--as-of',
      '2026-03-29',
      '--lang',
      'en',
    ]);
    expect(proposed.code).toBe(0);
    const plan2027 = JSON.parse(readFileSync(next, 'utf8'));
    expect(plan2027.units).toHaveLength(county.units.length);
    for (const u of plan2027.units) {
      const before = county.units.find((x: { id: string }) => x.id === u.id).risk;
      // bounded to a factor of 2 either way
      if (before > 0) expect(u.risk / before).toBeGreaterThanOrEqual(0.5 - 1e-12);
      if (before > 0) expect(u.risk / before).toBeLessThanOrEqual(2 + 1e-12);
    }
    writeFileSync(next, JSON.stringify({ ...plan2027, seed: 'county-2027' }));
    expect((await runAsync(['plan', next, '--out', join(dir, 'schedule-2027.json'), '--quiet'])).code).toBe(
      0,
    );
  }, 180_000);
});
