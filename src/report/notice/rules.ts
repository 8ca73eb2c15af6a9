import { type Catalogue, text } from '../../text/catalogue.js';
import { formatDate } from '../../text/format.js';
import type { Lang } from '../../text/lang.js';
import { percent } from '../formatNumber.js';
import { type Content, type Html, html, joinHtml, numCol, section, table, td, textCol } from '../html.js';
import type { NoticeCampaign, PlanNotice } from '../PlanNoticeTypes.js';

type Notice = Catalogue['notice'];
type Rules = Notice['rules'];

/** Bounds as a range of percentages, or `none`. */
function boundsText(bounds: { min?: number; max?: number } | undefined, T: Rules): string {
  if (bounds === undefined || (bounds.min === undefined && bounds.max === undefined)) return T.noBounds;
  return T.boundsRange(percent(bounds.min ?? 0), percent(bounds.max ?? 1));
}

/** The rows of the rules table: the plan's settings in words. */
function ruleRows(notice: PlanNotice, lang: Lang): [string, Content][] {
  const N = text(lang).notice;
  const T = N.rules;
  const { horizon, routine, limits, anchors } = notice;
  /** A list of plan dates, or `none`. */
  const dateList = (dates: readonly string[]) =>
    dates.length > 0 ? N.ids(dates.map((d) => formatDate(d, lang))) : T.none;
  const budget =
    routine.visitsPerWorkday !== undefined
      ? T.perWorkday(routine.visitsPerWorkday)
      : T.perPeriod(routine.visitsPerPeriod ?? 0, horizon.period, routine.prorate === 'workdays');
  return [
    [T.horizon, N.span(N.day(horizon.start), N.day(horizon.end))],
    [T.zone, horizon.zone],
    [T.period, T.periodValue(horizon.period, notice.periods.length)],
    [T.workdays, N.ids(horizon.workdays.map((d) => N.weekdays[d - 1] ?? String(d)))],
    [T.holidays, dateList(horizon.holidays)],
    [T.extraWorkdays, dateList(horizon.extraWorkdays)],
    [T.budget, joinHtml([budget, T.total(routine.total)], html`<br>`)],
    [T.fairness, routine.fairness === 'risk' ? T.fairnessRisk : T.fairnessEqual],
    [T.bounds, boundsText(routine.bounds, T)],
    [T.balance, routine.balance === 'type' ? T.balanceType : T.balanceNone],
    [T.coordination, routine.coordination === 'horizon' ? T.coordinationHorizon : T.coordinationIndependent],
    [T.design, routine.coordination === 'horizon' ? T.designUnused(routine.design) : routine.design],
    [T.routineAlgorithm, html`<code>${anchors.routineAlgorithm}</code>`],
    [T.cap, limits?.maxVisitsPerUnit !== undefined ? T.capValue(limits.maxVisitsPerUnit) : T.noLimit],
    [T.gap, limits?.minGapDays !== undefined ? T.gapValue(limits.minGapDays) : T.noLimit],
    [T.directed, T.directedValue(notice.directed)],
    [T.findings, T.findingsValue(notice.findings)],
  ];
}

/**
 * A campaign's scope in words: `police types police-station; regions east`, or `every unit`; units
 * by name beside their id when the plan file gives one.
 */
function scopeText(scope: NoticeCampaign['scope'], unit: (id: string) => string, N: Notice): string {
  const T = N.rules;
  const parts = [
    scope.types ? T.scopeTypes(N.ids(scope.types)) : '',
    scope.regions ? T.scopeRegions(N.ids(scope.regions)) : '',
    scope.units ? T.scopeUnits(N.ids(scope.units.map(unit))) : '',
  ].filter((p) => p !== '');
  return parts.length > 0 ? T.scopeJoin(parts) : T.scopeAll;
}

/**
 * "The rules of the draw": the plan's settings as a table, each period's first and last day and
 * budget (folded), and the campaigns with their scope, window and budget.
 */
export function rulesSection(notice: PlanNotice, lang: Lang = 'en'): Html {
  const C = text(lang);
  const N = C.notice;
  const T = N.rules;
  const names = new Map(notice.units.flatMap((u) => (u.name ? [[u.id, u.name] as const] : [])));
  const unit = (id: string) => C.common.named(id, names.get(id));
  const date = (iso: string) => formatDate(iso, lang);
  const rules = table('table-rules', T.caption, [textCol(T.rule), textCol(T.value)], ruleRows(notice, lang));
  const periods = table(
    'table-periods',
    T.periodsCaption,
    [
      numCol(T.periodNumber),
      textCol(T.from),
      textCol(T.to),
      numCol(T.periodWorkdays),
      numCol(T.periodBudget),
    ],
    notice.periods.map((p) => [p.index + 1, date(p.start), date(p.end), p.workdays, p.budget]),
  );
  const campaigns =
    notice.campaigns.length === 0
      ? ''
      : html`<h3>${T.campaignsTitle}</h3>
${table(
  'table-campaigns',
  T.campaignsCaption,
  [
    textCol(T.campaign),
    textCol(T.scope),
    textCol(T.from),
    textCol(T.to),
    numCol(T.visits),
    numCol(T.inFrame),
    numCol(T.windowWorkdays),
    textCol(T.fairness),
    textCol(T.design),
    textCol(T.campaignBounds),
  ],
  notice.campaigns.map((c) => [
    c.name ? html`${c.id}<br><span class="note">${c.name}</span>` : c.id,
    scopeText(c.scope, unit, N),
    td(date(c.from), 'nowrap'),
    td(date(c.to), 'nowrap'),
    c.visits,
    c.scopeUnits,
    c.workdays,
    T.fairnessValue[c.fairness] ?? c.fairness,
    c.design,
    boundsText(c.bounds, T),
  ]),
)}`;
  return section(
    { id: 'rules', title: T.title },
    rules,
    html`<details id="periods"><summary>${T.periodsSummary(notice.periods.length)}</summary>
${periods}
</details>`,
    campaigns,
  );
}
