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
};
