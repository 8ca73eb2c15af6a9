import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { createRng } from '../../src/random/createRng.js';
import { DESIGNS } from '../../src/sampling/Design.js';
import { drawSample } from '../../src/sampling/drawSample.js';
import { inclusionProbabilities } from '../../src/sampling/inclusionProbabilities.js';
import { stratify } from '../../src/sampling/stratify.js';
import { pivotal } from '../reference/pivotal.js';
import { systematic } from '../reference/systematic.js';
import { piVector } from './populations.js';

function thrown(run: () => unknown): FairdrawError {
  try {
    run();
  } catch (e) {
    if (e instanceof FairdrawError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('drawSample: validation', () => {
  const pi = [0.5, 0.5, 1, 0];
  it('names the field of every bad input', () => {
    const cases: [() => unknown, string, RegExp][] = [
      [() => drawSample([0.5, Number.NaN, 0.5], { seed: 's' }), 'pi[1]', /number in \[0, 1\], got NaN/],
      [() => drawSample([0.5, -0.5, 1], { seed: 's' }), 'pi[1]', /got -0.5/],
      [() => drawSample([0.5, Number.POSITIVE_INFINITY], { seed: 's' }), 'pi[1]', /got Infinity/],
      [() => drawSample([0.5, 1.5], { seed: 's' }), 'pi[1]', /got 1.5/],
      [() => drawSample([], { seed: 's' }), 'pi', /must not be empty/],
      [() => drawSample([0.5, 0.4], { seed: 's' }), 'pi', /integer sample size .* got 0.9/],
      [() => drawSample('0.5' as never, { seed: 's' }), 'pi', /array/],
      [() => drawSample(pi, undefined as never), 'options', /must be an object/],
      [() => drawSample(pi, { seed: '' }), 'options.seed', /non-empty string/],
      [() => drawSample(pi, { seed: 42 as never }), 'options.seed', /non-empty string/],
      [
        () => drawSample(pi, { seed: 's', design: 'cube' as never }),
        'options.design',
        /maxent, pivotal, systematic/,
      ],
      [
        () => drawSample(pi, { seed: 's', strata: ['a'] }),
        'options.strata',
        /one label per unit \(4\), got 1/,
      ],
      [
        () => drawSample(pi, { seed: 's', strata: ['a', null, 'b', 'c'] as never }),
        'options.strata[1]',
        /string or a finite number/,
      ],
      [() => drawSample(pi, { seed: 's', extra: 1 } as never), 'options.extra', /unknown field/],
      [() => drawSample(pi, { seed: 's', version: 3 as never }), 'options.version', /must be 1 or 2/],
      [() => drawSample(pi, { seed: 's', version: '2' as never }), 'options.version', /must be 1 or 2/],
      [
        () => drawSample(pi, { seed: 's', design: 'maxent', version: 2 }),
        'options.version',
        /must be one of 1 for the maxent design, got 2/,
      ],
      // pivotal@1 and systematic@1 were withdrawn before the first release.
      [
        () => drawSample(pi, { seed: 's', design: 'pivotal', version: 1 }),
        'options.version',
        /must be one of 2 for the pivotal design, got 1/,
      ],
      [
        () => drawSample(pi, { seed: 's', design: 'systematic', strata: ['a', 'a', 'b', 'b'], version: 1 }),
        'options.version',
        /must be one of 2 for the systematic design, got 1/,
      ],
    ];
    for (const [run, path, message] of cases) {
      const e = thrown(run);
      expect(e.path, message.source).toBe(path);
      expect(e.code).toBe('invalid-input');
      expect(e.message).toMatch(message);
    }
  });

  it('options.version picks the draw: the default is the newest, a withdrawn version is refused', () => {
    const v = [0.3, 0.7, 0.5, 0.5, 1, 0, 0.25, 0.75];
    for (const design of ['pivotal', 'systematic'] as const) {
      const latest = drawSample(v, { seed: 'version-check', design });
      expect(drawSample(v, { seed: 'version-check', design, version: 2 })).toEqual(latest);
      const e = thrown(() => drawSample(v, { seed: 'version-check', design, version: 1 }));
      expect([e.code, e.path]).toEqual(['invalid-input', 'options.version']);
    }
    expect(drawSample(v, { seed: 'version-check', design: 'maxent', version: 1 })).toEqual(
      drawSample(v, { seed: 'version-check', design: 'maxent' }),
    );
  });

  it('the designs themselves reject a non-integer sum', () => {
    for (const design of [pivotal, systematic]) {
      expect(thrown(() => design([0.3, 0.3], createRng('x'))).path).toBe('pi');
    }
  });

  it('fuzz: arbitrary junk gives a valid sample or a FairdrawError, never another error, never a hang', () => {
    const piJunk = fc.oneof(
      fc.anything(),
      fc.array(fc.oneof(fc.double(), fc.anything()), { maxLength: 8 }),
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
      fc.array(fc.constantFrom(0, 0.5, 1, 0.25, 0.75), { minLength: 1, maxLength: 12 }),
      piVector(2, 12),
      piVector(2, 12),
    );
    const optionsJunk = fc.oneof(
      fc.anything(),
      fc.record({ seed: fc.string({ minLength: 1 }), design: fc.constantFrom(...DESIGNS) }),
      fc.record({
        seed: fc.string({ minLength: 1 }),
        design: fc.constantFrom(...DESIGNS),
        strata: fc.array(fc.constantFrom('a', 'b', 3), { minLength: 2, maxLength: 12 }),
      }),
      fc.record(
        {
          seed: fc.oneof(fc.string(), fc.anything()),
          design: fc.oneof(fc.constantFrom(...DESIGNS), fc.anything()),
          strata: fc.oneof(
            fc.array(fc.oneof(fc.string(), fc.integer(), fc.double()), { maxLength: 12 }),
            fc.anything(),
          ),
        },
        { requiredKeys: [] },
      ),
    );
    let valid = 0;
    fc.assert(
      fc.property(piJunk, optionsJunk, (p, o) => {
        try {
          const s = drawSample(p as number[], o as never);
          const pis = p as number[];
          const n = Math.round(pis.reduce((a, b) => a + b, 0));
          expect(s.length).toBe(n);
          s.forEach((i, k) => {
            expect(pis[i]! > 0).toBe(true);
            if (k > 0) expect(i).toBeGreaterThan(s[k - 1]!);
          });
          pis.forEach((x, i) => {
            if (x === 1) expect(s).toContain(i);
          });
          valid++;
        } catch (e) {
          if (!(e instanceof FairdrawError)) throw e;
        }
      }),
      { seed: 31337, numRuns: 3000 },
    );
    expect(valid).toBeGreaterThan(300);
  });
});

/**
 * Seeded statistical test: `draws` draws with seeds `${tag}-${k}`; every unit's count is compared with
 * Binomial(draws, pi_i) by a z-score. Overall false-alarm level 1e-6 split over every unit of every
 * configuration (Bonferroni): |z| < 6.1 covers 1e-6 / 200 two-sided. With fixed seeds the outcome is
 * deterministic: never flaky.
 */
const Z_MAX = 6.1;

describe('drawSample: seeded statistical checks (Bonferroni, fixed seeds)', () => {
  const pi = inclusionProbabilities([1, 2, 3, 4, 10, 0.5, 6, 0, 2, 7, 3, 1], 5);
  const strata = [
    'police-station',
    'police-station',
    'cid',
    'cid',
    'detention',
    'police-station',
    'cid',
    'cid',
    'detention',
    'police-station',
    'detention',
    'cid',
  ];
  const draws = 3000;
  const plan = stratify(pi, strata);
  for (const design of DESIGNS) {
    for (const withStrata of [false, true]) {
      it(`${design}${withStrata ? ' with strata' : ''}: counts match pi, sizes exact, strata floor/ceil`, () => {
        const counts = new Array<number>(pi.length).fill(0);
        for (let k = 0; k < draws; k++) {
          const s = drawSample(pi, {
            seed: `stat-${design}-${withStrata}-${k}`,
            design,
            ...(withStrata ? { strata } : {}),
          });
          expect(s.length).toBe(5);
          for (const i of s) counts[i]!++;
          if (withStrata) {
            for (const st of plan.strata) {
              const c = s.filter((i) => strata[i] === st.label).length;
              expect(c === st.floor || (st.remainder > 0 && c === st.floor + 1)).toBe(true);
            }
          }
        }
        pi.forEach((p, i) => {
          if (p === 0 || p === 1) expect(counts[i]).toBe(p * draws);
          else {
            const z = (counts[i]! - draws * p) / Math.sqrt(draws * p * (1 - p));
            expect(Math.abs(z), `unit ${i}`).toBeLessThan(Z_MAX);
          }
        });
      });
    }
  }
});
