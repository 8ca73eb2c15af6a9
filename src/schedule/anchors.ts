import { DateTime } from 'luxon';
import { commitSeed } from '../audit/commitSeed.js';
import { effectiveSeed } from '../audit/effectiveSeed.js';
import { FairdrawError } from '../model/FairdrawError.js';
import type { ValidPlanInput } from '../model/planInputSchema.js';
import { type LogEntry, readSchedule, type Schedule } from '../model/scheduleSchema.js';
import { type OpenPlan, openPlan } from './pipeline.js';
import { isSealFormat, SEAL_FORMATS, type SealTree, sealTree } from './seal.js';
import { type Difference, described, explained, explainedIn } from './Verification.js';

/** The published anchors: input hash, seed commitment, public value, and whether the secret opens them. */
export function anchorDifferences(
  valid: ValidPlanInput,
  inputHash: string,
  manifest: Record<string, unknown>,
): Difference[] {
  const out: Difference[] = [];
  if (manifest.inputHash !== inputHash) {
    out.push(
      explained(
        { path: 'manifest.inputHash', expected: inputHash, found: manifest.inputHash },
        (t) => t.verification.inputHash,
      ),
    );
  }
  const seed = valid.seed;
  const commitment = typeof seed === 'string' ? commitSeed(seed) : seed.commitment;
  if (manifest.seedCommitment !== commitment) {
    out.push(
      explained(
        { path: 'manifest.seedCommitment', expected: commitment, found: manifest.seedCommitment },
        (t) => t.verification.seedCommitment,
      ),
    );
  }
  const publicValue = typeof seed === 'string' ? undefined : seed.public;
  if (manifest.seedPublic !== publicValue) {
    out.push(
      explained({ path: 'manifest.seedPublic', expected: publicValue, found: manifest.seedPublic }, (t) =>
        publicValue === undefined ? t.verification.publicWithPlainSeed : t.verification.publicValue,
      ),
    );
  }
  if (typeof seed !== 'string') {
    try {
      effectiveSeed(seed, inputHash);
    } catch (error) {
      if (!(error instanceof FairdrawError)) throw error;
      out.push(
        explainedIn(
          described(
            {
              path: error.path,
              expected: undefined,
              found: error.path === 'seed.secret' ? '(the revealed secret)' : undefined,
            },
            (t) => t.verification.expected.secret(seed.commitment),
          ),
          (lang) => error.messageIn(lang),
        ),
      );
    }
  }
  return out;
}

/**
 * Refuses to change or reveal a schedule that is not the one this plan drew, or not intact: a command
 * that writes a schedule (`substitute`, `replan`) or publishes part of it (`revealPeriod`,
 * `revealSummary`) first checks, in this order,
 * 1. the input's hash against `manifest.inputHash`,
 * 2. the seed against `manifest.seedCommitment` (and the public value against `manifest.seedPublic`),
 * 3. the seal: the schedule's content must seal, under this seed, to `manifest.scheduleHash`.
 *
 * @param opened - the plan file, opened (its seed resolved).
 * @param schedule - the schedule, validated (`readSchedule`).
 * @returns the seal's tree of the schedule, leaf by leaf.
 * @throws {FairdrawError} `invalid-input` naming `schedule.manifest.inputHash`, `.seedCommitment`,
 *   `.seedPublic` or `.scheduleHash`, saying which check failed; `unsupported` for another seal
 *   format (`schedule.manifest.algorithms.seal`). Nothing has been changed.
 */
export function checkIntact(opened: OpenPlan, schedule: Schedule): SealTree {
  const [anchor] = anchorDifferences(opened.input, opened.inputHash, schedule.manifest);
  if (anchor) {
    const which =
      anchor.path === 'manifest.inputHash'
        ? 'inputHash'
        : anchor.path === 'manifest.seedCommitment'
          ? 'seedCommitment'
          : 'seedPublic';
    const expected = JSON.stringify(anchor.expected) ?? 'none';
    throw new FairdrawError('invalid-input', `schedule.${anchor.path}`, (t) =>
      t.schedule.anchorMismatch(which, expected),
    );
  }
  const seal = schedule.manifest.algorithms.seal;
  if (!isSealFormat(seal)) {
    const got = JSON.stringify(seal) ?? 'missing';
    throw new FairdrawError('unsupported', 'schedule.manifest.algorithms.seal', (t) =>
      t.schedule.opensSeals(got, SEAL_FORMATS),
    );
  }
  const tree = sealTree(schedule, opened.seed, seal);
  const head = tree.head;
  if (head !== schedule.manifest.scheduleHash) {
    const hash = JSON.stringify(schedule.manifest.scheduleHash);
    throw new FairdrawError('invalid-input', 'schedule.manifest.scheduleHash', (t) =>
      t.schedule.sealBroken(hash, head),
    );
  }
  return tree;
}

/**
 * Opens a sealed schedule for a reveal: the plan and the schedule validated, then {@link checkIntact},
 * so that a reveal is only ever made from a schedule that matches what was published. Shared by
 * `revealPeriod` and `revealSummary`.
 *
 * @returns the seal's tree, leaf by leaf, and the schedule, validated.
 * @throws FairdrawError as `openPlan`, `readSchedule` and {@link checkIntact}.
 */
export function openSeal(input: unknown, value: unknown): { tree: SealTree; schedule: Schedule } {
  const opened = openPlan(input);
  const schedule = readSchedule(value);
  return { tree: checkIntact(opened, schedule), schedule };
}

/** The calendar day, in the horizon's `zone`, of an ISO date-time with an offset (a substitution's `at`). */
export function dayOf(at: string, zone: string): string {
  return DateTime.fromISO(at, { setZone: true }).setZone(zone).toISODate() ?? at.slice(0, 10);
}

/**
 * The day of the schedule's latest change of the given kinds: a replan's `from`, a substitution's `at`
 * as a day of the horizon's zone; `undefined` when there is none. The past cannot be rewritten: a
 * replan may not start before the last replan or substitution (it would redraw visits they kept or
 * restaffed), and a substitution may not be dated before the last substitution. (A substitution may
 * be dated before a replan's `from`: a replan is decided before the period it starts.)
 */
export function lastChange(
  log: readonly LogEntry[],
  zone: string,
  kinds: readonly LogEntry['kind'][],
): { day: string; kind: string } | undefined {
  let last: { day: string; kind: string } | undefined;
  for (const entry of log) {
    if (!kinds.includes(entry.kind)) continue;
    const day = entry.kind === 'replan' ? entry.from : dayOf(entry.at, zone);
    if (last === undefined || day >= last.day) last = { day, kind: entry.kind };
  }
  return last;
}
