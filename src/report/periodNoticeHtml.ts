import type { Difference } from '../schedule/Verification.js';
import { type Catalogue, text } from '../text/catalogue.js';
import { formatDate, weekdayName } from '../text/format.js';
import type { Lang } from '../text/lang.js';
import { type Html, html, joinHtml, section, table, td, textCol } from './html.js';
import type { NoticeName, NoticeVisit, PeriodNotice } from './PeriodNoticeTypes.js';
import { pageDocument } from './page/document.js';

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

/** A value of a difference, as JSON cut to a readable length. */
function shown(value: unknown, T: Results): string {
  const json = value === undefined ? T.nothing : (JSON.stringify(value) ?? String(value));
  return json.length > 140 ? `${json.slice(0, 139)}…` : json;
}

/** The verdict at the top of the page: a plain box when verified, a red one saying NOT verified otherwise. */
function verdict(n: PeriodNotice, T: Results): Html {
  const { status, differences } = n.verification;
  if (status === 'verified')
    return html`<div class="promise" id="verdict" data-testid="verdict" data-status="verified" role="status">
<h2>${T.verified}</h2>
<p>${T.verifiedText(n.period + 1, n.scheduleHash)}</p>
</div>`;
  const items = differences.map(
    (d: Difference) =>
      html`<li><code>${d.path}</code>: ${T.expected} <code>${shown(d.expected, T)}</code>, ${T.found} <code>${shown(d.found, T)}</code>${d.message ? html` — ${d.message}` : ''}</li>`,
  );
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
 * it. Built like the fairness report page: the `html` template (every string escaped), the report's
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
  const rows = notice.visits.map((v) => [
    td(date(v.date), 'nowrap'),
    weekdayName(v.date, lang),
    named(v.unit),
    kindOf(v, T),
    // the inspectors, separated as the language separates a list of ids
    v.inspectors.length > 0 ? joinHtml(v.inspectors.map(named), T.ids(['', ''])) : T.noInspector,
    v.id,
  ]);
  const visits = section(
    { id: 'visits', title: T.visitsTitle },
    html`<p class="lead">${T.visitsLead}</p>`,
    notice.visits.length > 0
      ? table('table-visits', T.visitsCaption(notice.visits.length, k), T.visitColumns.map(textCol), rows)
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
    html`<dl class="manifest" data-testid="manifest">${facts.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`,
  );
  return pageDocument({
    lang,
    title: title,
    subtitle,
    main: html`
<section id="result" aria-label="${T.checkRows.verdict}">
${verdict(notice, T)}
</section>
${visits}
${check}`,
    footer: T.footer,
  });
}
