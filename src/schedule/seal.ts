import { AUDIT_ALGORITHMS } from '../audit/auditAlgorithms.js';
import { canonicalJson } from '../audit/canonicalJson.js';
import { merkleRoot } from '../audit/merkle.js';
import { periodLeaf, periodSalt, sealHead, summaryLeaf, summarySalt } from '../audit/seal.js';
import { FairdrawError } from '../model/FairdrawError.js';
import type { Schedule, Visit } from '../model/scheduleSchema.js';
import { isRecord } from '../model/validate.js';

/** The seal format this code implements (`manifest.algorithms.seal`). */
export const SEAL_ALGORITHM = AUDIT_ALGORITHMS.seal;

/** Everything the seal of a schedule is made of, leaf by leaf. */
export interface SealTree<V = Visit> {
  /** Number of periods T; the tree has T + 1 leaves. */
  periods: number;
  /** `visitsByPeriod[k]`: the visits of period k, all kinds, in schedule order. */
  visitsByPeriod: V[][];
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
  /** `sealHead(T + 1, root)`: the value of `manifest.scheduleHash`. */
  head: string;
}

/** What the seal reads of a schedule: its manifest, its periods, and each visit's period. */
export interface Sealable {
  manifest: { readonly scheduleHash?: unknown };
  periods: readonly unknown[];
  visits: readonly { period: number }[];
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
 * Computes the seal of `schedule` under the master seed `seed` (docs/spec.md, "The seal"): one salted
 * leaf per period, `periodLeaf(periodSalt(seed, k), k, canonicalJson(visits of period k))`, then the
 * salted summary leaf `summaryLeaf(summarySalt(seed), canonicalJson(scheduleSummary(schedule)))`, their
 * RFC 6962 Merkle root, and the head `sealHead(T + 1, root)`.
 *
 * @throws FairdrawError (`invalid-input`) when the schedule has no period, or a visit whose `period` is
 *   not the index of one of its periods (naming `visits[i].period`).
 */
export function sealTree<S extends Sealable>(schedule: S, seed: string): SealTree<S['visits'][number]> {
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
  const periodSalts = visitsByPeriod.map((_, k) => periodSalt(seed, k));
  const leaves = visitsByPeriod.map((visits, k) => periodLeaf(periodSalts[k]!, k, canonicalJson(visits)));
  const salt = summarySalt(seed);
  const summary = scheduleSummary(schedule);
  leaves.push(summaryLeaf(salt, canonicalJson(summary)));
  const root = merkleRoot(leaves);
  return {
    periods,
    visitsByPeriod,
    periodSalts,
    summarySalt: salt,
    summary,
    leaves,
    root,
    head: sealHead(leaves.length, root),
  };
}

/**
 * Seals a schedule: sets `manifest.periods` to its number of periods and `manifest.scheduleHash` to
 * `sealTree(schedule, seed).head`, the tree head over one salted leaf per period and a salted summary
 * leaf (docs/spec.md, "The seal"; format `manifest.algorithms.seal = "fairdraw/seal/v1+rfc6962"`).
 * The salts come from the master seed, so the published hash cannot be opened by trying the few
 * million possible visit sets of a period, nor the yearly counts; each period can later be revealed
 * and checked alone (`revealPeriod`, `verifyPeriod`).
 *
 * @param schedule - the schedule, modified in place and returned.
 * @param seed - the master seed (`resolveSeed(input.seed, inputHash)`).
 * @throws FairdrawError (`unsupported`) when `manifest.algorithms.seal` names another seal format;
 *   (`invalid-input`) as `sealTree`.
 */
export function sealSchedule(schedule: Schedule, seed: string): Schedule {
  checkSealable(schedule);
  const seal = schedule.manifest.algorithms?.seal;
  if (seal !== SEAL_ALGORITHM) {
    const got = JSON.stringify(seal) ?? 'missing';
    throw new FairdrawError('unsupported', 'manifest.algorithms.seal', (t) =>
      t.schedule.sealsWith(got, SEAL_ALGORITHM),
    );
  }
  schedule.manifest.periods = schedule.periods.length;
  schedule.manifest.scheduleHash = '';
  schedule.manifest.scheduleHash = sealTree(schedule, seed).head;
  return schedule;
}
