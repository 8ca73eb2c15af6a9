import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { effectiveSeed } from '../../src/audit/effectiveSeed.js';
import { hashInput } from '../../src/audit/hashInput.js';
import { planInputSchema } from '../../src/model/planInputSchema.js';
import { validate } from '../../src/model/validate.js';
import { createRng } from '../../src/random/createRng.js';
import { deriveSeed } from '../../src/random/deriveSeed.js';
import type { Rng } from '../../src/random/Rng.js';
import { inclusionProbabilities } from '../../src/sampling/inclusionProbabilities.js';
import { fitMaxent } from '../../src/sampling/maxent/fitMaxent.js';
import { stratify } from '../../src/sampling/stratify.js';

/** A published file. */
const read = (path: string): any => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const designs = read('./draw/designs.json');

/**
 * Working probabilities by another method than docs/spec/maxent.md's: the classical fixed-point
 * iteration on the logits (Chen, Dempster & Liu 1994) with the inclusion probabilities of the
 * conditional Poisson design by enumeration of every sample, to a residual of 1e-15, then the shift
 * that makes them sum to `size` by bisection. For vectors of at most ~20 fractional entries.
 */
function otherFit(pi: readonly number[]): Map<number, number> {
  const units = pi.flatMap((p, i) => (p > 0 && p < 1 ? [i] : []));
  const size = Math.round(pi.reduce((a, b) => a + b, 0)) - pi.filter((p) => p >= 1).length;
  const target = units.map((i) => pi[i]!);
  const inclusion = (w: number[]): number[] => {
    const out = new Array<number>(w.length).fill(0);
    let Z = 0;
    const walk = (k: number, left: number, product: number, chosen: number[]) => {
      if (left === 0) {
        Z += product;
        for (const i of chosen) out[i]! += product;
      } else if (w.length - k >= left) {
        walk(k + 1, left - 1, product * w[k]!, [...chosen, k]);
        walk(k + 1, left, product, chosen);
      }
    };
    walk(0, size, 1, []);
    return out.map((x) => x / Z);
  };
  const logit = (p: number) => Math.log(p / (1 - p));
  let lambda = target.map(logit);
  for (let step = 0; step < 2000; step++) {
    const got = inclusion(lambda.map(Math.exp));
    if (Math.max(...got.map((x, k) => Math.abs(x - target[k]!))) < 1e-15) break;
    lambda = lambda.map((l, k) => l + logit(target[k]!) - logit(got[k]!));
  }
  let lo = -60;
  let hi = 60;
  for (let step = 0; step < 200; step++) {
    const c = (lo + hi) / 2;
    if (lambda.reduce((s, l) => s + 1 / (1 + Math.exp(-(l + c))), 0) > size) hi = c;
    else lo = c;
  }
  const c = (lo + hi) / 2;
  return new Map(units.map((i, k) => [i, 1 / (1 + Math.exp(-(lambda[k]! + c)))]));
}

/** fairdraw's working probabilities, by unit index (docs/spec/maxent.md, the fit). */
function fairdrawFit(pi: readonly number[]): Map<number, number> {
  const fit = fitMaxent(pi);
  return new Map(Array.from(fit.units, (i, k) => [i, fit.p[k]!]));
}

/**
 * The draw of docs/spec/maxent.md ("The draw and its random numbers") with the working probabilities
 * `working(pi)`, inside `drawSample`'s staging (docs/spec/designs.md §6: the strata's remainders, then each
 * stratum, all from one generator). `margin` is the smallest `|u - p_k|` over every comparison made,
 * rejected attempts included.
 */
function specDraw(
  pi: readonly number[],
  seed: string,
  strata: readonly string[] | undefined,
  working: (pi: readonly number[]) => Map<number, number>,
): { selected: number[]; margin: number } {
  const rng: Rng = createRng(seed);
  let margin = 1;
  const run = (v: ArrayLike<number>): number[] => {
    const x = Array.from(v);
    const forced = x.flatMap((p, i) => (p >= 1 ? [i] : []));
    if (!x.some((p) => p > 0 && p < 1)) return forced;
    const p = working(x);
    const size = Math.round(x.reduce((a, b) => a + b, 0)) - forced.length;
    for (;;) {
      const chosen: number[] = [];
      for (const [k, pk] of p) {
        const u = rng.next();
        margin = Math.min(margin, Math.abs(u - pk));
        if (u < pk) chosen.push(k);
      }
      if (chosen.length === size) return [...forced, ...chosen].sort((a, b) => a - b);
    }
  };
  if (!strata) return { selected: run(pi), margin };
  const split = stratify(pi, strata);
  const up = new Set(run(split.remainders));
  const selected = split.strata
    .flatMap((h, k) => run(up.has(k) ? h.ceilPi : h.floorPi).map((i) => h.members[i]!))
    .sort((a, b) => a - b);
  return { selected, margin };
}

/** Every published maxent draw: designs.json's, and the campaign draws of plan.json and of the county. */
function publishedDraws(): {
  name: string;
  pi: number[];
  seed: string;
  strata?: string[];
  selected: number[];
}[] {
  const out = designs.draws
    .filter((d: any) => d.design === 'maxent')
    .map((d: any) => ({ name: `designs.json ${d.name}${d.strata ? ' strata' : ''}`, ...d }));
  for (const [name, input, schedule] of [
    ['plan.json', read('./draw/plan.json').input, read('./draw/plan.json').schedule],
    ['county', read('../../examples/county.json'), read('../golden/county.schedule.json')],
  ] as const) {
    const valid = validate(planInputSchema, input);
    const seed = typeof valid.seed === 'string' ? valid.seed : effectiveSeed(valid.seed, hashInput(valid));
    for (const c of valid.campaigns ?? []) {
      // The campaign's frame (docs/year.md): in scope and active over the whole window; fairness "equal".
      const frame = valid.units.filter(
        (u) =>
          (c.scope.types?.includes(u.type) ?? true) &&
          (u.active?.from ?? c.from) <= c.from &&
          (u.active?.to ?? c.to) >= c.to,
      );
      expect(c.fairness).toBe('equal');
      const pi = Array.from(
        inclusionProbabilities(
          frame.map(() => 1),
          c.visits,
          c.bounds ?? {},
        ),
      );
      const units = new Set(schedule.visits.filter((v: any) => v.campaign === c.id).map((v: any) => v.unit));
      out.push({
        name: `${name} campaign ${c.id}`,
        pi,
        seed: deriveSeed(seed, 'campaign', c.id),
        selected: frame.flatMap((u, k) => (units.has(u.id) ? [k] : [])),
      });
    }
  }
  return out;
}

describe('docs/spec/maxent.md: working probabilities are tolerance-only, draws are exact', () => {
  it('another fitting method lands within 1e-12 of the published working probabilities, not on their bits', () => {
    let differ = 0;
    for (const w of designs.maxentWorking) {
      const other = otherFit(w.pi);
      for (const [i, p] of other) {
        expect(Math.abs(p - w.p[i]), `${w.name} unit ${i}`).toBeLessThan(1e-12);
        if (p !== w.p[i]) differ++;
      }
    }
    expect(differ).toBeGreaterThan(0);
  });

  it('every published maxent draw is the text’s rejection draw, with a margin far above that tolerance', () => {
    const draws = publishedDraws();
    expect(draws.length).toBe(14);
    for (const d of draws) {
      const mine = specDraw(d.pi, d.seed, d.strata, fairdrawFit);
      expect(mine.selected, d.name).toEqual(d.selected);
      expect(mine.margin, d.name).toBeGreaterThan(1e-6);
    }
  });

  it('so the working probabilities of another fit give the same draws, and so does any p within 1e-9', () => {
    for (const d of publishedDraws()) {
      expect(specDraw(d.pi, d.seed, d.strata, otherFit).selected, d.name).toEqual(d.selected);
      for (const sign of [1, -1]) {
        const nudged = (pi: readonly number[]) =>
          new Map([...fairdrawFit(pi)].map(([i, p], k) => [i, p + sign * (k % 2 === 0 ? 1e-9 : -1e-9)]));
        expect(specDraw(d.pi, d.seed, d.strata, nudged).selected, d.name).toEqual(d.selected);
      }
    }
  });
});
