import { text } from '../../text/catalogue.js';
import { formatDate } from '../../text/format.js';
import type { Lang } from '../../text/lang.js';
import type {
  FairnessReport,
  ReportCampaign,
  ReportConflict,
  ReportDirected,
  ReportFinding,
  ReportNote,
} from '../FairnessReportTypes.js';
import { type Html, html, numCol, section, table, td, textCol } from '../html.js';
import { firstRows } from './pageLimits.js';
import { noteText } from './scheduleNotes.js';

/**
 * The first `PAGE_ROWS` rows of a list of the schedule as `show` writes them, then, when the list is
 * longer, a line that counts the rest and names the schedule's field that lists them all (`key`).
 */
function bounded<T>(list: readonly T[], key: string, lang: Lang, show: (rows: readonly T[]) => Html): Html {
  const { rows, more } = firstRows(list);
  if (more === 0) return show(rows);
  return html`${show(rows)}
<p class="note" data-testid="more">${text(lang).reportScale.moreInSchedule(more, key)}</p>`;
}

/** A unit as the page names it: by its name beside its id when the schedule gives one. */
function unitNamer(report: FairnessReport, lang: Lang): (id: string) => string {
  const names = new Map(report.units.flatMap((u) => (u.name ? [[u.id, u.name] as const] : [])));
  const { named } = text(lang).common;
  return (id) => named(id, names.get(id));
}

/**
 * "Campaigns, directed visits and findings", the visits decided apart from the routine draw: a
 * table of each kind the schedule has, or nothing when it has none. Each table shows its first
 * `PAGE_ROWS` rows and counts the rest, which the schedule file lists.
 */
export function otherVisitsSection(report: FairnessReport, lang: Lang = 'en'): Html | undefined {
  const T = text(lang).report.other;
  const { campaigns, directed, findings } = report;
  if (campaigns.length + directed.length + findings.length === 0) return undefined;
  const unit = unitNamer(report, lang);
  const date = (iso: string) => formatDate(iso, lang);
  const campaignTable = (campaigns: readonly ReportCampaign[]) =>
    table(
      'table-campaigns',
      T.campaignsCaption,
      [
        textCol(T.campaign),
        textCol(T.from),
        textCol(T.to),
        numCol(T.drawn),
        numCol(T.listed),
        numCol(T.inScope),
        textCol(T.fairness),
        textCol(T.design),
      ],
      campaigns.map((c) => [
        c.id,
        date(c.from),
        date(c.to),
        c.planned,
        c.visits === c.planned ? c.visits : td(c.visits, 'num bad'),
        c.scopeUnits,
        T.fairnessValue[c.fairness] ?? c.fairness,
        c.design,
      ]),
    );
  const directedTable = (directed: readonly ReportDirected[]) =>
    table(
      'table-directed',
      T.directedCaption,
      [textCol(T.unit), textCol(T.date), textCol(T.reason), textCol(T.visit)],
      directed.map((d) => [
        unit(d.unit),
        date(d.date),
        d.reason,
        d.visit ? d.visit : td(T.noVisit(noteText(d.note, lang)), 'bad'),
      ]),
    );
  const findingTable = (findings: readonly ReportFinding[]) =>
    table(
      'table-findings',
      T.findingsCaption,
      [textCol(T.unit), textCol(T.found), textCol(T.deadline), textCol(T.followUp), textCol(T.scheduled)],
      findings.map((f) => [
        unit(f.unit),
        date(f.date),
        date(f.deadline),
        date(f.followUp),
        f.scheduled ? T.scheduledYes(f.visit) : td(T.scheduledNo(noteText(f.note, lang)), 'bad'),
      ]),
    );
  return section(
    { id: 'other-visits', title: T.title },
    html`<p class="lead">${T.lead}</p>`,
    campaigns.length > 0 ? bounded(campaigns, 'campaigns', lang, campaignTable) : '',
    directed.length > 0 ? bounded(directed, 'directed', lang, directedTable) : '',
    findings.length > 0 ? bounded(findings, 'findings', lang, findingTable) : '',
  );
}

/**
 * "Limits and replanning": what a replanned schedule says about its guarantees (its notes), and the
 * visits closer together than the minimum gap; nothing when the schedule has neither. Each list
 * shows its first `PAGE_ROWS` rows and counts the rest, which the schedule file lists.
 */
export function limitsSection(report: FairnessReport, lang: Lang = 'en'): Html | undefined {
  const R = text(lang).report;
  const T = R.limits;
  const { conflicts, notes } = report;
  if (conflicts.length + notes.length === 0) return undefined;
  const unit = unitNamer(report, lang);
  const date = (iso: string) => formatDate(iso, lang);
  const noteList = (notes: readonly ReportNote[]) =>
    notes.map(
      (n) =>
        html`<li data-testid="note"><strong>${R.notes.kind[n.kind] ?? n.kind}</strong>${T.note(n.from, n.unit ? unit(n.unit) : '')}${noteText(n.message, lang)}</li>`,
    );
  const conflictTable = (conflicts: readonly ReportConflict[]) =>
    table(
      'table-conflicts',
      T.conflictsCaption,
      [textCol(T.unit), textCol(T.first), textCol(T.second), numCol(T.days), textCol(T.rule)],
      conflicts.map((c) => [unit(c.unit), date(c.dates[0]), date(c.dates[1]), c.days, c.rule]),
    );
  return section(
    { id: 'changes', title: T.title },
    notes.length > 0
      ? html`<p class="lead">${T.lead}</p>${bounded(notes, 'notes', lang, (rows) => html`<ul class="notes" data-testid="notes">${noteList(rows)}</ul>`)}`
      : '',
    conflicts.length > 0 ? bounded(conflicts, 'conflicts', lang, conflictTable) : '',
  );
}
