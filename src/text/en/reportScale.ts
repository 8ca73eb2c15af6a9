import { plural } from '../plural.js';

// The fairness report at a large size (`reportHtml` of more than `PAGE_ROWS` units or inspectors, or of
// long lists): the distributions and extremes the page shows instead of a row per unit or inspector,
// where the full tables are, and how many rows of a long list are left out. `` `code` `` marks the
// words the page sets as code.

/** The English text of the large fairness report. */
export const reportScale = {
  units: {
    /** Instead of the chart and table of every unit. */
    lead: (units: number, limit: number) =>
      `This schedule has ${units} units, more than the ${limit} this page lists one by one. The page shows instead how the units’ deviations and promised probabilities are distributed, the units furthest from their expected visits, the capped units and the units outside the promise.`,
    fullTable:
      'The full table, a row per unit with its promised probability in every period, is the `units` table that `fairdraw report` writes with `--csv` (file `units.csv`) or `--xlsx` (sheet `units`).',
    deviationTitle: 'Distribution of realised minus expected routine visits, per unit',
    deviationDescription: (units: number, min: string, max: string) =>
      `Each bar counts the units whose routine visits received minus expected fall in its range: ${plural(units, 'unit')}, from ${min} to ${max}. The dashed line marks 0.`,
    deviationAxis: 'routine visits received minus expected, per unit',
    deviationTooltip: (from: string, to: string, n: number) => `${from} to ${to}: ${plural(n, 'unit')}`,
    probabilityTitle: 'Distribution of the promised probabilities, per unit and period',
    probabilityDescription: (pairs: number, zero: number) =>
      `Each bar counts the pairs of a unit and a period whose promised probability of a routine visit falls in its range: ${pairs} pairs with a positive probability${zero > 0 ? `; the ${zero} pairs with probability 0 (the unit inactive in the period) are not counted` : ''}.`,
    probabilityAxis: 'promised probability of a routine visit in a period',
    probabilityTooltip: (from: string, to: string, n: number) =>
      `${from} to ${to}: ${n} ${n === 1 ? 'unit-period' : 'unit-periods'}`,
    above: (n: number) =>
      `The ${plural(n, 'unit')} furthest above their expected visits, largest deviation first.`,
    below: (n: number) =>
      `The ${plural(n, 'unit')} furthest below their expected visits, most negative deviation first.`,
    capped: (n: number) => `Units whose probabilities the visit limit per unit lowered (${n})`,
    cappedCaption:
      'Capped units: the visit limit per unit (`limits.maxVisitsPerUnit`) lowered their probabilities.',
    outside: (n: number) => `Units outside the promise (${n})`,
    outsideCaption:
      'Units whose routine visits are neither their expected number rounded down nor rounded up.',
    /** After a list of units cut short. */
    more: (n: number) => `${n} more not listed here: see the full table.`,
  },
  inspectors: {
    lead: (inspectors: number, limit: number, extremes: number) =>
      `There are ${inspectors} inspectors, more than the ${limit} this page lists one by one. The chart shows how their workloads are distributed, the table the ${extremes} busiest and the ${extremes} least busy.`,
    fullTable:
      'The full table, a row per inspector with their visits by police type, is the `inspectors` table that `fairdraw report` writes with `--csv` (file `inspectors.csv`) or `--xlsx` (sheet `inspectors`).',
    title: 'Distribution of the inspectors’ workloads',
    description: (inspectors: number, min: number, max: number, mean: string) =>
      `Each bar counts the inspectors whose visits of every kind fall in its range: ${inspectors} inspectors, from ${min} to ${max} visits, ${mean} on average.`,
    axis: 'visits per inspector',
    /** `range`: `12` or `12–14`. */
    tooltip: (range: string, n: number) => `${range} visits: ${plural(n, 'inspector')}`,
    busiest: (n: number) => `The ${plural(n, 'inspector')} with the most visits, most first.`,
    quietest: (n: number) => `The ${plural(n, 'inspector')} with the fewest visits, fewest first.`,
  },
  /** After a list of the schedule cut short: `key` is the schedule's field that lists them all. */
  moreInSchedule: (n: number, key: string) =>
    `${n} more not listed here: the schedule file lists them all (\`${key}\`).`,
  /** The units' rates of the estimates, when there are too many to list. */
  unitRates: (units: number, above: number) =>
    `Every unit’s rate (${units} units) is in the \`units\` table that \`fairdraw estimate --csv\` writes; below are the ${above} units clearly above their type.`,
  /** After the names of the units clearly above their type, cut short. */
  moreNames: (n: number) => `and ${n} more.`,
};
