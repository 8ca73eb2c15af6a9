// The messages of outcomes files (src/model/readOutcomes.ts), of the follow-ups, estimates, register
// and next year's plan made from them (src/outcomes).

const q = (value: unknown) => JSON.stringify(value);

/** The kinds of visit, as messages name them. */
const KIND: Readonly<Record<string, string>> = {
  routine: 'routine',
  campaign: 'campaign',
  directed: 'directed',
  'follow-up': 'follow-up',
};

/** Messages about outcomes files and what is made from them. */
export const outcomes = {
  /** `kind`: `null`, `array` or the `typeof` of a value that is not an object. */
  notOutcomesValue: (kind: string) =>
    `is not an outcomes file (a JSON object with schedule and records), got ${kind === 'array' ? 'an array' : kind}`,
  scheduleNotOutcomes:
    'is a schedule, not an outcomes file: give the file that records what each visit found (docs/outcomes.md)',
  planNotOutcomes:
    'is a plan file, not an outcomes file: give the file that records what each visit found (docs/outcomes.md)',
  notOutcomesFields: 'is not an outcomes file (an object with schedule and records, docs/outcomes.md)',
  /**
   * A hash of no schedule of the history: `versions` is the log's length, `earlier` the entries that
   * record the hash they changed.
   */
  unknownHash: (hash: string, current: string, versions: number, earlier: number) => {
    const unrecorded = versions - earlier;
    return (
      `${hash} is not the hash of this schedule (${current})` +
      (versions === 0
        ? ', which has no earlier version'
        : ` nor of any of the ${earlier} earlier versions its log records` +
          (unrecorded > 0
            ? ` (${unrecorded} log ${unrecorded === 1 ? 'entry was' : 'entries were'} written before entries recorded the hash they changed)`
            : '')) +
      ': the outcomes were recorded against another schedule'
    );
  },
  /** `hint`: a "did you mean" (`errors.plan.didYouMean`), or empty. */
  unknownVisit: (visit: string, hint: string) =>
    `unknown visit id ${q(visit)}: the schedule has no such visit${hint}`,
  /** `first`: the path of the first record of the visit. */
  secondRecord: (visit: string, first: string) =>
    `a second record for visit ${visit} (the first is ${first}): one record a visit`,
  renumbered: (visit: string, date: string, entry: number, from: string, current: string) =>
    `${visit} is dated ${date}, but the replan of log[${entry}] numbered the visits from ${from} on again after the schedule these outcomes name: the id may name another visit now; record it against the current schedule (${current})`,
  beforeVisit: (date: string, visit: string, visitDate: string) =>
    `${date} is before the visit ${visit} itself (${visitDate})`,
  problemsMissing: 'a visit whose result is "problems" lists at least one problem',
  problemsWithoutProblems: (result: string) =>
    `only a visit whose result is "problems" lists problems; this one's result is ${q(result)}`,
  closedWithoutProblems: (result: string) => `only problems are closed; this visit's result is ${q(result)}`,
  /** `kind`: the visit's kind (`routine`, `campaign`, `follow-up`). */
  feedbackNotDirected: (visit: string, kind: string) =>
    `only a directed visit (a complaint) has feedback to the complainant and the unit; ${visit} is a ${KIND[kind] ?? kind} visit`,
  problemClosedAfter: (closed: string, recordClosed: string) =>
    `${closed} is after the record's closed ${recordClosed}, the day every problem of the visit was rectified`,
  /** A replan's `from` that is not a date (`got` as JSON). */
  fromNotDate: (got: string) => `must be a date yyyy-mm-dd, got ${got}`,
  /** A record of a visit the replan from `from` redraws. */
  notYetHeld: (visit: string, date: string, from: string) =>
    `${visit} is dated ${date}, on or after the replan's from ${from}: the replan redraws the visits from then on, so none of them has taken place`,
  /** The schedule's input hash is not the plan's (`hash`). */
  otherPlan: (hash: string) =>
    `does not match the plan input (the input gives ${hash}): the schedule was drawn from another plan`,
  /** `got`: the value given, as JSON (or its `typeof`). */
  audience: (got: string) => `must be "public" or "office", got ${got}`,
  noUnit: (unit: string) => `names no unit of the schedule: ${unit}`,
  /** A random visit whose probability in its draw is not above 0 (`pi`: the number, or `undefined`). */
  probability: (kind: string, unit: string, pi: number | undefined) =>
    `is a ${KIND[kind] ?? kind} visit of ${unit}, whose probability in its draw is ${pi ?? 'missing'}`,
  /** Next year's `start` or `end` that is not a date (`got` as JSON). */
  notExistingDate: (got: string) => `must be an existing date yyyy-mm-dd, got ${got}`,
  startAfterEnd: (start: string, end: string) => `must not be after end (${start} > ${end})`,
};
