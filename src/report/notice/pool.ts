import { type Html, html, section, table, textCol } from '../html.js';
import type { PlanNotice } from '../PlanNoticeTypes.js';
import { NOTICE_TEXT } from './noticeText.js';

const T = NOTICE_TEXT.pool;

/**
 * "Inspectors and recusal": the team size, the recusal rules in words (home unit always; conflicts,
 * region and qualified types when the plan uses them), and the pool: each inspector's id, name,
 * home unit (and its region under region recusal), other recusals and the types they visit.
 */
export function poolSection(notice: PlanNotice): Html {
  const { inspectors, team } = notice;
  if (inspectors.length === 0) {
    return section({ id: 'pool', title: T.title }, html`<p class="lead">${T.emptyPool}</p>`);
  }
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
      x.homeUnit ?? '',
      ...(byRegion ? [x.homeRegion ?? ''] : []),
      x.conflicts.join(', '),
      x.types ? x.types.join(', ') : T.allTypes,
    ]),
  );
  return section(
    { id: 'pool', title: T.title },
    html`<p class="lead">${T.team(team.size, inspectors.length)}</p>`,
    html`<ul class="notes" data-testid="recusal">${rules.map((r) => html`<li>${r}</li>`)}</ul>`,
    pool,
  );
}
