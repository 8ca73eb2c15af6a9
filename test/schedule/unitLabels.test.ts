import { describe, expect, it } from 'vitest';
import type { Unit } from '../../src/model/unitSchema.js';
import { unitLabels } from '../../src/schedule/unitLabels.js';

describe('unitLabels', () => {
  it('numbers types and regions in order of first appearance, -1 for no region, once per array', () => {
    const units: Unit[] = [
      { id: 'a', type: 'traffic', risk: 1, region: 'east' },
      { id: 'b', type: 'station', risk: 1 },
      { id: 'c', type: 'traffic', risk: 1, region: 'west' },
      { id: 'd', type: 'toString', risk: 1, region: 'east' },
    ];
    const labels = unitLabels(units);
    expect(labels.types).toEqual(['traffic', 'station', 'toString']);
    expect(Array.from(labels.typeOf)).toEqual([0, 1, 0, 2]);
    expect(labels.regions).toEqual(['east', 'west']);
    expect(Array.from(labels.regionOf)).toEqual([0, -1, 1, 0]);
    expect(unitLabels(units)).toBe(labels);
    expect(unitLabels([...units])).not.toBe(labels);
  });
});
