import { plural } from '../plural.js';

type By = 'all' | 'type' | 'region' | 'category' | 'campaign';

/** The estimates (`estimate`, `fairdraw estimate`, the report's estimates section). */
export const estimate = {
  /** What is estimated, by grouping: the periods ended by `lastDay`. */
  estimand: (by: By, periods: number, lastDay: string) => {
    const span = `over the ${plural(periods, 'period')} ended by ${lastDay}`;
    if (by === 'campaign')
      return `For each campaign ended by ${lastDay}: the share of the units in its frame (in scope and active over its window) at which its visit would find a problem.`;
    const share =
      by === 'category'
        ? 'the share of unit-periods at which a routine visit would find a problem of the category'
        : 'the share of unit-periods at which a routine visit would find a problem';
    const group = { all: '', type: ', by police type', region: ', by region', category: '' }[by];
    return `The estimand: ${share}${group}, counting every unit in the routine frame (inclusion probability above 0) in each period, ${span}.`;
  },
  /** How it is estimated. */
  method: (m: { by: By; level: number; z: number; horizon: boolean; collapsed: number }) =>
    [
      `Hájek's estimator, sum(y/π) / sum(1/π), over the ${m.by === 'campaign' ? "campaign's visits" : 'routine visits'} done, each weighted with the inclusion probability the schedule reports for it.`,
      `Standard error: Deville's variance approximation for high-entropy designs, ${m.by === 'campaign' ? 'for the campaign draw' : 'per period, summed over the periods'}${m.horizon ? ' (conservative under horizon coordination)' : ''}.`,
      m.collapsed > 0
        ? `${plural(m.collapsed, 'period')} with a single visit ${m.collapsed === 1 ? 'was' : 'were'} pooled with the next for the variance.`
        : '',
      `${Math.round(m.level * 1000) / 10}% interval: the estimate ± ${m.z.toFixed(2)} standard errors, cut to [0, 1].`,
      'A visit not done or not recorded is left out, and the visits done in its draw are weighted up (missing at random within the draw).',
      'Directed and follow-up visits are not drawn at random: they are listed, never counted.',
      'Sources: Hájek 1971; Deville 1993; Tillé, Sampling and Estimation from Finite Populations, 2020 (docs/estimation.md).',
    ]
      .filter((s) => s !== '')
      .join(' '),
  /** The name of a group's key: `all units`, a region left blank. */
  allUnits: 'All units',
  noRegion: '(no region)',
  /** The column headers of the groups table (terminal, CSV, page). */
  groupColumns: {
    all: 'Group',
    type: 'Police type',
    region: 'Region',
    category: 'Category',
    campaign: 'Campaign',
    visits: 'Visits counted',
    withProblems: 'With problems',
    notDone: 'Not done',
    unrecorded: 'Not recorded',
    estimate: 'Estimate',
    standardError: 'Standard error',
    ci: (level: number) => `${Math.round(level * 1000) / 10}% confidence interval`,
  },
  /** The column headers of the units table. */
  unitColumns: {
    unit: 'Unit',
    type: 'Police type',
    visits: 'Random visits',
    withProblems: 'With problems',
    problems: 'Problems',
    rate: 'Rate',
    ci: (level: number) => `${Math.round(level * 1000) / 10}% Wilson interval`,
    typeEstimate: 'Type estimate',
    above: 'Above its type',
  },
  /** A share as a percentage: `14.2%`; a missing one: `-`. */
  percent: (x: number | null) => (x === null ? '-' : `${(Math.round(x * 1000) / 10).toFixed(1)}%`),
  /** An interval as percentages: `9.0%-19.3%`. */
  interval: (ci: readonly [number, number] | null) =>
    ci === null
      ? '-'
      : `${(Math.round(ci[0] * 1000) / 10).toFixed(1)}%–${(Math.round(ci[1] * 1000) / 10).toFixed(1)}%`,
  yes: 'yes',
  no: 'no',
  /** The terminal's heading of `fairdraw estimate`. */
  heading: (periods: number, lastDay: string) =>
    `Estimates over ${plural(periods, 'period')} ended by ${lastDay}`,
  /** The line of the visits not counted. */
  uncounted: (kind: string, visits: number, withProblems: number) =>
    `${kind} visits: ${visits} done, ${withProblems} with problems (not random: not counted)`,
  kindName: {
    routine: 'routine',
    campaign: 'campaign',
    directed: 'directed',
    'follow-up': 'follow-up',
  } as Record<string, string>,
  /** The units whose interval lies wholly above their type's estimate. */
  flagged: (n: number) =>
    n === 0
      ? 'No unit has a problem rate clearly above its police type (every Wilson interval reaches the type estimate).'
      : `${plural(n, 'unit')} with a problem rate clearly above ${n === 1 ? 'its' : 'their'} police type (the whole Wilson interval above the type estimate):`,
  /** Why units are not ranked. */
  notRanked:
    'Units are listed, never ranked by counts: units of higher risk are visited more often by design, so they show more problems.',
  /** The page section. */
  section: {
    title: 'Estimates from the random visits',
    units: 'Units: problem rates at their random visits',
    unitsCaption: 'Each unit, its random visits, the visits with problems, the rate and its Wilson interval.',
    groupsCaption: 'Estimated share of unit-periods with a problem, by police type.',
  },
};
