import { percent } from './formatNumber.js';
import { type Html, html, joinHtml } from './html.js';

/**
 * A unit's campaign inclusion probabilities as the cells of a units table: none without campaigns,
 * else one cell with each campaign's probability on its own line (prefixed with the campaign's id when
 * there are several). Shared by the report's unit table and the start-of-year notice's frame.
 *
 * @param campaigns - the unit's probability by campaign id (0 when missing).
 * @param campaignIds - the schedule's campaign ids, in its order.
 */
export function campaignChanceCells(
  campaigns: Readonly<Record<string, number>>,
  campaignIds: readonly string[],
): Html[] {
  if (campaignIds.length === 0) return [];
  return [
    joinHtml(
      campaignIds.map((id) => `${campaignIds.length > 1 ? `${id} ` : ''}${percent(campaigns[id] ?? 0)}`),
      html`<br>`,
    ),
  ];
}
