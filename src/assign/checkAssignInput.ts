import { FairdrawError } from '../model/FairdrawError.js';
import type { AssignInspector, AssignOptions } from './types.js';

/**
 * Guards the assumptions of the assignment core that the planner's validation does not cover
 * (the planner validates shapes with zod): a positive integer team size, distinct inspector ids,
 * and non-negative integer capacities. Throws a `FairdrawError` (`invalid-input`) naming the field.
 */
export function checkAssignInput(inspectors: readonly AssignInspector[], options: AssignOptions): void {
  if (!Number.isInteger(options.teamSize) || options.teamSize < 1) {
    const got = String(options.teamSize);
    throw new FairdrawError('invalid-input', 'options.teamSize', (t) => t.assign.teamSizeBad(got));
  }
  const seen = new Map<string, number>();
  inspectors.forEach((insp, i) => {
    const first = seen.get(insp.id);
    if (first !== undefined) {
      throw new FairdrawError('invalid-input', `inspectors[${i}].id`, (t) =>
        t.assign.duplicateInspector(insp.id, first),
      );
    }
    seen.set(insp.id, i);
    for (const key of ['maxPerPeriod', 'maxPerDay'] as const) {
      const c = insp[key];
      if (c !== undefined && (!Number.isInteger(c) || c < 0)) {
        const got = String(c);
        throw new FairdrawError('invalid-input', `inspectors[${i}].${key}`, (t) => t.assign.capacityBad(got));
      }
    }
  });
}
