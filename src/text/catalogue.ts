import { en } from './en/index.js';
import type { Lang } from './lang.js';
import { zhCN } from './zh-CN/index.js';

/**
 * Every string a person reads, in one language: `text(lang).notice.title`. The English catalogue
 * defines the shape; the Chinese one must have exactly the same keys (the compiler and
 * test/text/catalogue.test.ts both check it).
 */
export type Catalogue = typeof en;

const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { en, 'zh-CN': zhCN };

/**
 * The catalogue of one language.
 *
 * @param lang - `en` or `zh-CN` (default `en`).
 * @returns the strings and phrase functions of that language.
 */
export function text(lang: Lang = 'en'): Catalogue {
  return CATALOGUES[lang];
}
