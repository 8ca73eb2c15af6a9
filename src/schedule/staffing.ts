import { assignInspectors } from '../assign/assignInspectors.js';
import type { AssignInspector, AssignVisit } from '../assign/types.js';
import { FairdrawError } from '../model/FairdrawError.js';
import type { ValidPlanInput } from '../model/planInputSchema.js';
import type { Visit } from '../model/scheduleSchema.js';
import { unitIndex } from '../model/unitIndex.js';
import { createRng } from '../random/createRng.js';
import { deriveSeed } from '../random/deriveSeed.js';

/** The visits and inspectors of a plan in the shape the assignment layer takes. */
export function assignmentInputs(
  input: ValidPlanInput,
  visits: readonly Visit[],
  path = 'visits',
): { visits: AssignVisit[]; inspectors: AssignInspector[] } {
  const index = unitIndex(input.units);
  const unitById = (id: string | undefined) => {
    const i = id === undefined ? undefined : index.get(id);
    return i === undefined ? undefined : input.units[i];
  };
  return {
    visits: visits.map((v, k) => {
      const u = unitById(v.unit);
      if (!u)
        throw new FairdrawError('invalid-input', `${path}[${k}].unit`, (t) => t.plan.unknownUnit(v.unit));
      return { id: v.id, unit: u.id, unitType: u.type, unitRegion: u.region, date: v.date, period: v.period };
    }),
    inspectors: input.inspectors.map((insp) => ({
      ...insp,
      homeRegion: insp.homeUnit ? unitById(insp.homeUnit)?.region : undefined,
    })),
  };
}

/**
 * Staffs `visits` in place: draws a team for each with `assignInspectors` (exact feasibility by
 * maximum flow, Ford & Fulkerson 1956; balanced loads after Frank & Murota, Math. Oper. Res. 2022;
 * see `docs/assign.md`) from the stream `deriveSeed(seed, "inspectors")` and sets
 * `visits[k].inspectors`. Does nothing when the plan has no inspectors or there is no visit.
 * Shared by `plan` (the master seed) and `replan` (the sub-seed of the replan step).
 *
 * @throws {FairdrawError} (`infeasible`) when the visits cannot be staffed, listing each problem.
 */
export function staffVisits(input: ValidPlanInput, visits: Visit[], seed: string): void {
  if (input.inspectors.length === 0 || visits.length === 0) return;
  const staff = assignmentInputs(input, visits);
  const assignment = assignInspectors(staff.visits, staff.inspectors, {
    teamSize: input.team.size,
    recusal: input.team.recusal,
    rng: createRng(deriveSeed(seed, 'inspectors')),
  });
  visits.forEach((v, k) => {
    v.inspectors = assignment.teams[k]!;
  });
}
