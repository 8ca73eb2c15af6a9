import * as z from 'zod';
import { identifier } from './identifier.js';
import { isoDate } from './isoDate.js';
import { positiveRiskWeight } from './riskWeight.js';
import { customIssue, says } from './schemaWords.js';

/** Largest accepted `deadlineWorkdays` (the calendar's `MAX_ADD_WORKDAYS`). */
const MAX_DEADLINE_WORKDAYS = 3660;
/** Largest accepted `deadlineDays`: ten years of calendar days. */
const MAX_DEADLINE_DAYS = 3660;

/** The three ways to give a finding's deadline; a finding gives exactly one. */
const DEADLINE_FORMS = ['deadlineWorkdays', 'deadlineDays', 'deadline'] as const;

/**
 * A finding on a unit that must be rectified by a deadline, given in one of three forms: as
 * `deadlineWorkdays` N (the N-th working day after `date`, the finding's own day not counted), as
 * `deadlineDays` N (N calendar days after `date`), or as the date `deadline` itself (not before `date`).
 * A `follow-up` visit goes on the first working day after the deadline. With `raiseRisk`, the unit's
 * risk weight becomes that value from the period after the finding's period on (routine draws under
 * `fairness: "risk"`).
 */
export const findingSchema = z
  .strictObject({
    unit: identifier,
    date: isoDate.meta({ description: 'Day of the finding; not after the horizon end.' }),
    deadlineWorkdays: z
      .number()
      .int(says('wholeWorkdays'))
      .min(0, says('atLeast', 0))
      .max(MAX_DEADLINE_WORKDAYS, says('atMost', MAX_DEADLINE_WORKDAYS))
      .optional()
      .meta({
        description:
          'N: the deadline is the N-th working day after the finding. One of deadlineWorkdays, deadlineDays and deadline.',
      }),
    deadlineDays: z
      .number()
      .int(says('wholeDays'))
      .min(0, says('atLeast', 0))
      .max(MAX_DEADLINE_DAYS, says('atMost', MAX_DEADLINE_DAYS))
      .optional()
      .meta({
        description:
          'N: the deadline is N calendar days after the finding, whatever day that is. One of deadlineWorkdays, deadlineDays and deadline.',
      }),
    deadline: isoDate.optional().meta({
      description:
        'The deadline as a date, not before the finding. One of deadlineWorkdays, deadlineDays and deadline.',
    }),
    raiseRisk: positiveRiskWeight.optional().meta({
      description:
        "The unit's new risk weight (from 1e-9 to 1e9) from the period after the finding's on; must exceed the unit's risk.",
    }),
  })
  .superRefine((f, ctx) => {
    const given = DEADLINE_FORMS.filter((form) => f[form] !== undefined);
    if (given.length === 0) {
      ctx.addIssue(customIssue(['deadline'], (t) => t.plan.deadlineMissing));
    }
    for (const form of given.slice(1)) {
      ctx.addIssue(customIssue([form], (t) => t.plan.deadlineTwice(given[0]!)));
    }
    if (f.deadline !== undefined && f.deadline < f.date) {
      const deadline = f.deadline;
      ctx.addIssue(customIssue(['deadline'], (t) => t.plan.deadlineBeforeFinding(deadline, f.date)));
    }
  })
  .meta({ oneOf: DEADLINE_FORMS.map((form) => ({ required: [form] })) });

/** A finding as given in a plan file. */
export type Finding = z.output<typeof findingSchema>;
