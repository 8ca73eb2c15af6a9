import { plural } from '../../plural.js';

// The messages of inspector assignment (src/assign): bad options, and why visits cannot be staffed.

const q = (value: unknown) => JSON.stringify(value);

/** Why an inspector can never staff a visit (the static hard constraints). */
export type Ineligibility = 'homeUnit' | 'conflict' | 'region' | 'type' | 'unavailable' | 'noCapacity';

/** A capacity limit that can leave visits unstaffed. */
export type CapacityLimit = 'maxPerDay' | 'maxPerPeriod';

/** A visit with fewer eligible inspectors than it needs, and who is kept off it, by reason. */
export interface ShortVisitFacts {
  unit: string;
  date: string;
  need: number;
  eligible: readonly string[];
  excluded: readonly { reason: Ineligibility | 'onTeam'; ids: readonly string[] }[];
}

/** A period (or a date) whose visits need more inspector slots than capacity allows. */
export interface OverCapacityFacts {
  /** The date, when the visits lie on one date and only `maxPerDay` binds; else the period. */
  date?: string | undefined;
  period: number;
  visits: readonly { id: string; unit: string; date: string }[];
  need: number;
  filled: number;
  limits: readonly { inspector: string; limit: CapacityLimit; max: number; date?: string | undefined }[];
}

/** What an assignment or a substitution that cannot be staffed comes to (the error's message). */
export interface StaffingFacts {
  /** An assignment of `teamSize` inspectors a visit, or the substitution of `inspector`. */
  mode: { assign: true; teamSize: number } | { assign: false; inspector: string };
  shortVisits: number;
  /** The rules that keep the most inspectors off the short visits, most first. */
  reasons: readonly Ineligibility[];
  /** The unit types of the short visits some inspector is not qualified for, sorted. */
  unqualified: readonly string[];
  unstaffed: number;
  periods: number;
  dates: number;
  missingSlots: number;
  /** The capacity limits that bind, sorted. */
  limits: readonly CapacityLimit[];
}

const WORDING: Readonly<Record<Ineligibility | 'onTeam', string>> = {
  homeUnit: 'recused (home unit)',
  conflict: 'recused (conflict of interest)',
  region: 'recused (same region)',
  type: 'not qualified for the unit type',
  unavailable: 'unavailable that day',
  noCapacity: 'has no capacity (maxPerPeriod or maxPerDay 0)',
  onTeam: 'already on the team',
};

const FIX: Readonly<Record<Exclude<Ineligibility, 'type'>, string>> = {
  homeUnit: 'add inspectors from other units',
  conflict: 'add inspectors without those conflicts of interest',
  region: 'add inspectors from other regions or drop "region" from team.recusal',
  unavailable: 'add inspectors available on the dates of those visits',
  noCapacity: 'give the inspectors with maxPerPeriod or maxPerDay 0 some capacity',
};

/** `items` joined as English: `a`, `a and b`, `a, b, and c` (with `or` as `last` for choices). */
function inWords(items: readonly string[], last = 'and'): string {
  if (items.length <= 2) return items.join(` ${last} `);
  return `${items.slice(0, -1).join(', ')}, ${last} ${items.at(-1)}`;
}

/** Messages about inspectors, teams and staffing. */
export const assign = {
  teamSizeBad: (got: string) => `must be an integer >= 1, got ${got}`,
  duplicateInspector: (id: string, earlier: number) => `duplicate id "${id}" (also inspectors[${earlier}])`,
  capacityBad: (got: string) => `must be an integer >= 0, got ${got}`,
  teamsCount: (teams: number, visits: number) => `has ${teams} teams for ${visits} visits`,
  unknownInspector: (id: string) => `unknown inspector id ${q(id)}`,
  teamTooBig: (members: number, size: number) => `has ${members} inspectors, more than the team size ${size}`,
  listedTwice: (id: string) => `lists ${id} twice`,
  datePeriods: (date: string, period: number, earlier: number) =>
    `date ${date} is in period ${period} here but in period ${earlier} on an earlier visit`,
  shortVisit: (f: ShortVisitFacts) =>
    `unit ${f.unit} on ${f.date} needs ${f.need} inspector${f.need === 1 ? '' : 's'}, ` +
    `only ${f.eligible.length} eligible${f.eligible.length > 0 ? ` (${f.eligible.join(', ')})` : ''}` +
    (f.excluded.length > 0
      ? `: ${f.excluded.map((x) => `${x.ids.join(', ')} ${x.ids.length === 1 ? 'is' : 'are'} ${WORDING[x.reason]}`).join('; ')}`
      : ''),
  overCapacity: (f: OverCapacityFacts) =>
    `${f.date === undefined ? `in period ${f.period}` : `on ${f.date}`}, visits ${f.visits.map((v) => `${v.id} (${v.unit}, ${v.date})`).join(', ')} ` +
    `together need ${f.need} inspector slots but capacity allows only ${f.filled}: ` +
    (f.limits.length > 0
      ? `${f.limits.map((l) => `${l.inspector} at ${l.limit} ${l.max}${l.date === undefined ? '' : ` on ${l.date}`}`).join(', ')}; `
      : '') +
    'every other inspector is ineligible for these visits',
  staffing: (f: StaffingFacts) => {
    const binding: string[] = [];
    const fixes: string[] = [];
    if (f.shortVisits > 0) {
      const need = f.mode.assign ? `team.size ${f.mode.teamSize}` : 'the replacement needs';
      const why = f.reasons.map((r) =>
        r === 'type' ? `not qualified for the unit type (${f.unqualified.join(', ')})` : WORDING[r],
      );
      binding.push(
        `${plural(f.shortVisits, 'visit')} ${f.shortVisits === 1 ? 'has' : 'have'} fewer eligible inspectors than ${need}` +
          (why.length > 0
            ? `; what keeps the others off, most first: ${why.join(', ')}`
            : ': there are too few inspectors'),
      );
      for (const r of f.reasons.slice(0, 2))
        fixes.push(r === 'type' ? `add inspectors qualified for ${inWords(f.unqualified)}` : FIX[r]);
    }
    if (f.unstaffed > 0) {
      const where = inWords([
        ...(f.periods > 0 ? [`in ${plural(f.periods, 'period')}`] : []),
        ...(f.dates > 0 ? [`on ${plural(f.dates, 'date')}`] : []),
      ]);
      const limits = inWords(f.limits);
      binding.push(
        `${plural(f.unstaffed, 'visit')} ${where} ${f.unstaffed === 1 ? 'misses' : 'miss'} ` +
          `${plural(f.missingSlots, 'inspector slot')}${limits ? `, held back by ${limits}` : ''}`,
      );
      for (const limit of f.limits) fixes.push(`raise ${limit}`);
    }
    if (!fixes.some((x) => x.startsWith('add inspectors'))) fixes.push('add inspectors');
    const last = f.mode.assign
      ? 'reduce team.size'
      : "replace them on fewer dates (the plan's inspectors and their limits stay as they are for the year)";
    const fix = f.mode.assign ? inWords([...new Set(fixes), last], 'or') : last;
    const lead = f.mode.assign ? '' : `cannot replace ${f.mode.inspector}: `;
    return (
      `${lead}${plural(f.shortVisits + f.unstaffed, 'visit')} cannot be staffed. ${binding.join('. ')}. ` +
      `To fix: ${fix}. Each visit is listed in the error's problems.`
    );
  },
};
