import { text } from '../../text/catalogue.js';
import type { Lang } from '../../text/lang.js';
import { campaignChanceCells } from '../campaignChances.js';
import { fixed, percentRange } from '../formatNumber.js';
import { type Html, html, numCol, section, table, td, textCol } from '../html.js';
import type { PlanNotice } from '../PlanNoticeTypes.js';
import { swatch, typeColour } from '../palette.js';

/**
 * "The frame": the police types with the range of their units' chances and their expected routine
 * visits, then every unit (grouped by police type, in plan order within a type) with its chance per
 * period or its range, its active periods, expected routine visits and campaign chances. A unit's
 * name, when the plan file gives one, is shown under its id.
 */
export function frameSection(notice: PlanNotice, lang: Lang = 'en'): Html {
  const T = text(lang).notice.frame;
  const colourOf = new Map(notice.types.map((t, j) => [t.type, typeColour(j)]));
  const types = table(
    'table-types',
    T.typesCaption,
    [textCol(T.type), numCol(T.units), numCol(T.chance), numCol(T.expected)],
    notice.types.map((t) => [
      html`${swatch(colourOf.get(t.type)!)} ${t.type}`,
      t.units,
      percentRange(t.minProbability, t.maxProbability),
      fixed(t.expectedVisits),
    ]),
  );
  const campaignIds = notice.campaigns.map((c) => c.id);
  const anyCapped = notice.units.some((u) => u.capped);
  const typeOrder = new Map(notice.types.map((t, j) => [t.type, j]));
  const order = notice.units
    .map((u, i) => ({ u, i }))
    .sort((a, b) => typeOrder.get(a.u.type)! - typeOrder.get(b.u.type)! || a.i - b.i)
    .map(({ u }) => u);
  const anyRegion = notice.units.some((u) => u.region !== undefined);
  const units = table(
    'table-units',
    T.unitsCaption(anyCapped, campaignIds),
    [
      textCol(T.unit),
      textCol(T.type),
      ...(anyRegion ? [textCol(T.region)] : []),
      textCol(T.active),
      numCol(T.chance),
      numCol(T.activePeriods),
      numCol(T.expected),
      ...(campaignIds.length > 0 ? [numCol(T.campaignChance)] : []),
    ],
    order.map((u) => [
      html`${u.id}${u.capped ? html` <span class="tag" data-testid="capped">${T.capped}</span>` : ''}${u.name ? html`<br><span class="note">${u.name}</span>` : ''}`,
      td(html`${swatch(colourOf.get(u.type)!)} ${u.type}`, 'nowrap'),
      ...(anyRegion ? [u.region ?? ''] : []),
      td(T.activeSpan(u.active?.from, u.active?.to), 'nowrap'),
      percentRange(u.minProbability, u.maxProbability),
      u.activePeriods,
      fixed(u.expectedVisits),
      ...campaignChanceCells(u.campaigns, campaignIds),
    ]),
  );
  return section({ id: 'frame', title: T.title }, html`<p class="lead">${T.lead}</p>`, types, units);
}
