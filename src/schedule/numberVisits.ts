import { compareVisits } from './compareVisits.js';
import type { Visit } from './Schedule.js';

/** A visit before it has an id and a team: what each stream (routine, campaign, directed, follow-up) produces. */
export type DraftVisit = Omit<Visit, 'id' | 'inspectors'>;

const ID_WIDTH = 4;

/**
 * Sorts the visits of every stream into the schedule's order and numbers them `v-0001`, `v-0002`, ...
 * (zero-padded to at least 4 digits, more when there are more visits). The order is by date, then
 * unit id (UTF-16 code-unit order), then kind (routine, campaign, directed, follow-up); visits equal on
 * all three keep the order of `drafts` (the sort is stable). A schedule with routine visits only is
 * ordered exactly as before campaigns existed (one routine visit per unit and period).
 *
 * @returns the visits with empty teams, and `ids[k]`, the id given to `drafts[k]`.
 */
export function numberVisits(drafts: readonly DraftVisit[]): { visits: Visit[]; ids: string[] } {
  const order = drafts.map((_, k) => k);
  order.sort((a, b) => compareVisits(drafts[a]!, drafts[b]!) || a - b);
  const width = Math.max(ID_WIDTH, String(drafts.length).length);
  const ids = new Array<string>(drafts.length);
  const visits = order.map((k, position) => {
    const id = `v-${String(position + 1).padStart(width, '0')}`;
    ids[k] = id;
    const { kind, period, date, unit, ...extra } = drafts[k]!;
    return { id, kind, period, date, unit, inspectors: [], ...extra };
  });
  return { visits, ids };
}
