import * as z from 'zod';
import { FairdrawError, type Phrase } from './FairdrawError.js';
import { isoDate } from './isoDate.js';
import { replanChangesSchema } from './replanSchema.js';
import { says } from './schemaWords.js';
import { checkProfiles } from './unitProbabilities.js';
import { isRecord, validate } from './validate.js';

/**
 * The schedule: what `plan`, `replan` and `substitute` return and what every reader of a schedule
 * (`verify`, `replan`, `substitute`, `revealPeriod`, `fairnessReport`, the CLI) validates first
 * (`readSchedule`). Objects are strict: a field this version does not write is an "unknown field", so a
 * plan file or a hand-edited schedule is named for what it is instead of being half-read.
 *
 * The schema checks shape and kind (integers, dates, enumerations); whether the values are the ones the
 * input gives is `verify`'s business, which re-derives them.
 */

const text = z.string().min(1, says('notEmpty'));
const count = z.number().int(says('integer')).nonnegative(says('atLeast', 0));
const probability = z.number().min(0, says('atLeast', 0)).max(1, says('atMostSign', 1));

/** A schedule's hash, `manifest.scheduleHash`: 64 lowercase hexadecimal digits. */
export const scheduleHash = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'must be a schedule hash (64 lowercase hex digits)');

/**
 * Where the days of a plan's `horizon.calendar` came from: the official calendar's name and the package
 * (and version) whose data were written out into `holidays` and `extraWorkdays` before the input hash.
 */
export const calendarSourceSchema = z.strictObject({
  /** The name the plan gives, e.g. `CN`. */
  name: text,
  /** The npm package that keeps the calendar, e.g. `chinese-days`. */
  package: text,
  /** Its version, e.g. `1.5.7`. */
  version: text,
});

/** What a schedule says about how it was made; enough for an outside auditor to re-derive it. */
export const manifestSchema = z.strictObject({
  /** `fairdraw@<version>` of the library that drew the schedule. */
  library: text,
  /** The algorithm ids with versions, joined: `seed=sha256-path@1;routine=horizon-flow+type@1;...`. */
  algorithm: z.string(),
  /** The same ids, one per step of the draw, in the order of `algorithm`. */
  algorithms: z.record(z.string(), z.string()),
  /** The generator behind every draw, e.g. `seedrandom/alea`. */
  rng: text,
  /**
   * The official calendar the plan named in `horizon.calendar`, and the package version that gave its
   * days (absent when the plan lists its days itself). Provenance only: the input hash binds the days.
   */
  calendar: calendarSourceSchema.optional(),
  /** SHA-256 of the canonical JSON of the input (without its seed). */
  inputHash: z.string(),
  /** SHA-256 commitment to the seed, publishable before the draw. */
  seedCommitment: z.string(),
  /** The public entropy value of a commit-reveal seed (absent for a plain seed). */
  seedPublic: z.string().optional(),
  /**
   * The seal (`algorithms.seal`): the tree head over the RFC 6962 Merkle root of one salted leaf per
   * period and a final salted summary leaf, computed with this field empty (docs/spec.md, "The seal").
   */
  scheduleHash: z.string(),
  /** Number of periods, i.e. of period leaves of the seal (the tree has one more leaf, the summary). */
  periods: count,
});

/** One period of the horizon and its routine budget. */
export const schedulePeriodSchema = z.strictObject({
  index: count,
  /** First and last day of the period inside the horizon (ISO dates). */
  start: isoDate,
  end: isoDate,
  /** Number of routine visits drawn in this period. */
  visits: count,
  /** Number of working days in the period. */
  workdays: count,
});

/** A unit's promise and what the draw delivered. */
export const scheduleUnitSchema = z.strictObject({
  id: text,
  /** The unit's name, as the plan file gives it. */
  name: z.string().optional(),
  type: text,
  /**
   * The unit's routine inclusion probabilities per period, as an index into the schedule's `profiles`
   * (the format `fairdraw/seal/v3+rfc6962`; read them with `unitProbabilities`).
   */
  profile: count.optional(),
  /**
   * Routine inclusion probability per period that the draw really delivered (0 when inactive): each
   * unit's own list, in schedules sealed before `fairdraw/seal/v3+rfc6962`.
   */
  probabilities: z.array(probability).optional(),
  /** Sum of `probabilities`. */
  expectedVisits: z.number().nonnegative(says('atLeast', 0)),
  /** Realised routine visits. */
  visits: count,
  /**
   * Campaign inclusion probability of this unit, by campaign id (0 when out of scope or not active over
   * the window). Present when the plan file lists `campaigns`.
   */
  campaigns: z.record(z.string(), probability).optional(),
  /** Realised campaign visits. Present when the plan file lists `campaigns`. */
  campaignVisits: count.optional(),
  /** Directed (non-random) visits. Present when the plan file lists `directed`. */
  directedVisits: count.optional(),
  /** Follow-up visits scheduled by findings. Present when the plan file lists `findings`. */
  followUpVisits: count.optional(),
  /** Present and true when `limits.maxVisitsPerUnit` lowered this unit's probabilities (docs/limits.md). */
  capped: z.literal(true).optional(),
});

/** The kinds of visit: drawn (`routine`, `campaign`) or fixed by the plan (`directed`, `follow-up`). */
export const VISIT_KINDS = ['routine', 'campaign', 'directed', 'follow-up'] as const;

/** One visit of the schedule. */
export const visitSchema = z.strictObject({
  id: text,
  kind: z.enum(VISIT_KINDS),
  period: count,
  date: isoDate,
  unit: text,
  inspectors: z.array(text),
  /** Campaign visits: the campaign's id. */
  campaign: text.optional(),
  /** Directed visits: why the visit is made (e.g. `complaint 2026-117`). */
  reason: z.string().optional(),
  /**
   * Follow-up visits: the index of the finding in the schedule's `findings` (the plan file's findings,
   * then those added by replans, in log order).
   */
  finding: count.optional(),
  /**
   * Follow-up visits added by a replan after the day they fell due (the first working day after the
   * deadline was before the replan's `from`): they are made on the first working day from `from` on.
   */
  late: z.literal(true).optional(),
});

/** A campaign of the plan and the size of its draw. */
export const campaignSummarySchema = z.strictObject({
  id: text,
  from: isoDate,
  to: isoDate,
  /** Number of campaign visits drawn. */
  visits: count,
  /** Units in scope and active over the whole window: the campaign's frame. */
  scopeUnits: count,
  fairness: z.enum(['equal', 'risk']),
  design: z.enum(['maxent', 'pivotal', 'systematic']),
  /** Working days of the window. */
  workdays: count,
});

/** A directed visit of the plan and where it went. */
export const directedSummarySchema = z.strictObject({
  unit: text,
  date: isoDate,
  reason: z.string(),
  /** Id of the visit (absent when a replan closed the unit before the visit). */
  visit: text.optional(),
  /** Why there is no visit. */
  note: z.string().optional(),
});

/** A finding of the plan: its deadline and its follow-up, scheduled or not (never dropped silently). */
export const findingSummarySchema = z.strictObject({
  unit: text,
  date: isoDate,
  /** The deadline in working days, when the plan gives it so (absent for the other forms). */
  deadlineWorkdays: count.optional(),
  /** The deadline in calendar days, when the plan gives it so (absent for the other forms). */
  deadlineDays: count.optional(),
  /**
   * The deadline: the `deadlineWorkdays`-th working day after `date`, `deadlineDays` calendar days
   * after it, or, when the summary has neither, the date the plan gives.
   */
  deadline: isoDate,
  /** The first working day after `deadline`. */
  followUp: isoDate,
  /** Whether the follow-up is a visit of this schedule. */
  scheduled: z.boolean(),
  /** Id of the follow-up visit when scheduled. */
  visit: text.optional(),
  /** Why the follow-up is not scheduled (outside the horizon, unit not active). */
  note: z.string().optional(),
  /** The raised risk weight, when the finding raises it. */
  raiseRisk: z.number().nonnegative(says('atLeast', 0)).optional(),
  /** First period with the raised risk, or -1 when that period lies beyond the horizon. */
  riskFrom: z.number().int(says('integer')).min(-1, says('atLeast', -1)).optional(),
});

/** A police type's expected and realised routine visits per period. */
export const scheduleTypeSchema = z.strictObject({
  type: text,
  units: count,
  expected: z.array(z.number().nonnegative(says('atLeast', 0))),
  realised: z.array(count),
});

/** An inspector's workload: visits in all and per police type (types with no visit left out). */
export const inspectorLoadSchema = z.strictObject({
  id: text,
  /** The inspector's name, as the plan file gives it. */
  name: z.string().optional(),
  visits: count,
  byType: z.record(z.string(), count),
});

/** Two consecutive visits of one unit fewer than `limits.minGapDays` days apart. */
export const gapConflictSchema = z.strictObject({
  rule: z.literal('minGapDays'),
  unit: text,
  /** The two visit dates, ascending. */
  dates: z.tuple([isoDate, isoDate]),
  /** Calendar days between them. */
  days: count,
});

/** A statement about the guarantees of a replanned schedule. */
export const scheduleNoteSchema = z.strictObject({
  /** `restated`: the horizon guarantees now hold for the periods from `from` on; `cap`: a unit's cap bound because of its history. */
  kind: z.enum(['restated', 'cap']),
  /** The replan's `from` date. */
  from: isoDate,
  /** The unit concerned, for `cap`. */
  unit: text.optional(),
  message: z.string(),
});

/** A `substitute` call, as the log records it: who was replaced, on which visits, why and when. */
export const substitutionEntrySchema = z.strictObject({
  kind: z.literal('substitution'),
  /** When the change was made (ISO date-time). */
  at: text,
  reason: text,
  inspector: text,
  dates: z.array(isoDate),
  /** How many substitutions came before this one (its sub-seed's index). */
  sequence: count,
  /** The schedule's hash before this change; absent in schedules made before it was recorded. */
  before: scheduleHash.optional(),
  visits: z.array(z.strictObject({ visit: text, date: isoDate, from: z.array(text), to: z.array(text) })),
});

/** A `replan` call, as the log records it: the request, and what happened to the visits. */
export const replanEntrySchema = z.strictObject({
  kind: z.literal('replan'),
  /** The replan's `from` (the first day redrawn). */
  at: isoDate,
  reason: text,
  from: isoDate,
  changes: replanChangesSchema,
  /** The entry's position in the log (its sub-seed's index). */
  sequence: count,
  /** The schedule's hash before this change; absent in schedules made before it was recorded. */
  before: scheduleHash.optional(),
  visits: z.strictObject({
    /** Visits before `from`, kept as they were. */
    kept: count,
    /** Visits from `from` on in the schedule before the replan. */
    replaced: count,
    /** Visits from `from` on after it. */
    drawn: count,
    /** Ids (before the replan) of the visits dropped because their unit closed. */
    dropped: z.array(text),
  }),
});

/** The change log, one entry per `substitute` or `replan`, in order; `verify` replays it. */
export const logEntrySchema = z.discriminatedUnion('kind', [substitutionEntrySchema, replanEntrySchema]);

/** A drawn calendar of visits with everything needed to audit it. */
export const scheduleSchema = z.strictObject({
  manifest: manifestSchema,
  periods: z.array(schedulePeriodSchema),
  units: z.array(scheduleUnitSchema),
  /**
   * The distinct vectors of routine probabilities per period, in the order the units first use them
   * (`units[].profile`); in the format `fairdraw/seal/v3+rfc6962`, absent before it.
   */
  profiles: z.array(z.array(probability)).optional(),
  types: z.array(scheduleTypeSchema),
  inspectors: z.array(inspectorLoadSchema),
  /** The campaigns, when the plan file lists them. */
  campaigns: z.array(campaignSummarySchema).optional(),
  /** The directed visits, when the plan file lists them. */
  directed: z.array(directedSummarySchema).optional(),
  /** The findings with deadlines and follow-ups, when the plan file lists them. */
  findings: z.array(findingSummarySchema).optional(),
  visits: z.array(visitSchema),
  log: z.array(logEntrySchema),
  /** With `limits.minGapDays`: every pair of consecutive visits of a unit closer than the gap (docs/limits.md). */
  conflicts: z.array(gapConflictSchema).optional(),
  /** What a replanned schedule does and does not guarantee, per replan (docs/replan.md). */
  notes: z.array(scheduleNoteSchema).optional(),
});

export type Manifest = z.output<typeof manifestSchema>;
export type CalendarSource = z.output<typeof calendarSourceSchema>;
export type SchedulePeriod = z.output<typeof schedulePeriodSchema>;
export type ScheduleUnit = z.output<typeof scheduleUnitSchema>;
export type Visit = z.output<typeof visitSchema>;
export type CampaignSummary = z.output<typeof campaignSummarySchema>;
export type DirectedSummary = z.output<typeof directedSummarySchema>;
export type FindingSummary = z.output<typeof findingSummarySchema>;
export type ScheduleType = z.output<typeof scheduleTypeSchema>;
export type InspectorLoad = z.output<typeof inspectorLoadSchema>;
export type GapConflict = z.output<typeof gapConflictSchema>;
export type ScheduleNote = z.output<typeof scheduleNoteSchema>;
export type SubstitutionEntry = z.output<typeof substitutionEntrySchema>;
export type ReplanEntry = z.output<typeof replanEntrySchema>;
export type LogEntry = z.output<typeof logEntrySchema>;
export type Schedule = z.output<typeof scheduleSchema>;

/**
 * What `value` is, when it is not a schedule at all: one line for the user instead of a list of every
 * field a schedule would have.
 */
export function notASchedule(value: unknown): Phrase | undefined {
  if (!isRecord(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    return (t) => t.schedule.notScheduleValue(kind);
  }
  if (isRecord(value.manifest) && Array.isArray(value.visits) && Array.isArray(value.log)) return undefined;
  if ('horizon' in value || 'routine' in value || ('seed' in value && 'units' in value)) {
    return (t) => t.schedule.planNotSchedule;
  }
  if ('proof' in value && 'salt' in value) return (t) => t.schedule.revealNotSchedule;
  return (t) => t.schedule.notScheduleFields;
}

/**
 * Validates a schedule at the door of every function that reads one: `verify`, `replan`, `substitute`,
 * `revealPeriod`, `revealSummary`, `fairnessReport` and the CLI.
 *
 * @param value - the untrusted value, e.g. parsed from a schedule file.
 * @param root - its name in error paths (`schedule`).
 * @returns the schedule, typed.
 * @throws {FairdrawError} `invalid-input` naming `root` in one line when the value is not a schedule
 *   at all (a plan file, a period reveal, ...), else naming the first wrong field
 *   (`schedule.visits[3].date`) and listing them all.
 */
export function readSchedule(value: unknown, root = 'schedule'): Schedule {
  const what = notASchedule(value);
  if (what !== undefined) throw new FairdrawError('invalid-input', root, what);
  const schedule = validate(scheduleSchema, value, root);
  checkProfiles(schedule, root);
  return schedule;
}
