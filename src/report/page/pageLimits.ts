// How much of a long list the fairness report's page shows, so that the page stays small (a few MB at
// most) whatever the size of the schedule: the full tables are the CSV and .xlsx files of
// `fairdraw report`, which list every unit and inspector.

/**
 * The most rows of one list the page shows. A report of more units (or inspectors) shows their
 * distributions and extremes instead of a row each (`unitsOverview`, `inspectorsOverview`); any other
 * list (capped units, units outside the promise, campaigns, directed visits, findings, gap conflicts,
 * notes, the units' rates of the estimates) shows its first `PAGE_ROWS` rows and counts the rest.
 * A county's report (tens of units, tens of inspectors) is far below it and lists everything.
 */
export const PAGE_ROWS = 300;

/** How many units (inspectors) a large page shows at each end: the largest and the smallest. */
export const EXTREME_ROWS = 20;

/** The first `limit` items of `items` (all of them when there are no more), and how many are left out. */
export function firstRows<T>(items: readonly T[], limit = PAGE_ROWS): { rows: readonly T[]; more: number } {
  return items.length <= limit
    ? { rows: items, more: 0 }
    : { rows: items.slice(0, limit), more: items.length - limit };
}

/**
 * The `k` items of `items` with the largest `key`, largest first, ties in the order of `items`; only
 * the items `keep` accepts. One pass over the items with a sorted list of at most `k`, so it is
 * linear in their number for a small `k` (nothing of the size of `items` is sorted or copied).
 */
export function largest<T>(
  items: readonly T[],
  k: number,
  key: (item: T) => number,
  keep: (item: T) => boolean = () => true,
): T[] {
  const best: { item: T; key: number }[] = [];
  if (k <= 0) return [];
  for (const item of items) {
    if (!keep(item)) continue;
    const value = key(item);
    if (best.length === k && !(value > best[k - 1]!.key)) continue;
    let at = best.length;
    while (at > 0 && value > best[at - 1]!.key) at -= 1;
    best.splice(at, 0, { item, key: value });
    if (best.length > k) best.pop();
  }
  return best.map((b) => b.item);
}
