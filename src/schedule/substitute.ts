import { substituteInspector } from '../assign/substituteInspector.js';
import { hashInput } from '../audit/hashInput.js';
import { FairdrawError } from '../model/FairdrawError.js';
import { type PlanInput, planInputSchema } from '../model/planInputSchema.js';
import { type Substitution, substitutionSchema } from '../model/substitutionSchema.js';
import { validate } from '../model/validate.js';
import { createRng } from '../random/createRng.js';
import { deriveSeed } from '../random/deriveSeed.js';
import { assignmentInputs } from './assignmentInputs.js';
import { resolveSeed } from './resolveSeed.js';
import type { Schedule } from './Schedule.js';
import { sealSchedule } from './sealSchedule.js';
import { inspectorLoads } from './summaries.js';

/**
 * Replaces an inspector who cannot make some dates, without redrawing anything else.
 *
 * Every visit on one of `change.dates` that `change.inspector` was part of gets a replacement, drawn
 * with the generator of `deriveSeed(seed, "substitute", k)` where `k` counts the substitutions already
 * in the log, under all the hard constraints of the plan (the other visits' teams count toward
 * capacities). Every other visit is left untouched. An entry is appended to `schedule.log` with who,
 * which visits, why and when, and the schedule hash is recomputed.
 *
 * @param change - `at` (ISO date-time) records when the change was made; it defaults to now.
 * @returns a new schedule; the one passed in is not modified.
 * @throws {FairdrawError} on bad input, or when a visit cannot be restaffed (listing each).
 */
export function substitute(input: PlanInput, schedule: Schedule, change: Substitution): Schedule {
  const valid = validate(planInputSchema, input);
  const request = validate(substitutionSchema, change, 'change');
  if (!valid.inspectors.some((i) => i.id === request.inspector)) {
    throw new FairdrawError(
      'invalid-input',
      'change.inspector',
      `unknown inspector id ${JSON.stringify(request.inspector)}`,
    );
  }
  if (!schedule || !Array.isArray(schedule.visits) || !Array.isArray(schedule.log)) {
    throw new FairdrawError(
      'invalid-input',
      'schedule',
      'is not a fairdraw schedule (visits and log are required)',
    );
  }
  const seed = resolveSeed(valid.seed, hashInput(valid));
  const k = schedule.log.filter((e) => e.kind === 'substitution').length;
  const { visits, inspectors } = assignmentInputs(valid, schedule.visits, 'schedule.visits');
  const result = substituteInspector(
    visits,
    schedule.visits.map((v) => v.inspectors),
    inspectors,
    { inspector: request.inspector, dates: request.dates },
    {
      teamSize: valid.team.size,
      recusal: valid.team.recusal,
      rng: createRng(deriveSeed(seed, 'substitute', k)),
    },
  );
  const next: Schedule = structuredClone(schedule);
  const replacements = result.changed.map((index) => {
    const visit = next.visits[index]!;
    const before = visit.inspectors;
    visit.inspectors = result.teams[index]!;
    return { visit: visit.id, date: visit.date, from: before, to: [...visit.inspectors] };
  });
  const typeOf = new Map(valid.units.map((u) => [u.id, u.type]));
  next.inspectors = inspectorLoads(
    valid.inspectors.map((i) => i.id),
    next.visits,
    typeOf,
  );
  next.log.push({
    kind: 'substitution',
    at: request.at ?? new Date().toISOString(),
    reason: request.reason,
    inspector: request.inspector,
    dates: [...request.dates].sort(),
    sequence: k,
    visits: replacements,
  });
  return sealSchedule(next, seed);
}
