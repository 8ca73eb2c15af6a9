import { describe, expect, it } from 'vitest';
import { type Catalogue, text } from '../../src/text/catalogue.js';
import { formatCount, formatDate, weekdayName } from '../../src/text/format.js';
import { LANGS, langFromEnv } from '../../src/text/lang.js';

type Leaf = { path: string; kind: string; value: unknown };

function leaves(node: unknown, path = ''): Leaf[] {
  if (typeof node === 'function' || typeof node === 'string' || typeof node === 'number') {
    return [{ path, kind: typeof node, value: node }];
  }
  if (Array.isArray(node)) {
    return [
      { path, kind: `array(${node.length})`, value: node },
      ...node.flatMap((x, i) => leaves(x, `${path}[${i}]`)),
    ];
  }
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [{ path, kind: String(node), value: node }];
}

// Strings that read the same in both languages (ids, symbols): none yet.
const SAME_IN_BOTH = new Set<string>([]);
const CJK = /[\u3400-\u9fff]/;

describe('the catalogue', () => {
  const en = leaves(text('en'));
  const zh = leaves(text('zh-CN'));

  it('has exactly the same keys, of the same kind, in English and Chinese', () => {
    const kinds = (list: Leaf[]) => list.map((l) => `${l.path}: ${l.kind}`).sort();
    expect(en.length).toBeGreaterThan(0);
    expect(kinds(zh)).toEqual(kinds(en));
  });

  it('has no empty string and no Chinese string left in English', () => {
    for (const leaf of [...en, ...zh])
      if (typeof leaf.value === 'string' && leaf.value === '') expect.fail(`${leaf.path} is empty`);
    const untranslated = zh
      .filter((l) => typeof l.value === 'string' && l.value !== '' && !CJK.test(l.value as string))
      .map((l) => l.path)
      .filter((path) => !SAME_IN_BOTH.has(path));
    expect(untranslated).toEqual([]);
  });

  it('gives each language its own catalogue', () => {
    for (const lang of LANGS) expect(text(lang)).toBeTypeOf('object');
    const sample: Catalogue = text('zh-CN');
    expect(sample.common.periodNumbered('week', 7)).toBe('第7周');
    expect(sample.common.named('ps-01', '城关派出所')).toBe('城关派出所（ps-01）');
    expect(text('en').common.periodNumbered('week', 7)).toBe('week 7');
  });
});

describe('dates and numbers follow the language', () => {
  it('writes 2026年3月2日 星期一 in Chinese and the ISO date in English', () => {
    expect(formatDate('2026-03-02', 'zh-CN', { weekday: true })).toBe('2026年3月2日 星期一');
    expect(formatDate('2026-03-02', 'zh-CN')).toBe('2026年3月2日');
    expect(formatDate('2026-03-02', 'en', { weekday: true })).toBe('2026-03-02 Mon');
    expect(weekdayName('2026-03-08', 'zh-CN')).toBe('周日');
    expect(formatCount(12345, 'zh-CN')).toBe('12,345');
    expect(formatCount(0.125, 'en', 2)).toBe('0.13');
  });

  it('takes the CLI language from LC_ALL, LC_MESSAGES or LANG', () => {
    expect(langFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(langFromEnv({ LANG: 'zh_CN.GB18030' })).toBe('zh-CN');
    expect(langFromEnv({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(langFromEnv({})).toBe('en');
    expect(langFromEnv({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_ALL: '', LC_MESSAGES: 'zh_CN', LANG: 'en_US' })).toBe('zh-CN');
    expect(langFromEnv({ LANG: 'zh_TW.UTF-8' })).toBe('en');
  });
});
