import { FairdrawError } from '../model/FairdrawError.js';
import type { LogEntry, Schedule } from '../model/scheduleSchema.js';
import { text } from '../text/catalogue.js';
import { replan } from './replan.js';
import { inSealFormat, SEAL_FORMATS, SEAL_V1, type SealFormat, sealFormatOf, sealSchedule } from './seal.js';
import { substitute } from './substitute.js';
import { type Difference, described, explained, explainedIn } from './Verification.js';

/**
 * How each kind of log entry is replayed: the function that made the entry, called again with the
 * request the entry recorded. Each replayer also says how its function names the request in error
 * paths (`change.inspector`, `options.from`), so a failure is named at the entry's own field.
 */
const LOG_REPLAYERS = {
  substitution: {
    request: 'change',
    replay: (input: unknown, s: Schedule, e: Extract<LogEntry, { kind: 'substitution' }>) =>
      substitute(input, s, { inspector: e.inspector, dates: e.dates, reason: e.reason, at: e.at }),
  },
  replan: {
    request: 'options',
    replay: (input: unknown, s: Schedule, e: Extract<LogEntry, { kind: 'replan' }>) =>
      replan(input, s, { from: e.from, reason: e.reason, changes: e.changes }),
  },
} as const;

/** The kinds of log entry this library replays. */
export const LOG_KINDS: readonly string[] = Object.keys(LOG_REPLAYERS);

function replayEntry(input: unknown, schedule: Schedule, entry: LogEntry): Schedule {
  return entry.kind === 'substitution'
    ? LOG_REPLAYERS.substitution.replay(input, schedule, entry)
    : LOG_REPLAYERS.replan.replay(input, schedule, entry);
}

/**
 * The log entry kinds a schedule names that this library does not replay, each as a difference at
 * `log[i].kind`: `verify` answers "unsupported" for them (it cannot check the entry or anything after).
 */
export function unknownLogKinds(log: unknown): Difference[] {
  if (!Array.isArray(log)) return [];
  return log.flatMap((entry, i) => {
    const kind = typeof entry === 'object' && entry !== null ? (entry as { kind?: unknown }).kind : undefined;
    if (typeof kind === 'string' && LOG_KINDS.includes(kind)) return [];
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return [];
    return [
      explained<Difference>({ path: `log[${i}].kind`, expected: LOG_KINDS, found: kind }, (t) =>
        t.verification.unknownLogKind(JSON.stringify(kind) ?? 'undefined', LOG_KINDS),
      ),
    ];
  });
}

/**
 * The schedule with its last log entry's `before` taken out, sealed again: how a schedule written
 * before log entries recorded the hash they changed (`before`) was sealed, so that it still verifies.
 * The library that wrote such an entry sealed only `fairdraw/seal/v1+rfc6962` (no names), a replan's
 * result too.
 */
function withoutBefore(schedule: Schedule, seed: string): Schedule {
  delete schedule.log.at(-1)!.before;
  return sealSchedule(inSealFormat(schedule, SEAL_V1), seed);
}

/**
 * `schedule` in the seal format whose seal is `hash`: as it is when its own seal is, else put into each
 * other format this library seals (newest first) and sealed again, until one is. `undefined` when none
 * is (the replay goes on in the schedule's own format, and the difference shows at the entry's `before`).
 */
function inFormatSealedAs(schedule: Schedule, seed: string, hash: string): Schedule | undefined {
  if (schedule.manifest.scheduleHash === hash) return schedule;
  for (const format of SEAL_FORMATS) {
    if (format === sealFormatOf(schedule)) continue;
    const other = sealSchedule(inSealFormat(structuredClone(schedule), format), seed);
    if (other.manifest.scheduleHash === hash) return other;
  }
  return undefined;
}

/**
 * The plan a log was written on, in the seal format it had then. A schedule first sealed with
 * `fairdraw/seal/v1+rfc6962` (no names) kept that format under substitutions: so its log was written on
 * a v1 plan when the schedule is still v1 (`recorded`), or when its first entry predates `before`
 * (written by a library that sealed only v1). Otherwise the first entry's `before` says which format the
 * plan had (`fairdraw/seal/v3+rfc6962`, the one `plan` writes, or an earlier one): replayed in that
 * format, each entry's `before` is the hash the schedule had then.
 */
function startingFormat(
  seed: string,
  base: Schedule,
  log: readonly LogEntry[],
  recorded?: SealFormat,
): Schedule {
  const first = log[0];
  if (first === undefined) return base;
  if (recorded === SEAL_V1 || first.before === undefined)
    return sealSchedule(inSealFormat(structuredClone(base), SEAL_V1), seed);
  return inFormatSealedAs(base, seed, first.before) ?? base;
}

/**
 * The outcome of replaying a log: the schedule re-derived (as far as the replay went), and why the
 * replay stopped, if it did.
 */
export interface ReplayResult {
  schedule: Schedule;
  difference?: Difference;
}

/**
 * Replays `log` in order on `base` (the schedule `plan(input)` gives, in the recorded versions): each
 * entry goes through the function that made it. Stops at the first entry that cannot be replayed
 * (`different`, naming the entry's field when the function names one, e.g. `log[0].inspector`).
 * An entry without `before` (a schedule written before log entries recorded the hash they changed) is
 * replayed without it: the replayed entry's `before` is taken out and the schedule sealed again, as it
 * was sealed then.
 *
 * @param input - the plan file.
 * @param seed - its master seed (`masterSeed`), for sealing again in the format of then.
 * @param base - `plan(input)` in the draw versions the verified schedule records (`planWithVersions`);
 *   a `replan` entry redraws in the routine version `base`'s manifest records, so the replay stays in it.
 * @param log - the validated log of the schedule being verified.
 * @param recorded - the seal format the verified schedule records, when it is one this library seals.
 */
export function replayLog(
  input: unknown,
  seed: string,
  base: Schedule,
  log: readonly LogEntry[],
  recorded?: SealFormat,
): ReplayResult {
  let schedule = startingFormat(seed, base, log, recorded);
  for (let i = 0; i < log.length; i++) {
    const entry = log[i]!;
    try {
      schedule = replayEntry(input, schedule, entry);
      if (entry.before === undefined) schedule = withoutBefore(schedule, seed);
      // A substitution keeps the format it is given, a replan writes the newest: the next entry's
      // `before` says which format the library that wrote it had written (a replan of a library that
      // wrote an earlier one).
      const next = log[i + 1]?.before;
      if (next !== undefined) schedule = inFormatSealedAs(schedule, seed, next) ?? schedule;
    } catch (error) {
      if (!(error instanceof FairdrawError)) throw error;
      const prefix = `${LOG_REPLAYERS[entry.kind].request}.`;
      const field = error.path.startsWith(prefix) ? error.path.slice(prefix.length) : '';
      const top = field.split(/[.[]/)[0]!;
      const own = field !== '' && Object.hasOwn(entry, top);
      return {
        schedule,
        difference: explainedIn<Difference>(
          described(
            {
              path: own ? `log[${i}].${field}` : `log[${i}]`,
              expected: undefined,
              found: own ? (entry as Record<string, unknown>)[top] : entry,
            },
            (t) => t.verification.expected.replayable(entry.kind),
          ),
          (lang) => text(lang).errors.verification.logEntryNotReplayed(i, entry.kind, error.messageIn(lang)),
        ),
      };
    }
  }
  return { schedule };
}
