import type { Visit } from '../model/scheduleSchema.js';

/**
 * A visit before it has an id and a team: what each stream (routine, campaign, directed, follow-up)
 * produces. `key` names it until it is numbered: a provisional name the stream's summary points at
 * (`directed/0`), or, for a visit a replan keeps, its id before the replan.
 */
export type DraftVisit = Omit<Visit, 'id' | 'inspectors'> & { key?: string };

const KIND_ORDER: Record<Visit['kind'], number> = { routine: 0, campaign: 1, directed: 2, 'follow-up': 3 };

/**
 * The schedule's order of visits: by date, then unit id (UTF-16 code-unit order), then kind (routine,
 * campaign, directed, follow-up).
 */
export function compareVisits(
  x: Pick<Visit, 'date' | 'unit' | 'kind'>,
  y: Pick<Visit, 'date' | 'unit' | 'kind'>,
): number {
  if (x.date !== y.date) return x.date < y.date ? -1 : 1;
  if (x.unit !== y.unit) return x.unit < y.unit ? -1 : 1;
  return KIND_ORDER[x.kind] - KIND_ORDER[y.kind];
}

/** The number of a visit id `v-0042` (0 for an id of another form). */
function visitNumber(id: string): number {
  const m = /^v-(\d+)$/.exec(id);
  return m ? Number(m[1]) : 0;
}

/**
 * Sorts the drafts into the schedule's order ({@link compareVisits}; drafts equal on date, unit and kind
 * keep their order in `drafts`) and numbers them after the visits `kept`: `v-0001`, `v-0002`, ... for a
 * new plan, from the highest kept number plus one for a replan, zero-padded to at least 4 digits (more
 * when the kept and new visits together need more). A kept visit's id never changes.
 *
 * @returns the numbered visits, with empty teams, each draft `key` with the id it got, and `order`:
 *   `visits[p]` is numbered from `drafts[order[p]]`.
 */
export function numberVisits(
  drafts: readonly DraftVisit[],
  kept: readonly Visit[] = [],
): { visits: Visit[]; renamed: Map<string, string>; order: readonly number[] } {
  const order = visitOrder(drafts);
  const width = Math.max(4, String(kept.length + drafts.length).length);
  const first = kept.reduce((m, v) => Math.max(m, visitNumber(v.id)), 0) + 1;
  const renamed = new Map<string, string>();
  const visits = order.map((k, position) => {
    const id = `v-${String(first + position).padStart(width, '0')}`;
    const draft = drafts[k]!;
    const { key, kind, period, date, unit } = draft;
    if (key !== undefined) renamed.set(key, id);
    if (plainDraft(draft)) return { id, kind, period, date, unit, inspectors: [] };
    const { key: _, kind: _k, period: _p, date: _d, unit: _u, ...extra } = draft;
    return { id, kind, period, date, unit, inspectors: [], ...extra };
  });
  return { visits, renamed, order };
}

/** The members every draft has, and its `key`. */
const DRAFT_MEMBERS = new Set(['kind', 'period', 'date', 'unit', 'key']);

/**
 * Whether a draft has no member beyond {@link DRAFT_MEMBERS} (no `...extra` to copy). Read with
 * `for...in`, which lists no array of names per draft (fifty thousand of them in a national year); a
 * member it lists beyond the own ones (from a changed `Object.prototype`) only sends the draft
 * through the general copy, which gives the same visit.
 */
function plainDraft(draft: object): boolean {
  for (const name in draft) if (!DRAFT_MEMBERS.has(name)) return false;
  return true;
}

/**
 * The indices of `drafts` in the schedule's order ({@link compareVisits}, ties in index order): the
 * drafts are grouped by date first (a few hundred days), so that the comparisons of the sort proper
 * are made within a day.
 */
function visitOrder(drafts: readonly DraftVisit[]): number[] {
  const byDate = new Map<string, number[]>();
  drafts.forEach((d, k) => {
    const list = byDate.get(d.date);
    if (list === undefined) byDate.set(d.date, [k]);
    else list.push(k);
  });
  const order: number[] = [];
  for (const date of [...byDate.keys()].sort()) {
    const day = byDate.get(date)!;
    day.sort((a, b) => compareVisits(drafts[a]!, drafts[b]!) || a - b);
    for (const k of day) order.push(k);
  }
  return order;
}
