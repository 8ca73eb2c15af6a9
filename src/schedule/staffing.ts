import { assignInspectors } from '../assign/assignInspectors.js';
import type { AssignInspector, UnitNumbers, VisitToStaff } from '../assign/types.js';
import { FairdrawError } from '../model/FairdrawError.js';
import type { ValidPlanInput } from '../model/planInputSchema.js';
import type { Visit } from '../model/scheduleSchema.js';
import { unitIndex } from '../model/unitIndex.js';
import { createRng } from '../random/createRng.js';
import { deriveSeed } from '../random/deriveSeed.js';
import { unitLabels } from './unitLabels.js';

/**
 * The visits and inspectors of a plan in the shape the assignment layer takes, and the units as
 * numbers (their indices in `input.units`, with their types and regions by number: see
 * `AssignOptions.units`). The visits are handed as they are: the assignment reads their units'
 * types and regions from those numbers, and nothing is copied per visit.
 *
 * @param known - the index in `input.units` of each visit's unit, when the caller has them (the
 *   planner, for the visits it drew); looked up by id otherwise.
 * @throws {FairdrawError} (`invalid-input`, path `${path}[k].unit`) for a visit to a unit not in the plan.
 */
export function assignmentInputs(
  input: ValidPlanInput,
  visits: readonly Visit[],
  path = 'visits',
  known?: ArrayLike<number>,
): { visits: readonly VisitToStaff[]; inspectors: AssignInspector[]; units: UnitNumbers } {
  const index = unitIndex(input.units);
  const unitById = (id: string | undefined) => {
    const i = id === undefined ? undefined : index.get(id);
    return i === undefined ? undefined : input.units[i];
  };
  const byRegion = input.team.recusal.includes('region');
  const looked = known === undefined ? new Int32Array(visits.length) : undefined;
  for (let k = 0; k < visits.length; k++) {
    const i = looked === undefined ? known![k]! : (index.get(visits[k]!.unit) ?? -1);
    if (!(i >= 0 && i < input.units.length)) {
      const unit = visits[k]!.unit;
      throw new FairdrawError('invalid-input', `${path}[${k}].unit`, (t) => t.plan.unknownUnit(unit));
    }
    if (looked !== undefined) looked[k] = i;
  }
  const numbers = looked ?? known!;
  return {
    visits,
    // The home region is read only by the region rule.
    inspectors: input.inspectors.map((insp) => ({
      ...insp,
      homeRegion: insp.homeUnit && byRegion ? unitById(insp.homeUnit)?.region : undefined,
    })),
    units: {
      visits: numbers,
      of: (id) => index.get(id),
      count: input.units.length,
      labels: unitLabels(input.units),
    },
  };
}

/**
 * Staffs `visits` in place: draws a team for each with `assignInspectors` (exact feasibility by
 * maximum flow, Ford & Fulkerson 1956; balanced loads after Frank & Murota, Math. Oper. Res. 2022;
 * see `docs/assign.md`) from the stream `deriveSeed(seed, "inspectors")` and sets
 * `visits[k].inspectors`. Does nothing when the plan has no inspectors or there is no visit.
 * Shared by `plan` (the master seed) and `replan` (the sub-seed of the replan step).
 *
 * @param units - the index in `input.units` of each visit's unit, when the caller has them (spares
 *   looking up every visit's unit id).
 * @throws {FairdrawError} (`infeasible`) when the visits cannot be staffed, listing each problem.
 */
export function staffVisits(
  input: ValidPlanInput,
  visits: Visit[],
  seed: string,
  units?: ArrayLike<number>,
): void {
  if (input.inspectors.length === 0 || visits.length === 0) return;
  const staff = assignmentInputs(input, visits, 'visits', units);
  const assignment = assignInspectors(staff.visits, staff.inspectors, {
    teamSize: input.team.size,
    recusal: input.team.recusal,
    rng: createRng(deriveSeed(seed, 'inspectors')),
    units: staff.units,
  });
  for (let k = 0; k < visits.length; k++) visits[k]!.inspectors = assignment.teams[k]!;
}
