import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runAsync } from '../../src/cli/run.js';
import { bureauUnits, writeCsv } from './bureau.js';
import { smallPlan } from './smallPlan.js';

// CSV written for Excel: with --bom, or whenever the command writes in Chinese, the files start with the UTF-8 byte-order mark, without which
// Excel on a Chinese Windows reads them in GB18030 and garbles every Chinese character.

describe('CSV written for Excel: --bom', () => {
  it('plan --csv and report --csv start with a UTF-8 byte-order mark with --bom, and not without', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fairdraw-bom-'));
    const units = writeCsv(join(dir, 'units.csv'), bureauUnits(), 'utf-8');
    const input = join(dir, 'plan.json');
    const made = await runAsync([
      'init',
      '--units',
      units,
      '--start',
      '2027-01-04',
      '--end',
      '2027-12-31',
      '--out',
      input,
    ]);
    expect(made.code).toBe(0);
    const seeded = JSON.stringify({ ...JSON.parse(readFileSync(input, 'utf8')), seed: 'bom' });
    writeFileSync(input, seeded);
    const schedule = join(dir, 'schedule.json');
    const plain = join(dir, 'visits.csv');
    const marked = join(dir, 'visits-bom.csv');
    expect(run(['plan', input, '--out', schedule, '--csv', plain, '--quiet']).code).toBe(0);
    expect(run(['plan', input, '--csv', marked, '--bom', '--quiet']).code).toBe(0);
    const bytes = readFileSync(marked);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(readFileSync(plain, 'utf8'));
    expect(readFileSync(plain, 'utf8')).toContain('城关派出所');
    expect(readFileSync(plain)[0]).toBe(0x69); // "id", no mark
    expect(run(['report', schedule, '--csv', join(dir, 'report/'), '--bom', '--quiet']).code).toBe(0);
    for (const table of ['units', 'types', 'inspectors']) {
      expect([...readFileSync(join(dir, 'report', `${table}.csv`)).subarray(0, 3)]).toEqual([
        0xef, 0xbb, 0xbf,
      ]);
    }
  });

  it('is written without --bom when the command writes in Chinese (--lang zh-CN, or LANG=zh_CN.UTF-8)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fairdraw-bom-zh-'));
    const input = join(dir, 'plan.json');
    writeFileSync(input, JSON.stringify(smallPlan('bom-zh')));
    const schedule = join(dir, 'schedule.json');
    const starts = (path: string) => [...readFileSync(path).subarray(0, 3)];
    const MARK = [0xef, 0xbb, 0xbf];
    const zh = join(dir, 'zh.csv');
    const en = join(dir, 'en.csv');
    const env = join(dir, 'env.csv');
    expect(run(['plan', input, '--out', schedule, '--csv', zh, '--lang', 'zh-CN', '--quiet']).code).toBe(0);
    expect(run(['plan', input, '--csv', en, '--lang', 'en', '--quiet']).code).toBe(0);
    expect(run(['plan', input, '--csv', env, '--quiet'], { env: { LANG: 'zh_CN.UTF-8' } }).code).toBe(0);
    expect(starts(zh)).toEqual(MARK);
    expect(starts(env)).toEqual(MARK);
    expect(starts(en)).not.toEqual(MARK);
    expect(readFileSync(zh).subarray(3).toString('utf8')).toBe(readFileSync(en, 'utf8'));
    // --lang en --bom still marks; the language only adds the mark, never takes it away
    expect(run(['plan', input, '--csv', en, '--lang', 'en', '--bom', '--quiet']).code).toBe(0);
    expect(starts(en)).toEqual(MARK);
    expect(
      run([
        'report',
        schedule,
        '--as-of',
        '2026-02-01',
        '--csv',
        join(dir, 'r/'),
        '--lang',
        'zh-CN',
        '--quiet',
      ]).code,
    ).toBe(0);
    for (const table of ['units', 'types', 'inspectors'])
      expect(starts(join(dir, 'r', `${table}.csv`))).toEqual(MARK);
    expect(
      run(['report', schedule, '--as-of', '2026-02-01', '--csv', join(dir, 'e/'), '--lang', 'en', '--quiet'])
        .code,
    ).toBe(0);
    expect(starts(join(dir, 'e', 'units.csv'))).not.toEqual(MARK);
  });

  it('notice --csv starts frame.csv and rules.csv with the mark on --bom or --lang zh-CN', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fairdraw-bom-notice-'));
    const input = join(dir, 'plan.json');
    writeFileSync(input, JSON.stringify(smallPlan('bom-notice')));
    const schedule = join(dir, 'schedule.json');
    expect(run(['plan', input, '--out', schedule, '--quiet']).code).toBe(0);
    const notice = (out: string, ...flags: string[]) =>
      run(['notice', input, schedule, '--csv', join(dir, out), '--quiet', ...flags]).code;
    expect(notice('plain/', '--lang', 'en')).toBe(0);
    expect(notice('bom/', '--lang', 'en', '--bom')).toBe(0);
    expect(notice('zh/', '--lang', 'zh-CN')).toBe(0);
    for (const table of ['frame', 'rules']) {
      const plain = readFileSync(join(dir, 'plain', `${table}.csv`));
      expect(plain[0]).not.toBe(0xef);
      for (const marked of ['bom', 'zh']) {
        const bytes = readFileSync(join(dir, marked, `${table}.csv`));
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        // --bom adds the mark alone; in Chinese the headers are Chinese too, the rows the same.
        if (marked === 'bom') expect(bytes.subarray(3).equals(plain)).toBe(true);
        else {
          const [head, ...rows] = bytes.subarray(3).toString('utf8').split('\r\n');
          expect(head).toMatch(/[\u4e00-\u9fff]/);
          expect(rows.length).toBeGreaterThan(1);
          if (table === 'frame')
            expect(rows).toEqual(
              plain
                .toString('utf8')
                .split('\r\n')
                .slice(1)
                .map((r) => r.replace(/,no,/g, ',否,').replace(/,yes,/g, ',是,')),
            );
        }
      }
    }
  });
});
