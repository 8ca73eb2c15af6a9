import { describe, expect, it } from 'vitest';
import { alignRows } from '../../src/cli/format.js';

describe('alignRows', () => {
  it('aligns in terminal columns, a Chinese character counting two, the first column left', () => {
    expect(
      alignRows([
        ['警种', '检查', '估计值'],
        ['traffic', '12', '3.5%'],
        ['派出所', '7', '10.0%'],
      ]),
    ).toEqual(['警种     检查  估计值', 'traffic    12    3.5%', '派出所      7   10.0%']);
    // English as padEnd/padStart would write it
    expect(
      alignRows([
        ['type', 'visits'],
        ['police-station', '3'],
      ]),
    ).toEqual(['type            visits', 'police-station       3']);
  });
});
