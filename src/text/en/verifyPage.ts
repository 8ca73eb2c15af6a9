/**
 * The verify page (`verifyPageHtml`, `fairdraw verify-page`): the page itself and every sentence its
 * inline script shows (src/report/verifyPage/browser.ts picks the section of the page's `lang`).
 */
export const verifyPage = {
  title: 'Verify an inspection schedule',
  lead: 'Check, in this browser and without any network, that a published schedule or period reveal is exactly what the published plan file and seed give. Nothing you choose leaves this computer.',
  planLabel: 'Plan file (plan.json, with the seed revealed)',
  scheduleLabel: 'Schedule (schedule.json) or a period reveal (week-7.json)',
  hashLabel: 'Published schedule hash (for a period reveal only)',
  button: 'Verify',
  howTitle: 'How to use it',
  how: [
    'Choose the plan file the office published, with the secret seed once it is revealed.',
    'Choose either the whole schedule, or the reveal of one ended period.',
    'For a period reveal, paste the schedule hash the office published at the start of the year.',
    'Press Verify. "verified" means every visit, probability and team is what the published inputs give, and that the reveal belongs to the published hash.',
  ],
  planFile: 'the plan file',
  scheduleFile: 'the schedule or reveal file',
  choose: (what: string) => `Choose ${what} first.`,
  notJson: (name: string) => `${name} is not a JSON file.`,
  hashNeeded: 'A period reveal is checked against the published schedule hash: paste it first.',
  checking: 'Checking…',
  verified: 'verified',
  notVerified: 'NOT verified',
  verifiedDetail: (subject: string) => `${subject} is exactly what the published inputs give.`,
  status: (status: string, subject: string) =>
    status === 'unsupported'
      ? `${subject} was made by a version of fairdraw that this page does not implement: it cannot say whether it is right.`
      : `${subject} differs from what the published inputs give:`,
  wholeSchedule: 'The schedule',
  /** The reveal of a period, counted from 1. */
  reveal: (period: number | string) => `The reveal of period ${period}`,
  /** One difference: `visits[5].unit: expected "ps-a", found "ps-b"`, and the library's note if any. */
  difference: (path: string, expected: string, found: string, note: string) =>
    `${path}: expected ${expected}, found ${found}${note ? ` (${note})` : ''}`,
  more: (n: number) => `… and ${n} more differences.`,
  footer: 'fairdraw verify page: the library is inside this file; it makes no request.',
  /** What `fairdraw verify-page` prints. */
  wrote: (path: string) =>
    `wrote ${path}: open it in any browser, choose the plan file and the schedule (or a period reveal and the published hash), and press Verify; it makes no request`,
};
