import { text } from '../../text/catalogue.js';
import type { Lang } from '../../text/lang.js';
import { type Html, html, section, table, textCol } from '../html.js';
import type { PlanNotice } from '../PlanNoticeTypes.js';

/**
 * "Inspectors and recusal": the team size, the recusal rules in words (home unit always; conflicts,
 * region and qualified types when the plan uses them), and the pool: each inspector's id, name,
 * home unit (and its region under region recusal), other recusals and the types they visit. Units
 * are shown by name beside their id when the plan file gives one.
 */
export function poolSection(notice: PlanNotice, lang: Lang = 'en'): Html {
  const C = text(lang);
  const T = C.notice.pool;
  const { inspectors, team } = notice;
  if (inspectors.length === 0) {
    return section({ id: 'pool', title: T.title }, html`<p class="lead">${T.emptyPool}</p>`);
  }
  const names = new Map(notice.units.flatMap((u) => (u.name ? [[u.id, u.name] as const] : [])));
  const unit = (id: string) => C.common.named(id, names.get(id));
  const byRegion = team.recusal.includes('region');
  const rules = [
    T.homeUnit,
    ...(inspectors.some((x) => x.conflicts.length > 0) ? [T.conflicts] : []),
    ...(byRegion ? [T.region] : []),
    ...(inspectors.some((x) => x.types !== undefined) ? [T.types] : []),
  ];
  const pool = table(
    'table-inspectors',
    T.caption,
    [
      textCol(T.inspector),
      textCol(T.name),
      textCol(T.home),
      ...(byRegion ? [textCol(T.homeRegion)] : []),
      textCol(T.recusedFrom),
      textCol(T.onlyTypes),
    ],
    inspectors.map((x) => [
      x.id,
      x.name ?? '',
      x.homeUnit !== undefined ? unit(x.homeUnit) : '',
      ...(byRegion ? [x.homeRegion ?? ''] : []),
      C.notice.ids(x.conflicts.map(unit)),
      x.types ? C.notice.ids(x.types) : T.allTypes,
    ]),
  );
  return section(
    { id: 'pool', title: T.title },
    html`<p class="lead">${T.team(team.size, inspectors.length)}</p>`,
    html`<ul class="notes" data-testid="recusal">${rules.map((r) => html`<li>${r}</li>`)}</ul>`,
    pool,
  );
}
