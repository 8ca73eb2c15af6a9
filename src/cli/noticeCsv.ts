import type { PlanNotice } from '../report/PlanNoticeTypes.js';
import { text } from '../text/catalogue.js';
import type { Lang } from '../text/lang.js';
import { csv } from './csv.js';

// The start-of-year notice as CSV (`fairdraw notice --csv`): the frame and the rules, every cell
// through `csvCell`, so no string of the plan file can run as a spreadsheet formula.

/** Up to 9 decimals, no trailing zeros, never `-0` (as `report --csv` writes probabilities). */
const num = (x: number) => {
  const r = Number(x.toFixed(9));
  return Object.is(r, -0) ? 0 : r;
};

/** A value of the rules table: a number, or text (lists joined by spaces, booleans as `true`/`false`). */
type Leaf = string | number;

/**
 * Every leaf of `value` as a `[path, value]` row, the path spelled like the plan file's fields:
 * `routine.bounds.min`, `periods[3].budget`, `campaigns[0].scope.types`. A list of plain values is
 * one row (joined by spaces); `undefined` members are left out.
 */
function leaves(value: unknown, path: string, out: [string, Leaf][]): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      out.push([path, value.join(' ')]);
      return;
    }
    value.forEach((v, k) => {
      leaves(v, `${path}[${k}]`, out);
    });
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, v] of Object.entries(value)) leaves(v, path ? `${path}.${key}` : key, out);
    return;
  }
  out.push([path, typeof value === 'number' ? value : String(value)]);
}

/**
 * The notice as two CSV tables (RFC 4180, CRLF line ends, every cell through `csvCell`):
 * - `frame`: id, name, type, region, active_from, active_to, capped (yes/no), min_pi, max_pi,
 *   active_periods, expected, then the promised routine probability of each period (`pi_1`, `pi_2`,
 *   ..., periods numbered from 1 as people count them) and each campaign's (`campaign_pi_<id>`);
 * - `rules`: `field,value` rows for the horizon, each period (first and last day, working days,
 *   budget; `periods[k].number` is the period's number, `k + 1`), the routine settings, limits, campaigns, the numbers of directed visits and findings,
 *   the team and recusal rules, the inspector pool, and the fingerprints (`anchors.scheduleHash`...).
 *
 * Like the page, it holds nothing the draw produced. The headers (and the yes/no of `capped`) are
 * in `lang` (default `en`, whose headers are the keys above; in Chinese the periods are counted from
 * 1, `第1周抽中概率`); the rules' field paths and values stay those of the plan file.
 */
export function noticeCsv(notice: PlanNotice, lang: Lang = 'en'): { frame: string; rules: string } {
  const H = text(lang).notice.csv;
  const kind = notice.horizon.period;
  const campaignIds = notice.campaigns.map((c) => c.id);
  const frame = csv([
    [...H.frame, ...notice.periods.map((p) => H.pi(p.index, kind)), ...campaignIds.map(H.campaignPi)],
    ...notice.units.map((u) => [
      u.id,
      u.name ?? '',
      u.type,
      u.region ?? '',
      u.active?.from ?? '',
      u.active?.to ?? '',
      u.capped ? H.yes : H.no,
      num(u.minProbability),
      num(u.maxProbability),
      u.activePeriods,
      num(u.expectedVisits),
      ...u.probabilities.map(num),
      ...campaignIds.map((id) => num(u.campaigns[id] ?? 0)),
    ]),
  ]);
  const rows: [string, Leaf][] = [];
  const { units: _units, types: _types, ...rules } = notice;
  // a period is named by its number, from 1, not by its index
  const periods = notice.periods.map(({ index, ...p }) => ({ number: index + 1, ...p }));
  leaves({ ...rules, periods }, '', rows);
  return {
    frame,
    rules: csv([H.rules, ...rows]),
  };
}
