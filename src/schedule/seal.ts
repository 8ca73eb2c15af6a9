import { AUDIT_ALGORITHMS, EARLIER_SEALS } from '../audit/auditAlgorithms.js';
import { merkleRoot } from '../audit/merkle.js';
import { leafOfValue, periodSalt, sealHead, sealHeadV2, sealHeadV3, summarySalt } from '../audit/seal.js';
import { FairdrawError } from '../model/FairdrawError.js';
import { forgetPlainJson, markPlainJson, plainJsonOf } from '../model/plainJsonArrays.js';
import type { Schedule, Visit } from '../model/scheduleSchema.js';
import { isRecord } from '../model/validate.js';
import type { PeriodNames } from './PeriodReveal.js';
import { withoutProfiles, withProfiles } from './profiles.js';

/** The seal format this code writes (`manifest.algorithms.seal`): `fairdraw/seal/v3+rfc6962`. */
export const SEAL_ALGORITHM = AUDIT_ALGORITHMS.seal;

/**
 * The seal format of schedules sealed before units pointed into `profiles` (each unit lists its own
 * probabilities), still checked, opened and revealed.
 */
export const SEAL_V2 = EARLIER_SEALS[0];

/** The seal format of schedules sealed before names were carried, still checked, opened and revealed. */
export const SEAL_V1 = EARLIER_SEALS[1];

/** A seal format this library implements. */
export type SealFormat = typeof SEAL_ALGORITHM | typeof SEAL_V2 | typeof SEAL_V1;

/** The seal formats this library checks, opens and reveals, newest (the one it writes) first. */
export const SEAL_FORMATS: readonly SealFormat[] = [SEAL_ALGORITHM, SEAL_V2, SEAL_V1];

/**
 * The tree head of a seal format: `sealHeadV3` for `fairdraw/seal/v3+rfc6962`, `sealHeadV2` for v2,
 * `sealHead` for v1.
 */
export function sealHeadIn(format: SealFormat, leafCount: number, root: string): string {
  if (format === SEAL_V1) return sealHead(leafCount, root);
  return format === SEAL_V2 ? sealHeadV2(leafCount, root) : sealHeadV3(leafCount, root);
}

/** Whether `value` names a seal format this library implements. */
export function isSealFormat(value: unknown): value is SealFormat {
  return SEAL_FORMATS.some((f) => f === value);
}

/** Everything the seal of a schedule is made of, leaf by leaf. */
export interface SealTree<V = Visit> {
  /** The seal format the tree is built in. */
  format: SealFormat;
  /** Number of periods T; the tree has T + 1 leaves. */
  periods: number;
  /** `visitsByPeriod[k]`: the visits of period k, all kinds, in schedule order. */
  visitsByPeriod: V[][];
  /**
   * `namesByPeriod[k]`: the names of the units and inspectors the visits of period k name (see
   * {@link periodNames}); in the formats from `fairdraw/seal/v2+rfc6962` on (v1 leaves hold no names).
   */
  namesByPeriod?: PeriodNames[];
  /** `periodSalt(seed, k)` for each period. */
  periodSalts: string[];
  /** `summarySalt(seed)`. */
  summarySalt: string;
  /** The summary committed to by the last leaf (see `scheduleSummary`). */
  summary: Record<string, unknown>;
  /** The T + 1 leaf hashes: periods 0..T-1, then the summary. */
  leaves: string[];
  /** RFC 6962 Merkle root of `leaves`. */
  root: string;
  /** `sealHeadIn(format, T + 1, root)`: the value of `manifest.scheduleHash`. */
  head: string;
}

/**
 * What the seal reads of a schedule: its manifest, its periods, each visit's period (and, in the
 * format `fairdraw/seal/v2+rfc6962`, the ids the visits name and the names `units` and `inspectors`
 * give them).
 */
export interface Sealable {
  manifest: { readonly scheduleHash?: unknown; readonly algorithms?: unknown };
  periods: readonly unknown[];
  visits: readonly { period: number }[];
  units?: readonly unknown[];
  inspectors?: readonly unknown[];
}

/**
 * Whether a value has the parts the seal reads (whatever else it holds), so that `verify` can check
 * the seal of a schedule before it trusts anything the schedule says.
 */
export function isSealable(value: unknown): value is Sealable & Record<string, unknown> {
  return (
    isRecord(value) &&
    isRecord(value.manifest) &&
    Array.isArray(value.periods) &&
    Array.isArray(value.visits) &&
    value.visits.every((v) => isRecord(v) && typeof v.period === 'number')
  );
}

/** Throws a FairdrawError unless `schedule` has the parts the seal reads. */
export function checkSealable(schedule: Sealable, path = 'schedule'): void {
  if (typeof schedule !== 'object' || schedule === null || Array.isArray(schedule))
    throw new FairdrawError('invalid-input', path, (t) => t.schedule.notScheduleObject);
  for (const field of ['manifest', 'periods', 'visits'] as const) {
    const value = schedule[field];
    const ok = field === 'manifest' ? typeof value === 'object' && value !== null : Array.isArray(value);
    if (!ok) {
      throw new FairdrawError('invalid-input', `${path}.${field}`, (t) =>
        field === 'manifest' ? t.calendar.notObject : t.schedule.notArray,
      );
    }
  }
}

/**
 * The summary of a schedule: every top-level field except the visits' contents, i.e. the schedule
 * with `manifest.scheduleHash` emptied and each visit replaced by its period index (so the summary fixes
 * how the period leaves interleave into `visits`, and the whole schedule can be reassembled from the
 * summary and the period reveals). Generic: any top-level field added to the schedule is included.
 */
export function scheduleSummary(schedule: Sealable): Record<string, unknown> {
  return {
    ...schedule,
    manifest: { ...schedule.manifest, scheduleHash: '' },
    visits: schedule.visits.map((v) => v.period),
  };
}

/**
 * The seal format a schedule's tree is built in: the format its `manifest.algorithms.seal` records when
 * this library implements it, else the one it writes (so a changed label is checked against the
 * current seal, like any changed field).
 */
export function sealFormatOf(schedule: Sealable): SealFormat {
  const algorithms = schedule.manifest.algorithms;
  const recorded = isRecord(algorithms) ? algorithms.seal : undefined;
  return isSealFormat(recorded) ? recorded : SEAL_ALGORITHM;
}

/**
 * Each id of `entries` (the schedule's `units` or `inspectors`) with the name its first entry gives,
 * `undefined` when that entry has no string `name`. Entries without a string `id` are skipped.
 */
function nameTable(entries: unknown): Map<string, string | undefined> {
  const table = new Map<string, string | undefined>();
  if (!Array.isArray(entries)) return table;
  // Without a single name every look-up gives `undefined`, as the empty table does: a frame of
  // unnamed units (the usual national one) builds no table of a hundred thousand ids. The units a
  // plan marked as plain JSON data say so by their member names, without being read.
  if (plainJsonOf(entries)?.names.includes('name') === false) return table;
  if (!entries.some((entry) => isRecord(entry) && typeof entry.name === 'string')) return table;
  for (const entry of entries) {
    if (!isRecord(entry) || typeof entry.id !== 'string' || table.has(entry.id)) continue;
    table.set(entry.id, typeof entry.name === 'string' ? entry.name : undefined);
  }
  return table;
}

/** Each unit's and each inspector's name by id (see `nameTable`), built once for all the periods. */
interface NameTables {
  units: Map<string, string | undefined>;
  inspectors: Map<string, string | undefined>;
}

function nameTables(schedule: Sealable): NameTables {
  return { units: nameTable(schedule.units), inspectors: nameTable(schedule.inspectors) };
}

/**
 * The names of the units and inspectors that `visits` name, as the period leaf of the format
 * `fairdraw/seal/v2+rfc6962` holds them (docs/spec.md, "The seal"): `units` maps each visit's `unit`,
 * and `inspectors` each id of its `inspectors`, to the name the schedule's `units` (or `inspectors`)
 * gives that id; an id the schedule gives no name is left out. Members in the order the visits first
 * name them (the leaf hashes canonical JSON, whose members are sorted).
 *
 * @param tables - the name tables of `schedule` (built from it when not given; `sealTree` builds them
 *   once for all the periods).
 */
export function periodNames(
  schedule: Sealable,
  visits: readonly unknown[],
  tables: NameTables = nameTables(schedule),
): PeriodNames {
  const { units: unitNames, inspectors: inspectorNames } = tables;
  const units = new Map<string, string>();
  const inspectors = new Map<string, string>();
  const add = (table: Map<string, string | undefined>, out: Map<string, string>, id: unknown) => {
    const name = typeof id === 'string' ? table.get(id) : undefined;
    if (name !== undefined) out.set(id as string, name);
  };
  // An empty table (nobody named) adds nothing: its look-ups are skipped, and the visits are not
  // read at all when both are.
  const named = { units: unitNames.size > 0, inspectors: inspectorNames.size > 0 };
  if (!named.units && !named.inspectors) return { units: {}, inspectors: {} };
  for (const visit of visits) {
    if (!isRecord(visit)) continue;
    if (named.units) add(unitNames, units, visit.unit);
    if (named.inspectors && Array.isArray(visit.inspectors))
      for (const id of visit.inspectors) add(inspectorNames, inspectors, id);
  }
  return { units: Object.fromEntries(units), inspectors: Object.fromEntries(inspectors) };
}

/**
 * Computes the seal of `schedule` under the master seed `seed` (docs/spec.md, "The seal") in the
 * format `format` (default {@link sealFormatOf}): one salted leaf per period, in
 * `fairdraw/seal/v2+rfc6962` `periodLeafV2(periodSalt(seed, k), k, canonicalJson({ names, visits }))`
 * with the visits of period k and their {@link periodNames}, in `fairdraw/seal/v1+rfc6962`
 * `periodLeaf(periodSalt(seed, k), k, canonicalJson(visits of period k))`; then the salted summary
 * leaf `summaryLeaf(summarySalt(seed), canonicalJson(scheduleSummary(schedule)))` (the same in both),
 * their RFC 6962 Merkle root, and the head `sealHeadIn(format, T + 1, root)` (v3: `sealHeadV3`, v2:
 * `sealHeadV2`, v1: `sealHead`).
 *
 * @throws FairdrawError (`invalid-input`) when the schedule has no period, or a visit whose `period` is
 *   not the index of one of its periods (naming `visits[i].period`).
 */
export function sealTree<S extends Sealable>(
  schedule: S,
  seed: string,
  format: SealFormat = sealFormatOf(schedule),
): SealTree<S['visits'][number]> {
  checkSealable(schedule);
  const periods = schedule.periods.length;
  if (periods < 1)
    throw new FairdrawError('invalid-input', 'schedule.periods', (t) => t.schedule.atLeastOnePeriod);
  const visitsByPeriod: S['visits'][number][][] = Array.from({ length: periods }, () => []);
  schedule.visits.forEach((visit, i) => {
    const k = (visit as { period?: unknown } | null)?.period;
    if (typeof k !== 'number' || !Number.isInteger(k) || k < 0 || k >= periods) {
      const got = JSON.stringify(k) ?? typeof k;
      throw new FairdrawError('invalid-input', `schedule.visits[${i}].period`, (t) =>
        t.schedule.visitPeriod(periods, got),
      );
    }
    visitsByPeriod[k]!.push(visit);
  });
  // Visits the pipeline marked as plain JSON data (markPlainJson) are so in any period's subset.
  const plainVisits = plainJsonOf(schedule.visits);
  if (plainVisits)
    for (const visits of visitsByPeriod) markPlainJson(visits, plainVisits.names, plainVisits.depth);
  const periodSalts = visitsByPeriod.map((_, k) => periodSalt(seed, k));
  const v1 = format === SEAL_V1;
  const tables = v1 ? undefined : nameTables(schedule);
  const namesByPeriod = tables && visitsByPeriod.map((visits) => periodNames(schedule, visits, tables));
  // Each leaf's content written once, by canonicalJson, and hashed (leafOfValue: the hash of
  // periodLeaf, periodLeafV2 and summaryLeaf, without re-checking a text the library wrote itself).
  const leaves = visitsByPeriod.map((visits, k) =>
    namesByPeriod === undefined
      ? leafOfValue('fairdraw/period/v1', periodSalts[k]!, k, visits)
      : leafOfValue('fairdraw/period/v2', periodSalts[k]!, k, { names: namesByPeriod[k]!, visits }),
  );
  const salt = summarySalt(seed);
  const summary = scheduleSummary(schedule);
  leaves.push(leafOfValue('fairdraw/summary/v1', salt, undefined, summary));
  if (plainVisits) for (const visits of visitsByPeriod) forgetPlainJson(visits);
  const root = merkleRoot(leaves);
  return {
    format,
    periods,
    visitsByPeriod,
    ...(namesByPeriod ? { namesByPeriod } : {}),
    periodSalts,
    summarySalt: salt,
    summary,
    leaves,
    root,
    head: sealHeadIn(format, leaves.length, root),
  };
}

/**
 * Seals a schedule: sets `manifest.periods` to its number of periods and `manifest.scheduleHash` to
 * `sealTree(schedule, seed).head`, the tree head over one salted leaf per period and a salted summary
 * leaf (docs/spec.md, "The seal"), in the format `manifest.algorithms.seal` records:
 * `fairdraw/seal/v3+rfc6962`, the one `plan` writes, or `fairdraw/seal/v2+rfc6962` or `fairdraw/seal/v1+rfc6962` for a schedule of
 * that format (see {@link inSealFormat}). The salts come from the master seed, so the published hash
 * cannot be opened by trying the few million possible visit sets of a period, nor the yearly counts;
 * each period can later be revealed and checked alone (`revealPeriod`, `verifyPeriod`).
 *
 * @param schedule - the schedule, modified in place and returned.
 * @param seed - the master seed (`resolveSeed(input.seed, inputHash)`).
 * @throws FairdrawError (`unsupported`) when `manifest.algorithms.seal` names another seal format;
 *   (`invalid-input`) as `sealTree`.
 */
export function sealSchedule(schedule: Schedule, seed: string): Schedule {
  checkSealable(schedule);
  const seal = schedule.manifest.algorithms?.seal;
  if (!isSealFormat(seal)) {
    const got = JSON.stringify(seal) ?? 'missing';
    throw new FairdrawError('unsupported', 'manifest.algorithms.seal', (t) =>
      t.schedule.sealsWith(got, SEAL_FORMATS),
    );
  }
  schedule.manifest.periods = schedule.periods.length;
  schedule.manifest.scheduleHash = '';
  schedule.manifest.scheduleHash = sealTree(schedule, seed, seal).head;
  forgetMarks(schedule); // written: the schedule is its caller's now, to change as it likes
  return schedule;
}

/** Forgets the marks of the schedule's arrays as plain JSON data (see `markPlainJson`). */
function forgetMarks(schedule: Schedule): void {
  for (const value of Object.values(schedule)) if (Array.isArray(value)) forgetPlainJson(value);
}

/**
 * Puts an unsealed schedule into the seal format `format`: records it in `manifest.algorithms.seal`
 * (and in `manifest.algorithm`, the same steps joined); in `fairdraw/seal/v3+rfc6962` the units point
 * into `profiles` (`withProfiles`), in the earlier formats each lists its own `probabilities`
 * (`withoutProfiles`); and for `fairdraw/seal/v1+rfc6962`, whose schedules carry no names, removes
 * `units[].name` and `inspectors[].name`. `verify` uses it to re-derive an earlier schedule,
 * `substitute` to keep a schedule in its format, the replay of a log to follow the formats the log was
 * written in. Seal it afterwards.
 *
 * @param schedule - the schedule, modified in place and returned.
 */
export function inSealFormat(schedule: Schedule, format: SealFormat): Schedule {
  forgetMarks(schedule); // its arrays change below
  const { manifest } = schedule;
  manifest.algorithms.seal = format;
  manifest.algorithm = Object.entries(manifest.algorithms)
    .map(([step, id]) => `${step}=${id}`)
    .join(';');
  if (format === SEAL_ALGORITHM) withProfiles(schedule);
  else withoutProfiles(schedule);
  if (format === SEAL_V1) {
    for (const unit of schedule.units) delete unit.name;
    for (const inspector of schedule.inspectors) delete inspector.name;
  }
  return schedule;
}
