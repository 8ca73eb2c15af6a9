import * as z from 'zod';
import { FairdrawError } from '../model/FairdrawError.js';
import {
  calendarSourceSchema,
  type LogEntry,
  logEntrySchema,
  type Manifest,
  notASchedule,
} from '../model/scheduleSchema.js';
import { issueWords } from '../model/schemaWords.js';
import { formatPath, isRecord } from '../model/validate.js';
import { anchorDifferences } from './anchors.js';
import { childPath, type DiffSink, diffJson } from './diffJson.js';
import { withdrawnVersions } from './drawVersions.js';
import { masterSeed, readPlan } from './pipeline.js';
import { drawOpened, plan } from './plan.js';
import { type OnProgress, stepper } from './progress.js';
import { replayLog, unknownLogKinds } from './replayLog.js';
import { inSealFormat, isSealable, isSealFormat, sealFormatOf, sealSchedule, sealTree } from './seal.js';
import { SUPPORTED_VERSIONS, type SupportedVersions } from './supportedVersions.js';
import { type Difference, described, explained, type Verification } from './Verification.js';

/** How many differences a verification lists; the rest are counted in `truncated`. */
const MAX_DIFFERENCES = 1000;

/** Options of `verify`. */
export interface VerifyOptions {
  /** The versions accepted; `SUPPORTED_VERSIONS` unless given (tests, or a stricter auditor). */
  supported?: SupportedVersions;
  /**
   * Told as each step of an intact schedule's check ends (`read`, `check-seal`, `redraw`, `replay`,
   * `compare`), for a progress bar; a check that ends early stops telling.
   */
  onProgress?: OnProgress;
}

const result = (status: Verification['status'], differences: Difference[], truncated = 0): Verification => ({
  ok: differences.length === 0,
  status: differences.length === 0 ? 'verified' : status,
  differences,
  ...(truncated > 0 ? { truncated } : {}),
});

/** The manifest's versions that are not in `table`, each as a difference saying so. */
function unsupportedVersions(manifest: Record<string, unknown>, table: SupportedVersions): Difference[] {
  const out: Difference[] = [];
  const check = (path: string, found: unknown, known: readonly string[], what: string) => {
    if (typeof found === 'string' && known.includes(found)) return;
    out.push(
      explained({ path, expected: known, found }, (t) =>
        t.verification.unknownVersion(what, JSON.stringify(found) ?? 'nothing', known),
      ),
    );
  };
  check('manifest.library', manifest.library, table.library, 'library');
  check('manifest.rng', manifest.rng, table.rng, 'rng');
  const algorithms = manifest.algorithms;
  if (!isRecord(algorithms)) {
    out.push(
      explained(
        described(
          { path: 'manifest.algorithms', expected: undefined, found: algorithms },
          (t) => t.verification.expected.versions,
        ),
        (t) => t.verification.noVersions,
      ),
    );
    return out;
  }
  if (algorithms.seal === undefined) {
    out.push(
      explained(
        { path: 'manifest.algorithms.seal', expected: table.algorithms.seal, found: undefined },
        (t) => t.verification.noSealFormat,
      ),
    );
  }
  for (const [step, version] of Object.entries(algorithms)) {
    const known = table.algorithms[step];
    if (known) check(childPath('manifest.algorithms', step), version, known, step);
  }
  return out;
}

/** Steps outside the table are supported only in the version the current code writes. */
function unlistedVersions(
  found: Record<string, unknown>,
  expected: Record<string, string>,
  table: SupportedVersions,
): Difference[] {
  return Object.entries(found).flatMap(([step, version]) =>
    table.algorithms[step] === undefined && version !== expected[step]
      ? [
          explained<Difference>(
            { path: childPath('manifest.algorithms', step), expected: expected[step], found: version },
            (t) => t.verification.unknownStepVersion(step, JSON.stringify(version), expected[step]),
          ),
        ]
      : [],
  );
}

/**
 * Verifies a schedule by re-deriving it: `plan(input)`, then every entry of its `log` replayed in
 * order (`replayLog`: substitutions through `substitute` with the request each entry recorded), then a
 * field-by-field comparison of the result with the schedule (`diffJson`). Each difference names its
 * place precisely (`visits[12].inspectors[1]`, `profiles[3][7]`, `manifest.inputHash`) with
 * the expected and the found value. `manifest.scheduleHash` is compared like any field, so a schedule
 * that matches but whose seal does not is also caught.
 *
 * The steps, each of which can end it:
 * 1. the input is validated (bad input throws, as `plan` does), and the published anchors are checked:
 *    `manifest.inputHash`, `seedCommitment` and `seedPublic` against the input, and for a commit-reveal
 *    seed, that the secret opens the commitment;
 * 2. the seal: content that does not seal to `manifest.scheduleHash` under the input's seed was changed
 *    after it was sealed. It is "different", and the differences with the schedule the input gives
 *    are named, whatever its version labels say (a label cannot buy an "unsupported");
 * 3. for an intact schedule, the versions: the manifest's library, generator and algorithm versions
 *    are checked against `SUPPORTED_VERSIONS`, and a log entry of a kind this library does not replay
 *    (path `log[i].kind`) is "unsupported" too: the schedule may be honest, but this library cannot
 *    re-derive it;
 * 4. the log's format (`logEntrySchema`), since the log is replayed: a field the format does not allow
 *    is "different", named (every other field is compared with the re-derived schedule in step 6);
 * 5. re-derivation and log replay (a step recorded in an earlier version than the one this library
 *    writes for the plan, such as `campaign-draw@1` with a `pivotal` campaign, drawn with the withdrawn
 *    `pivotal@1`: `unsupported`, see `withdrawnVersions`);
 * 6. the comparison (the first 1000 differences are listed, the rest counted in `truncated`), with
 *    `manifest.library` (an earlier supported library) and `manifest.calendar` (the package version that
 *    wrote out an official calendar, which the input hash does not need) taken as recorded, and a
 *    schedule of the earlier seal format `fairdraw/seal/v1+rfc6962` compared with the re-derived
 *    schedule in that format (no `units[].name`, no `inspectors[].name`, `inSealFormat`).
 *
 * @param input - the plan file, with the seed revealed (the secret, in the commit-reveal form).
 * @param schedule - the schedule to check, e.g. parsed from its JSON file.
 * @param options - `supported`: the version table to accept (default `SUPPORTED_VERSIONS`).
 * @returns `{ ok, status, differences }`.
 * @throws {FairdrawError} when the input is not a valid plan file or cannot be planned, or the schedule
 *   is not a schedule at all (no manifest object, no visits or log array).
 */
export function verify(input: unknown, schedule: unknown, options: VerifyOptions = {}): Verification {
  const table = options.supported ?? SUPPORTED_VERSIONS;
  const done = stepper(5, options.onProgress);
  const what = notASchedule(schedule);
  if (what !== undefined) throw new FairdrawError('invalid-input', 'schedule', what);
  const raw = schedule as Record<string, unknown>;
  const manifest = raw.manifest as Record<string, unknown>;

  let read: ReturnType<typeof readPlan>;
  try {
    read = readPlan(input);
  } catch (error) {
    // An input this version cannot read, for a schedule made by a version it does not implement: the
    // input may be right for that version, so the answer is "unsupported", not an input error.
    const unsupported = error instanceof FairdrawError ? unsupportedVersions(manifest, table) : [];
    if (unsupported.length > 0) return result('unsupported', unsupported);
    throw error;
  }
  const anchors = anchorDifferences(read.input, read.inputHash, manifest);
  if (anchors.length > 0) return result('different', anchors);
  const seed = masterSeed(read);

  // The seal first: content that does not match it is "different", whatever its labels say.
  // A library this one reproduces wrote only the seal formats this one implements: under its name,
  // another format is a changed label, and the content is checked against the current seal like any other.
  const sealFormat = (manifest.algorithms as Record<string, unknown> | undefined)?.seal;
  const knownLibrary = typeof manifest.library === 'string' && table.library.includes(manifest.library);
  done('read');
  const sealChecked = isSealFormat(sealFormat) || knownLibrary;
  if (sealChecked && !sealMatches(raw, seed)) return tampered(input, raw, seed);
  done('check-seal');

  const unsupported = unsupportedVersions(manifest, table);
  if (unsupported.length > 0) return result('unsupported', unsupported);
  const unknownKinds = unknownLogKinds(raw.log);
  if (unknownKinds.length > 0) return result('unsupported', unknownKinds.slice(0, 1));
  // The log is replayed, so it must be in the schedule format; every other field is compared with
  // the re-derived schedule, which is in the format by construction.
  const log = z.array(logEntrySchema).safeParse(raw.log);
  if (!log.success) return result('different', schemaDifferences(log.error.issues, raw.log, 'log'));

  // The plan as read above (validated and hashed once). Its seal is made below, when needed.
  let expected = drawOpened({ ...read, seed });
  let sealed = log.data.length > 0;
  if (sealed) sealSchedule(expected, seed);
  done('redraw');
  const recorded = manifest.algorithms as Record<string, unknown>;
  const unlisted = [
    ...unlistedVersions(recorded, expected.manifest.algorithms, table),
    ...withdrawnVersions(recorded, expected.manifest.algorithms),
  ];
  if (unlisted.length > 0) return result('unsupported', unlisted);

  const replayed = replayLog(
    input,
    seed,
    expected,
    log.data,
    isSealFormat(sealFormat) ? sealFormat : undefined,
  );
  if (replayed.difference) return result('different', [replayed.difference]);
  if (replayed.schedule !== expected) sealed = true;
  expected = replayed.schedule;
  done('replay');

  let reseal = false;
  if (typeof manifest.library === 'string' && manifest.library !== expected.manifest.library) {
    // An earlier library listed as supported: same draws, its own name in the manifest and the seal.
    expected.manifest.library = manifest.library;
    reseal = true;
  }
  reseal = recordedCalendar(expected.manifest, manifest.calendar) || reseal;
  if (isSealFormat(sealFormat) && sealFormat !== sealFormatOf(expected)) {
    // An earlier seal format (v2: each unit lists its probabilities; v1: no names either): the same
    // draws, re-derived in that format.
    inSealFormat(expected, sealFormat);
    reseal = true;
  }
  if (!sealed && sealChecked) {
    // Content equal to the schedule's seals to the schedule's own seal, checked above: one seal
    // settles it. Anything else is sealed and compared in full.
    expected.manifest.periods = expected.periods.length;
    expected.manifest.scheduleHash = String(manifest.scheduleHash);
    const same = compare(expected, schedule);
    if (same.ok) {
      done('compare');
      return same;
    }
    reseal = true;
  }
  if (reseal || !sealed) sealSchedule(expected, seed);
  const verification = compare(expected, schedule);
  done('compare');
  return verification;
}

/**
 * Takes `manifest.calendar` as the schedule records it (returns whether it changed `expected`). The
 * input hash, already checked, binds the days themselves; the field only says which package version
 * wrote them out, so the same days verify whether they came from another version of the package or were
 * listed by hand (docs/calendar.md, "Official calendars"). A field not in the schedule format is kept
 * as re-derived, and so reported as a difference.
 */
function recordedCalendar(expected: Manifest, recorded: unknown): boolean {
  if (recorded === undefined) {
    if (expected.calendar === undefined) return false;
    delete expected.calendar;
    return true;
  }
  const parsed = calendarSourceSchema.safeParse(recorded);
  if (!parsed.success || JSON.stringify(parsed.data) === JSON.stringify(expected.calendar)) return false;
  expected.calendar = parsed.data;
  return true;
}

/** The field-by-field comparison of the re-derived schedule with the given one. */
function compare(expected: unknown, schedule: unknown): Verification {
  const sink: DiffSink = { differences: [], limit: MAX_DIFFERENCES, total: 0 };
  diffJson(expected, schedule, '', sink);
  return result('different', sink.differences, sink.total - sink.differences.length);
}

/** Whether the schedule's content seals, under `seed`, to its own `manifest.scheduleHash`. */
function sealMatches(schedule: unknown, seed: string): boolean {
  if (!isSealable(schedule)) return false;
  try {
    return sealTree(schedule, seed).head === schedule.manifest.scheduleHash;
  } catch (error) {
    if (error instanceof FairdrawError) return false;
    throw error;
  }
}

/**
 * A schedule changed after it was sealed: "different", naming what differs from the schedule the input
 * gives, with as much of the log replayed as this library can replay (labels included, so a changed
 * version label is named like any other field, never taken at its word).
 */
function tampered(input: unknown, schedule: Record<string, unknown>, seed: string): Verification {
  const log = Array.isArray(schedule.log) ? schedule.log : [];
  const entries: LogEntry[] = [];
  let unreadable: Difference | undefined;
  for (const [i, entry] of log.entries()) {
    const parsed = logEntrySchema.safeParse(entry);
    if (!parsed.success) {
      unreadable = schemaDifferences(parsed.error.issues, entry, `log[${i}]`)[0];
      break;
    }
    entries.push(parsed.data);
  }
  const manifest = schedule.manifest as Record<string, unknown>;
  const recordedSeal = isRecord(manifest.algorithms) ? manifest.algorithms.seal : undefined;
  const recorded = isSealFormat(recordedSeal) ? recordedSeal : undefined;
  const replayed = replayLog(input, seed, plan(input), entries, recorded);
  const { schedule: expected } = replayed;
  // In an earlier seal format, what differs is named against the schedule re-derived in that format.
  if (recorded !== undefined && recorded !== sealFormatOf(expected))
    sealSchedule(inSealFormat(expected, recorded), seed);
  const stopped = replayed.difference ?? unreadable;
  const verification = compare(expected, schedule);
  if (stopped)
    return result('different', [stopped, ...verification.differences], verification.truncated ?? 0);
  if (verification.differences.length > 0) return verification;
  // Same content as the input gives, but not the seal it carries (cannot happen with an honest seal).
  return result('different', [
    explained(
      {
        path: 'manifest.scheduleHash',
        expected: expected.manifest.scheduleHash,
        found: manifest.scheduleHash,
      },
      (t) => t.verification.ownSeal,
    ),
  ]);
}

/** The value at a zod issue path inside `value` (`undefined` where the path leads nowhere). */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let node = value;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/**
 * A log that breaks the schedule format (`logEntrySchema`) is different from any log the library
 * writes: one difference per offending field, with what the format wants and what was found.
 */
function schemaDifferences(issues: readonly z.core.$ZodIssue[], value: unknown, root: string): Difference[] {
  return issues.flatMap((issue) => {
    const keys =
      issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    return keys.map((path) => {
      const at = { path: formatPath(root, path), expected: undefined, found: valueAt(value, path) };
      return explained<Difference>(
        issue.code === 'unrecognized_keys' ? at : described(at, (t) => t.verification.expected.scheduleValue),
        (t) =>
          issue.code === 'unrecognized_keys'
            ? t.verification.unknownScheduleField
            : t.verification.invalidScheduleField(issueWords(issue)(t)),
      );
    });
  });
}
