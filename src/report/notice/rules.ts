import { percent } from '../formatNumber.js';
import { type Content, type Html, html, joinHtml, numCol, section, table, td, textCol } from '../html.js';
import type { NoticeCampaign, PlanNotice } from '../PlanNoticeTypes.js';
import { NOTICE_TEXT } from './noticeText.js';

const T = NOTICE_TEXT.rules;

/** A plan date with its weekday: `2026-01-05 (Mon)` (the date read as a calendar day, no zone). */
function dayWithWeekday(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return `${date} (${NOTICE_TEXT.weekdays[day === 0 ? 7 : day]})`;
}

/** A list of plan dates, or `none`. */
const dateList = (dates: readonly string[]) => (dates.length > 0 ? dates.join(', ') : T.none);

/** Bounds as a range of percentages, or `none`. */
function boundsText(bounds: { min?: number; max?: number } | undefined): string {
  if (bounds === undefined || (bounds.min === undefined && bounds.max === undefined)) return T.noBounds;
  return T.boundsRange(percent(bounds.min ?? 0), percent(bounds.max ?? 1));
}

/** The rows of the rules table: the plan's settings in words. */
function ruleRows(notice: PlanNotice): [string, Content][] {
  const { horizon, routine, limits, anchors } = notice;
  const noun = NOTICE_TEXT.period(horizon.period);
  const budget =
    routine.visitsPerWorkday !== undefined
      ? T.perWorkday(routine.visitsPerWorkday)
      : T.perPeriod(routine.visitsPerPeriod ?? 0, noun, routine.prorate === 'workdays');
  return [
    [T.horizon, NOTICE_TEXT.span(dayWithWeekday(horizon.start), dayWithWeekday(horizon.end))],
    [T.zone, horizon.zone],
    [T.period, `${noun} (${NOTICE_TEXT.periods(notice.periods.length, horizon.period)})`],
    [T.workdays, horizon.workdays.map((d) => NOTICE_TEXT.weekdays[d]!).join(', ')],
    [T.holidays, dateList(horizon.holidays)],
    [T.extraWorkdays, dateList(horizon.extraWorkdays)],
    [T.budget, joinHtml([budget, T.total(routine.total)], html`<br>`)],
    [T.fairness, routine.fairness === 'risk' ? T.fairnessRisk : T.fairnessEqual],
    [T.bounds, boundsText(routine.bounds)],
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

/** A campaign's scope in words: `police types police-station; regions east`, or `every unit`. */
function scopeText(scope: NoticeCampaign['scope']): string {
  const parts = [
    scope.types ? T.scopeTypes(scope.types.join(', ')) : '',
    scope.regions ? T.scopeRegions(scope.regions.join(', ')) : '',
    scope.units ? T.scopeUnits(scope.units.join(', ')) : '',
  ].filter((p) => p !== '');
  return parts.length > 0 ? parts.join('; ') : T.scopeAll;
}

/**
 * "The rules of the draw": the plan's settings as a table, each period's first and last day and
 * budget (folded), and the campaigns with their scope, window and budget.
 */
export function rulesSection(notice: PlanNotice): Html {
  const rules = table('table-rules', T.caption, [textCol(T.rule), textCol(T.value)], ruleRows(notice));
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
    notice.periods.map((p) => [p.index + 1, p.start, p.end, p.workdays, p.budget]),
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
    scopeText(c.scope),
    td(c.from, 'nowrap'),
    td(c.to, 'nowrap'),
    c.visits,
    c.scopeUnits,
    c.workdays,
    c.fairness,
    c.design,
    boundsText(c.bounds),
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
