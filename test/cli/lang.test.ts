import { describe, expect, it } from 'vitest';
import { globalFlags } from '../../src/cli/context.js';
import { run } from '../../src/cli/run.js';

describe('--lang', () => {
  it('is taken out of the arguments wherever it stands before --', () => {
    expect(globalFlags(['report', '--lang', 'zh-CN', 'a.json'], {})).toEqual({
      argv: ['report', 'a.json'],
      context: { lang: 'zh-CN', verbose: false },
    });
    expect(globalFlags(['--lang=en', 'plan', 'p.json', '--verbose'], { LANG: 'zh_CN.UTF-8' })).toEqual({
      argv: ['plan', 'p.json'],
      context: { lang: 'en', verbose: true },
    });
    expect(globalFlags(['commit', '--', '--lang'], {}).argv).toEqual(['commit', '--', '--lang']);
  });

  it('follows LANG when absent', () => {
    expect(globalFlags(['plan'], { LANG: 'zh_CN.UTF-8' }).context.lang).toBe('zh-CN');
    expect(globalFlags(['plan'], { LANG: 'en_GB.UTF-8' }).context.lang).toBe('en');
    expect(globalFlags(['plan'], {}).context.lang).toBe('en');
  });

  it('refuses a language it does not write, with exit 2', () => {
    const outcome = run(['--lang', 'fr', 'commit', 'x'], { env: {} });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('--lang must be en or zh-CN, not "fr"');
    expect(run(['commit', '--lang'], { env: {} }).stderr).toContain('--lang must be en or zh-CN, not ""');
  });
});
