import { FairdrawError } from '../model/FairdrawError.js';
import type { PlanInput } from '../model/planInputSchema.js';
import type { Substitution } from '../model/substitutionSchema.js';
import { replan } from './replan.js';
import type { LogEntry, Schedule } from './Schedule.js';
import { substitute } from './substitute.js';
import type { Difference } from './Verification.js';

/** Re-applies one logged change to the schedule re-derived so far, from the fields the entry recorded. */
export type LogReplayer = (input: PlanInput, schedule: Schedule, entry: LogEntry) => Schedule;

/** The entry's own members `names` (absent ones left out), as the request to replay it with. */
function pick(entry: LogEntry, ...names: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of names) if (Object.hasOwn(entry, name)) out[name] = entry[name];
  return out;
}

/**
 * How each kind of log entry is replayed: the function that made the entry, called again with the
 * request the entry recorded. To support a new kind, add one line (and its import), e.g.
 * `replan: (input, s, e) => replan(input, s, pick(e, 'from', 'reason', 'changes') as never),`.
 */
export const LOG_REPLAYERS: Readonly<Record<string, LogReplayer>> = {
  substitution: (input, s, e) =>
    substitute(input, s, pick(e, 'inspector', 'dates', 'reason', 'at') as Substitution),
  replan: (input, s, e) => replan(input, s, pick(e, 'from', 'reason', 'changes') as never),
};

/** The outcome of replaying a log: the schedule re-derived, or why the replay stopped. */
export type ReplayResult =
  | { schedule: Schedule; difference?: undefined; status?: undefined }
  | { schedule?: undefined; difference: Difference; status: 'different' | 'unsupported' };

/**
 * Replays `log` in order on `base` (the schedule `plan(input)` gives): each entry goes through its kind's
 * replayer in `LOG_REPLAYERS`. Stops at the first entry that is not an object, whose kind this library
 * does not know (`unsupported`, path `log[i].kind`), or that cannot be replayed (`different`, naming the
 * entry's field when the replayer names one, e.g. `log[0].inspector`). Never throws on a bad entry.
 *
 * @param input - the plan file.
 * @param base - `plan(input)`; a `replan` entry redraws in the routine version `base`'s manifest
 *   records, so the replay stays in it.
 * @param log - the log of the schedule being verified.
 */
export function replayLog(input: PlanInput, base: Schedule, log: readonly unknown[]): ReplayResult {
  let schedule = base;
  for (let i = 0; i < log.length; i++) {
    const entry = log[i];
    const path = `log[${i}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      return {
        status: 'different',
        difference: { path, expected: 'a log entry object', found: entry, message: 'not a log entry' },
      };
    }
    const kind = (entry as { kind?: unknown }).kind;
    if (typeof kind !== 'string' || !Object.hasOwn(LOG_REPLAYERS, kind)) {
      return {
        status: 'unsupported',
        difference: {
          path: `${path}.kind`,
          expected: Object.keys(LOG_REPLAYERS),
          found: kind,
          message: `unsupported log entry kind ${JSON.stringify(kind) ?? 'undefined'}: this library replays only ${Object.keys(LOG_REPLAYERS).join(', ')}, so it cannot check this entry or anything after it`,
        },
      };
    }
    try {
      schedule = LOG_REPLAYERS[kind]!(input, schedule, entry as LogEntry);
    } catch (error) {
      if (!(error instanceof FairdrawError)) throw error;
      // substitute names its request `change.<field>`, replan names `from`, `reason`, `changes...`
      const root = error.path.split(/[.[]/)[0]!;
      const field = error.path.startsWith('change.')
        ? error.path.slice('change'.length)
        : root !== '' && Object.hasOwn(entry, root)
          ? `.${error.path}`
          : '';
      return {
        status: 'different',
        difference: {
          path: `${path}${field}`,
          expected: `a ${kind} that can be replayed`,
          found: field ? (entry as Record<string, unknown>)[field.slice(1).split(/[.[]/)[0]!] : entry,
          message: `log entry ${i} (${kind}) cannot be replayed: ${error.message}`,
        },
      };
    }
  }
  return { schedule };
}
