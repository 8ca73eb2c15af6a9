import { canonicalJson } from '../audit/canonicalJson.js';
import { merkleRootFromProof } from '../audit/merkle.js';
import { periodLeaf, periodLeafV2, summaryLeaf } from '../audit/seal.js';
import { checkSha256Hex } from '../audit/textChecks.js';
import { FairdrawError } from '../model/FairdrawError.js';
import { isRecord } from '../model/validate.js';
import type { PeriodReveal, SummaryReveal } from './PeriodReveal.js';
import { outcomesDifferences, readRevealOutcomes, unsealedMembers } from './revealOutcomesChecks.js';
import { isSealFormat, SEAL_FORMATS, SEAL_V1, sealHeadIn } from './seal.js';
import { type Difference, described, explained, type Verification } from './Verification.js';

/** Checks the shape of a reveal, throwing a FairdrawError naming the field. */
function checkShape(reveal: unknown): asserts reveal is PeriodReveal | SummaryReveal {
  if (!isRecord(reveal))
    throw new FairdrawError('invalid-input', 'reveal', (t) => t.schedule.revealNotObject);
  const { leaves, period, proof } = reveal;
  if (typeof leaves !== 'number' || !Number.isSafeInteger(leaves) || leaves < 2)
    throw new FairdrawError('invalid-input', 'reveal.leaves', (t) => t.schedule.leavesBad);
  if (period === 'summary') {
    if (!isRecord(reveal.summary))
      throw new FairdrawError('invalid-input', 'reveal.summary', (t) => t.calendar.notObject);
  } else {
    if (typeof period !== 'number' || !Number.isInteger(period) || period < 0 || period > leaves - 2) {
      const got = JSON.stringify(period) ?? typeof period;
      throw new FairdrawError('invalid-input', 'reveal.period', (t) =>
        t.schedule.periodOrSummary(leaves - 2, got),
      );
    }
    if (!Array.isArray(reveal.visits))
      throw new FairdrawError('invalid-input', 'reveal.visits', (t) => t.schedule.notArray);
    if (reveal.seal !== SEAL_V1) checkNames(reveal.names);
    if (reveal.outcomes !== undefined) readRevealOutcomes(reveal.outcomes);
  }
  checkSha256Hex(reveal.salt, 'reveal.salt');
  if (!Array.isArray(proof) || proof.some((p) => typeof p !== 'string'))
    throw new FairdrawError('invalid-input', 'reveal.proof', (t) => t.schedule.proofBad);
}

/**
 * Checks the shape of a v2 reveal's `names`: an object with exactly `units` and `inspectors`, each an
 * object of strings.
 */
function checkNames(names: unknown): void {
  if (!isRecord(names))
    throw new FairdrawError('invalid-input', 'reveal.names', (t) => t.schedule.namesShape);
  for (const key of Object.keys(names)) {
    if (key !== 'units' && key !== 'inspectors')
      throw new FairdrawError('invalid-input', `reveal.names.${key}`, (t) => t.schedule.namesMember);
  }
  for (const key of ['units', 'inspectors'] as const) {
    const map = names[key];
    if (!isRecord(map) || Object.values(map).some((name) => typeof name !== 'string'))
      throw new FairdrawError('invalid-input', `reveal.names.${key}`, (t) => t.schedule.namesMap);
  }
}

/** Consistency checks of a summary's content with the tree it claims to be the last leaf of. */
function summaryDifferences(reveal: SummaryReveal): Difference[] {
  const out: Difference[] = [];
  const { summary, leaves } = reveal;
  const manifest = isRecord(summary.manifest) ? summary.manifest : {};
  if (manifest.scheduleHash !== '')
    out.push({ path: 'summary.manifest.scheduleHash', expected: '', found: manifest.scheduleHash });
  const algorithms = isRecord(manifest.algorithms) ? manifest.algorithms : {};
  if (algorithms.seal !== reveal.seal)
    out.push({ path: 'summary.manifest.algorithms.seal', expected: reveal.seal, found: algorithms.seal });
  if (manifest.periods !== leaves - 1)
    out.push({ path: 'summary.manifest.periods', expected: leaves - 1, found: manifest.periods });
  const periods = Array.isArray(summary.periods) ? summary.periods.length : undefined;
  if (periods !== leaves - 1)
    out.push({ path: 'summary.periods.length', expected: leaves - 1, found: periods });
  return out;
}

/**
 * Checks one revealed period (or the revealed summary) against the `scheduleHash` published at the
 * start, without any other period: recomputes the salted leaf from the revealed visits and names
 * (`periodLeafV2` over `{ names, visits }`; for a reveal of the format `fairdraw/seal/v1+rfc6962`,
 * `periodLeaf` over the visits alone) or summary (`summaryLeaf`), walks the RFC 6962 audit path up to
 * the root (RFC 6962 section 2.1.1; RFC 9162 section 2.1.3.2), and hashes the root with the leaf count
 * into the tree head (`sealHeadIn`: v3 `sealHeadV3`, v2 `sealHeadV2`, v1 `sealHead`), which must equal `scheduleHash`. Because the head
 * binds the leaf count, a reveal cannot be made to fit under another count; because the leaf holds the
 * names, a changed or added name does not reach the published hash.
 *
 * Also checks that the reveal has no field the proof does not cover (a v1 reveal has no `names`),
 * but a period's `outcomes`, that every revealed visit belongs to the revealed period, and that a summary is
 * consistent with the tree (its `manifest.scheduleHash` empty, `manifest.periods` and `periods` equal to
 * the leaf count minus one, the same seal format).
 *
 * A period reveal may carry `outcomes` (`revealPeriod(..., { outcomes })`), which the proof does not
 * cover. Its shape is read strictly (a wrong or unknown field throws, naming it); then every record
 * must name a visit of the reveal, once, with problems exactly when its result is `problems` and no
 * deadline before the visit; every routine and campaign visit must have a probability in (0, 1], and
 * no other visit one; every visited unit a police type, and no other unit one. What does not fit is a
 * difference. The result then lists the unsealed members in `unsealed`, each with what checks it:
 * the probabilities and types against the summary reveal's `summary.units`; the results nothing
 * published (they are the office's record). A reveal without `outcomes` gives exactly the result it
 * always gave.
 *
 * @param reveal - from `revealPeriod` or `revealSummary` (e.g. read from the published JSON).
 * @param scheduleHash - the `manifest.scheduleHash` published before the period began.
 * @returns `{ ok, status, differences }`; `unsupported` when the reveal names another seal format.
 * @throws FairdrawError (`invalid-input`) naming the field when the reveal or the hash is malformed
 *   (`reveal.names` when a v2 period reveal has no `{ units, inspectors }` of strings;
 *   `reveal.outcomes.records[2].result` when the outcomes do not have their shape).
 */
export function verifyPeriod(reveal: unknown, scheduleHash: string): Verification {
  checkSha256Hex(scheduleHash, 'scheduleHash');
  if (isRecord(reveal) && !isSealFormat(reveal.seal)) {
    return {
      ok: false,
      status: 'unsupported',
      differences: [
        explained({ path: 'seal', expected: SEAL_FORMATS, found: reveal.seal }, (t) =>
          t.verification.unknownSealFormat(JSON.stringify(reveal.seal) ?? 'none'),
        ),
      ],
    };
  }
  checkShape(reveal);
  // Checked above: the reveal names a seal format this library implements.
  const seal = SEAL_FORMATS.find((f) => f === reveal.seal)!;
  const v1 = seal === SEAL_V1;
  // A field the proof does not cover must not ride along with a verified reveal.
  const fields = [
    'seal',
    'period',
    'leaves',
    'salt',
    ...(reveal.period === 'summary' ? ['summary'] : v1 ? ['visits'] : ['visits', 'names']),
    'proof',
    // a period's outcomes ride beside the sealed part, checked below, and said to be unsealed
    ...(reveal.period !== 'summary' && reveal.outcomes !== undefined ? ['outcomes'] : []),
  ];
  const differences: Difference[] = Object.entries(reveal)
    .filter(([key]) => !fields.includes(key))
    .map(([key, found]) =>
      explained<Difference>(
        { path: key, expected: undefined, found },
        (t) => t.verification.unknownRevealField,
      ),
    );
  let leaf: string;
  let index: number;
  if (reveal.period === 'summary') {
    for (const d of summaryDifferences(reveal)) differences.push(d);
    leaf = summaryLeaf(reveal.salt, canonicalJson(reveal.summary));
    index = reveal.leaves - 1;
  } else {
    const k = reveal.period;
    reveal.visits.forEach((visit, i) => {
      const found = isRecord(visit) ? visit.period : undefined;
      if (found !== k) {
        differences.push(
          explained(
            { path: `visits[${i}].period`, expected: k, found },
            (t) => t.verification.visitOfAnotherPeriod,
          ),
        );
      }
    });
    if (reveal.outcomes !== undefined)
      for (const d of outcomesDifferences(reveal.visits, reveal.outcomes)) differences.push(d);
    leaf = v1
      ? periodLeaf(reveal.salt, k, canonicalJson(reveal.visits))
      : periodLeafV2(reveal.salt, k, canonicalJson({ names: reveal.names, visits: reveal.visits }));
    index = k;
  }
  const root = merkleRootFromProof(leaf, index, reveal.leaves, reveal.proof);
  if (root === null) {
    differences.push(
      explained(
        described({ path: 'proof', expected: undefined, found: reveal.proof }, (t) =>
          t.verification.expected.auditPath(index, reveal.leaves),
        ),
        (t) => t.verification.proofShape,
      ),
    );
  } else {
    const head = sealHeadIn(seal, reveal.leaves, root);
    if (head !== scheduleHash) {
      differences.push(
        explained(
          { path: 'scheduleHash', expected: scheduleHash, found: head },
          (t) => t.verification.revealHash,
        ),
      );
    }
  }
  const withOutcomes = reveal.period !== 'summary' && reveal.outcomes !== undefined;
  return {
    ok: differences.length === 0,
    status: differences.length === 0 ? 'verified' : 'different',
    differences,
    ...(withOutcomes ? { unsealed: unsealedMembers() } : {}),
  };
}
