import type { ValidPlanInput } from '../model/planInputSchema.js';
import type { CampaignDraw } from './drawCampaigns.js';
import type { FindingSummary, Schedule, Visit } from './Schedule.js';

/** What the non-routine streams add to a schedule. */
export interface YearParts {
  campaigns: CampaignDraw;
  /** Id of the visit of each directed entry, in input order. */
  directedIds: readonly string[];
  /** One summary per finding, in input order (`visit` not yet set). */
  findings: FindingSummary[];
}

/**
 * Adds the reports of campaigns, directed visits and findings to a schedule, each only when the plan
 * file lists the corresponding field (so a plan without them gives exactly the schedule it gave
 * before they existed):
 * - `units[].campaigns` (campaign inclusion probability by campaign id) and `units[].campaignVisits`;
 * - `units[].directedVisits`; `units[].followUpVisits`;
 * - top-level `campaigns`, `directed` and `findings` summaries, placed before `visits`.
 * `units[].visits` stays the count of routine visits.
 */
export function yearFields(input: ValidPlanInput, schedule: Schedule, parts: YearParts): Schedule {
  if (!input.campaigns && !input.directed && !input.findings) return schedule;
  const count = (kind: Visit['kind']) => {
    const byUnit = new Map<string, number>();
    for (const v of schedule.visits) if (v.kind === kind) byUnit.set(v.unit, (byUnit.get(v.unit) ?? 0) + 1);
    return byUnit;
  };
  const campaignCount = count('campaign');
  const directedCount = count('directed');
  const followUpCount = count('follow-up');
  schedule.units.forEach((u, i) => {
    if (input.campaigns) {
      u.campaigns = Object.fromEntries(
        input.campaigns.map((c, k) => [c.id, parts.campaigns.probabilities[k]![i]!]),
      );
      u.campaignVisits = campaignCount.get(u.id) ?? 0;
    }
    if (input.directed) u.directedVisits = directedCount.get(u.id) ?? 0;
    if (input.findings) u.followUpVisits = followUpCount.get(u.id) ?? 0;
  });
  const { visits, log, ...head } = schedule;
  const out: Pick<Schedule, 'campaigns' | 'directed' | 'findings'> = {};
  if (input.campaigns) out.campaigns = parts.campaigns.summaries;
  if (input.directed) {
    const dateOf = new Map(visits.map((v) => [v.id, v.date]));
    out.directed = input.directed.map((d, k) => {
      const id = parts.directedIds[k]!;
      return { unit: d.unit, date: dateOf.get(id)!, reason: d.reason, visit: id };
    });
  }
  if (input.findings) {
    const followUpOf = new Map<number, string>();
    for (const v of visits)
      if (v.kind === 'follow-up' && v.finding !== undefined) followUpOf.set(v.finding, v.id);
    out.findings = parts.findings.map((f, k) => {
      const id = followUpOf.get(k);
      if (id === undefined) return f;
      const { note, raiseRisk, riskFrom, ...rest } = f;
      const summary: FindingSummary = { ...rest, visit: id };
      if (raiseRisk !== undefined) summary.raiseRisk = raiseRisk;
      if (riskFrom !== undefined) summary.riskFrom = riskFrom;
      return summary;
    });
  }
  return { ...head, ...out, visits, log };
}
