import { plural } from '../plural.js';

/** The kinds of period a horizon is cut into (the calendar's `PeriodKind`, restated: text is the lowest layer). */
export type PeriodKind = 'day' | 'week' | 'month' | 'quarter';

/** Words every page and command shares. */
export const common = {
  /** The language's own name. */
  langName: 'English',
  /** The noun of each kind of period. */
  period: { day: 'working day', week: 'week', month: 'month', quarter: 'quarter' } as Record<
    PeriodKind,
    string
  >,
  /** A period named by its number, counted from 1: `week 7`. */
  periodNumbered: (kind: PeriodKind, n: number) => `${kind === 'day' ? 'working day' : kind} ${n}`,
  /** A count of periods: `51 weeks`. */
  periods: (n: number, kind: PeriodKind) => plural(n, kind === 'day' ? 'working day' : kind),
  /** A unit or an inspector shown by its name beside its id: `Chengguan police station (ps-01)`. */
  named: (id: string, name?: string) => (name ? `${name} (${id})` : id),
  /** A list joined as a sentence joins it: `a, b and c`. */
  list: (items: readonly string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
};
