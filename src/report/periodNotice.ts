import { DateTime } from 'luxon';
import * as z from 'zod';
import { FairdrawError } from '../model/FairdrawError.js';
import type { RevealOutcomes, RevealRecord } from '../model/revealOutcomesSchema.js';
import { visitSchema } from '../model/scheduleSchema.js';
import { isRecord, validate } from '../model/validate.js';
import { periodEstimates } from '../outcomes/periodEstimates.js';
import type { PeriodReveal } from '../schedule/PeriodReveal.js';
import { readRevealOutcomes } from '../schedule/revealOutcomesChecks.js';
import { verifyPeriod } from '../schedule/verifyPeriod.js';
import type { NoticeOutcome, NoticeVisit, PeriodNotice } from './PeriodNoticeTypes.js';

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

type RawVisit = z.infer<typeof visitSchema>;

/**
 * What the notice says of each visit and of the period when the reveal carries outcomes: each visit's
 * outcome (its first record; a record of a visit the reveal does not have is left out, as the verdict
 * says) and probability, and the estimates from the routine visits when each of them has a
 * probability and its unit a police type.
 */
function withOutcomes(
  visits: readonly RawVisit[],
  outcomes: RevealOutcomes,
): {
  outcome: (v: RawVisit) => Pick<NoticeVisit, 'outcome' | 'probability'>;
  estimates: PeriodNotice['estimates'];
} {
  const records = new Map<string, RevealRecord>();
  for (const r of outcomes.records) if (!records.has(r.visit)) records.set(r.visit, r);
  const pi = (v: RawVisit) =>
    (v.kind === 'routine' || v.kind === 'campaign') && Object.hasOwn(outcomes.probabilities, v.id)
      ? outcomes.probabilities[v.id]
      : undefined;
  const type = (v: RawVisit) => (Object.hasOwn(outcomes.types, v.unit) ? outcomes.types[v.unit] : undefined);
  const outcome = (v: RawVisit): Pick<NoticeVisit, 'outcome' | 'probability'> => {
    const r = records.get(v.id);
    const found: NoticeOutcome =
      r === undefined
        ? { result: 'unrecorded', problems: [] }
        : {
            result: r.result,
            problems: (r.problems ?? []).map((p) => ({
              category: p.category,
              ...(p.deadline === undefined ? {} : { deadline: p.deadline }),
            })),
          };
    const p = pi(v);
    return { outcome: found, ...(p === undefined ? {} : { probability: p }) };
  };
  const routine = visits.filter((v) => v.kind === 'routine');
  const estimable = routine.every((v) => pi(v) !== undefined && type(v) !== undefined);
  const estimates = estimable
    ? periodEstimates(
        visits.map((v) => ({
          id: v.id,
          kind: v.kind,
          type: type(v) ?? '',
          ...(pi(v) === undefined ? {} : { pi: pi(v)! }),
        })),
        (id) => records.get(id),
      )
    : undefined;
  return { outcome, estimates };
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
 * When the reveal carries outcomes (`revealPeriod(..., { outcomes })`), each visit has its outcome
 * (result, and each problem's category and deadline) and, when drawn, its inclusion probability, and
 * the notice has the period's estimate from its routine visits, overall and by police type
 * (`periodEstimates`: Hájek's estimator, Deville's variance, a 95% interval), the same figures as
 * `estimate` gives for this period alone. Campaign, directed and follow-up visits are listed with
 * their outcomes, never counted.
 *
 * @param reveal - a period's reveal, from `revealPeriod` (e.g. read from the published JSON).
 * @param scheduleHash - the `manifest.scheduleHash` published before the period began.
 * @throws FairdrawError (`invalid-input`) naming the field when the hash or the reveal is malformed:
 *   not a reveal, the summary's reveal (`reveal.period`), a visit that is not a schedule's visit
 *   (`reveal.visits[3].date`), names that are not `{ units, inspectors }` of strings (`reveal.names.units`,
 *   from `verifyPeriod`), or outcomes that do not have their shape (`reveal.outcomes.records[0].result`).
 */
export function periodNotice(reveal: PeriodReveal, scheduleHash: string): PeriodNotice {
  const verification = verifyPeriod(reveal, scheduleHash);
  const { period, periods } = periodOf(reveal);
  const raw = validate(z.array(visitSchema), (reveal as { visits?: unknown }).visits, 'reveal.visits');
  const names = namesOf(reveal);
  const unsealed = (reveal as { outcomes?: unknown }).outcomes;
  const read = unsealed === undefined ? undefined : withOutcomes(raw, readRevealOutcomes(unsealed));
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
      ...(read === undefined ? {} : read.outcome(v)),
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
    ...(read === undefined ? {} : { outcomes: true as const }),
    ...(read?.estimates === undefined ? {} : { estimates: read.estimates }),
  };
}
