import { readAsOf } from '../model/asOfOption.js';
import { FairdrawError } from '../model/FairdrawError.js';
import type { OutcomeRecord, Problem } from '../model/outcomesSchema.js';
import { readOutcomes } from '../model/readOutcomes.js';
import { readSchedule, type Schedule, type Visit } from '../model/scheduleSchema.js';
import { isRecord } from '../model/validate.js';
import type {
  Register,
  RegisterAudience,
  RegisterComplaint,
  RegisterFollowUp,
  RegisterOptions,
  RegisterProblem,
} from './RegisterTypes.js';
import { scheduleEstimates } from './scheduleEstimates.js';

const DAY_MS = 86_400_000;

/** Calendar days from ISO date `a` to ISO date `b`. */
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);

/** The audience of the options: `public` unless `office` is asked for. */
function readAudience(options: unknown): RegisterAudience {
  const audience = isRecord(options) ? options.audience : undefined;
  if (audience === undefined || audience === 'public' || audience === 'office') return audience ?? 'public';
  const got = JSON.stringify(audience) ?? typeof audience;
  throw new FairdrawError('invalid-input', 'options.audience', (t) => t.outcomes.audience(got));
}

/** The periods ended by `asOf`: the longest prefix of periods whose last day is on or before it. */
function endedPeriods(schedule: Schedule, asOf: string): number {
  let ended = 0;
  while (ended < schedule.periods.length && schedule.periods[ended]!.end <= asOf) ended += 1;
  return ended;
}

/** A date of the outcomes as the register may show it: only when it is on or before `day`. */
const upTo = (date: string | undefined, day: string) =>
  date !== undefined && date <= day ? date : undefined;

/** What the register says of one problem on `day`: closed, overdue or open. */
function problemState(
  p: Problem,
  record: OutcomeRecord,
  day: string,
): Pick<RegisterProblem, 'closed' | 'status' | 'closedLate' | 'daysOverdue'> {
  const closed = upTo(p.closed ?? record.closed, day);
  if (closed !== undefined) {
    return {
      closed,
      status: 'closed',
      ...(p.deadline !== undefined && closed > p.deadline ? { closedLate: true as const } : {}),
    };
  }
  if (p.deadline !== undefined && day > p.deadline)
    return { status: 'overdue', daysOverdue: daysBetween(p.deadline, day) };
  return { status: 'open' };
}

/**
 * The rectification register (整改台账, docs/outcomes.md) of a schedule on one day: every problem the
 * outcomes record, with its deadline, its responsible person, its state and its follow-up visit, and
 * every complaint (directed visit) with the feedback given to the complainant and to the unit.
 *
 * - A problem is `closed` once its day closed (its own `closed`, else its record's) is on or before the
 *   register's day; otherwise `overdue` when the register's day is after its deadline, else `open`.
 *   The deadline day itself is on time: a problem not closed by the end of its deadline is overdue
 *   from the next calendar day, worked or not. A problem closed after its deadline is `closedLate`.
 * - Its follow-up visit is the schedule's follow-up for the finding with the problem's unit, the date
 *   of the visit that found it and its deadline (a plan file's finding, or one `replan` added from the
 *   outcomes): `done` once made, `scheduled` while still to come, `unscheduled` when the schedule makes
 *   no visit for it.
 * - Nothing from the future. The `public` register (the default, safe to post) covers the visits of
 *   the periods ended by `asOf` only, and reads every status, closing day and feedback day as of the
 *   last day of the last of them (`through`; `asOf` itself once every period has ended, when no visit
 *   is left to keep secret); a follow-up still to come, or made in a period not ended, is `scheduled`
 *   without its id or date. The `office` register covers every visit dated up
 *   to `asOf`, reads every state as of `asOf`, and names the follow-ups still to come with their dates.
 *
 * @param schedule - the schedule (validated).
 * @param outcomes - its outcomes, checked with `readOutcomes` (any hash of the schedule's history).
 * @param options - `asOf` (required), `audience` (`public` or `office`).
 * @returns the register; the same arguments always give the same register (no clock).
 * @throws {FairdrawError} `invalid-input` naming `options.asOf`, `options.audience`, or the field of
 *   the schedule or the outcomes that is wrong.
 */
export function register(schedule: unknown, outcomes: unknown, options: RegisterOptions): Register {
  const asOf = readAsOf(options, (t) => t.plan.asOfWhyRegister);
  const audience = readAudience(options);
  const s = readSchedule(schedule);
  const read = readOutcomes(outcomes, s);
  const ended = endedPeriods(s, asOf);
  // Once every period has ended, no visit is left to keep secret: the states are read as of asOf.
  const through =
    audience === 'office' || ended === s.periods.length ? asOf : ended > 0 ? s.periods[ended - 1]!.end : '';
  const shown = (v: Visit) => (audience === 'office' || v.period < ended) && v.date <= through;
  const covered = s.visits.filter(shown);
  const records = new Map(read.records.map((r) => [r.visit, r]));
  const names = new Map(s.units.flatMap((u) => (u.name ? [[u.id, u.name] as const] : [])));
  const named = (unit: string) => (names.has(unit) ? { unitName: names.get(unit)! } : {});
  const followUpOf = followUps(s, audience, shown, records);

  const problems: RegisterProblem[] = [];
  const complaints: RegisterComplaint[] = [];
  for (const v of covered) {
    const record = records.get(v.id);
    const found = (record?.problems ?? []).map(
      (p, index): RegisterProblem => ({
        visit: v.id,
        kind: v.kind,
        date: v.date,
        unit: v.unit,
        ...named(v.unit),
        index,
        category: p.category,
        ...(p.text === undefined ? {} : { text: p.text }),
        ...(p.responsible === undefined ? {} : { responsible: p.responsible }),
        ...(p.deadline === undefined ? {} : { deadline: p.deadline }),
        ...problemState(p, record!, through),
        ...followUpOf(v, p.deadline),
      }),
    );
    for (const p of found) problems.push(p);
    if (v.kind !== 'directed') continue;
    const complainant = upTo(record?.feedback?.complainant, through);
    const unit = upTo(record?.feedback?.unit, through);
    complaints.push({
      visit: v.id,
      date: v.date,
      unit: v.unit,
      ...named(v.unit),
      ...(v.reason === undefined ? {} : { reason: v.reason }),
      ...(record === undefined ? {} : { result: record.result }),
      problems: found.length,
      closed: found.filter((p) => p.status === 'closed').length,
      feedback: {
        ...(complainant === undefined ? {} : { complainant }),
        ...(unit === undefined ? {} : { unit }),
      },
    });
  }
  const count = (status: RegisterProblem['status']) => problems.filter((p) => p.status === status).length;
  return {
    audience,
    asOf,
    through,
    periods: { ended, total: s.periods.length },
    scheduleHash: s.manifest.scheduleHash,
    outcomesHash: read.schedule,
    counts: {
      visits: covered.length,
      recorded: covered.filter((v) => records.has(v.id)).length,
      problems: problems.length,
      open: count('open'),
      overdue: count('overdue'),
      closed: count('closed'),
      complaints: complaints.length,
      awaitingFeedback: complaints.filter((c) => !c.feedback.complainant || !c.feedback.unit).length,
    },
    problems,
    complaints,
    unrecorded: covered
      .filter((v) => !records.has(v.id))
      .map((v) => ({ visit: v.id, kind: v.kind, date: v.date, unit: v.unit, ...named(v.unit) })),
    // What the random visits measured, over the periods ended by asOf only (nothing of a period still
    // running, whatever the audience).
    ...(ended > 0 ? { estimates: scheduleEstimates(s, outcomes, asOf) } : {}),
  };
}

/**
 * How the register finds a problem's follow-up: the schedule's finding on the visit's unit, made on
 * the visit's date, with the problem's deadline; then its visit, shown as far as the audience may see.
 */
function followUps(
  s: Schedule,
  audience: RegisterAudience,
  shown: (v: Visit) => boolean,
  records: ReadonlyMap<string, OutcomeRecord>,
): (v: Visit, deadline: string | undefined) => { followUp?: RegisterFollowUp } {
  const byId = new Map(s.visits.map((v) => [v.id, v]));
  const findings = new Map((s.findings ?? []).map((f) => [`${f.unit}\u0000${f.date}\u0000${f.deadline}`, f]));
  return (v, deadline) => {
    if (deadline === undefined) return {};
    const finding = findings.get(`${v.unit}\u0000${v.date}\u0000${deadline}`);
    if (finding === undefined) return {};
    const visit = finding.visit === undefined ? undefined : byId.get(finding.visit);
    if (visit === undefined) return { followUp: { status: 'unscheduled' } };
    const late = visit.late ? { late: true as const } : {};
    if (shown(visit)) {
      const result = records.get(visit.id)?.result;
      return {
        followUp: {
          status: 'done',
          visit: visit.id,
          date: visit.date,
          ...late,
          ...(result === undefined ? {} : { result }),
        },
      };
    }
    return {
      followUp:
        audience === 'office'
          ? { status: 'scheduled', visit: visit.id, date: visit.date, ...late }
          : { status: 'scheduled' },
    };
  };
}
