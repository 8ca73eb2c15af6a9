import { plural } from '../plural.js';

/** What `proposeRisk` says of one unit. */
export interface RiskFacts {
  visits: number;
  withProblems: number;
  typeEstimate: number | null;
  shrunk: number | null;
  /** The prior's weight in visits (`Infinity`: shrunk fully). */
  m: number;
  risk: number;
  proposed: number;
  factor: number;
  /** The factor before the bound. */
  raw: number;
  type: string;
}

const pct = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
const times = (x: number) => `×${Math.round(x * 100) / 100}`;

/** Next year's risk (`proposeRisk`, `fairdraw next-year`). */
export const nextYear = {
  /** The rule, in words. */
  rule: (bound: number) =>
    `Each unit's rate at its random visits is shrunk toward its police type's estimate (empirical Bayes: the more a type's units differ beyond chance, the more a unit's own visits count), and its risk weight is multiplied by the shrunk rate over the type's estimate, bounded to a factor of ${bound} either way. A unit not visited at random, or of a type where no problem was found, keeps its weight.`,
  /** Why one unit's weight is what it is. */
  reason: (f: RiskFacts) => {
    const found = `${f.withProblems} of ${plural(f.visits, 'random visit')} found problems`;
    if (f.risk === 0) return 'risk 0 (never drawn under fairness "risk"): kept at 0';
    if (f.typeEstimate === null) return `no random visit to a ${f.type} unit was done: risk ${f.risk} kept`;
    if (f.typeEstimate === 0)
      return `no random visit to a ${f.type} unit found a problem: risk ${f.risk} kept`;
    if (f.visits === 0)
      return `not visited at random: the ${f.type} estimate ${pct(f.typeEstimate)} stands, risk ${f.risk} kept`;
    if (!Number.isFinite(f.m))
      return `${found}; ${f.type} units differ no more than chance makes them, so its rate is taken as the type's ${pct(f.typeEstimate)}: risk ${f.risk} kept`;
    const factor = f.raw !== f.factor ? `${times(f.raw)}, bounded to ${times(f.factor)}` : times(f.factor);
    return `${found} (${pct(f.withProblems / f.visits)}); ${f.type} estimate ${pct(f.typeEstimate)}; shrunk rate ${pct(f.shrunk!)} (prior weight ${Math.round(f.m * 10) / 10} visits): risk ${f.risk} → ${f.proposed} (${factor})`;
  },
  /** The heading of `fairdraw next-year`. */
  heading: (units: number, periods: number, lastDay: string) =>
    `Risk weights proposed for ${plural(units, 'unit')}, from the random visits of the ${plural(periods, 'period')} ended by ${lastDay}:`,
  /** One unit's line. */
  unitLine: (named: string, reason: string) => `  ${named}: ${reason}`,
  /** The file written. */
  wrote: (out: string, start: string, end: string) => `wrote ${out}: the plan file for ${start}..${end}`,
  /** Units closed before the new horizon. */
  closed: (ids: readonly string[]) => `left out, closed before the new horizon: ${ids.join(', ')}`,
  /** What of the old horizon was left out. */
  leftOut: (campaigns: number, directed: number, findings: number) =>
    `left out, dated in the old horizon: ${plural(campaigns, 'campaign')}, ${plural(directed, 'directed visit')}, ${plural(findings, 'finding')} (add the new year's)`,
  /** The old plan listed its days itself. */
  holidays:
    "The old plan listed its holidays itself: list the new horizon's holidays and adjusted working days in horizon.holidays and horizon.extraWorkdays (or set horizon.calendar).",
  /** What to do next. */
  next: (out: string) => [
    'The plan has no seed yet: the seed decides the draw, so it is chosen in the open once the plan is fixed.',
    'Next:',
    `  1. read ${out} and change what no longer fits (inspectors, routine visits, campaigns)`,
    `  2. fairdraw hash ${out}   (the input hash, to publish)`,
    '  3. fairdraw commit   (a secret to keep and its commitment, to publish with the input hash)',
    `  4. once the public value is known, add "seed": { "secret": ..., "public": ..., "commitment": ... } to ${out}`,
    `  5. fairdraw plan ${out} --out schedule.json`,
  ],
};
