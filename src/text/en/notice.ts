import { weekdayName } from '../format.js';
import { plural } from '../plural.js';
import { common } from './common.js';

// The start-of-year notice (`noticeHtml`) and the headers of `notice --csv`. Functions take the
// numbers, ids and ISO dates they show; each language writes the dates its own way, and the page
// escapes what they return.

import type { PeriodKind } from './common.js';

/** The English text of the start-of-year notice. */
export const notice = {
  title: 'Start-of-year notice of the inspection plan',
  /** ISO weekdays 1..7, at index 0..6. */
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  /** A plan date with its weekday: `2026-01-05 (Mon)`. */
  day: (iso: string) => `${iso} (${weekdayName(iso, 'en')})`,
  /** From one day to another (ISO dates, or days already written with {@link notice.day}). */
  span: (start: string, end: string) => `${start} to ${end}`,
  /** A list of ids or dates in a table cell. */
  ids: (items: readonly string[]) => items.join(', '),
  subtitle: {
    periods: (n: number, kind: PeriodKind) => common.periods(n, kind),
    units: (n: number, types: number) => `${plural(n, 'unit')} in ${plural(types, 'police type')}`,
    inspectors: (n: number) => plural(n, 'inspector'),
    routine: (n: number) => `${plural(n, 'routine visit')} to draw`,
  },

  about: {
    title: 'What this notice says',
    drawn:
      'The inspection visits of this plan have been drawn at random. This notice states everything the draw was bound ' +
      'to: which units could be chosen and with what chance in each period, the rules of the draw, who may inspect, and ' +
      'the fingerprints that fix the plan, the seed and the schedule.',
    secret:
      'It names no visit. Which units are inspected, on which day and by whom stays unannounced until each period has ' +
      'ended; then the office publishes that period’s visits, and anyone can check them against the schedule hash ' +
      'below. The dates on this notice all come from the plan itself: the horizon, the first and last day of each ' +
      'period, holidays and worked days, campaign windows, and the days units open or close.',
    promiseHorizon:
      'The routine visits of the whole horizon are drawn together, so that each unit receives its expected number of ' +
      'visits rounded down or up: a unit expected 12.5 times is inspected 12 or 13 times.',
    promiseHorizonTypes:
      ' Each police type likewise receives its expected share of every period’s visits, rounded down or up.',
    promiseIndependent:
      'Each period is drawn on its own: every unit has exactly its promised chance in every period, so on average it ' +
      'receives its expected number of visits, but its count may differ from it by more than one.',
  },

  anchors: {
    title: 'The fingerprints',
    lead:
      'The input hash identifies the plan file (units, risks, inspectors, calendar, rules; the seed is not part of ' +
      'it). The seed commitment was published before the draw and fixes the seed without revealing it. The schedule ' +
      'hash seals the drawn schedule, period by period: it reveals nothing of it, and no visit can be changed ' +
      'afterwards without changing it.',
    library: 'Library',
    algorithm: 'Algorithm',
    rng: 'Random generator',
    inputHash: 'Input hash',
    seedCommitment: 'Seed commitment',
    seedPublic: 'Public value (entropy drawn in public)',
    scheduleHash: 'Schedule hash',
  },

  rules: {
    title: 'The rules of the draw',
    caption: 'The settings of the plan file that the draw followed.',
    rule: 'Rule',
    value: 'Value',
    horizon: 'Horizon',
    zone: 'Time zone',
    period: 'Period',
    /** The period row's value: `week (51 weeks)`. */
    periodValue: (kind: PeriodKind, n: number) => `${common.period[kind]} (${common.periods(n, kind)})`,
    workdays: 'Working days',
    holidays: 'Holidays (no visit)',
    extraWorkdays: 'Worked days outside the working week',
    none: 'none',
    budget: 'Routine visits',
    perPeriod: (n: number, kind: PeriodKind, prorated: boolean) =>
      `${plural(n, 'visit')} per full ${common.period[kind]}${prorated ? ', prorated by working days' : ''}`,
    perWorkday: (n: number) => `${n} per working day`,
    total: (n: number) =>
      `${plural(n, 'routine visit')} over the horizon (each period’s budget is listed below)`,
    fairness: 'Fairness',
    fairnessRisk: 'chance in proportion to each unit’s risk weight',
    fairnessEqual: 'the same chance for every active unit',
    bounds: 'Bounds on a unit’s chance per period',
    boundsRange: (min: string, max: string) => `from ${min} to ${max}`,
    noBounds: 'none',
    balance: 'Balance',
    balanceType: 'by police type: each type receives its expected share of the visits',
    balanceNone: 'none',
    coordination: 'Coordination',
    coordinationHorizon: 'one draw over the whole horizon (yearly counts rounded down or up)',
    coordinationIndependent: 'each period drawn on its own',
    design: 'Sampling design',
    designUnused: (design: string) => `${design} (the horizon draw does not use it)`,
    routineAlgorithm: 'Routine algorithm',
    cap: 'Visits per unit',
    capValue: (n: number) => `at most ${plural(n, 'visit')} of one unit over the horizon, all kinds counted`,
    gap: 'Gap between visits of a unit',
    gapValue: (n: number) => `at least ${plural(n, 'calendar day')}, kept when placing the dates`,
    noLimit: 'no limit',
    directed: 'Directed visits',
    directedValue: (n: number) =>
      n === 0
        ? 'none'
        : `${n} fixed by the plan file (for example, checking a complaint); not drawn, outside the routine budget`,
    findings: 'Findings to follow up',
    findingsValue: (n: number) =>
      n === 0
        ? 'none'
        : `${n}; each is followed up on the first working day after its rectification deadline; not drawn`,
    periodsSummary: (n: number) => `Each period’s first and last day and its routine budget (${n})`,
    periodsCaption:
      'The periods of the horizon, numbered from 1, with their working days and routine budget.',
    periodNumber: 'Period',
    from: 'From',
    to: 'To',
    periodWorkdays: 'Working days',
    periodBudget: 'Routine budget',
    campaignsTitle: 'Campaigns',
    campaignsCaption:
      'Campaigns (special inspections): a separate random draw among the units in scope over the window; not part of the routine promise.',
    campaign: 'Campaign',
    scope: 'Scope',
    scopeAll: 'every unit',
    scopeTypes: (ids: string) => `police types ${ids}`,
    scopeRegions: (ids: string) => `regions ${ids}`,
    scopeUnits: (ids: string) => `units ${ids}`,
    /** The parts of a scope, joined. */
    scopeJoin: (parts: readonly string[]) => parts.join('; '),
    visits: 'Visits',
    inFrame: 'Units in scope',
    windowWorkdays: 'Working days',
    campaignBounds: 'Bounds',
    /** A campaign's `fairness` as the plan file gives it. */
    fairnessValue: { equal: 'equal', risk: 'risk' } as Record<string, string>,
  },

  frame: {
    title: 'The frame: every unit and its chances',
    lead:
      'The chance of each unit to receive a routine visit in each period was fixed by the plan before the draw. Its ' +
      'sum over the periods is the unit’s expected number of routine visits.',
    typesCaption:
      'Police types: their units, the range of their chances per period and their expected routine visits.',
    type: 'Police type',
    units: 'Units',
    chance: 'Chance per period',
    expected: 'Expected routine visits',
    unitsCaption: (capped: boolean, campaigns: readonly string[]) =>
      'Every unit of the plan: its chance of a routine visit per period (one value, or the range when it varies ' +
      'between the periods where the unit is active) and its expected routine visits' +
      (capped ? '; “capped”: the limit of visits per unit lowered its chances' : '') +
      (campaigns.length === 0
        ? '.'
        : `; “Campaign chance”: its chance of a campaign visit${campaigns.length > 1 ? ', per campaign' : ` (${campaigns[0]})`}.`),
    unit: 'Unit',
    region: 'Region',
    active: 'Active',
    /** When a unit is active, as the plan file gives it (`from`, `to`: ISO days, or absent). */
    activeSpan: (from: string | undefined, to: string | undefined) =>
      from === undefined && to === undefined
        ? 'whole horizon'
        : [from !== undefined ? `from ${from}` : '', to !== undefined ? `to ${to}` : '']
            .filter((p) => p !== '')
            .join(' '),
    activePeriods: 'Active periods',
    campaignChance: 'Campaign chance',
    capped: 'capped',
  },

  pool: {
    title: 'Inspectors and recusal',
    team: (size: number, pool: number) =>
      `Each visit is made by ${plural(size, 'inspector')}, drawn at random from the pool of ${plural(pool, 'inspector')} below, with balanced workloads.`,
    emptyPool: 'The plan lists no inspector: visits are not staffed by the draw.',
    homeUnit: 'An inspector never visits their own home unit.',
    conflicts: 'Nor any unit listed as a conflict of interest.',
    region: 'Nor any unit in the region of their home unit.',
    types: 'An inspector with listed police types visits only units of those types.',
    caption: 'The inspector pool.',
    inspector: 'Inspector',
    name: 'Name',
    home: 'Home unit',
    homeRegion: 'Home region',
    recusedFrom: 'Also recused from',
    onlyTypes: 'Visits only',
    allTypes: 'every type',
  },

  verify: {
    title: 'How to verify',
    lead: 'Anyone can check the draw with the fairdraw command, step by step:',
    keep: 'Keep this notice, or note its three fingerprints. The input hash and the seed commitment must be the ones the office published before the public entropy was drawn.',
    eachPeriod: `After each period has ended, the office publishes that period’s visits as a reveal file (in it, period N of this notice is "period": N − 1). Check it against the schedule hash of this notice; the answer must be "verified":`,
    changes:
      'If the office replaces an inspector or replans, the schedule hash changes: it publishes the new one and the reason, and later reveals are checked against it. The schedule’s log records every change.',
    yearEnd:
      'At the end of the horizon, the office publishes the plan file with its seed or secret revealed, and the schedule. Check that the plan file is the one fingerprinted here (the command prints the input hash above):',
    verifyAll:
      'Then re-derive the whole schedule from the plan and the seed: the command checks the seed against the commitment and the seal, replays every logged change, and must print "verified":',
    compare:
      'Compare the promised chances of the final fairness report (fairdraw report schedule.json --html report.html) with the ones on this notice, unit by unit.',
  },

  footer: (library: string, inputHash: string) =>
    `Made with ${library} from the plan file with input hash ${inputHash}. The notice is computed from the plan file and the schedule’s fingerprints alone: it names no visit, and the same plan always gives the same page.`,

  /** The headers of `notice --csv` and the frame's yes/no cells. */
  csv: {
    frame: [
      'id',
      'name',
      'type',
      'region',
      'active_from',
      'active_to',
      'capped',
      'min_pi',
      'max_pi',
      'active_periods',
      'expected',
    ],
    /** The probability of period `index` (counted from 0, as in the schedule) of a horizon of `kind` periods. */
    pi: (index: number, _kind: PeriodKind) => `pi_${index + 1}`,
    campaignPi: (id: string) => `campaign_pi_${id}`,
    rules: ['field', 'value'],
    yes: 'yes',
    no: 'no',
  },
};
