import { substituteInspector } from '../assign/substituteInspector.js';
import { hint } from '../model/closestName.js';
import { FairdrawError } from '../model/FairdrawError.js';
import { readSchedule, type Schedule } from '../model/scheduleSchema.js';
import { substitutionSchema } from '../model/substitutionSchema.js';
import { validate } from '../model/validate.js';
import { createRng } from '../random/createRng.js';
import { deriveSeed } from '../random/deriveSeed.js';
import { checkIntact, dayOf, lastChange } from './anchors.js';
import { openPlan } from './pipeline.js';
import { replayedUnits } from './replanFrame.js';
import { inSealFormat, sealFormatOf, sealSchedule } from './seal.js';
import { assignmentInputs } from './staffing.js';
import { inspectorLoads } from './summaries.js';

/**
 * Replaces an inspector who cannot make some dates, without redrawing anything else.
 *
 * Every visit on one of `change.dates` that `change.inspector` was part of gets a replacement, drawn
 * with the generator of `deriveSeed(seed, "substitute", k)` where `k` counts the substitutions already
 * in the log, under all the hard constraints of the plan (the other visits' teams count toward
 * capacities). Every other visit is left untouched. An entry is appended to `schedule.log` with who,
 * which visits, why and when, and the schedule's hash before the change (`before`); the inspector
 * loads are summarised and the schedule sealed again by the same code as `plan`'s (`inspectorLoads`,
 * `sealSchedule`), in the seal format it had (a schedule of the earlier format
 * `fairdraw/seal/v1+rfc6962` stays in it, without names).
 *
 * @param input - the plan the schedule was drawn from.
 * @param schedule - the schedule to change (validated); not modified.
 * @param change - `inspector`, `dates`, `reason`; `at` (ISO date-time) records when the change was
 *   made and defaults to now.
 * @returns a new schedule.
 * @throws {FairdrawError} on bad input (naming the field: `change.inspector`, `schedule.visits[3].unit`,
 *   ...), or when a visit cannot be restaffed (listing each).
 */
export function substitute(input: unknown, schedule: unknown, change: unknown): Schedule {
  const opened = openPlan(input);
  const { input: valid, seed } = opened;
  const before = readSchedule(schedule);
  checkIntact(opened, before);
  const request = validate(substitutionSchema, change, 'change');
  if (!valid.inspectors.some((i) => i.id === request.inspector)) {
    const guess = hint(request.inspector, valid.inspectors);
    throw new FairdrawError(
      'invalid-input',
      'change.inspector',
      (t) => t.assign.unknownInspector(request.inspector) + guess(t),
    );
  }
  const at = request.at ?? new Date().toISOString();
  const zone = valid.horizon.zone;
  const today = dayOf(at, zone);
  const last = lastChange(before.log, zone, ['substitution']);
  if (last !== undefined && today < last.day) {
    throw new FairdrawError('invalid-input', 'change.at', (t) =>
      t.schedule.beforeLastSubstitution(today, last.day),
    );
  }
  request.dates.forEach((date, k) => {
    if (date < today) {
      throw new FairdrawError('invalid-input', `change.dates[${k}]`, (t) =>
        t.schedule.dateBeforeSubstitution(date, today, at),
      );
    }
  });
  const k = before.log.filter((e) => e.kind === 'substitution').length;
  // The frame as the log has left it: a unit a replan added has visits too.
  const frame = { ...valid, units: replayedUnits(valid, before.log) };
  const { visits, inspectors, units } = assignmentInputs(frame, before.visits, 'schedule.visits');
  const result = substituteInspector(
    visits,
    before.visits.map((v) => v.inspectors),
    inspectors,
    { inspector: request.inspector, dates: request.dates },
    {
      teamSize: valid.team.size,
      recusal: valid.team.recusal,
      rng: createRng(deriveSeed(seed, 'substitute', k)),
      units,
    },
  );
  const next = structuredClone(before);
  const replacements = result.changed.map((index) => {
    const visit = next.visits[index]!;
    const from = visit.inspectors;
    visit.inspectors = result.teams[index]!;
    return { visit: visit.id, date: visit.date, from, to: [...visit.inspectors] };
  });
  next.inspectors = inspectorLoads(frame, next.visits);
  next.log.push({
    kind: 'substitution',
    at,
    reason: request.reason,
    inspector: request.inspector,
    dates: [...request.dates].sort(),
    sequence: k,
    before: before.manifest.scheduleHash,
    visits: replacements,
  });
  // A schedule keeps its seal format (checkIntact has opened it): a v1 schedule's loads carry no names.
  return sealSchedule(inSealFormat(next, sealFormatOf(before)), seed);
}
