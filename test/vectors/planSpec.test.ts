import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ScheduleUnit } from '../../src/model/scheduleSchema.js';
import { unitProbabilities } from '../../src/model/unitProbabilities.js';
import { createRng } from '../../src/random/createRng.js';
import { drawHorizon } from '../../src/sampling/horizon/roundHorizon.js';
import { inclusionProbabilities } from '../../src/sampling/inclusionProbabilities.js';

/** plan.json, as published. */
const file = JSON.parse(readFileSync(new URL('./draw/plan.json', import.meta.url), 'utf8'));

describe('plan.json against docs/spec/plan.md §4: the probabilities a schedule reports', () => {
  it('are the delivered (grid) probabilities of drawHorizon, not the pi of §4 themselves', () => {
    const { input, schedule } = file;
    const weights = input.units.map((u: { risk: number }) => u.risk);
    // §4: pi_t = inclusionProbabilities(weights, n_t, routine.bounds), every unit in the frame.
    const pi = schedule.periods.map((p: { visits: number }) =>
      Array.from(inclusionProbabilities(weights, p.visits, input.routine.bounds)),
    );
    const reported = schedule.periods.map((_: unknown, t: number) =>
      schedule.units.map((u: ScheduleUnit) => unitProbabilities(schedule, u)[t]),
    );
    // §5 under coordination "horizon": one joint draw; what it delivered is what is reported.
    const draw = drawHorizon(pi, {
      rng: createRng(file.subSeeds['routine/horizon']),
      strata: input.units.map((u: { type: string }) => u.type),
    });
    expect(reported).toEqual(draw.probabilities.map((row) => Array.from(row)));
    // On the 2^-48 grid, each period summing exactly to its budget, within 1e-14 of pi, and not pi.
    reported.forEach((row: number[], t: number) => {
      const grid = row.map((p) => p * 2 ** 48);
      for (const g of grid) expect(Number.isInteger(g)).toBe(true);
      expect(grid.reduce((a, b) => a + b, 0)).toBe(schedule.periods[t].visits * 2 ** 48);
      row.forEach((p, i) => {
        expect(Math.abs(p - pi[t][i])).toBeLessThan(1e-14);
      });
    });
    expect(reported).not.toEqual(pi);
    // The example of the text.
    expect(pi[0][0]).toBe(8 / 13);
    expect(String(pi[0][0])).toBe('0.6153846153846154');
    expect(String(reported[0][0])).toBe('0.6153846153846203');
  });
});
