import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { plan } from '../../src/schedule/plan.js';
import type { Progress } from '../../src/schedule/progress.js';
import { verify } from '../../src/schedule/verify.js';
import { terminal } from '../helpers/terminal.js';

const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));

describe('progress of a long plan or verify', () => {
  it('the library tells each step as it ends, and the schedule is the same with or without a listener', () => {
    const steps: Progress[] = [];
    const told = plan(county, { onProgress: (p) => steps.push(p) });
    expect(steps.map((p) => `${p.done}/${p.total} ${p.step}`)).toEqual([
      '1/4 read',
      '2/4 frame',
      '3/4 draw',
      '4/4 seal',
    ]);
    expect(JSON.stringify(told)).toBe(JSON.stringify(plan(county)));
    const checked: string[] = [];
    expect(verify(county, told, { onProgress: (p) => checked.push(p.step) }).ok).toBe(true);
    expect(checked).toEqual(['read', 'check-seal', 'redraw', 'replay', 'compare']);
  });

  it('the CLI draws a bar on a terminal, in the run language, and leaves stdout as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fairdraw-progress-'));
    const input = join(dir, 'plan.json');
    writeFileSync(input, JSON.stringify(county));
    const schedule = join(dir, 'schedule.json');
    const tty = terminal();
    const withBar = run(['plan', input, '--out', schedule, '--lang', 'en'], { env: {}, progress: tty });
    const without = run(['plan', input, '--out', join(dir, 'other.json'), '--lang', 'en'], { env: {} });
    expect(withBar.code).toBe(0);
    expect(withBar.stdout).toBe(without.stdout?.replace('other.json', 'schedule.json'));
    expect(tty.written).toContain('planning [');
    expect(tty.written).toContain('4/4 sealed');
    const zh = terminal();
    expect(run(['verify', input, schedule, '--lang', 'zh-CN'], { env: {}, progress: zh }).code).toBe(0);
    expect(zh.written).toContain('正在核验 [');
    expect(zh.written).toContain('5/5 已比对');
  });

  it('draws nothing with --quiet, nor without a terminal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fairdraw-progress-'));
    const input = join(dir, 'plan.json');
    writeFileSync(input, JSON.stringify(county));
    const tty = terminal();
    expect(run(['plan', input, '--quiet'], { env: {}, progress: tty }).code).toBe(0);
    expect(tty.written).toBe('');
    const outcome = run(['plan', input, '--lang', 'en'], { env: {} });
    expect(outcome.stderr ?? '').not.toContain('planning [');
  });
});
