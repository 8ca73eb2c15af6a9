import { describe, expect, it } from 'vitest';
import type { Schedule, ScheduleUnit } from '../../src/model/scheduleSchema.js';
import { unitProbabilities } from '../../src/model/unitProbabilities.js';

// A unit's routine probabilities, one per period, in either schedule format: a profile into the
// schedule's `profiles` (fairdraw/seal/v3+rfc6962) or the unit's own list (the formats before it).

const unit = (fields: Partial<ScheduleUnit>): ScheduleUnit => ({
  id: 'u',
  type: 't',
  expectedVisits: 0,
  visits: 0,
  ...fields,
});

describe('unitProbabilities', () => {
  it('reads the profile a unit names: the shared vector itself', () => {
    const schedule: Pick<Schedule, 'profiles'> = {
      profiles: [
        [0.5, 0.25],
        [0, 1],
      ],
    };
    const a = unit({ profile: 1 });
    const b = unit({ id: 'v', profile: 1 });
    expect(unitProbabilities(schedule, unit({ profile: 0 }))).toEqual([0.5, 0.25]);
    expect(unitProbabilities(schedule, a)).toEqual([0, 1]);
    expect(unitProbabilities(schedule, a)).toBe(unitProbabilities(schedule, b));
  });

  it("reads the unit's own list in a schedule without profiles", () => {
    const own = [0.1, 0.2, 0.3];
    expect(unitProbabilities({}, unit({ probabilities: own }))).toBe(own);
  });

  it('fails loudly, not with undefined, on a unit readSchedule would have refused', () => {
    expect(() => unitProbabilities({}, unit({}))).toThrow(/bug/);
    expect(() => unitProbabilities({}, unit({ profile: 0 }))).toThrow(/bug/);
    expect(() => unitProbabilities({ profiles: [[1]] }, unit({ profile: 3 }))).toThrow(/bug/);
  });
});
