import { plural } from '../plural.js';

/** The rectification register: its page, its tables, and the lines `fairdraw register` prints. */
export const register = {
  title: 'Rectification register',
  /** The subtitle of the public register: the periods it covers and the day its states are read on. */
  publicSubtitle: (through: string, ended: number, total: number) =>
    ended === 0
      ? `None of the ${total} periods has ended yet`
      : `Up to ${through}: ${ended === 1 ? 'period 1' : `periods 1–${ended}`} of ${total}`,
  /** The subtitle of the office register. */
  officeSubtitle: (asOf: string) => `As of ${asOf}, for the inspection office`,
  /** What the public register shows, at its top. */
  publicNote: (through: string, allEnded: boolean) =>
    through === ''
      ? 'Public register: no period has ended yet, so no visit is shown.'
      : allEnded
        ? `Public register: every period of the schedule has ended; every state as of ${through}.`
        : `Public register: the visits of the periods ended so far, and every state as of ${through}, the last day of the last of them. No visit still to come is shown, nor the date of a follow-up still to come.`,
  /** The warning at the top of the office register. */
  officeNote:
    'For the inspection office only: do not post. This register names follow-up visits still to come, with their dates.',
  /** The key figures. */
  cards: {
    problems: 'problems recorded',
    open: 'being rectified',
    overdue: 'overdue',
    closed: 'rectified',
    complaints: 'complaints',
    awaitingFeedback: 'complaints awaiting feedback',
  },
  /** The section headings. */
  sections: {
    problems: 'Problems and their rectification',
    complaints: 'Complaints and feedback',
    unrecorded: 'Visits without a recorded outcome',
  },
  /** The lines under the section headings. */
  leads: {
    problems:
      'A problem is overdue from the day after its deadline until it is rectified; the deadline day itself is on time.',
    complaints:
      'Each complaint visit, with the days its result was reported to the complainant and to the unit.',
    unrecorded: 'Visits held in the period covered whose outcome has not been recorded yet.',
  },
  /** When a section has no row. */
  none: {
    problems: 'No problem recorded.',
    complaints: 'No complaint visit.',
    unrecorded: 'Every visit has its outcome recorded.',
  },
  /** The column headings of the tables, on the page and in the CSV and .xlsx files. */
  columns: {
    visit: 'Visit',
    date: 'Date',
    unit: 'Unit',
    kind: 'Kind',
    category: 'Category',
    problem: 'Problem',
    responsible: 'Responsible person',
    deadline: 'Deadline',
    status: 'State',
    closed: 'Rectified on',
    followUp: 'Follow-up visit',
    reason: 'Reason',
    result: 'Result',
    problems: 'Problems',
    rectified: 'Rectified',
    feedbackComplainant: 'Feedback to complainant',
    feedbackUnit: 'Feedback to unit',
  },
  /** The kinds of visit. */
  kinds: {
    routine: 'routine',
    campaign: 'campaign',
    directed: 'directed (complaint)',
    'follow-up': 'follow-up',
  },
  /** What a visit found. */
  results: { compliant: 'compliant', problems: 'problems', 'not-done': 'not done' },
  /** A visit whose outcome is not recorded. */
  notRecorded: 'not recorded',
  /** A problem's state. */
  statuses: { open: 'being rectified', overdue: 'overdue', closed: 'rectified' },
  /** Beside an overdue state: how long. */
  daysOverdue: (n: number) => `${plural(n, 'day')} past the deadline`,
  /** Beside a closed state, when it was closed after its deadline. */
  closedLate: 'after the deadline',
  /** A follow-up visit. */
  followUp: {
    done: (visit: string, date: string) => `${visit}, ${date}`,
    scheduled: 'scheduled',
    scheduledOn: (visit: string, date: string) => `scheduled: ${visit}, ${date}`,
    unscheduled: 'none in this schedule',
    late: 'late',
    none: '—',
  },
  /** A feedback day not given yet. */
  noFeedback: 'not yet',
  /** The page's footer. */
  footer: (scheduleHash: string, outcomesHash: string) =>
    scheduleHash === outcomesHash
      ? `Schedule hash ${scheduleHash}; the outcomes were recorded against it.`
      : `Schedule hash ${scheduleHash}; the outcomes were recorded against its earlier version ${outcomesHash}.`,
  /** The lines `fairdraw register` prints. */
  summary: {
    heading: (audience: 'public' | 'office', through: string) =>
      audience === 'office'
        ? `rectification register as of ${through} (office: do not post)`
        : through === ''
          ? 'rectification register (public): no period has ended yet'
          : `rectification register (public) up to ${through}`,
    counts: (problems: number, open: number, overdue: number, closed: number) =>
      `  ${plural(problems, 'problem')}: ${open} being rectified, ${overdue} overdue, ${closed} rectified`,
    complaints: (complaints: number, awaiting: number) =>
      `  ${plural(complaints, 'complaint')}, ${awaiting} awaiting feedback`,
    unrecorded: (n: number) => `  ${plural(n, 'visit')} without a recorded outcome`,
    wrote: (paths: readonly string[]) => `wrote ${paths.join(', ')}`,
  },
  /** The line `fairdraw replan --outcomes` prints about the follow-ups it added. */
  followUpsAdded: (n: number, late: number) =>
    n === 0
      ? 'every recorded problem with a deadline has a follow-up already'
      : `added ${plural(n, 'follow-up')} for recorded problems${late > 0 ? ` (${late} late: due before --from, made on its first working day)` : ''}`,
};
