import type { Visit } from './Schedule.js';

/** Order of the kinds among visits to the same unit on the same day. */
const KIND_ORDER: Record<Visit['kind'], number> = { routine: 0, campaign: 1, directed: 2, 'follow-up': 3 };

/**
 * The schedule's order of visits: by date, then unit id (UTF-16 code-unit order), then kind (routine,
 * campaign, directed, follow-up). Returns 0 for visits equal on all three, so a stable sort keeps their
 * order. `plan` (through `numberVisits`) and `replan` both use it, so a replanned schedule lists its
 * visits by the same rule as a planned one.
 */
export function compareVisits(
  x: Pick<Visit, 'date' | 'unit' | 'kind'>,
  y: Pick<Visit, 'date' | 'unit' | 'kind'>,
): number {
  if (x.date !== y.date) return x.date < y.date ? -1 : 1;
  if (x.unit !== y.unit) return x.unit < y.unit ? -1 : 1;
  return KIND_ORDER[x.kind] - KIND_ORDER[y.kind];
}
