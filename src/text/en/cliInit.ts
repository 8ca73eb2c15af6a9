import { plural } from '../plural.js';

// `fairdraw init`: the summary it prints (part of the `cli` section).

/** The noun of a period kind: `working day`, `week`, `month`, `quarter`; `period` for a kind it does not know. */
const noun = (kind: string) =>
  kind === 'day'
    ? 'working day'
    : kind === 'week' || kind === 'month' || kind === 'quarter'
      ? kind
      : 'period';

/** What the plan file holds, what was chosen for the user, and what comes next. */
export const cliInit = {
  wrote: (out: string, sources: readonly string[]) => `wrote ${out} from ${sources.join(', ')}:`,
  horizon: (start: string, end: string, zone: string, n: number, kind: string) =>
    `  horizon     ${start}..${end} in ${zone}: ${plural(n, noun(kind))}`,
  units: (units: number, types: number) => `  units       ${units} of ${plural(types, 'police type')}`,
  inspectors: (n: number, teamSize: number, byName: number) =>
    `  inspectors  ${n}, in teams of ${teamSize}, never inspecting their own unit (team.recusal "homeUnit")` +
    (byName > 0 ? `; ${byName} home units given by name, written as ids` : ''),
  noInspectors: '  inspectors  none (pass --inspectors to assign them to the visits)',
  holidays: (holidays: number, workdays: number, outside: number) =>
    `  holidays    ${plural(holidays, 'holiday')} and ${plural(workdays, 'worked weekend day')}` +
    (outside > 0 ? ` (${outside} dates outside the horizon left out)` : ''),
  noHolidays:
    '  holidays    none (pass --holidays, or list them in horizon.holidays and horizon.extraWorkdays)',
  routine: (visits: number, kind: string, byDefault: boolean) =>
    `  routine     ${plural(visits, 'visit')} a ${noun(kind)}` +
    (byDefault
      ? ' (the default: about 4 a unit a year; change routine.visitsPerPeriod, or pass --visits)'
      : '') +
    ', fairness "risk" (units drawn in proportion to their risk)',
  next: (out: string) => [
    'The plan has no seed yet: the seed decides the draw, so it is chosen in the open once the plan is fixed.',
    'Next:',
    `  1. read ${out} and change what the defaults do not fit (docs/init.md)`,
    `  2. fairdraw hash ${out}   (the input hash, to publish)`,
    '  3. fairdraw commit   (a secret to keep and its commitment, to publish with the input hash)',
    `  4. once the public value is known, add to ${out}`,
    '       "seed": { "secret": "<secret>", "public": "<the public value>", "commitment": "<commitment>" }',
    `  5. fairdraw plan ${out} --out schedule.json`,
  ],
};
