import { plural } from '../plural.js';

// The fairness report (`reportHtml`), its interim statement (also the first line of the text summary
// and of each CSV table) and its CSV/XLSX headers. Dates reach the phrases as ISO days: each language
// writes them its own way. `**strong**` and `` `code` `` mark the words the page sets in bold or as
// code; a line feed is kept as the page has always written it.

/** What the interim statement says about the periods a report covers (a report's `coverage`). */
export interface InterimCoverage {
  /** Periods ended by the report's date: the report covers periods 1 to `ended`. */
  ended: number;
  total: number;
  /** The last day of the last ended period (empty when none ended). */
  through: string;
}

const NOT_PROMISED = ' (not promised by this schedule’s design)';

/** The English text of the fairness report. */
export const report = {
  title: 'Fairness report of the inspection schedule',
  /** The parts of the line under the heading, joined by ` · `. */
  subtitle: {
    periods: (n: number) => plural(n, 'period'),
    units: (n: number, types: number) => `${plural(n, 'unit')} in ${plural(types, 'police type')}`,
    inspectors: (n: number) => plural(n, 'inspector'),
    visits: (n: number) => plural(n, 'visit'),
  },
  /** From one day to another, both already written in the language: `2026-01-05 to 2026-12-27`. */
  span: (start: string, end: string) => `${start} to ${end}`,
  noDates: 'no dates',
  /** A list of ids or names in a table cell. */
  ids: (items: readonly string[]) => items.join(', '),
  yes: 'yes',
  no: 'no',
  footer: (library: string, scheduleHash: string) =>
    `Made with ${library} from the schedule ${scheduleHash}. The report is computed from the schedule alone; the same schedule always gives the same page.`,

  interim: {
    /**
     * The statement at the top of an interim page, text summary and CSV file. It names no date after
     * the last ended period, not even `asOf`, which may be the day of a visit still to come.
     */
    statement: (c: InterimCoverage): string =>
      c.ended === 0
        ? `Interim report: none of the ${c.total} periods has ended yet, so no visit is shown.`
        : `Interim report: ${c.ended === 1 ? 'period 1' : `periods 1–${c.ended}`} of ${c.total}, up to ${c.through}. The periods not yet ended are left out.`,
    /** The subtitle's period count of an interim page. */
    periods: (c: InterimCoverage): string => `${c.ended} of ${c.total} periods`,
    /** The key figure of the units' counts, which the horizon promise lets be checked only at its end. */
    unitsCard:
      'units visited so far their expected number of times, rounded down or up (the promise is for the whole horizon and is checked at its end)',
    /** After the units' "Rounded" explanation. */
    unitsLead:
      ' This is an interim report: the promise is about the whole horizon, so a count so far outside the range breaks nothing yet.',
    /** The text summary's line on the units' counts. */
    unitsLine: ' (so far; the promise is for the whole horizon and is checked at its end)',
  },

  promise: {
    title: 'What the promise means',
    drawn: (periods: number) =>
      `In each of the ${plural(periods, 'period')} of the schedule, a random draw chose which units receive a
**routine, unannounced inspection**. Before the draw, every unit had a fixed chance of being
chosen in every period, set by the published plan (the same for all units, or in proportion to a unit’s
risk, within bounds). These **promised probabilities** are listed below for every unit.`,
    expected: 'Adding up a unit’s chances over all periods gives its **expected number of visits**. ',
    rounded: `The draw is arranged so that each unit really receives that number **rounded down or up**:
a unit expected 12.5 times is inspected 12 or 13 times, never 4 or 21.`,
    independent: `This schedule was drawn period by period: every draw keeps the promised probabilities, so on average each
unit receives its expected number of visits, but its actual count may differ from it by more than one.`,
    /** After a replan: `from` is the first redrawn period, counted from 1. */
    restated: (
      from: number,
      periods: number,
    ) => ` This schedule was replanned: periods ${from} to ${periods} were drawn again, and the rounding
promise is restated for them only (the visits of each unit in those periods, against the sum of its probabilities over
them); the visits before were drawn under the earlier plan, so the whole-year count is not promised any more.`,
    typeShare:
      ' Each police type likewise receives its expected share of every period’s visits, rounded down or up.',
    random: (inspectors: boolean) =>
      `\nWhich units are visited in which period remains random and unannounced${
        inspectors
          ? ', and the inspectors are assigned at random, never to their own unit, with balanced workloads and a similar mix of police types'
          : ''
      }.`,
    other: `Campaign, directed (for example, checking a complaint) and follow-up visits are decided on other grounds;
they are counted separately and are not part of this promise.`,
    check: `Anyone can check the draw: with the published plan and the seed revealed after the draw, the schedule can be
recomputed exactly. The fingerprints (SHA-256 hashes) below tie this report to those files.`,
  },

  cards: {
    label: 'Key figures',
    routine: 'routine visits drawn',
    other: 'other visits (campaign, directed, follow-up)',
    units: (promised: boolean) =>
      `units visited their expected number of times, rounded down or up${promised ? '' : NOT_PROMISED}`,
    types: (promised: boolean) =>
      `police type × period counts rounded down or up from their expectation${promised ? '' : NOT_PROMISED}`,
    inspectors: 'inspectors',
    changes: 'logged changes (substitutions, replanning)',
  },

  manifest: {
    title: 'How to check this schedule',
    lead: `The input hash identifies the published plan (units, risks, inspectors, calendar); the seed commitment
was published before the draw and fixes the seed; the schedule hash identifies this exact schedule.
\`fairdraw verify plan.json schedule.json\` recomputes the schedule and compares every visit.`,
    library: 'Library',
    algorithm: 'Algorithm',
    rng: 'Random generator',
    inputHash: 'Input hash',
    seedCommitment: 'Seed commitment',
    scheduleHash: 'Schedule hash',
  },

  types: {
    title: 'Police types: expected and realised visits',
    chartTitle: 'Expected and realised routine visits by police type',
    chartDescription:
      'For each police type, the bar is the expected number of routine visits over the horizon ' +
      '(the sum of its units’ probabilities) and the dot the number of routine visits its units received.',
    tooltip: (type: string, units: number, expected: string, realised: number, other: number) =>
      `${type} (${plural(units, 'unit')}): expected ${expected}, realised ${realised}${other > 0 ? `, plus ${other} other` : ''}`,
    lead: 'Bar: expected routine visits over the horizon. Dot: routine visits received. A hollow square marks non-routine visits on top.',
    caption:
      'Routine visits by police type over the horizon. “Periods rounded”: the periods whose count is the expectation rounded down or up.',
    type: 'Police type',
    units: 'Units',
    probability: 'Promised probability per period',
    expected: 'Expected',
    realised: 'Realised',
    deviation: 'Deviation',
    periodsRounded: 'Periods rounded',
    other: 'Other visits',
  },

  units: {
    title: 'Units: expected and realised visits',
    chartTitle: 'Expected and realised routine visits by unit',
    chartDescription:
      'For each unit, the coloured bar is its expected number of routine visits, the grey band runs from that ' +
      'number rounded down to rounded up (the promise), and the dot is the number of routine visits it received.',
    tooltip: (
      id: string,
      name: string | undefined,
      type: string,
      expected: string,
      realised: number,
      other: number,
      range: string,
    ) =>
      `${id}${name ? ` (${name})` : ''}, ${type}: expected ${expected} routine visits, ` +
      `realised ${realised}${other > 0 ? `, plus ${other} other` : ''}; promised ${range} per period`,
    /** The accessible name of a unit's line of probabilities. */
    sparkline: (id: string, range: string) => `promised probability of ${id}: ${range} per period`,
    /** `fromPeriod`: the first period a replan redrew, counted from 1 (0: not replanned). */
    caption: (fromPeriod: number, capped: boolean, campaigns: readonly string[]) =>
      `Every unit’s promised probability per period (range and line over the periods), expected and realised routine visits${fromPeriod > 0 ? `; “Rounded” compares the routine visits of periods ${fromPeriod}.. with their expectation, the part a replan redrew` : ''}${capped ? '; “capped”: the visit limit per unit lowered its probabilities' : ''}. Other visits are counted apart, by kind${campaigns.length > 0 ? `; “Campaign chance”: the unit’s probability of a campaign visit${campaigns.length > 1 ? ', per campaign' : ` (${campaigns[0]!})`}` : ''}.`,
    lead: (promised: boolean) =>
      `Bar: expected routine visits. Grey band: the expected number rounded down to rounded up${promised ? ', the promised range' : ''}. “Rounded”: the count received is in that range. Dot: routine visits received.`,
    capped: 'capped',
    /** Visits of one other kind, in the unit's row: `campaign 1`. */
    kindCount: (kind: string, n: number) => `${kind} ${n}`,
    unit: 'Unit',
    type: 'Police type',
    probability: 'Promised probability per period',
    activePeriods: 'Active periods',
    expected: 'Expected',
    realised: 'Realised',
    deviation: 'Deviation',
    rounded: 'Rounded',
    other: 'Other visits',
    campaignChance: 'Campaign chance',
  },

  other: {
    title: 'Campaigns, directed visits and findings',
    lead: 'These visits are decided on other grounds than the routine draw and are counted apart from its promise.',
    campaignsCaption:
      'Campaigns (special inspections): a separate random draw among the units in scope over the window; not part of the routine promise.',
    campaign: 'Campaign',
    from: 'From',
    to: 'To',
    drawn: 'Visits drawn',
    listed: 'Visits listed',
    inScope: 'Units in scope',
    fairness: 'Fairness',
    design: 'Design',
    fairnessValue: { equal: 'equal', risk: 'risk' } as Record<string, string>,
    directedCaption: 'Directed visits (for example, checking a complaint): decided by the plan, not drawn.',
    unit: 'Unit',
    date: 'Date',
    reason: 'Reason',
    visit: 'Visit',
    noVisit: (note: string) => `none: ${note}`,
    findingsCaption:
      'Findings and their follow-up (rectification check) on the first working day after the deadline; a follow-up that cannot be scheduled says why.',
    found: 'Found',
    deadline: 'Deadline',
    followUp: 'Follow-up',
    scheduled: 'Scheduled',
    scheduledYes: (visit: string) => `yes, ${visit}`,
    scheduledNo: (note: string) => `no: ${note}`,
  },

  /**
   * The notes a schedule stores in English (plan and replan write them), each known form as a phrase,
   * so that another language can say it in its own words; a note of another form is shown as it is.
   * `index` is a period counted from 0, as the note holds it.
   */
  notes: {
    afterEnd: (followUp: string, end: string) =>
      `the follow-up ${followUp} falls after the horizon end ${end}`,
    beforeStart: (followUp: string, start: string) =>
      `the follow-up ${followUp} falls before the horizon start ${start}`,
    notActive: (unit: string, date: string) => `unit ${JSON.stringify(unit)} is not active on ${date}`,
    closedVisit: (from: string) => `the unit was closed from ${from} by a replan; the visit is not made`,
    closedFollowUp: (from: string) =>
      `the unit was closed from ${from} by a replan; the follow-up is not made`,
    restatedHorizon: (index: number, from: string) =>
      `periods ${index}.. were redrawn from ${from} with the changed frame; for them, each unit's routine visits are the floor or ceiling of the sum of its probabilities over periods ${index}.., each period's total is exact, and each type gets the floor or ceiling of its expectation in each period. Whole-horizon counts are not restated: visits before ${from} were drawn under the earlier frame.`,
    restatedIndependent: (index: number, from: string) =>
      `periods ${index}.. were redrawn from ${from} with the changed frame, each period on its own; each period's total is exact.`,
    capFull: (unit: string, kept: number, cap: number, from: string, expected: string) =>
      `${unit} already has ${kept} of its ${cap} visits (limits.maxVisitsPerUnit): its routine probabilities from ${from} on are 0, not the ${expected} expected visits the frame alone would give`,
    capRoom: (unit: string, kept: number, cap: number, from: string, room: string) =>
      `${unit} has ${kept} visits that count toward its cap of ${cap}: its routine probabilities from ${from} on are scaled to sum to ${room}, the room left under the cap`,
    /** The kind of a replanned schedule's note. */
    kind: { restated: 'restated', cap: 'cap' } as Record<string, string>,
  },

  limits: {
    title: 'Limits and replanning',
    lead: 'What the schedule says about its guarantees after replanning:',
    /** One note of a replanned schedule: `restated from 2026-07-06 (ps-a)`, then `: ` and its text. */
    note: (from: string, unit: string) => ` from ${from}${unit ? ` (${unit})` : ''}: `,
    conflictsCaption:
      'Visits of one unit closer together than the minimum gap (limits.minGapDays), which the dates could not avoid.',
    unit: 'Unit',
    first: 'First visit',
    second: 'Second visit',
    days: 'Days apart',
    rule: 'Rule',
  },

  calendar: {
    title: 'Calendar of visits',
    lead: (span: string, days: number, busiest: number) =>
      `Visits of every kind per day, ${span}: ${plural(days, 'day')} with visits, at most ${busiest} on one day. Hover a day for its count.`,
  },

  inspectors: {
    title: 'Inspectors: workload and mix of police types',
    lead: 'Inspectors are drawn at random, never for their own unit, with balanced workloads and a similar mix of police types, so leniency and strictness even out.',
    caption: 'Visits per inspector, all kinds, by police type of the visited unit.',
    inspector: 'Inspector',
    visits: 'Visits',
    routine: 'Routine',
    other: 'Other',
  },

  kinds: {
    title: 'Visits by kind',
    caption: 'Visits of the schedule by kind.',
    kind: 'Kind',
    visits: 'Visits',
    random: 'Part of the random promise',
    names: {
      routine: 'routine (random draw)',
      campaign: 'campaign (special inspection)',
      directed: 'directed (e.g. a complaint)',
      'follow-up': 'follow-up (rectification check)',
    } as Record<string, string>,
    periodsCaption: 'Routine visits drawn per period (budget) and listed, and other visits.',
    periodsSummary: (n: number) => `Visits per period (${n})`,
    period: 'Period',
    from: 'From',
    to: 'To',
    budget: 'Routine budget',
    listed: 'Routine listed',
    other: 'Other visits',
  },

  charts: {
    expectedRealised: 'expected / realised',
    /** ISO weekdays 1..7, as the heat map's rows name them. */
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    /**
     * luxon formats of the heat map, in the language's locale: a month's label, the first month of a
     * later year, a day's tooltip.
     */
    monthFormat: 'LLL',
    monthYearFormat: 'LLL yyyy',
    dayFormat: 'ccc d LLL yyyy',
    noVisit: 'no visit',
    /** A day's tooltip: the day, then what happened on it. */
    dayTooltip: (day: string, what: string) => `${day}: ${what}`,
    dayVisits: (count: number, routine: number, other: number) =>
      `${count} visit${count === 1 ? '' : 's'}${other > 0 ? ` (${routine} routine, ${other} other)` : ''}`,
    visitsPerDay: 'visits per day',
    heatTitle: 'Visits per day',
    heatDescription: (days: number, first: string, last: string, max: number) =>
      `Calendar of the ${days} days from ${first} to ${last}: ` +
      `one column per week, one row per weekday; darker cells had more visits (at most ${max} on a day).`,
    loadTooltip: (inspector: string, n: number, type: string) =>
      `${inspector}: ${n} visit${n === 1 ? '' : 's'} to ${type}`,
    mean: (mean: string) => `mean ${mean}`,
    loadTitle: 'Inspector workload by police type',
    loadDescription: (mean: string) =>
      `Visits per inspector (all kinds), split by the police type of the visited unit; ` +
      `the dashed line is the mean load of ${mean} visits.`,
  },

  /** The headers of `report --csv` and `--xlsx`, and their yes/no cells (periods counted from 1 in headers read by people). */
  csv: {
    units: [
      'id',
      'name',
      'type',
      'expected',
      'realised',
      'deviation',
      'within_promise',
      'other',
      'min_pi',
      'max_pi',
      'active_periods',
    ],
    /** The probability of period `index` (counted from 0, as in the schedule). */
    pi: (index: number) => `pi_${index + 1}`,
    unitsAfter: ['capped', 'promise_expected', 'promise_realised'],
    kindVisits: (kind: string) => `visits_${kind}`,
    campaignPi: (id: string) => `campaign_pi_${id}`,
    types: [
      'type',
      'units',
      'expected',
      'realised',
      'deviation',
      'periods_outside_promise',
      'other',
      'min_pi',
      'max_pi',
    ],
    expectedIn: (index: number) => `expected_${index + 1}`,
    realisedIn: (index: number) => `realised_${index + 1}`,
    inspectors: ['id', 'visits', 'routine', 'other'],
    yes: 'yes',
    no: 'no',
  },
};
