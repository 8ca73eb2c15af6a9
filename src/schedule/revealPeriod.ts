import { merkleProof } from '../audit/merkle.js';
import { FairdrawError } from '../model/FairdrawError.js';
import { readOutcomes } from '../model/readOutcomes.js';
import type { RevealOutcomes, RevealRecord } from '../model/revealOutcomesSchema.js';
import type { Schedule, Visit } from '../model/scheduleSchema.js';
import { unitProbabilities } from '../model/unitProbabilities.js';
import { isRecord } from '../model/validate.js';
import { openSeal } from './anchors.js';
import type { PeriodReveal } from './PeriodReveal.js';
import { type RevealOptions, readRevealOptions, refuseUnended } from './revealGuard.js';

/** Options of {@link revealPeriod}. */
export interface RevealPeriodOptions extends RevealOptions {
  /**
   * The schedule's outcomes file (docs/outcomes.md), naming its hash or an earlier one: the reveal then
   * carries the outcomes of the period's visits, outside the sealed part (`PeriodReveal.outcomes`).
   */
  outcomes?: unknown;
}

/**
 * The unsealed `outcomes` of period `period`'s reveal: the records of its visits, in the visits'
 * order, cut to what a public notice may say (result, and each problem's category and deadline); the
 * inclusion probability of each drawn visit (`unitProbabilities(schedule, unit)[period]` for a
 * routine visit, `units[].campaigns[id]` for a campaign visit); the police type of each unit visited.
 */
function periodOutcomes(
  schedule: Schedule,
  visits: readonly Visit[],
  period: number,
  outcomes: unknown,
): RevealOutcomes {
  const read = readOutcomes(outcomes, schedule);
  const byVisit = new Map(read.records.map((r) => [r.visit, r]));
  const units = new Map(schedule.units.map((u) => [u.id, u]));
  const records: RevealRecord[] = [];
  const probabilities: [string, number][] = [];
  const types = new Map<string, string>();
  for (const v of visits) {
    const unit = units.get(v.unit);
    if (unit === undefined)
      throw new FairdrawError('invalid-input', 'schedule.visits', (t) => t.outcomes.noUnit(v.unit));
    if (!types.has(unit.id)) types.set(unit.id, unit.type);
    if (v.kind === 'routine' || v.kind === 'campaign') {
      const pi =
        v.kind === 'routine'
          ? unitProbabilities(schedule, unit)[period]
          : v.campaign === undefined
            ? undefined
            : unit.campaigns?.[v.campaign];
      if (pi === undefined || !(pi > 0))
        throw new FairdrawError('invalid-input', 'schedule.visits', (t) =>
          t.outcomes.probability(v.kind, v.unit, pi),
        );
      probabilities.push([v.id, pi]);
    }
    const record = byVisit.get(v.id);
    if (record === undefined) continue;
    const problems = record.problems?.map((p) => ({
      category: p.category,
      ...(p.deadline === undefined ? {} : { deadline: p.deadline }),
    }));
    records.push({ visit: v.id, result: record.result, ...(problems === undefined ? {} : { problems }) });
  }
  return {
    records,
    probabilities: Object.fromEntries(probabilities),
    types: Object.fromEntries(types),
  };
}

/**
 * Reveals one period of a sealed schedule: its visits (all kinds, in schedule order), the names of the
 * units and inspectors they name (`names`; not in a schedule sealed with `fairdraw/seal/v1+rfc6962`,
 * which carries none), its salt, and the RFC 6962 audit path from its leaf to the published `manifest.scheduleHash` (Laurie, Langley & Kasper,
 * RFC 6962, 2013, section 2.1.1). Anyone can check it with `verifyPeriod(reveal, scheduleHash)` without
 * seeing any other period; the other periods stay hidden behind their own secret salts.
 *
 * With `options.outcomes` (the schedule's outcomes file, read by `readOutcomes`), the reveal also
 * carries `outcomes`, outside the sealed part: what each visit of the period found (its result, and
 * each problem's category and deadline; never the problem's text, its responsible person or a
 * closing or feedback day, which may fall in a later period), the inclusion probability of each
 * routine and campaign visit of the period, and the police type of each unit visited, so that the
 * results notice can estimate from the period's random visits (docs/results.md).
 *
 * Nothing from the future: a period is revealed only once it has ended as of `options.asOf` (its last
 * day is on or before it), unless `options.force` is true.
 *
 * @param input - the plan file the schedule was drawn from (its seed gives the salts).
 * @param schedule - the sealed schedule.
 * @param period - the period to reveal, 0-based.
 * @param options - `asOf`, the reveal's date `yyyy-mm-dd` (required); `force`, reveal a period that
 *   has not ended (default false); `outcomes`, the outcomes to carry (default none).
 * @returns the reveal, plain JSON; without `outcomes`, byte for byte what earlier versions returned.
 * @throws FairdrawError naming the field: `options.asOf` missing or not a date, bad input, a period
 *   out of range or not ended as of `asOf` (`period`), a schedule that does not match its own seal
 *   (`schedule.manifest.scheduleHash`), or outcomes that `readOutcomes` refuses (`outcomes.records[3].visit`).
 */
export function revealPeriod(
  input: unknown,
  schedule: unknown,
  period: number,
  options: RevealPeriodOptions,
): PeriodReveal {
  const guard = readRevealOptions(options);
  const outcomes = isRecord(options) ? options.outcomes : undefined;
  const { tree, schedule: sealed } = openSeal(input, schedule);
  if (typeof period !== 'number' || !Number.isInteger(period) || period < 0 || period >= tree.periods) {
    const got = JSON.stringify(period) ?? typeof period;
    throw new FairdrawError('invalid-input', 'period', (t) => t.schedule.periodIndex(tree.periods - 1, got));
  }
  refuseUnended(sealed.periods, period, guard);
  const names = tree.namesByPeriod?.[period];
  const visits = tree.visitsByPeriod[period]!;
  return {
    seal: tree.format,
    period,
    leaves: tree.leaves.length,
    salt: tree.periodSalts[period]!,
    visits: structuredClone(visits),
    ...(names ? { names: structuredClone(names) } : {}),
    proof: merkleProof(tree.leaves, period),
    ...(outcomes === undefined ? {} : { outcomes: periodOutcomes(sealed, visits, period, outcomes) }),
  };
}
