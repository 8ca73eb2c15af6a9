import { plural } from '../plural.js';

/** Words every page and command shares. */
export const common = {
  /** The language's own name. */
  langName: 'English',
  /** The noun of each kind of period. */
  period: { week: 'week', month: 'month', quarter: 'quarter' } as Record<
    'week' | 'month' | 'quarter',
    string
  >,
  /** A period named by its number, counted from 1: `week 7`. */
  periodNumbered: (kind: 'week' | 'month' | 'quarter', n: number) => `${kind} ${n}`,
  /** A count of periods: `51 weeks`. */
  periods: (n: number, kind: 'week' | 'month' | 'quarter') => plural(n, kind),
  /** A unit or an inspector shown by its name beside its id: `Chengguan police station (ps-01)`. */
  named: (id: string, name?: string) => (name ? `${name} (${id})` : id),
  /** A list joined as a sentence joins it: `a, b and c`. */
  list: (items: readonly string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
};
