import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runAsync } from '../../src/cli/run.js';
import { bureauUnits, writeCsv } from './bureau.js';

// CSV written for Excel: with --bom, the files start with the UTF-8 byte-order mark, without which
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
});
