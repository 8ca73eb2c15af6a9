import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/audit/canonicalJson.js';
import { hashInput } from '../../src/audit/hashInput.js';
import { plainJsonOf } from '../../src/model/plainJsonArrays.js';
import { validatePlanInput } from '../../src/model/validatePlanInput.js';
import { openPlan } from '../../src/schedule/pipeline.js';
import { drawOpened, plan } from '../../src/schedule/plan.js';
import { sealTree } from '../../src/schedule/seal.js';
import { arbitraryYearPlan, smallYearPlan, withoutYear } from './yearPlans.js';

// Arrays the library builds from checked values are marked as plain JSON data (markPlainJson), and
// canonical JSON writes them without walking them: the fast path. A structured clone has no mark, so
// it takes the general path (the walk); both must give the same text, hashes and seal.

/** A clone of `value` without any mark (new arrays and objects, the same data). */
const unmarked = <T>(value: T): T => structuredClone(value);

describe('arrays marked as plain JSON data: the same text, hashes and seal as without the marks', () => {
  it('the validated units, the unit summaries and the routine visits of a plan are marked', () => {
    const opened = openPlan(withoutYear(smallYearPlan()));
    expect(plainJsonOf(opened.input.units)?.names).toEqual([
      'active',
      'from',
      'id',
      'region',
      'risk',
      'type',
    ]);
    const drawn = drawOpened(opened);
    expect(plainJsonOf(drawn.units)).toBeDefined();
    expect(plainJsonOf(drawn.visits)?.names).toEqual(['date', 'id', 'inspectors', 'kind', 'period', 'unit']);
    expect(drawn.visits.some((v) => v.inspectors.length > 0)).toBe(true);
    expect(plainJsonOf(drawn.inspectors)?.names).toEqual(
      expect.arrayContaining(['byType', 'criminal-investigation', 'id', 'police-station', 'visits']),
    );
    const marked = sealTree(drawn, opened.seed);
    expect(marked.leaves).toEqual(sealTree(unmarked(drawn), opened.seed).leaves);
    // The seal forgets them: the schedule plan returns is its caller's to change.
    const sealed = plan(withoutYear(smallYearPlan()));
    expect(plainJsonOf(sealed.units)).toBeUndefined();
    expect(plainJsonOf(sealed.visits)).toBeUndefined();
    expect(plainJsonOf(sealed.inspectors)).toBeUndefined();
  });

  it('seals police types named like members of Object.prototype as the walk does', () => {
    for (const types of [
      ['toString', '__proto__'],
      ['constructor', 'valueOf'],
    ]) {
      const file = withoutYear(smallYearPlan());
      file.units.forEach((u: { type: string }, i: number) => {
        u.type = types[i % 2]!;
      });
      file.inspectors[2].types = [types[0]];
      const opened = openPlan(file);
      const drawn = drawOpened(opened);
      expect(plainJsonOf(drawn.inspectors)).toBeDefined();
      expect(sealTree(drawn, opened.seed).leaves).toEqual(sealTree(unmarked(drawn), opened.seed).leaves);
    }
  });

  it('writes a validated plan and its hash as the walk does', () => {
    const valid = validatePlanInput(smallYearPlan());
    expect(plainJsonOf(valid.units)).toBeDefined();
    expect(canonicalJson(valid.units)).toBe(canonicalJson(unmarked(valid.units)));
    expect(hashInput(valid)).toBe(hashInput(unmarked(valid)));
  });

  it('for random plans, with and without campaigns, directed visits and findings (fast-check seed 1608)', () => {
    fc.assert(
      fc.property(arbitraryYearPlan(), fc.boolean(), (input, bare) => {
        const file = bare ? withoutYear(input) : input;
        let opened: ReturnType<typeof openPlan>;
        let drawn: ReturnType<typeof drawOpened>;
        try {
          opened = openPlan(file);
          drawn = drawOpened(opened);
        } catch {
          return; // a plan the draw refuses (too few units for its budget): nothing to seal
        }
        if (bare) expect(plainJsonOf(drawn.units)).toBeDefined(); // the fast path is taken
        expect(hashInput(opened.input)).toBe(hashInput(unmarked(opened.input)));
        const marked = sealTree(drawn, opened.seed);
        const general = sealTree(unmarked(drawn), opened.seed);
        expect(marked.leaves).toEqual(general.leaves);
        expect(marked.head).toBe(general.head);
      }),
      { seed: 1608, numRuns: 60 },
    );
  });
});
