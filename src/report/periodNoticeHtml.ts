import type { Difference } from '../schedule/Verification.js';
import { plural } from './formatNumber.js';
import { type Html, html, joinHtml, section, table, td, textCol } from './html.js';
import type { NoticeName, NoticeVisit, PeriodNotice } from './PeriodNoticeTypes.js';
import { pageDocument } from './page/document.js';

/** What a person reads on the results notice (and in `fairdraw results`), in English. */
export const RESULTS_TEXT = {
  /** The page's heading and title, and the CLI's first words: `Results of period 8 of 51`. */
  title: (n: PeriodNotice) => `Results of period ${n.period + 1} of ${n.periods}`,
  subtitle: (n: PeriodNotice) =>
    n.visits.length === 0
      ? 'no visit in this period'
      : `${n.first === n.last ? n.first : `${n.first} to ${n.last}`} · ${plural(n.visits.length, 'visit')} · ${plural(n.units, 'unit')}`,
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  verified: 'Verified',
  verifiedText: (n: PeriodNotice) =>
    `These are exactly the visits of period ${n.period + 1} sealed in the schedule whose hash was published before the period began (${n.scheduleHash}): the revealed salt and proof lead to that hash. Nothing in this list was changed after the schedule was sealed.`,
  notVerified: 'NOT verified',
  differentText: (n: PeriodNotice) =>
    `This list does NOT match the schedule hash published before the period began (${n.scheduleHash}): the reveal was changed, or belongs to another schedule. Do not rely on it; ask the office for the reveal it published.`,
  unsupportedText: (n: PeriodNotice) =>
    `This list could NOT be checked against the published schedule hash (${n.scheduleHash}): the reveal uses a seal format this version of fairdraw does not implement. Check it with a version that does before relying on it.`,
  differencesLead: 'What does not match, as the check found it:',
  expected: 'expected',
  found: 'found',
  visitsTitle: 'Visits of the period',
  visitsLead:
    'Every visit of the period, of every kind, by day: the unit visited and the inspectors who made the visit. Routine visits were drawn at random and unannounced; campaign, directed and follow-up visits were decided on other grounds.',
  visitsCaption: (n: PeriodNotice) =>
    `The ${plural(n.visits.length, 'visit')} of period ${n.period + 1}, by date.`,
  noVisit: 'No visit was made in this period.',
  visitColumns: ['Date', 'Day', 'Unit', 'Kind of visit', 'Inspectors', 'Visit'],
  kinds: {
    routine: 'routine (random draw)',
    campaign: 'campaign',
    directed: 'directed',
    'follow-up': 'follow-up (rectification check)',
  } as Record<string, string>,
  noInspector: 'none listed',
  checkTitle: 'How to check this list',
  checkSteps: [
    'Before the period began, the office published the schedule hash: one SHA-256 fingerprint sealing every period’s visits, each behind its own secret salt, so that no visit could be read from it.',
    'Now that the period has ended, the office publishes its reveal: the period’s visits, the period’s salt and a proof (a Merkle audit path) that links them to the schedule hash, without opening any other period.',
  ],
  /** The last step, around the command that checks a reveal. */
  checkCommand: [
    'Anyone can recompute the check:',
    'fairdraw verify-period reveal.json <schedule hash>',
    'says “verified” only if these visits, this salt and this proof lead to the published hash.',
  ],
  checkRows: {
    period: 'Period',
    periodValue: (n: PeriodNotice) =>
      `${n.period + 1} of ${n.periods} (index ${n.period} in the reveal, counted from 0)`,
    seal: 'Seal format',
    hash: 'Published schedule hash',
    verdict: 'Verdict',
  },
  footer:
    'Made with fairdraw from the period’s reveal and the published schedule hash alone; the same reveal and hash always give the same page.',
} as const;

/** Options of {@link periodNoticeHtml}. */
export interface PeriodNoticeHtmlOptions {
  /** The page's heading; default `Results of period 8 of 51`. */
  title?: string;
}

/** A unit or an inspector: the id, and the name beside it once the reveal carries one. */
const named = (x: NoticeName): Html =>
  x.name ? html`${x.id} <span class="note">${x.name}</span>` : html`${x.id}`;

function kindOf(v: NoticeVisit): string {
  const kind = RESULTS_TEXT.kinds[v.kind] ?? v.kind;
  if (v.campaign) return `${kind} ${v.campaign}`;
  if (v.reason) return `${kind}: ${v.reason}`;
  return kind;
}

/** A value of a difference, as JSON cut to a readable length. */
function shown(value: unknown): string {
  const text = value === undefined ? '(nothing)' : (JSON.stringify(value) ?? String(value));
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}

/** The verdict at the top of the page: a plain box when verified, a red one saying NOT verified otherwise. */
function verdict(n: PeriodNotice): Html {
  const { status, differences } = n.verification;
  if (status === 'verified')
    return html`<div class="promise" id="verdict" data-testid="verdict" data-status="verified" role="status">
<h2>${RESULTS_TEXT.verified}</h2>
<p>${RESULTS_TEXT.verifiedText(n)}</p>
</div>`;
  const items = differences.map(
    (d: Difference) =>
      html`<li><code>${d.path}</code>: ${RESULTS_TEXT.expected} <code>${shown(d.expected)}</code>, ${RESULTS_TEXT.found} <code>${shown(d.found)}</code>${d.message ? html` — ${d.message}` : ''}</li>`,
  );
  return html`<div class="promise card bad" id="verdict" data-testid="verdict" data-status="${status}" role="alert">
<span class="n">${RESULTS_TEXT.notVerified}</span>
<p>${status === 'unsupported' ? RESULTS_TEXT.unsupportedText(n) : RESULTS_TEXT.differentText(n)}</p>
<p>${RESULTS_TEXT.differencesLead}</p>
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
 * the same bytes.
 *
 * @param notice - the data made by `periodNotice(reveal, scheduleHash)`.
 * @param options - the page title.
 */
export function periodNoticeHtml(notice: PeriodNotice, options: PeriodNoticeHtmlOptions = {}): string {
  const T = RESULTS_TEXT;
  const title = options.title ?? T.title(notice);
  const rows = notice.visits.map((v) => [
    td(v.date, 'nowrap'),
    T.weekdays[v.weekday - 1] ?? '',
    named(v.unit),
    kindOf(v),
    v.inspectors.length > 0 ? joinHtml(v.inspectors.map(named), ', ') : T.noInspector,
    v.id,
  ]);
  const visits = section(
    { id: 'visits', title: T.visitsTitle },
    html`<p class="lead">${T.visitsLead}</p>`,
    notice.visits.length > 0
      ? table('table-visits', T.visitsCaption(notice), T.visitColumns.map(textCol), rows)
      : html`<p data-testid="no-visit">${T.noVisit}</p>`,
  );
  const facts: [string, string][] = [
    [T.checkRows.period, T.checkRows.periodValue(notice)],
    [T.checkRows.seal, notice.seal],
    [T.checkRows.hash, notice.scheduleHash],
    [T.checkRows.verdict, notice.verification.ok ? T.verified : T.notVerified],
  ];
  const check = section(
    { id: 'check', title: T.checkTitle },
    html`<ol>${T.checkSteps.map((step) => html`<li>${step}</li>`)}<li>${T.checkCommand[0]} <code>${T.checkCommand[1]}</code> ${T.checkCommand[2]}</li></ol>`,
    html`<dl class="manifest" data-testid="manifest">${facts.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`,
  );
  return pageDocument({
    title: title,
    subtitle: T.subtitle(notice),
    main: html`
<section id="result" aria-label="${T.checkRows.verdict}">
${verdict(notice)}
</section>
${visits}
${check}`,
    footer: T.footer,
  });
}
