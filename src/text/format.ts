import type { Lang } from './lang.js';

// Dates, weekdays and numbers as each language writes them, through Intl. English keeps the ISO date
// the pages have always shown (unambiguous for an auditor); Chinese writes 2026年3月2日 星期一.

function utcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' })));
  return format as Intl.DateTimeFormat;
}

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(lang, options)));
  return format as Intl.NumberFormat;
}

/**
 * The weekday of an ISO date, short (`Mon`, `周一`) or long (`Monday`, `星期一`).
 *
 * @param iso - a calendar date, `YYYY-MM-DD`.
 * @param lang - the language.
 * @param width - `short` (default) or `long`.
 */
export function weekdayName(iso: string, lang: Lang, width: 'short' | 'long' = 'short'): string {
  return dateFormat(lang, { weekday: width }).format(utcDate(iso));
}

/**
 * A calendar date as the language writes it: `2026-03-02` in English, `2026年3月2日` in Chinese; with
 * `weekday`, `2026-03-02 Mon` and `2026年3月2日 星期一`.
 *
 * @param iso - a calendar date, `YYYY-MM-DD` (no zone: it is the date of the plan's own zone).
 * @param lang - the language.
 * @param options - `weekday: true` appends the weekday.
 */
export function formatDate(iso: string, lang: Lang, options: { weekday?: boolean } = {}): string {
  const date =
    lang === 'en'
      ? iso
      : dateFormat(lang, { year: 'numeric', month: 'long', day: 'numeric' }).format(utcDate(iso));
  if (!options.weekday) return date;
  return `${date} ${weekdayName(iso, lang, lang === 'en' ? 'short' : 'long')}`;
}

/**
 * A number with the language's grouping (`12,345`) and at most `digits` decimals.
 *
 * @param n - the number.
 * @param lang - the language.
 * @param digits - the most decimals shown (default 0).
 */
export function formatCount(n: number, lang: Lang, digits = 0): string {
  return numberFormat(lang, { maximumFractionDigits: digits }).format(n);
}
