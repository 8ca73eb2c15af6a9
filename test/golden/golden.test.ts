import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plan } from '../../src/schedule/plan.js';

describe('golden schedules', () => {
  it('reproduces the county example byte for byte', () => {
    const input = JSON.parse(readFileSync('examples/county.json', 'utf8'));
    const golden = readFileSync('test/golden/county.schedule.json', 'utf8');
    const schedule = plan(input);
    expect(`${JSON.stringify(schedule, null, 2)}\n`).toBe(golden);
    expect(schedule.visits.every((v) => v.inspectors.length === input.team.size)).toBe(true);
  });
});
