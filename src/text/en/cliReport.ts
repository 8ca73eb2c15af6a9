// `fairdraw report`: the fairness report as the command prints it (part of the `cli` section).

/** The lines of the fairness report as text; dates and ids as the report gives them. */
export const cliReport = {
  head: (h: {
    start: string;
    end: string;
    periods: number;
    units: number;
    types: number;
    inspectors: number;
  }) =>
    `fairness report: ${h.start || '-'}..${h.end || '-'}, ${h.periods} periods, ` +
    `${h.units} units, ${h.types} police types, ${h.inspectors} inspectors`,
  visits: (total: number, kinds: string) =>
    `visits: ${total} (${kinds || 'none'}); only routine visits are part of the promise`,
  library: (library: string, algorithm: string) => `library ${library}, algorithm ${algorithm}`,
  promises: (routine: string, unitCounts: boolean, typeCounts: boolean) =>
    `routine algorithm ${routine || '(not recorded)'}: promises the probabilities` +
    `${unitCounts ? ', unit counts floor/ceiling over the horizon' : ''}` +
    `${typeCounts ? ', type counts floor/ceiling in every period' : ''}`,
  /**
   * How many counts kept the promise. `from` is the first period (counted from 1) a replan restated
   * the units' promise for, when it did; `so far` when the report is interim.
   */
  kept: (k: {
    units: number;
    unitsWithin: number;
    from?: number;
    unitCounts: boolean;
    soFar: boolean;
    typePeriods: number;
    typePeriodsWithin: number;
    typeCounts: boolean;
  }) =>
    `${k.unitsWithin} of ${k.units} units visited floor or ceiling of their expected count` +
    `${k.from !== undefined ? ` in periods ${k.from}.. (restated by the replan)` : ''}` +
    `${k.soFar ? ' (so far; the promise is for the whole horizon and is checked at its end)' : k.unitCounts ? '' : ' (not promised)'}; ` +
    `${k.typePeriodsWithin} of ${k.typePeriods} (police type, period) counts floor or ceiling` +
    `${k.typeCounts ? '' : ' (not promised)'}`,
  typeColumns: {
    type: 'police type',
    units: 'units',
    pi: 'pi per period',
    expected: 'expected',
    realised: 'realised',
    deviation: 'deviation',
    rounded: 'periods rounded',
    other: 'other',
  },
  unitColumns: {
    unit: 'unit',
    type: 'type',
    pi: 'pi per period',
    expected: 'expected',
    realised: 'realised',
    deviation: 'deviation',
    rounded: 'rounded',
    other: 'other',
    detail: 'other kinds, campaign chance',
  },
  /** Whether a unit's count is within the promise: yes; no so far (interim); NO. */
  within: { yes: 'yes', notYet: 'no', no: 'NO' },
  capped: 'capped',
  campaigns: 'campaigns:',
  campaign: (c: {
    id: string;
    from: string;
    to: string;
    visits: number;
    planned: number;
    scope: number;
    fairness: string;
    design: string;
  }) =>
    `  ${c.id} ${c.from}..${c.to}: ${c.visits} visits listed (${c.planned} drawn) among ` +
    `${c.scope} units in scope, ${c.fairness}, ${c.design}`,
  directed: 'directed visits:',
  directedVisit: (date: string, unit: string, reason: string, visit: string | undefined, note: string) =>
    `  ${date} ${unit}: ${reason} -> ${visit !== undefined ? visit : `none (${note})`}`,
  findings: 'findings (found, deadline, follow-up):',
  finding: (f: {
    unit: string;
    date: string;
    deadline: string;
    followUp: string;
    visit: string | undefined;
    note: string;
  }) =>
    `  ${f.unit} ${f.date}, deadline ${f.deadline}, follow-up ${f.followUp}: ` +
    `${f.visit !== undefined ? `scheduled ${f.visit}` : `NOT scheduled (${f.note})`}`,
  conflicts: (n: number) => `gap conflicts (${n}):`,
  conflict: (unit: string, first: string, second: string, days: number, rule: string) =>
    `  ${unit} ${first} and ${second}: ${days} days (${rule})`,
  notes: 'notes:',
  note: (kind: string, from: string, unit: string | undefined, message: string) =>
    `  ${kind} from ${from}${unit ? ` (${unit})` : ''}: ${message}`,
  loads: 'inspector loads (visits: routine + other; by police type):',
  /** An inspector's line (id and count padded): `insp-01       24 (22 + 2): patrol 3, ...`. */
  load: (who: string, routine: number, other: number, mix: string) =>
    `${who} (${routine} + ${other}): ${mix}`,
  calendar: (visitDays: number, days: number, busiest: number) =>
    `calendar: ${visitDays} of ${days} days with visits, at most ${busiest} on one day`,
  /** Beyond a few hundred units (inspectors), the summary lists the extremes only. */
  extremes: (shown: number, all: number, what: 'units' | 'inspectors') =>
    `  (${shown} of ${all} ${what}: the furthest above their expectation first, then the furthest below; ` +
    `every ${what === 'units' ? 'unit' : 'inspector'} is in the ${what} table of fairdraw report --csv DIR or --xlsx FILE)`,
  extremeLoads: (shown: number, all: number) =>
    `  (${shown} of ${all} inspectors: the busiest first, then the least busy; every inspector is in the inspectors table of fairdraw report --csv DIR or --xlsx FILE)`,
};
