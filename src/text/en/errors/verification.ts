/**
 * The explanations of the differences `verify` and `verifyPeriod` report (`Difference.message`): why a
 * place is not what re-deriving gives, when its path and values alone do not say it.
 */
export const verification = {
  inputHash:
    'the input is not the frame the schedule was drawn from (its canonical hash differs), so nothing else was compared',
  seedCommitment: "the input's seed is not the one the schedule committed to",
  publicWithPlainSeed: 'the schedule records a public value but the input has a plain seed',
  publicValue:
    "the input's public value is not the one the schedule was drawn with; the draw must use the value announced in public, character for character",
  withdrawnVersion: (step: string, id: string, current: string) =>
    `unsupported version: the schedule names the ${step} algorithm ${id}, an earlier ` +
    `version that this library no longer implements (it draws this plan with ${current}); it ` +
    'cannot say whether the schedule is right or wrong',
  unknownLogKind: (kind: string, kinds: readonly string[]) =>
    `unsupported log entry kind ${kind}: this library replays only ${kinds.join(', ')}, so it cannot check this entry or anything after it`,
  logEntryNotReplayed: (index: number, kind: string, why: string) =>
    `log entry ${index} (${kind}) cannot be replayed: ${why}`,
  /** `what`: `library`, `rng`, or the step of an algorithm (`routine`, `seal`, ...). */
  unknownVersion: (what: string, found: string, known: readonly string[]) =>
    `unsupported version: the schedule names ${what === 'library' ? 'the library' : what === 'rng' ? 'the generator' : `the ${what} algorithm`} ${found}, which this library ` +
    `does not implement (it implements ${known.join(', ')}); it cannot say whether the schedule is right or wrong`,
  noVersions: 'unsupported version: the schedule records no algorithm versions',
  noSealFormat:
    'unsupported version: the schedule records no seal format (it was sealed with the whole-schedule hash ' +
    'that came before fairdraw/seal/v1), which this library does not verify',
  unknownStepVersion: (step: string, version: string, current: string | undefined) =>
    `unsupported version: the schedule names the ${step} algorithm ${version}, which this ` +
    `library does not implement${current ? ` (it implements ${current})` : ''}; it cannot say whether the schedule is right or wrong`,
  ownSeal: 'the schedule does not match its own seal',
  unknownScheduleField: 'a field that no schedule has',
  invalidScheduleField: (why: string) => `not a valid schedule field: ${why}`,
  unknownSealFormat: (seal: string) =>
    `the reveal uses the seal format ${seal}, which this library does not implement; it cannot say whether the reveal is right or wrong`,
  unknownRevealField:
    'a field that no reveal has: the proof does not cover it, so it cannot be published as verified',
  visitOfAnotherPeriod: 'a revealed visit must belong to the revealed period',
  proofShape: 'the proof does not have the length or the sides that the leaf index and the leaf count imply',
  revealHash:
    'the revealed data, salt, proof and leaf count do not hash to the published scheduleHash: ' +
    'something in the reveal was changed, or it belongs to another schedule',
  recordOfUnknownVisit: 'a record of a visit this reveal does not have',
  secondRecord: 'a second record of the same visit',
  problemsWithResult: 'problems go with the result "problems", and only with it',
  probabilityOfOtherVisit: 'a probability of a visit that is not a routine or campaign visit of this reveal',
  probabilityNeeded: (kind: string, visit: string) =>
    `the ${kind} visit ${visit} was drawn at random: its inclusion probability is needed to estimate from it`,
  typeOfOtherUnit: 'a police type of a unit no visit of this reveal names',
  recordsUnsealed:
    "what the visits found is the office's record: no seal covers it, since it was written after the schedule was sealed",
  probabilitiesUnsealed:
    "each is the unit's routine probability of the period (or its probability in the campaign) that the summary reveal (revealSummary) holds in summary.units (each unit's profile in summary.profiles), under the seal, once the horizon has ended",
  typesUnsealed:
    "each is the unit's police type, which the summary reveal holds in summary.units, under the seal",
  /** What should be there, where a difference describes it rather than gives a value. */
  expected: {
    versions: 'the algorithm versions, one per step',
    scheduleValue: 'a value the schedule format allows',
    replayable: (kind: string) => `a ${kind} that can be replayed`,
    secret: (commitment: string) =>
      `a secret that opens the commitment ${commitment} and carries at least 128 bits of entropy`,
    auditPath: (leaf: number, leaves: number) => `an audit path for leaf ${leaf} of ${leaves}`,
    visitOfReveal: 'a visit of the reveal',
    oneRecord: 'one record a visit',
    atLeastOneProblem: 'at least one problem',
    dayFrom: (date: string) => `a day on or after the visit (${date})`,
    probability: 'an inclusion probability in (0, 1]',
    policeType: 'the police type of the unit',
  },
};
