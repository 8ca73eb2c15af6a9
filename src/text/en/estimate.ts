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
  method: (m: { by: By; level: number; horizon: boolean; collapsed: number }) =>
    [
      `Hájek's estimator, sum(y/π) / sum(1/π), over the ${m.by === 'campaign' ? "campaign's visits" : 'routine visits'} done, each weighted with the inclusion probability the schedule reports for it.`,
      `Standard error: Deville's variance approximation for high-entropy designs, ${m.by === 'campaign' ? 'for the campaign draw' : 'per period, summed over the periods'}${m.horizon ? ' (conservative under horizon coordination)' : ''}.`,
      m.collapsed > 0
        ? `${plural(m.collapsed, 'period')} with a single visit ${m.collapsed === 1 ? 'was' : 'were'} pooled with the next for the variance.`
        : '',
      `${Math.round(m.level * 1000) / 10}% interval: the estimate ± ${m.level === 0.95 ? '1.96' : 'z'} standard errors, cut to [0, 1].`,
      'A visit not done or not recorded is left out, and the visits done in its draw are weighted up (missing at random within the draw).',
      'Directed and follow-up visits are not drawn at random: they are listed, never counted.',
      'Sources: Hájek 1971; Deville 1993; Tillé, Sampling and Estimation from Finite Populations, 2020 (docs/estimation.md).',
    ]
      .filter((s) => s !== '')
      .join(' '),
};
