import { formatDate } from '../format.js';

// Dates as the Chinese summaries of the command line write them (for the `cli` section's files).

/** An ISO date as Chinese writes it (`2027年1月4日`); anything else (empty, `-`) as it is. */
export const day = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(iso, 'zh-CN') : iso);

/** A span of days: `2027年1月4日至2027年12月31日`. */
export const span = (from: string, to: string) => `${day(from)}至${day(to)}`;
