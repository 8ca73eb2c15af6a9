import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ValidPlanInput } from '../../src/model/planInputSchema.js';
import type { InspectorLoad, Visit } from '../../src/model/scheduleSchema.js';
import { unitIndex } from '../../src/model/unitIndex.js';
import { openPlan } from '../../src/schedule/pipeline.js';
import { inspectorLoads } from '../../src/schedule/summaries.js';

/**
 * `inspectorLoads` as it was before it counted in typed arrays (issue 16): a Map from id to load,
 * and each visit added one at a time into `byType`. The reference the faster count must match,
 * key order and all.
 */
function reference(input: ValidPlanInput, visits: readonly Visit[]): InspectorLoad[] {
  const loads = new Map<string, InspectorLoad>(
    input.inspectors.map((x) => [
      x.id,
      { id: x.id, ...(x.name !== undefined ? { name: x.name } : {}), visits: 0, byType: {} },
    ]),
  );
  if (loads.size === 0) return [];
  const index = unitIndex(input.units);
  for (const visit of visits) {
    if (visit.inspectors.length === 0) continue;
    const i = index.get(visit.unit);
    const type = i === undefined ? '' : input.units[i]!.type;
    for (const id of visit.inspectors) {
      const load = loads.get(id);
      if (!load) continue;
      load.visits += 1;
      load.byType[type] = (load.byType[type] ?? 0) + 1;
    }
  }
  return [...loads.values()];
}

// Types include names that integer-like keys sort first and names of Object.prototype members.
const TYPES = ['station', 'traffic', '7', '12', 'toString', 'constructor', '__proto__', 'a'];

const caseArb = fc
  .record({
    units: fc.array(fc.constantFrom(...TYPES), { minLength: 1, maxLength: 12 }),
    inspectors: fc.uniqueArray(fc.record({ id: fc.nat(6), named: fc.boolean() }), {
      maxLength: 6,
      selector: (x) => x.id,
    }),
    visits: fc.array(
      fc.record({ unit: fc.nat(14), team: fc.array(fc.nat(7), { maxLength: 3 }), known: fc.boolean() }),
      { maxLength: 40 },
    ),
  })
  .map(({ units, inspectors, visits }) => ({
    input: openPlan({
      seed: 'loads',
      horizon: { start: '2026-01-05', end: '2026-01-09', zone: 'Asia/Shanghai', period: 'week' },
      units: units.map((type, u) => ({ id: `u-${u}`, type, risk: 1 })),
      inspectors: inspectors.map(({ id, named }) => ({
        id: `i-${id}`,
        ...(named ? { name: `N${id}` } : {}),
      })),
      routine: { visitsPerPeriod: 1 },
    }).input,
    // Visits name unknown units and unknown inspectors too, as the function allows.
    visits: visits.map(
      ({ unit, team }, k): Visit => ({
        id: `v-${k}`,
        kind: 'routine',
        period: 0,
        date: '2026-01-05',
        unit: `u-${unit}`,
        inspectors: team.map((i) => `i-${i}`),
      }),
    ),
    // The index of each visit's unit where the caller knows it (a unit of the plan), -1 elsewhere.
    units: visits.map(({ unit, known }) => (known && unit < units.length ? unit : -1)),
  }));

describe('inspectorLoads', () => {
  it('writes what counting one visit at a time into each byType wrote, in the same key order', () => {
    fc.assert(
      fc.property(caseArb, ({ input, visits }) => {
        expect(JSON.stringify(inspectorLoads(input, visits))).toBe(JSON.stringify(reference(input, visits)));
      }),
      { seed: 1616, numRuns: 500 },
    );
  });

  it("writes the same when given the index of some visits' units", () => {
    fc.assert(
      fc.property(caseArb, ({ input, visits, units }) => {
        expect(JSON.stringify(inspectorLoads(input, visits, units))).toBe(
          JSON.stringify(reference(input, visits)),
        );
      }),
      { seed: 1617, numRuns: 500 },
    );
  });
});
