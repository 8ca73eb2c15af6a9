import { plural } from '../plural.js';

// The results notice of one ended period (`periodNoticeHtml`, and the first line of `fairdraw
// results`). `k` is the period counted from 1, as people count; `index` the same period counted from 0,
// as the reveal's JSON holds it. Dates reach the phrases as ISO days.

/** The English text of the results notice. */
export const results = {
  /** The page's heading and title: `Results of period 9 of 51`. */
  title: (k: number, total: number) => `Results of period ${k} of ${total}`,
  /** The line under the heading: the days with visits, the visits and the units visited. */
  subtitle: (first: string, last: string, visits: number, units: number) =>
    `${first === last ? first : `${first} to ${last}`} · ${plural(visits, 'visit')} · ${plural(units, 'unit')}`,
  noVisits: 'no visit in this period',
  verified: 'Verified',
  verifiedText: (k: number, scheduleHash: string) =>
    `These are exactly the visits of period ${k} sealed in the schedule whose hash was published before the period began (${scheduleHash}): the revealed salt and proof lead to that hash. Nothing in this list was changed after the schedule was sealed.`,
  notVerified: 'NOT verified',
  differentText: (scheduleHash: string) =>
    `This list does NOT match the schedule hash published before the period began (${scheduleHash}): the reveal was changed, or belongs to another schedule. Do not rely on it; ask the office for the reveal it published.`,
  unsupportedText: (scheduleHash: string) =>
    `This list could NOT be checked against the published schedule hash (${scheduleHash}): the reveal uses a seal format this version of fairdraw does not implement. Check it with a version that does before relying on it.`,
  differencesLead: 'What does not match, as the check found it:',
  expected: 'expected',
  found: 'found',
  /** A difference's value when there is none. */
  nothing: '(nothing)',
  visitsTitle: 'Visits of the period',
  visitsLead:
    'Every visit of the period, of every kind, by day: the unit visited and the inspectors who made the visit. Routine visits were drawn at random and unannounced; campaign, directed and follow-up visits were decided on other grounds.',
  visitsCaption: (visits: number, k: number) => `The ${plural(visits, 'visit')} of period ${k}, by date.`,
  noVisit: 'No visit was made in this period.',
  visitColumns: ['Date', 'Day', 'Unit', 'Kind of visit', 'Inspectors', 'Visit'],
  kinds: {
    routine: 'routine (random draw)',
    campaign: 'campaign',
    directed: 'directed',
    'follow-up': 'follow-up (rectification check)',
  } as Record<string, string>,
  /** A campaign visit's kind with the campaign's id. */
  kindCampaign: (kind: string, campaign: string) => `${kind} ${campaign}`,
  /** A directed visit's kind with its reason. */
  kindReason: (kind: string, reason: string) => `${kind}: ${reason}`,
  /** Inspectors of one visit. */
  ids: (items: readonly string[]) => items.join(', '),
  noInspector: 'none listed',
  checkTitle: 'How to check this list',
  checkSteps: [
    'Before the period began, the office published the schedule hash: one SHA-256 fingerprint sealing every period’s visits, each behind its own secret salt, so that no visit could be read from it.',
    'Now that the period has ended, the office publishes its reveal: the period’s visits, the period’s salt and a proof (a Merkle audit path) that links them to the schedule hash, without opening any other period.',
  ],
  /** The last step, around the command that checks a reveal. */
  checkCommand: {
    before: 'Anyone can recompute the check:',
    command: 'fairdraw verify-period reveal.json <schedule hash>',
    after: 'says “verified” only if these visits, this salt and this proof lead to the published hash.',
  },
  checkRows: {
    period: 'Period',
    periodValue: (k: number, total: number) =>
      `${k} of ${total} (index ${k - 1} in the reveal, counted from 0)`,
    seal: 'Seal format',
    hash: 'Published schedule hash',
    verdict: 'Verdict',
  },
  footer:
    'Made with fairdraw from the period’s reveal and the published schedule hash alone; the same reveal and hash always give the same page.',
  // When the reveal carries outcomes (revealPeriod(..., { outcomes })): each visit's result, and the
  // period's estimate from its random visits. The estimate's columns and figures are the `estimate`
  // section's (allUnits, groupColumns, percent, interval, uncounted, kindName).
  /** The columns added after the visits table's own. */
  outcomeColumns: ['Result', 'Inclusion probability'],
  /** What a visit found; `unrecorded`: no record yet. */
  outcome: {
    compliant: 'compliant',
    problems: 'problems found',
    'not-done': 'not done',
    unrecorded: 'not recorded yet',
  } as Record<string, string>,
  /** One problem: its category, and the deadline by which it is to be rectified, when it has one. */
  problem: (category: string, deadline?: string) =>
    deadline === undefined ? category : `${category} (to be rectified by ${deadline})`,
  /** A visit that found problems: the result, then its problems. */
  problems: (result: string, problems: readonly string[]) => `${result}: ${problems.join('; ')}`,
  /** The lead of the visits table when it shows results. */
  outcomesLead:
    'Each visit’s result is shown beside it: compliant, problems found (by category, with the deadline by which each is to be rectified), or not done. Who rectifies a problem, and when it was rectified, are followed in the rectification register.',
  estimateTitle: 'Estimate from the random visits of the period',
  /** What is estimated, for period `k` (counted from 1). */
  estimand: (k: number) =>
    `The estimand: the share of the units in period ${k}’s routine frame (every unit with an inclusion probability above 0 in the period) at which a routine visit would find a problem, overall and by police type.`,
  /** The overall estimate, in bold, and its interval after it. */
  estimateAll: (label: string, value: string) => `${label}: ${value}`,
  estimateAllCi: (ci: string, interval: string) => ` (${ci} ${interval})`,
  estimateCaption: (k: number) => `Estimated share of units with a problem in period ${k}, by police type.`,
  /** How it is estimated, from one period's draw. */
  method: (m: { level: number; z: number; collapsed: number }) =>
    [
      'Hájek’s estimator, sum(y/π) / sum(1/π), over the routine visits of the period that were done, each weighted with the inclusion probability the schedule reports for it.',
      'Standard error: Deville’s variance approximation for high-entropy designs, for the period’s draw; it overstates rather than understates when the draw kept each police type’s count near its expectation (docs/estimation.md).',
      m.collapsed > 0
        ? 'Only one visit with a probability below 1 was done: this period alone cannot measure the standard error.'
        : '',
      `${Math.round(m.level * 1000) / 10}% interval: the estimate ± ${m.z.toFixed(2)} standard errors, cut to [0, 1].`,
      'A visit not done or not recorded is left out, and the visits done are weighted up (missing at random within the draw).',
      'Campaign, directed and follow-up visits are not counted: a campaign’s draw may span several periods, and directed and follow-up visits are not drawn at random.',
      'Sources: Hájek 1971; Deville 1993; Tillé, Sampling and Estimation from Finite Populations, 2020 (docs/estimation.md).',
    ]
      .filter((s) => s !== '')
      .join(' '),
  /** The visits of a kind listed but not counted in the estimate. */
  uncounted: (kind: string, visits: number, withProblems: number) =>
    `${kind} visits: ${visits} done, ${withProblems} with problems (listed above, not counted)`,
  noEstimate:
    'No estimate: a routine visit of this reveal has no inclusion probability or no police type (see the verdict at the top).',
  /** The check section's note on what the seal does not cover. */
  unsealed:
    'The visits’ results, the inclusion probabilities and the units’ police types were added to the reveal after the period, outside the seal. The same check (fairdraw verify-period) makes sure that they fit the sealed visits; the probabilities and police types can be checked against the summary reveal the office publishes once the year has ended (its units); the results are the office’s record.',
};
