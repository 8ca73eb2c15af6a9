import { DateTime } from 'luxon';
import * as z from 'zod';
import { FairdrawError } from '../model/FairdrawError.js';
import { visitSchema } from '../model/scheduleSchema.js';
import { isRecord, validate } from '../model/validate.js';
import type { PeriodReveal } from '../schedule/PeriodReveal.js';
import { verifyPeriod } from '../schedule/verifyPeriod.js';
import type { NoticeVisit, PeriodNotice } from './PeriodNoticeTypes.js';

/**
 * The period and period count of a reveal, checked here too because `verifyPeriod` does not read the
 * shape of a reveal whose seal format it does not know.
 */
function periodOf(reveal: unknown): { period: number; periods: number } {
  if (!isRecord(reveal)) throw new FairdrawError('invalid-input', 'reveal', (t) => t.report.notPeriodReveal);
  const { period, leaves } = reveal;
  if (period === 'summary')
    throw new FairdrawError('invalid-input', 'reveal.period', (t) => t.report.summaryReveal);
  if (typeof leaves !== 'number' || !Number.isSafeInteger(leaves) || leaves < 2)
    throw new FairdrawError('invalid-input', 'reveal.leaves', (t) => t.schedule.leavesBad);
  if (typeof period !== 'number' || !Number.isInteger(period) || period < 0 || period > leaves - 2)
    throw new FairdrawError('invalid-input', 'reveal.period', (t) =>
      t.schedule.periodIndex(leaves - 2, JSON.stringify(period) ?? typeof period),
    );
  return { period, periods: leaves - 1 };
}

/** One map of a reveal's names (`reveal.names.units` or `.inspectors`): only string values, whatever else a changed reveal holds. */
function nameMap(names: unknown): Map<string, string> {
  if (!isRecord(names)) return new Map();
  return new Map(
    Object.entries(names).flatMap(([id, name]): [string, string][] =>
      typeof name === 'string' && name !== '' ? [[id, name]] : [],
    ),
  );
}

/** The names a reveal gives (`reveal.names`), units and inspectors apart: a unit and an inspector may share an id. */
function namesOf(reveal: unknown): { units: Map<string, string>; inspectors: Map<string, string> } {
  const names = isRecord(reveal) && isRecord(reveal.names) ? reveal.names : {};
  return { units: nameMap(names.units), inspectors: nameMap(names.inspectors) };
}

/**
 * The results notice of one ended period, as data: which units were visited, on which day, by whom
 * (visits by date), and the verdict of checking the reveal against the schedule hash published at
 * the start (`verifyPeriod(reveal, scheduleHash)`). The notice is made whatever the verdict, so that a
 * reveal that does not check is published, if at all, only as NOT verified (`periodNoticeHtml` says
 * so at the top of the page).
 *
 * Pure: no clock, no I/O. Units and inspectors are named by id, and by name beside it when the
 * reveal carries one (`reveal.names`, `NoticeName`).
 *
 * @param reveal - a period's reveal, from `revealPeriod` (e.g. read from the published JSON).
 * @param scheduleHash - the `manifest.scheduleHash` published before the period began.
 * @throws FairdrawError (`invalid-input`) naming the field when the hash or the reveal is malformed:
 *   not a reveal, the summary's reveal (`reveal.period`), a visit that is not a schedule's visit
 *   (`reveal.visits[3].date`), or names that are not `{ units, inspectors }` of strings (`reveal.names.units`,
 *   from `verifyPeriod`).
 */
export function periodNotice(reveal: PeriodReveal, scheduleHash: string): PeriodNotice {
  const verification = verifyPeriod(reveal, scheduleHash);
  const { period, periods } = periodOf(reveal);
  const raw = validate(z.array(visitSchema), (reveal as { visits?: unknown }).visits, 'reveal.visits');
  const names = namesOf(reveal);
  const named = (map: Map<string, string>) => (id: string) =>
    map.has(id) ? { id, name: map.get(id)! } : { id };
  const visits: NoticeVisit[] = raw
    .map((v, k) => ({ v, k }))
    .sort((a, b) => (a.v.date < b.v.date ? -1 : a.v.date > b.v.date ? 1 : a.k - b.k))
    .map(({ v }) => ({
      id: v.id,
      date: v.date,
      weekday: DateTime.fromISO(v.date, { zone: 'utc' }).weekday,
      kind: v.kind,
      unit: named(names.units)(v.unit),
      inspectors: v.inspectors.map(named(names.inspectors)),
      ...(v.campaign !== undefined ? { campaign: v.campaign } : {}),
      ...(v.reason !== undefined ? { reason: v.reason } : {}),
    }));
  return {
    period,
    periods,
    seal: typeof reveal.seal === 'string' ? reveal.seal : '',
    scheduleHash,
    verification,
    visits,
    units: new Set(visits.map((v) => v.unit.id)).size,
    first: visits[0]?.date ?? '',
    last: visits.at(-1)?.date ?? '',
  };
}
