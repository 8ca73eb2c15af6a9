import { type Difference, differenceExpected, differenceMessage } from '../schedule/Verification.js';
import { type Catalogue, text } from '../text/catalogue.js';
import { formatCount, formatDate, weekdayName } from '../text/format.js';
import type { Lang } from '../text/lang.js';
import { type Content, type Html, html, joinHtml, numCol, section, table, td, textCol } from './html.js';
import type { NoticeName, NoticeVisit, PeriodNotice } from './PeriodNoticeTypes.js';
import { pageDocument } from './page/document.js';
import { estimateGroupsTable } from './page/estimates.js';

/** Options of {@link periodNoticeHtml}. */
export interface PeriodNoticeHtmlOptions {
  /** The page's heading; default `Results of period 9 of 51` (in the page's language). */
  title?: string;
  /** The language of the page: `en` (default) or `zh-CN`. */
  lang?: Lang;
}

type Results = Catalogue['results'];

/** A unit or an inspector: the id, and the name beside it once the reveal carries one. */
const named = (x: NoticeName): Html =>
  x.name ? html`${x.id} <span class="note">${x.name}</span>` : html`${x.id}`;

function kindOf(v: NoticeVisit, T: Results): string {
  const kind = T.kinds[v.kind] ?? v.kind;
  if (v.campaign) return T.kindCampaign(kind, v.campaign);
  if (v.reason) return T.kindReason(kind, v.reason);
  return kind;
}

/** What a visit found, in words: its result, then its problems by category with their deadlines. */
export function outcomeText(v: NoticeVisit, lang: Lang): string {
  const T = text(lang).results;
  if (v.outcome === undefined) return '';
  const result = T.outcome[v.outcome.result] ?? v.outcome.result;
  if (v.outcome.problems.length === 0) return result;
  return T.problems(
    result,
    v.outcome.problems.map((p) => T.problem(p.category, p.deadline)),
  );
}

/** The cells a visit's row gains when the notice has outcomes: its result and its probability. */
function outcomeCells(v: NoticeVisit, lang: Lang): (Content | ReturnType<typeof td>)[] {
  const result = outcomeText(v, lang);
  return [
    v.outcome?.result === 'problems' ? td(result, 'bad') : result,
    v.probability === undefined ? '' : formatCount(v.probability, lang, 4),
  ];
}

/**
 * The period's estimate from its random visits, when the notice has outcomes: the estimand, the
 * overall estimate with its interval, the estimate of each police type, the method, and the visits
 * not counted; the words of the catalogue's `results` section, the figures and columns of its
 * `estimate` section.
 */
function estimateSection(n: PeriodNotice, lang: Lang): Html {
  const T = text(lang).results;
  const E = text(lang).estimate;
  const k = n.period + 1;
  const e = n.estimates;
  if (e === undefined)
    return section(
      { id: 'estimate', title: T.estimateTitle },
      html`<p class="note" data-testid="no-estimate">${T.noEstimate}</p>`,
    );
  const g = E.groupColumns;
  const types = estimateGroupsTable(T.estimateCaption(k), e.level, e.all, e.types, lang);
  const uncounted = e.uncounted.map(
    (x) => html`<li>${T.uncounted(E.kindName[x.kind] ?? x.kind, x.visits, x.withProblems)}</li>`,
  );
  return section(
    { id: 'estimate', title: T.estimateTitle },
    html`<p class="lead" data-testid="estimand">${T.estimand(k)}</p>`,
    html`<p class="promise card" data-testid="estimate-all"><strong>${T.estimateAll(E.allUnits, E.percent(e.all.estimate))}</strong>${T.estimateAllCi(g.ci(e.level), E.interval(e.all.ci))}</p>`,
    types,
    html`<p data-testid="method">${T.method(e)}</p>`,
    ...(uncounted.length > 0 ? [html`<ul data-testid="uncounted">${uncounted}</ul>`] : []),
  );
}

/** A value of a difference, as JSON cut to a readable length. */
function shown(value: unknown, T: Results): string {
  const json = value === undefined ? T.nothing : (JSON.stringify(value) ?? String(value));
  return json.length > 140 ? `${json.slice(0, 139)}…` : json;
}

/** The verdict at the top of the page: a plain box when verified, a red one saying NOT verified otherwise. */
function verdict(n: PeriodNotice, T: Results, lang: Lang): Html {
  const { status, differences } = n.verification;
  if (status === 'verified')
    return html`<div class="promise" id="verdict" data-testid="verdict" data-status="verified" role="status">
<h2>${T.verified}</h2>
<p>${T.verifiedText(n.period + 1, n.scheduleHash)}</p>
</div>`;
  const items = differences.map((d: Difference) => {
    const message = differenceMessage(d, lang);
    return html`<li><code>${d.path}</code>: ${T.expected} <code>${shown(differenceExpected(d, lang), T)}</code>, ${T.found} <code>${shown(d.found, T)}</code>${message ? html` — ${message}` : ''}</li>`;
  });
  return html`<div class="promise card bad" id="verdict" data-testid="verdict" data-status="${status}" role="alert">
<span class="n">${T.notVerified}</span>
<p>${status === 'unsupported' ? T.unsupportedText(n.scheduleHash) : T.differentText(n.scheduleHash)}</p>
<p>${T.differencesLead}</p>
<ul class="notes" data-testid="differences">${items}</ul>
</div>`;
}

/**
 * The results notice of one ended period as one self-contained HTML page, to publish when the period
 * has ended: at the top the verdict of checking its reveal against the schedule hash published at
 * the start (a reveal that does not check is shown, in red, as NOT verified, with what does not
 * match), then every visit of the period by day (unit, kind, inspectors), then how anyone can check
 * it. When the notice has outcomes, each visit's row also gives its result (by problem category, with
 * each problem's deadline) and its inclusion probability, and a section between the visits and the
 * check gives the period's estimate from its random visits, overall and by police type, with its
 * standard error and interval, the estimand and the method in words; nothing of a later period (no
 * follow-up visit, no closing day: docs/results.md). Without outcomes the page is byte for byte what
 * it was. Built like the fairness report page: the `html` template (every string escaped), the report's
 * style sheet and Content-Security-Policy, no script, nothing fetched; the same notice always gives
 * the same bytes. Every word comes from the catalogue's `results` section in `options.lang`; the
 * period is numbered from 1, as people count.
 *
 * @param notice - the data made by `periodNotice(reveal, scheduleHash)`.
 * @param options - the page title and language.
 */
export function periodNoticeHtml(notice: PeriodNotice, options: PeriodNoticeHtmlOptions = {}): string {
  const lang = options.lang ?? 'en';
  const T = text(lang).results;
  const k = notice.period + 1;
  const title = options.title ?? T.title(k, notice.periods);
  const date = (iso: string) => formatDate(iso, lang);
  const outcomes = notice.outcomes === true;
  const rows = notice.visits.map((v) => [
    td(date(v.date), 'nowrap'),
    outcomes ? td(weekdayName(v.date, lang), 'nowrap') : weekdayName(v.date, lang),
    named(v.unit),
    kindOf(v, T),
    // the inspectors, separated as the language separates a list of ids
    v.inspectors.length > 0 ? joinHtml(v.inspectors.map(named), T.ids(['', ''])) : T.noInspector,
    // with the two columns of outcomes the table is wider: the id is kept on one line
    outcomes ? td(v.id, 'nowrap') : v.id,
    ...(outcomes ? outcomeCells(v, lang) : []),
  ]);
  const columns = [
    ...T.visitColumns.map(textCol),
    ...(outcomes ? [textCol(T.outcomeColumns[0]!), numCol(T.outcomeColumns[1]!)] : []),
  ];
  const visits = section(
    { id: 'visits', title: T.visitsTitle },
    html`<p class="lead">${T.visitsLead}</p>`,
    ...(outcomes ? [html`<p class="lead" data-testid="outcomes-lead">${T.outcomesLead}</p>`] : []),
    notice.visits.length > 0
      ? table('table-visits', T.visitsCaption(notice.visits.length, k), columns, rows)
      : html`<p data-testid="no-visit">${T.noVisit}</p>`,
  );
  const subtitle =
    notice.visits.length === 0
      ? T.noVisits
      : T.subtitle(date(notice.first), date(notice.last), notice.visits.length, notice.units);
  const facts: [string, string][] = [
    [T.checkRows.period, T.checkRows.periodValue(k, notice.periods)],
    [T.checkRows.seal, notice.seal],
    [T.checkRows.hash, notice.scheduleHash],
    [T.checkRows.verdict, notice.verification.ok ? T.verified : T.notVerified],
  ];
  const check = section(
    { id: 'check', title: T.checkTitle },
    html`<ol>${T.checkSteps.map((step) => html`<li>${step}</li>`)}<li>${T.checkCommand.before} <code>${T.checkCommand.command}</code> ${T.checkCommand.after}</li></ol>`,
    ...(outcomes ? [html`<p data-testid="unsealed">${T.unsealed}</p>`] : []),
    html`<dl class="manifest" data-testid="manifest">${facts.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`,
  );
  return pageDocument({
    lang,
    title: title,
    subtitle,
    main: html`
<section id="result" aria-label="${T.checkRows.verdict}">
${verdict(notice, T, lang)}
</section>
${visits}
${
  outcomes
    ? html`${estimateSection(notice, lang)}
`
    : ''
}${check}`,
    footer: T.footer,
  });
}
