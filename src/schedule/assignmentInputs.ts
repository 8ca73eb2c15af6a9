import type { AssignInspector, AssignVisit } from '../assign/types.js';
import { FairdrawError } from '../model/FairdrawError.js';
import type { ValidPlanInput } from '../model/planInputSchema.js';
import type { Visit } from '../model/scheduleSchema.js';

/** The visits and inspectors of a plan in the shape the assignment layer takes. */
export function assignmentInputs(
  input: ValidPlanInput,
  visits: readonly Visit[],
  path = 'visits',
): { visits: AssignVisit[]; inspectors: AssignInspector[] } {
  const unitById = new Map(input.units.map((u) => [u.id, u]));
  return {
    visits: visits.map((v, k) => {
      const u = unitById.get(v.unit);
      if (!u)
        throw new FairdrawError(
          'invalid-input',
          `${path}[${k}].unit`,
          `unknown unit id ${JSON.stringify(v.unit)}`,
        );
      return { id: v.id, unit: u.id, unitType: u.type, unitRegion: u.region, date: v.date, period: v.period };
    }),
    inspectors: input.inspectors.map((insp) => ({
      ...insp,
      homeRegion: insp.homeUnit ? unitById.get(insp.homeUnit)?.region : undefined,
    })),
  };
}
