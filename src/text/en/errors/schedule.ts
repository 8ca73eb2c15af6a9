// The messages of planning, replanning, substitutions, seals and reveals (src/schedule), and of a
// schedule file that is not one (src/model/scheduleSchema.ts).

const q = (value: unknown) => JSON.stringify(value);

/** A period as messages name it: `period 3 (2026-01-19..2026-01-25)`. */
const period = (index: number, start: string, end: string) => `period ${index} (${start}..${end})`;

/** Messages about schedules, replans, substitutions, seals and reveals. */
export const schedule = {
  /** `kind`: `null`, `array` or the `typeof` of a value that is not an object. */
  notScheduleValue: (kind: string) =>
    `is not a fairdraw schedule (a JSON object), got ${kind === 'array' ? 'an array' : kind}`,
  planNotSchedule:
    'is a plan file, not a schedule: give the schedule that `fairdraw plan --out` wrote (it has a manifest, periods, units and visits)',
  revealNotSchedule:
    'is a period reveal, not a schedule: give the whole schedule that `fairdraw plan --out` wrote',
  notScheduleFields:
    'is not a fairdraw schedule (an object with manifest, periods, units, types, inspectors, visits and log)',
  notScheduleObject: 'is not a fairdraw schedule (a JSON object)',
  notArray: 'must be an array',
  unitWithoutProbabilities:
    "is missing: a schedule without `profiles` lists each unit's routine probabilities in `probabilities`",
  profileWithoutProfiles:
    "names a profile, but the schedule has no `profiles`: give `profiles` or the unit's `probabilities`",
  probabilitiesBesideProfiles:
    "must be left out: a schedule with `profiles` gives each unit's probabilities by `profile` alone",
  profileIndex: (count: number) => `must be the index of one of the schedule's ${count} profiles`,
  atLeastOnePeriod: 'must hold at least one period',
  visitPeriod: (periods: number, got: string) =>
    `must be the index of one of the schedule's ${periods} periods, got ${got}`,
  sealsWith: (got: string, seals: readonly string[]) =>
    `is ${got}; this library seals with ${seals.join(' or ')} only`,
  opensSeals: (got: string, seals: readonly string[]) =>
    `is ${got}; this library opens ${seals.join(' and ')} seals only`,
  namesShape: 'must be an object with units and inspectors',
  replanRaiseRisk:
    'a replan does not raise a risk through a finding (it would act from the period after the finding, which may be in the past the replan keeps): give the new weight in changes.risk, from `from` on',
  namesMember: 'is not a member of names',
  namesMap: 'must be an object of names (strings) by id',
  /** `which`: the anchor of the manifest that does not match; `expected`: what the input gives, as JSON. */
  anchorMismatch: (which: 'inputHash' | 'seedCommitment' | 'seedPublic', expected: string) =>
    `${which === 'inputHash' ? 'does not match the plan input' : which === 'seedCommitment' ? "does not match the input's seed" : "does not match the input's public value"}` +
    ` (the input gives ${expected}): the schedule was drawn from another plan or seed, so it is left as it is`,
  sealBroken: (hash: string, head: string) =>
    `is ${hash}, but the schedule seals to ${head} under this ` +
    "input's seed: the schedule was changed after it was sealed, so it is left as it is",
  noUnitInScope: (campaign: string, from: string, to: string) =>
    `no unit in the scope of campaign ${q(campaign)} is active over its whole window ${from}..${to}`,
  windowNoWorkday: (from: string, to: string) => `the window ${from}..${to} has no working day`,
  campaignTooFew: (
    campaign: string,
    visits: number,
    positive: number,
    from: string,
    to: string,
    risk: boolean,
  ) =>
    `campaign ${q(campaign)} needs ${visits} visits but only ${positive} units in its scope are active over ${from}..${to}` +
    (risk ? ' with a positive risk' : ''),
  /** A campaign whose draw failed, and why. */
  campaignFailed: (campaign: string, why: string) => `campaign ${q(campaign)}: ${why}`,
  periodNoWorkday: (index: number, start: string, end: string, visits: number) =>
    `${period(index, start, end)} must have ${visits} visits but has no working day`,
  periodTooFew: (
    index: number,
    start: string,
    end: string,
    visits: number,
    positive: number,
    risk: boolean,
  ) =>
    `${period(index, start, end)} needs ${visits} routine visits but only ${positive} units are active` +
    (risk ? ' with a positive risk' : ''),
  /** A period whose routine draw failed, and why (the sampling layer's error, with its path). */
  periodFailed: (index: number, start: string, end: string, why: string) =>
    `${period(index, start, end)}: ${why}`,
  capNeedsHorizon:
    'requires routine.coordination "horizon": with independent periods a unit can be drawn in every period, ' +
    'so no cap below the number of periods can be guaranteed',
  capBelowFixed: (cap: number, fixed: number, unit: string) =>
    `is ${cap}, below the ${fixed} visits of unit ${unit} that are not routine`,
  capRoom: (cap: number, room: number, budget: number) =>
    `${cap} allows at most ${room} routine visits to the units in the frame, but the routine budget is ${budget}`,
  /** A period (or `where`, the path, when it is not known) that the cap leaves short, and why. */
  capLeaves: (cap: number, where: { index: number; start: string; end: string } | string, why: string) =>
    `${cap} leaves ${typeof where === 'string' ? where : period(where.index, where.start, where.end)} unable to place its budget under the proportional cap rule: ${why.replace(/^period \d+ /, '')}`,
  routineAlgorithm: (recorded: string | undefined, draws: string) =>
    `the schedule's routine was drawn with ${recorded ?? 'no recorded algorithm'}, which this library cannot draw for this plan (it draws ${draws})`,
  notWorkday: (date: string) =>
    `${date} is not a working day of the calendar (weekday pattern, holidays, extra working days)`,
  windowNoActiveDay: (from: string, to: string, unit: string) =>
    `the window ${from}..${to} has no working day on which unit ${q(unit)} is active`,
  periodsCount: (periods: number, horizon: number) =>
    `has ${periods} periods, the plan's horizon has ${horizon}`,
  notPeriodStart: (from: string, index: number, start: string, end: string, next: string | undefined) =>
    `must be the first day of a period: ${from} is inside period ${index} (${start}..${end}); ` +
    `replan from ${start}${next ? ` or ${next}` : ''}`,
  beforeLastChange: (from: string, kind: string, day: string) =>
    `${from} is before the schedule's last change (a ${kind} on ${day}): a replan may not redraw what an earlier change kept; replan from a period start on or after ${day}`,
  duplicateUnit: (id: string) => `duplicate unit id ${q(id)}`,
  riskZero: (min: number) => `is 0, which contradicts routine.bounds.min = ${min} under fairness "risk"`,
  closesTwice: (id: string) => `closes ${q(id)} a second time; list each unit once`,
  addedAndClosed: (id: string) => `${q(id)} is added by the same replan; drop it from add or from close`,
  alreadyClosed: (id: string, to: string, from: string) =>
    `${q(id)} is already closed (active until ${to}), before ${from}`,
  closedAndReweighted: (id: string) =>
    `${q(id)} is closed by the same replan, so a new risk would never apply; drop it from risk or from close`,
  beforeLastSubstitution: (today: string, day: string) =>
    `${today} is before the schedule's last substitution (on ${day}): substitutions are made, and logged, in time order`,
  dateBeforeSubstitution: (date: string, today: string, at: string) =>
    `${date} is before the substitution's own day ${today} (change.at ${at}): a visit that has taken place cannot be restaffed`,
  revealNotObject: 'must be an object made by revealPeriod or revealSummary',
  leavesBad: 'must be an integer of at least 2 (periods + 1)',
  /** `got`: the value as JSON, or its type. */
  periodOrSummary: (last: number, got: string) =>
    `must be "summary" or a period index from 0 to ${last}, got ${got}`,
  periodIndex: (last: number, got: string) => `must be a period index from 0 to ${last}, got ${got}`,
  proofBad: 'must be an array of strings',
  summaryNotEnded: (last: string, asOf: string) =>
    `the summary holds the counts of the whole horizon, which ends on ${last}, after ${asOf}: it is revealed only once the horizon has ended`,
  periodNotEnded: (index: number, start: string, end: string, asOf: string) =>
    `period index ${index} (${start} to ${end}) has not ended as of ${asOf}: revealing it now would announce visits that are still to be made unannounced`,
  /** A reveal refused because its period has not ended, and why. */
  revealEarly: (why: string) =>
    `${why}. Reveal it once it has ended (options.asOf, --as-of), or pass force: true (--force) to reveal it anyway`,
};
