import * as z from 'zod';
import { isoDate } from '../model/isoDate.js';

const text = z.string().min(1, 'must not be empty');
const count = z.number().int('must be an integer').nonnegative('must be >= 0');
const probability = z
  .number()
  .finite('must be a finite number')
  .min(0, 'must be >= 0')
  .max(1, 'must be <= 1');

/**
 * The part of a `Schedule` the fairness report reads. Objects are loose: fields added by later
 * versions (reveal proofs, ...) are kept and ignored, and a visit may be of any kind.
 */
export const reportScheduleSchema = z.looseObject({
  manifest: z.looseObject({
    library: z.string(),
    algorithm: z.string(),
    algorithms: z.record(z.string(), z.string()).optional(),
    rng: z.string().default(''),
    inputHash: z.string(),
    seedCommitment: z.string(),
    scheduleHash: z.string(),
  }),
  periods: z.array(
    z.looseObject({
      index: count,
      start: isoDate,
      end: isoDate,
      visits: count,
    }),
  ),
  units: z.array(
    z.looseObject({
      id: text,
      name: z.string().optional(),
      type: text,
      probabilities: z.array(probability),
      campaigns: z.record(z.string(), probability).default({}),
      capped: z.boolean().default(false),
    }),
  ),
  inspectors: z.array(z.looseObject({ id: text })).default([]),
  visits: z.array(
    z.looseObject({
      id: z.string(),
      kind: text,
      period: z.number().int('must be an integer'),
      date: isoDate,
      unit: text,
      inspectors: z.array(text).default([]),
    }),
  ),
  log: z.array(z.unknown()).default([]),
  campaigns: z
    .array(
      z.looseObject({
        id: text,
        from: isoDate,
        to: isoDate,
        visits: count,
        scopeUnits: count,
        fairness: z.string().default(''),
        design: z.string().default(''),
      }),
    )
    .default([]),
  directed: z
    .array(
      z.looseObject({
        unit: text,
        date: isoDate,
        reason: z.string().default(''),
        visit: z.string().default(''),
        note: z.string().default(''),
      }),
    )
    .default([]),
  findings: z
    .array(
      z.looseObject({
        unit: text,
        date: isoDate,
        deadline: isoDate,
        followUp: isoDate,
        scheduled: z.boolean(),
        visit: z.string().default(''),
        note: z.string().default(''),
      }),
    )
    .default([]),
  conflicts: z
    .array(
      z.looseObject({
        rule: z.string(),
        unit: text,
        dates: z.tuple([isoDate, isoDate]),
        days: count,
      }),
    )
    .default([]),
  notes: z
    .array(
      z.looseObject({
        kind: z.string(),
        from: z.string().default(''),
        unit: z.string().default(''),
        message: z.string(),
      }),
    )
    .default([]),
});

/** A schedule as the report reads it. */
export type ReportSchedule = z.output<typeof reportScheduleSchema>;
