import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { USAGE } from '../../src/cli/usage.js';
import { plan } from '../../src/schedule/plan.js';
import { countySchedule } from '../report/county.js';
import { leaks } from '../report/noticeLeaks.js';
import { parseCsv } from '../report/parseCsv.js';

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-notice-'));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};
const countyInput = JSON.parse(readFileSync('examples/county.json', 'utf8'));
const schedule = countySchedule();
const planPath = file('county.json', countyInput);
const schedulePath = file('county.schedule.json', schedule);

describe('fairdraw notice', () => {
  it('writes the page and frame.csv and rules.csv, and prints the schedule hash', () => {
    const html = join(dir, 'notice.html');
    const csvDir = join(dir, 'notice-csv/');
    const result = run([
      'notice',
      planPath,
      schedulePath,
      '--html',
      html,
      '--csv',
      csvDir,
      '--title',
      'County 2026',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBeUndefined();
    expect(result.stdout).toBe(
      `start-of-year notice of schedule ${schedule.manifest.scheduleHash}: 40 units, 51 periods, 25 inspectors; no visit is named\n` +
        `wrote ${html}, ${join(csvDir, 'frame.csv')}, ${join(csvDir, 'rules.csv')}\n`,
    );
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<title>County 2026</title>');
    for (const id of ['about', 'anchors', 'rules', 'frame', 'pool', 'verify'])
      expect(page).toContain(`<section${id === 'about' ? ' class="promise"' : ''} id="${id}"`);
    expect(readdirSync(csvDir).sort()).toEqual(['frame.csv', 'rules.csv']);

    const frame = parseCsv(readFileSync(join(csvDir, 'frame.csv'), 'utf8'));
    expect(frame).toHaveLength(41);
    expect(frame[0]!.slice(0, 11)).toEqual([
      'id',
      'name',
      'type',
      'region',
      'active_from',
      'active_to',
      'capped',
      'min_pi',
      'max_pi',
      'active_periods',
      'expected',
    ]);
    expect(frame[0]!.slice(11)).toEqual([
      ...schedule.periods.map((p) => `pi_${p.index + 1}`), // periods numbered from 1
      'campaign_pi_spring-crackdown',
    ]);
    const xincheng = frame.find((r) => r[0] === 'ps-xincheng')!;
    expect(xincheng.slice(0, 7)).toEqual([
      'ps-xincheng',
      'Xincheng police station',
      'police-station',
      'centre',
      '2026-07-01',
      '',
      'no',
    ]);
    // the promised probabilities, re-added, give the expected visits
    for (const row of frame.slice(1)) {
      const sum = row.slice(11, 11 + 51).reduce((s, p) => s + Number(p), 0);
      expect(Math.abs(sum - Number(row[10]))).toBeLessThan(1e-7);
    }

    const rules = new Map(
      parseCsv(readFileSync(join(csvDir, 'rules.csv'), 'utf8'))
        .slice(1)
        .map(([k, v]) => [k!, v!]),
    );
    expect(rules.get('anchors.scheduleHash')).toBe(schedule.manifest.scheduleHash);
    expect(rules.get('anchors.inputHash')).toBe(schedule.manifest.inputHash);
    expect(rules.get('anchors.seedCommitment')).toBe(schedule.manifest.seedCommitment);
    expect(rules.get('routine.bounds.min')).toBe('0.02');
    expect(rules.get('periods[50].budget')).toBe(String(schedule.periods[50]!.visits));
    expect(rules.get('periods[50].number')).toBe('51'); // the number people read, from 1
    expect(rules.has('periods[50].index')).toBe(false);
    expect(rules.get('campaigns[0].scope.types')).toBe('police-station');
    expect(rules.get('limits.maxVisitsPerUnit')).toBe('15');
    expect(rules.get('directed')).toBe('2');
    expect(rules.get('team.recusal')).toBe('homeUnit');
    expect(rules.get('inspectors[1].name')).toBe('Li Na');
    // only the plan's fields and the fingerprints: a period has its days and budget, nothing counted
    expect(new Set([...rules.keys()].map((k) => /^[a-z]+/i.exec(k)![0]))).toEqual(
      new Set([
        'anchors',
        'horizon',
        'periods',
        'routine',
        'limits',
        'campaigns',
        'directed',
        'findings',
        'team',
        'inspectors',
      ]),
    );
    const periodFields = [...rules.keys()].flatMap((k) => /^periods\[\d+\]\.(.+)$/.exec(k)?.[1] ?? []);
    // a period is named by its number, from 1, not by its index
    expect(new Set(periodFields)).toEqual(new Set(['number', 'start', 'end', 'workdays', 'budget']));

    // nothing of the draw in any of the three files
    const all = [page, ...['frame.csv', 'rules.csv'].map((f) => readFileSync(join(csvDir, f), 'utf8'))];
    expect(leaks(all.join('\n'), countyInput, schedule).found).toEqual([]);
  });

  it('writes the tables after a prefix, and every cell a spreadsheet could run starts with a quote', () => {
    const hostile = structuredClone(countyInput);
    hostile.units[0].name = '=HYPERLINK("http://example.com","x")';
    hostile.inspectors[0].name = '@SUM(A1:A9)';
    hostile.campaigns[0].name = '＋cmd';
    const hostilePlan = file('hostile.json', hostile);
    const hostileSchedule = file('hostile.schedule.json', plan(hostile));
    const prefix = join(dir, 'out', 'county-');
    mkdirSync(join(dir, 'out'));
    expect(run(['notice', hostilePlan, hostileSchedule, '--csv', prefix, '--quiet'])).toEqual({ code: 0 });
    const frame = parseCsv(readFileSync(`${prefix}frame.csv`, 'utf8'));
    expect(frame[1]![1]).toBe(`'=HYPERLINK("http://example.com","x")`);
    const rules = new Map(
      parseCsv(readFileSync(`${prefix}rules.csv`, 'utf8'))
        .slice(1)
        .map(([k, v]) => [k!, v!]),
    );
    expect(rules.get('inspectors[0].name')).toBe("'@SUM(A1:A9)");
    expect(rules.get('campaigns[0].name')).toBe("'＋cmd");
  });

  it('writes nothing when one output cannot be written', () => {
    const blocked = join(dir, 'is-a-directory.html');
    mkdirSync(blocked);
    const csvDir = join(dir, 'never/');
    const result = run(['notice', planPath, schedulePath, '--html', blocked, '--csv', csvDir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${blocked}: cannot write file (EISDIR)`);
    expect(existsSync(csvDir)).toBe(false);
  });

  it('refuses a wrong call and another seed’s schedule (exit 2, naming the field), writing nothing', () => {
    expect(run(['notice', planPath]).code).toBe(2);
    const none = run(['notice', planPath, schedulePath]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^fairdraw notice: expected --html <file> or --csv <dir\/> \(or both\)/);
    const other = file('other-seed.json', { ...countyInput, seed: 'another-seed-2026' });
    const refused = run(['notice', other, schedulePath, '--html', join(dir, 'x.html')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^fairdraw: schedule\.manifest\.seedCommitment: does not match/);
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
    expect(run(['notice', '--help']).stdout).toBe(USAGE);
    expect(USAGE).toContain('fairdraw notice <plan.json> <schedule.json> --html notice.html');
  });
});
