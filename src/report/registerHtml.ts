import type {
  Register,
  RegisterComplaint,
  RegisterFollowUp,
  RegisterProblem,
  RegisterVisit,
} from '../outcomes/RegisterTypes.js';
import { text } from '../text/catalogue.js';
import { formatCount, formatDate } from '../text/format.js';
import type { Lang } from '../text/lang.js';
import { type Content, type Html, html, joinHtml, section, table, td, textCol } from './html.js';
import { pageDocument } from './page/document.js';
import { estimatesSection } from './page/estimates.js';

/** Options of {@link registerHtml}. */
export interface RegisterHtmlOptions {
  /** The page's heading; default the catalogue's (`Rectification register`, `整改台账`). */
  title?: string;
  /** The page's language (default `en`). */
  lang?: Lang;
}

/** The columns of the register's problems table, in order (the page's and the CSV/XLSX table's). */
export const PROBLEM_COLUMNS = [
  'visit',
  'date',
  'unit',
  'kind',
  'category',
  'problem',
  'responsible',
  'deadline',
  'status',
  'closed',
  'followUp',
] as const;

/**
 * What a table cell of the register says, in one language: shared by the page and the CLI's tables.
 * Dates as the language writes them, or, with `isoDates` (the CSV and .xlsx tables), as ISO dates.
 */
export function registerWords(lang: Lang = 'en', options: { isoDates?: boolean } = {}) {
  const t = text(lang).register;
  const date = (iso: string | undefined) =>
    iso === undefined ? '' : options.isoDates ? iso : formatDate(iso, lang);
  const unit = (row: { unit: string; unitName?: string }) => text(lang).common.named(row.unit, row.unitName);
  const followUp = (f: RegisterFollowUp | undefined, audience: Register['audience']): string => {
    if (f === undefined) return t.followUp.none;
    const late = f.late ? ` · ${t.followUp.late}` : '';
    if (f.status === 'unscheduled') return t.followUp.unscheduled;
    if (f.status === 'scheduled')
      return audience === 'office' && f.visit !== undefined && f.date !== undefined
        ? `${t.followUp.scheduledOn(f.visit, date(f.date))}${late}`
        : t.followUp.scheduled;
    const result = f.result === undefined ? '' : ` · ${t.results[f.result]}`;
    return `${t.followUp.done(f.visit ?? '', date(f.date))}${late}${result}`;
  };
  const status = (p: RegisterProblem): string =>
    p.status === 'overdue'
      ? `${t.statuses.overdue} · ${t.daysOverdue(p.daysOverdue ?? 0)}`
      : p.status === 'closed' && p.closedLate
        ? `${t.statuses.closed} · ${t.closedLate}`
        : t.statuses[p.status];
  const result = (c: RegisterComplaint) => (c.result === undefined ? t.notRecorded : t.results[c.result]);
  return { t, date, unit, followUp, status, result };
}

/** The key figures: problems by state, complaints, and those awaiting feedback. */
function cards(r: Register, lang: Lang): Html {
  const { cards: k } = text(lang).register;
  const card = (n: number, label: string, testid: string, bad = false) =>
    html`<div class="card${bad ? ' bad' : ''}" data-testid="${testid}"><span class="n">${formatCount(n, lang)}</span><span class="k">${label}</span></div>`;
  const c = r.counts;
  return html`<section id="summary" aria-label="${text(lang).register.title}"><div class="cards">
${card(c.problems, k.problems, 'card-problems')}${card(c.open, k.open, 'card-open')}${card(c.overdue, k.overdue, 'card-overdue', c.overdue > 0)}
${card(c.closed, k.closed, 'card-closed')}${card(c.complaints, k.complaints, 'card-complaints')}${card(c.awaitingFeedback, k.awaitingFeedback, 'card-awaiting', c.awaitingFeedback > 0)}
</div></section>`;
}

/** One section: its lead, then its table, or a line saying it has no row. */
function part(id: string, title: string, lead: string, none: string, rows: number, body: () => Html): Html {
  return section(
    { id, title },
    html`<p class="lead">${lead}</p>`,
    rows > 0 ? body() : html`<p class="note" data-testid="${id}-none">${none}</p>`,
  );
}

/**
 * The rectification register as one self-contained page (docs/outcomes.md): the key figures, the
 * problems with their deadlines, responsible persons, states and follow-up visits, the complaints
 * with their feedback to both sides, and the visits without a recorded outcome; units by name beside
 * their ids. Built with the report's page shell (no script, nothing fetched, every string escaped),
 * in English or Chinese. The public register (`register(..., { audience: 'public' })`) says at its top
 * what it covers and names no date after its `through` day but the problems' deadlines; the office
 * register says at its top that it must not be posted, and asks search engines not to index it.
 * Depends on `r` only (no clock).
 *
 * @param r - what `register` returned.
 * @param options - the title and the language.
 */
export function registerHtml(r: Register, options: RegisterHtmlOptions = {}): string {
  const lang = options.lang ?? 'en';
  const w = registerWords(lang);
  const { t } = w;
  const office = r.audience === 'office';
  const col = t.columns;
  const problems = () =>
    table(
      'table-problems',
      t.sections.problems,
      PROBLEM_COLUMNS.map((key) => textCol(col[key])),
      r.problems.map((p): (Content | ReturnType<typeof td>)[] => [
        td(p.visit, 'nowrap'),
        td(w.date(p.date), 'nowrap'),
        w.unit(p),
        t.kinds[p.kind],
        p.category,
        p.text ?? '',
        p.responsible ?? '',
        td(w.date(p.deadline), 'nowrap'),
        td(w.status(p), p.status === 'overdue' ? 'bad' : ''),
        td(w.date(p.closed), 'nowrap'),
        w.followUp(p.followUp, r.audience),
      ]),
    );
  const complaints = () =>
    table(
      'table-complaints',
      t.sections.complaints,
      [
        col.visit,
        col.date,
        col.unit,
        col.reason,
        col.result,
        col.problems,
        col.rectified,
        col.feedbackComplainant,
        col.feedbackUnit,
      ].map(textCol),
      r.complaints.map((c) => [
        td(c.visit, 'nowrap'),
        td(w.date(c.date), 'nowrap'),
        w.unit(c),
        c.reason ?? '',
        w.result(c),
        formatCount(c.problems, lang),
        formatCount(c.closed, lang),
        td(w.date(c.feedback.complainant) || t.noFeedback, c.feedback.complainant ? 'nowrap' : 'bad'),
        td(w.date(c.feedback.unit) || t.noFeedback, c.feedback.unit ? 'nowrap' : 'bad'),
      ]),
    );
  const unrecorded = () =>
    table(
      'table-unrecorded',
      t.sections.unrecorded,
      [col.visit, col.date, col.unit, col.kind].map(textCol),
      r.unrecorded.map((v: RegisterVisit) => [
        td(v.visit, 'nowrap'),
        td(w.date(v.date), 'nowrap'),
        w.unit(v),
        t.kinds[v.kind],
      ]),
    );
  const through = w.date(r.through || undefined);
  return pageDocument({
    title: options.title ?? t.title,
    subtitle: office
      ? t.officeSubtitle(through)
      : t.publicSubtitle(through, r.periods.ended, r.periods.total),
    ...(office ? { noindex: true } : {}),
    lang,
    main: html`
<p class="note" data-testid="${office ? 'confidential' : 'coverage'}">${office ? t.officeNote : t.publicNote(through, r.periods.ended === r.periods.total)}</p>
${cards(r, lang)}
${joinHtml(
  [
    part('problems', t.sections.problems, t.leads.problems, t.none.problems, r.problems.length, problems),
    part(
      'complaints',
      t.sections.complaints,
      t.leads.complaints,
      t.none.complaints,
      r.complaints.length,
      complaints,
    ),
    part(
      'unrecorded',
      t.sections.unrecorded,
      t.leads.unrecorded,
      t.none.unrecorded,
      r.unrecorded.length,
      unrecorded,
    ),
    estimatesSection(r.estimates, lang) ?? html``,
  ],
  '\n',
)}`,
    footer: t.footer(r.scheduleHash, r.outcomesHash),
  });
}
