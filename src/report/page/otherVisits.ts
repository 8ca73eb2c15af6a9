import type { FairnessReport } from '../FairnessReportTypes.js';
import { type Html, html, numCol, section, table, td, textCol } from '../html.js';

/**
 * "Campaigns, directed visits and findings", the visits decided apart from the routine draw: a
 * table of each kind the schedule has, or nothing when it has none.
 */
export function otherVisitsSection(report: FairnessReport): Html | undefined {
  const { campaigns, directed, findings } = report;
  if (campaigns.length + directed.length + findings.length === 0) return undefined;
  const campaignTable = table(
    'table-campaigns',
    'Campaigns (special inspections): a separate random draw among the units in scope over the window; not part of the routine promise.',
    [
      textCol('Campaign'),
      textCol('From'),
      textCol('To'),
      numCol('Visits drawn'),
      numCol('Visits listed'),
      numCol('Units in scope'),
      textCol('Fairness'),
      textCol('Design'),
    ],
    campaigns.map((c) => [
      c.id,
      c.from,
      c.to,
      c.planned,
      c.visits === c.planned ? c.visits : td(c.visits, 'num bad'),
      c.scopeUnits,
      c.fairness,
      c.design,
    ]),
  );
  const directedTable = table(
    'table-directed',
    'Directed visits (for example, checking a complaint): decided by the plan, not drawn.',
    [textCol('Unit'), textCol('Date'), textCol('Reason'), textCol('Visit')],
    directed.map((d) => [d.unit, d.date, d.reason, d.visit ? d.visit : td(`none: ${d.note}`, 'bad')]),
  );
  const findingTable = table(
    'table-findings',
    'Findings and their follow-up (rectification check) on the first working day after the deadline; a follow-up that cannot be scheduled says why.',
    [textCol('Unit'), textCol('Found'), textCol('Deadline'), textCol('Follow-up'), textCol('Scheduled')],
    findings.map((f) => [
      f.unit,
      f.date,
      f.deadline,
      f.followUp,
      f.scheduled ? `yes, ${f.visit}` : td(`no: ${f.note}`, 'bad'),
    ]),
  );
  return section(
    { id: 'other-visits', title: 'Campaigns, directed visits and findings' },
    html`<p class="lead">These visits are decided on other grounds than the routine draw and are counted apart from its promise.</p>`,
    campaigns.length > 0 ? campaignTable : '',
    directed.length > 0 ? directedTable : '',
    findings.length > 0 ? findingTable : '',
  );
}

/**
 * "Limits and replanning": what a replanned schedule says about its guarantees (its notes), and the
 * visits closer together than the minimum gap; nothing when the schedule has neither.
 */
export function limitsSection(report: FairnessReport): Html | undefined {
  const { conflicts, notes } = report;
  if (conflicts.length + notes.length === 0) return undefined;
  const noteList = notes.map(
    (n) =>
      html`<li data-testid="note"><strong>${n.kind}</strong> from ${n.from}${n.unit ? ` (${n.unit})` : ''}: ${n.message}</li>`,
  );
  const conflictTable = table(
    'table-conflicts',
    'Visits of one unit closer together than the minimum gap (limits.minGapDays), which the dates could not avoid.',
    [textCol('Unit'), textCol('First visit'), textCol('Second visit'), numCol('Days apart'), textCol('Rule')],
    conflicts.map((c) => [c.unit, c.dates[0], c.dates[1], c.days, c.rule]),
  );
  return section(
    { id: 'changes', title: 'Limits and replanning' },
    notes.length > 0
      ? html`<p class="lead">What the schedule says about its guarantees after replanning:</p><ul class="notes" data-testid="notes">${noteList}</ul>`
      : '',
    conflicts.length > 0 ? conflictTable : '',
  );
}
