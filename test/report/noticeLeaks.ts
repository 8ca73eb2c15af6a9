import { buildCalendar } from '../../src/calendar/buildCalendar.js';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { openPlan } from '../../src/schedule/pipeline.js';

// What the start-of-year notice must not give away: the no-leak checks shared by the notice tests.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Every way a page can write the day `iso` (`2026-03-05`): ISO and its slash and dot forms, day-first
 * and month-first numeric forms (padded or not), English with short and long month names (with and
 * without the year, with the weekday), and Chinese (`3月5日`, `2026年3月5日`, `2026年03月05日`).
 */
export function dateForms(iso: string): string[] {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const M = String(Number(m));
  const D = String(Number(d));
  const long = MONTHS[Number(m) - 1]!;
  const short = long.slice(0, 3);
  const weekday = WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
  return [
    iso,
    `${y}/${m}/${d}`,
    `${y}/${M}/${D}`,
    `${y}.${m}.${d}`,
    `${y}.${M}.${D}`,
    `${d}/${m}/${y}`,
    `${m}/${d}/${y}`,
    `${D}/${M}/${y}`,
    `${M}/${D}/${y}`,
    `${d}.${m}.${y}`,
    `${D}.${M}.${y}`,
    `${d}-${m}-${y}`,
    `${D} ${short} ${y}`,
    `${D} ${long} ${y}`,
    `${short} ${D}, ${y}`,
    `${long} ${D}, ${y}`,
    `${short} ${D}`,
    `${long} ${D}`,
    `${D} ${short}`,
    `${D} ${long}`,
    `${weekday.slice(0, 3)} ${D} ${short}`,
    `${weekday}, ${long} ${D}`,
    `${M}月${D}日`,
    `${m}月${d}日`,
    `${y}年${M}月${D}日`,
    `${y}年${m}月${d}日`,
  ];
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Whether `text` holds `form` as a whole token (no letter or digit right before or after it). */
export function holds(text: string, form: string): boolean {
  return new RegExp(`(?<![0-9A-Za-z])${literal(form)}(?![0-9A-Za-z])`).test(text);
}

/**
 * The days a notice may name, all derivable from the plan file alone: the horizon's first and last
 * day, each period's first and last day (the plan's calendar), and every date the plan file gives
 * (holidays, worked days, unit activity, campaign windows, directed dates and windows, findings,
 * inspectors' unavailable days).
 */
export function derivableDates(input: unknown): Set<string> {
  const { input: plan } = openPlan(input);
  const out = new Set<string>([plan.horizon.start, plan.horizon.end]);
  for (const p of buildCalendar(plan.horizon).periods) out.add(p.start).add(p.end);
  for (const d of [...plan.horizon.holidays, ...plan.horizon.extraWorkdays]) out.add(d);
  for (const u of plan.units) for (const d of [u.active?.from, u.active?.to]) if (d) out.add(d);
  for (const c of plan.campaigns ?? []) out.add(c.from).add(c.to);
  for (const v of plan.directed ?? []) for (const d of [v.date, v.from, v.to]) if (d) out.add(d);
  for (const f of plan.findings ?? []) out.add(f.date);
  for (const x of plan.inspectors) for (const d of x.unavailable ?? []) out.add(d);
  return out;
}

/**
 * What of the schedule's draw `text` gives away: every visit date that the plan does not give, in
 * every form of {@link dateForms}, and every visit id (`v-0001`), as readable findings (empty when
 * nothing leaks). Also returns how many visit dates were searched for (the others are derivable).
 */
export function leaks(
  text: string,
  input: unknown,
  schedule: Schedule,
): { found: string[]; searched: number } {
  const derivable = derivableDates(input);
  const found: string[] = [];
  const secret = [...new Set(schedule.visits.map((v) => v.date))].filter((d) => !derivable.has(d));
  for (const date of secret) {
    for (const form of dateForms(date)) if (holds(text, form)) found.push(`visit date ${date} as "${form}"`);
  }
  for (const v of schedule.visits) if (holds(text, v.id)) found.push(`visit id ${v.id}`);
  if (/(?<![0-9A-Za-z])v-\d{4,}/.test(text)) found.push('a visit id (v-NNNN)');
  return { found, searched: secret.length };
}

/** `text` with the schedule's hash and seed commitment (what differs between two seeds) replaced. */
export function withoutSeedAnchors(text: string, schedule: Schedule): string {
  return text
    .replaceAll(schedule.manifest.scheduleHash, '<schedule hash>')
    .replaceAll(schedule.manifest.seedCommitment, '<seed commitment>');
}
