/** The languages fairdraw writes in. */
export const LANGS = ['en', 'zh-CN'] as const;

/** One of {@link LANGS}: `en` (English) or `zh-CN` (simplified Chinese). */
export type Lang = (typeof LANGS)[number];

/**
 * Whether `value` names a language fairdraw writes in.
 *
 * @param value - anything, e.g. the argument of `--lang`.
 * @returns true for `en` and `zh-CN`.
 */
export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh-CN';
}

/**
 * The language a command-line user expects from the POSIX locale variables: `LC_ALL`, then
 * `LC_MESSAGES`, then `LANG`, the first one set. `zh_CN.UTF-8`, `zh_CN`, `zh-CN` and `zh_Hans*` give
 * `zh-CN`; anything else, or nothing, gives `en`.
 *
 * @param env - the environment, e.g. `process.env`.
 * @returns the language to write in.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh[_-](CN|Hans)/i.test(locale) ? 'zh-CN' : 'en';
}
