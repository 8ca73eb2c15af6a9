import { type RevealOutcomes, revealOutcomesSchema } from '../model/revealOutcomesSchema.js';
import { formatPath, isRecord, validate } from '../model/validate.js';
import { type Difference, described, explained, type UnsealedMember } from './Verification.js';

/**
 * Reads the `outcomes` member of a period reveal with its strict schema.
 *
 * @throws {FairdrawError} `invalid-input` naming the first wrong field (`reveal.outcomes.records[2].result`)
 *   and listing every one.
 */
export function readRevealOutcomes(outcomes: unknown): RevealOutcomes {
  return validate(revealOutcomesSchema, outcomes, 'reveal.outcomes');
}

/** What a period reveal's visit says that its outcomes must fit: id, kind, unit, date. */
interface RevealedVisit {
  kind: unknown;
  unit: unknown;
  date: unknown;
}

/**
 * Where a reveal's outcomes do not fit its visits: a record of a visit the reveal does not have, or a
 * second record of one; problems with a result other than `problems`, or none with it; a deadline
 * before its visit; a probability of a visit that is not a routine or campaign visit of the reveal, or
 * a routine or campaign visit without one; a police type of a unit no visit names, or a visited unit
 * without one. The visits are read as the reveal gives them (a malformed visit is another check's).
 */
export function outcomesDifferences(visits: readonly unknown[], outcomes: RevealOutcomes): Difference[] {
  const out: Difference[] = [];
  const byId = new Map<string, RevealedVisit>();
  for (const v of visits)
    if (isRecord(v) && typeof v.id === 'string') byId.set(v.id, { kind: v.kind, unit: v.unit, date: v.date });
  const seen = new Set<string>();
  outcomes.records.forEach((r, i) => {
    const at = `outcomes.records[${i}]`;
    const visit = byId.get(r.visit);
    if (visit === undefined || seen.has(r.visit)) {
      out.push(
        explained<Difference>(
          described({ path: `${at}.visit`, expected: undefined, found: r.visit }, (t) =>
            visit === undefined ? t.verification.expected.visitOfReveal : t.verification.expected.oneRecord,
          ),
          (t) => (visit === undefined ? t.verification.recordOfUnknownVisit : t.verification.secondRecord),
        ),
      );
      return;
    }
    seen.add(r.visit);
    const problems = r.problems?.length ?? 0;
    if ((r.result === 'problems') !== problems > 0) {
      out.push(
        explained<Difference>(
          r.result === 'problems'
            ? described(
                { path: `${at}.problems`, expected: undefined, found: r.problems },
                (t) => t.verification.expected.atLeastOneProblem,
              )
            : { path: `${at}.problems`, expected: undefined, found: r.problems },
          (t) => t.verification.problemsWithResult,
        ),
      );
    }
    r.problems?.forEach((p, k) => {
      if (p.deadline !== undefined && typeof visit.date === 'string' && p.deadline < visit.date)
        out.push(
          described({ path: `${at}.problems[${k}].deadline`, expected: undefined, found: p.deadline }, (t) =>
            t.verification.expected.dayFrom(String(visit.date)),
          ),
        );
    });
  });
  const drawn = [...byId].filter(([, v]) => v.kind === 'routine' || v.kind === 'campaign');
  const drawnIds = new Set(drawn.map(([id]) => id));
  for (const [id, pi] of Object.entries(outcomes.probabilities)) {
    if (!drawnIds.has(id))
      out.push(
        explained<Difference>(
          {
            path: formatPath('outcomes.probabilities', [id]),
            expected: undefined,
            found: pi,
          },
          (t) => t.verification.probabilityOfOtherVisit,
        ),
      );
  }
  for (const [id, v] of drawn) {
    if (!Object.hasOwn(outcomes.probabilities, id))
      out.push(
        explained<Difference>(
          described(
            { path: formatPath('outcomes.probabilities', [id]), expected: undefined, found: undefined },
            (t) => t.verification.expected.probability,
          ),
          (t) => t.verification.probabilityNeeded(String(v.kind), id),
        ),
      );
  }
  const units = new Set([...byId.values()].flatMap((v) => (typeof v.unit === 'string' ? [v.unit] : [])));
  for (const [unit, type] of Object.entries(outcomes.types)) {
    if (!units.has(unit))
      out.push(
        explained<Difference>(
          {
            path: formatPath('outcomes.types', [unit]),
            expected: undefined,
            found: type,
          },
          (t) => t.verification.typeOfOtherUnit,
        ),
      );
  }
  for (const unit of units) {
    if (!Object.hasOwn(outcomes.types, unit))
      out.push(
        described(
          { path: formatPath('outcomes.types', [unit]), expected: undefined, found: undefined },
          (t) => t.verification.expected.policeType,
        ),
      );
  }
  return out;
}

/** What the proof of a reveal with outcomes does not cover, and where each part can be checked. */
export function unsealedMembers(): UnsealedMember[] {
  return [
    explained<UnsealedMember>(
      { path: 'outcomes.records', checkAgainst: null },
      (t) => t.verification.recordsUnsealed,
    ),
    explained<UnsealedMember>(
      { path: 'outcomes.probabilities', checkAgainst: 'summary.units' },
      (t) => t.verification.probabilitiesUnsealed,
    ),
    explained<UnsealedMember>(
      { path: 'outcomes.types', checkAgainst: 'summary.units' },
      (t) => t.verification.typesUnsealed,
    ),
  ];
}
