import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawVectors } from '../../scripts/drawVectors.js';
import { assignInspectors } from '../../src/assign/assignInspectors.js';
import { effectiveSeed } from '../../src/audit/effectiveSeed.js';
import { hashInput } from '../../src/audit/hashInput.js';
import { buildCalendar } from '../../src/calendar/buildCalendar.js';
import { spreadOverDays } from '../../src/calendar/spreadOverDays.js';
import { planInputSchema } from '../../src/model/planInputSchema.js';
import { validate } from '../../src/model/validate.js';
import { createRng } from '../../src/random/createRng.js';
import { deriveSeed } from '../../src/random/deriveSeed.js';
import type { Rng } from '../../src/random/Rng.js';
import { shuffle } from '../../src/random/shuffle.js';
import { uniformInt } from '../../src/random/uniformInt.js';
import { drawSample } from '../../src/sampling/drawSample.js';
import { drawHorizon } from '../../src/sampling/horizon/roundHorizon.js';
import { inclusionProbabilities } from '../../src/sampling/inclusionProbabilities.js';
import { maxentWorkingProbabilities } from '../../src/sampling/maxent/maxentWorkingProbabilities.js';
import { stratify } from '../../src/sampling/stratify.js';
import { placeVisits } from '../../src/schedule/placeVisits.js';
import { plan } from '../../src/schedule/plan.js';
import { verify } from '../../src/schedule/verify.js';

/** The published vectors of test/vectors/draw/: the contract other implementations are checked against. */
const load = (name: string): any =>
  JSON.parse(readFileSync(new URL(`./draw/${name}`, import.meta.url), 'utf8'));

/** IEEE-754 binary64 bits, big-endian hex: an independent writer (Buffer), not the generator's. */
const bits = (x: number): string => {
  const b = Buffer.alloc(8);
  b.writeDoubleBE(x);
  return b.toString('hex');
};

/** Asserts `actual` equals the published numbers bit for bit, and that the published bits match them. */
function expectBits(actual: ArrayLike<number>, values: number[], hex: string[], label: string): void {
  expect(values.map(bits), `${label}: published bits`).toEqual(hex);
  expect(Array.from(actual, bits), label).toEqual(hex);
}

/** Counts the calls of next(). */
function counting(seed: string): { rng: Rng; calls: () => number } {
  const inner = createRng(seed);
  let calls = 0;
  const next = (): number => {
    calls++;
    return inner.next();
  };
  const nextUint32 = (): number => {
    throw new Error('these vectors read doubles only');
  };
  return { rng: { next, nextUint32 }, calls: () => calls };
}

/**
 * Alea written from the text of docs/spec.md §3 and §4 alone (not from seedrandom), to check that the
 * spec describes the generator exactly.
 */
function specAlea(seed: string): { step: () => number; double: () => number } {
  let n = 0xefc8249d;
  const mash = (data: string): number => {
    for (let i = 0; i < data.length; i++) {
      n = n + data.charCodeAt(i);
      let h = 0.02519603282416938 * n;
      n = Math.floor(h) % 2 ** 32;
      h = h - n;
      h = h * n;
      n = Math.floor(h) % 2 ** 32;
      h = h - n;
      n = n + h * 2 ** 32;
    }
    return (Math.floor(n) % 2 ** 32) * 2 ** -32;
  };
  let c = 1;
  let s0 = mash(' ');
  let s1 = mash(' ');
  let s2 = mash(' ');
  s0 -= mash(seed);
  if (s0 < 0) s0 += 1;
  s1 -= mash(seed);
  if (s1 < 0) s1 += 1;
  s2 -= mash(seed);
  if (s2 < 0) s2 += 1;
  const step = (): number => {
    const t = 2091639 * s0 + c * 2 ** -32;
    s0 = s1;
    s1 = s2;
    c = Math.floor(t);
    s2 = t - c;
    return s2;
  };
  return { step, double: () => step() + Math.floor(step() * 2 ** 21) * 2 ** -53 };
}

describe('published draw vectors (test/vectors/draw/)', () => {
  it('every file is what scripts/drawVectors.ts computes now, and is small', () => {
    const now = drawVectors();
    expect(Object.keys(now).length).toBe(9);
    for (const [name, content] of Object.entries(now)) {
      const text = readFileSync(new URL(`./draw/${name}`, import.meta.url), 'utf8');
      expect(text.length, name).toBeLessThan(200_000);
      expect(text, name).toBe(`${JSON.stringify(content, null, 2)}\n`);
    }
  });

  it('rng.json: createRng, the raw Alea words, and Alea as docs/spec.md spells it', () => {
    const file = load('rng.json');
    expect(file.cases.length).toBeGreaterThanOrEqual(6);
    for (const c of file.cases) {
      const rng = createRng(c.seed);
      const label = JSON.stringify(c.seed);
      expectBits(
        Array.from({ length: 20 }, () => rng.next()),
        c.next,
        c.nextBits,
        label,
      );
      const ref = specAlea(c.seed);
      expect(
        Array.from({ length: 40 }, () => ref.step() * 2 ** 32),
        label,
      ).toEqual(c.words);
      const fromWords = c.next.map(
        (_: number, k: number) =>
          c.words[2 * k] * 2 ** -32 + Math.floor(c.words[2 * k + 1] / 2 ** 11) * 2 ** -53,
      );
      expect(fromWords.map(bits), label).toEqual(c.nextBits);
      const ref2 = specAlea(c.seed);
      expect(
        Array.from({ length: 20 }, () => bits(ref2.double())),
        label,
      ).toEqual(c.nextBits);
      for (const w of c.words) expect(Number.isInteger(w) && w >= 0 && w < 2 ** 32).toBe(true);
    }
  });

  it('derive-seed.json: deriveSeed, and SHA-256 of the published message bytes', () => {
    const file = load('derive-seed.json');
    expect(file.cases.length).toBeGreaterThanOrEqual(15);
    for (const c of file.cases) {
      expect(deriveSeed(c.master, ...c.path)).toBe(c.seed);
      expect(createHash('sha256').update(Buffer.from(c.message, 'hex')).digest('hex')).toBe(c.seed);
      expect(c.types).toEqual(c.path.map((x: unknown) => (typeof x === 'number' ? 'n' : 's')));
    }
    // The spec's own table (docs/spec.md §2).
    const seeds = new Map(file.cases.map((c: any) => [JSON.stringify([c.master, ...c.path]), c.seed]));
    expect(seeds.get('["county-2026","routine","horizon"]')).toBe(
      'a391ea19d7cf9d61182c3022b62b75b2d2b0100689c06e78a2c3d5841ab00b6b',
    );
  });

  it('shuffle.json: shuffle and uniformInt, and the spec formula floor(next() * n)', () => {
    const file = load('shuffle.json');
    expect(file.shuffles.length).toBe(10);
    for (const c of file.shuffles) {
      const { rng, calls } = counting(c.seed);
      expect(Array.from(shuffle(rng, c.n))).toEqual(c.permutation);
      expect(calls()).toBe(c.calls);
      expect(c.calls).toBe(Math.max(c.n - 1, 0));
      const ref = createRng(c.seed);
      const perm = Array.from({ length: c.n }, (_, i) => i);
      for (let i = c.n - 1; i > 0; i--) {
        const j = Math.floor(ref.next() * (i + 1));
        [perm[i], perm[j]] = [perm[j]!, perm[i]!];
      }
      expect(perm).toEqual(c.permutation);
    }
    for (const c of file.uniformInts) {
      const rng = createRng(c.seed);
      expect(c.values.map(() => uniformInt(rng, c.n))).toEqual(c.values);
      const ref = createRng(c.seed);
      expect(c.values.map(() => Math.floor(ref.next() * c.n))).toEqual(c.values);
    }
  });

  it('inclusion-probabilities.json: every pi bit for bit', () => {
    const file = load('inclusion-probabilities.json');
    expect(file.cases.length).toBeGreaterThanOrEqual(12);
    for (const c of file.cases) {
      expectBits(inclusionProbabilities(c.weights, c.n, c.bounds ?? {}), c.pi, c.piBits, c.name);
      expect(Math.abs(c.pi.reduce((s: number, p: number) => s + p, 0) - c.n)).toBeLessThan(1e-9);
    }
  });

  it('designs.json: drawSample for every design, the strata split, maxent working probabilities', () => {
    const file = load('designs.json');
    expect(file.draws.length).toBe(36);
    for (const d of file.draws) {
      expect(d.pi.map(bits)).toEqual(d.piBits);
      const options = d.strata
        ? { seed: d.seed, design: d.design, strata: d.strata }
        : { seed: d.seed, design: d.design };
      expect(drawSample(d.pi, options), `${d.name} ${d.design} ${d.strata ? 'strata' : ''}`).toEqual(
        d.selected,
      );
      expect(d.selected.length).toBe(Math.round(d.pi.reduce((s: number, p: number) => s + p, 0)));
    }
    for (const s of file.splits) {
      const split = stratify(s.pi, s.strata);
      expectBits(split.remainders, s.remainders, s.remaindersBits, `${s.name} remainders`);
      expect(split.strata.length).toBe(s.byStratum.length);
      split.strata.forEach((h, k) => {
        const want = s.byStratum[k];
        expect([h.label, h.members, h.floor, bits(h.remainder)]).toEqual([
          want.label,
          want.members,
          want.floor,
          bits(want.remainder),
        ]);
        expectBits(h.ceilPi, want.ceilPi, want.ceilPiBits, `${s.name} ${h.label} ceilPi`);
        expectBits(h.floorPi, want.floorPi, want.floorPiBits, `${s.name} ${h.label} floorPi`);
      });
    }
    expect(file.maxentWorking.length).toBe(4);
    for (const w of file.maxentWorking) {
      expectBits(maxentWorkingProbabilities(w.pi), w.p, w.pBits, w.name);
    }
    // Tillé's published working probabilities for weights 1..10, n = 3 (docs/spec/maxent.md).
    const tille = file.maxentWorking[0].p;
    expect(tille[0]).toBeCloseTo(0.06287, 5);
    expect(tille[9]).toBeCloseTo(0.519504, 6);
  });

  it('horizon.json: drawHorizon selections, delivered probabilities on the 2^-48 grid, random numbers used', () => {
    const file = load('horizon.json');
    expect(file.cases.length).toBe(4);
    for (const c of file.cases) {
      expect(c.seed).toBe(deriveSeed(c.master, 'routine', 'horizon'));
      c.pi.forEach((row: number[], t: number) => {
        expect(row.map(bits)).toEqual(c.piBits[t]);
      });
      const { rng, calls } = counting(c.seed);
      const draw = drawHorizon(c.pi, c.strata ? { rng, strata: c.strata } : { rng });
      expect(draw.selected, c.name).toEqual(c.selected);
      draw.probabilities.forEach((row, t) => {
        expectBits(row, c.probabilities[t], c.probabilitiesBits[t], `${c.name} period ${t}`);
        expect(Array.from(row, (x) => x * 2 ** 48)).toEqual(c.probabilitiesGrid[t]);
        for (const g of c.probabilitiesGrid[t]) expect(Number.isInteger(g)).toBe(true);
      });
      expect(calls()).toBe(c.calls);
      expect(c.calls).toBeGreaterThanOrEqual(2 * c.pi[0].length - 1);
    }
  });

  it('dates.json: placeVisits and its intermediate slots and permutations', () => {
    const file = load('dates.json');
    expect(placeVisits(file.master, file.chosen, file.workdays)).toEqual(file.visits);
    const fromSteps: unknown[] = [];
    for (const p of file.periods) {
      if (p.units.length === 0) {
        expect(p.subSeed).toBeNull();
        continue;
      }
      expect(p.subSeed).toBe(deriveSeed(file.master, 'dates', p.period));
      const rng = createRng(p.subSeed);
      expect(spreadOverDays(p.units.length, file.workdays[p.period], rng)).toEqual(p.slots);
      expect(Array.from(shuffle(rng, p.units.length))).toEqual(p.perm);
      p.units.forEach((unit: number, j: number) => {
        fromSteps.push({ period: p.period, unit, date: p.slots[p.perm[j]] });
      });
    }
    expect(fromSteps).toEqual(file.visits);
    expect(file.visits.length).toBe(12);
  });

  it('inspectors.json: assignInspectors teams, loads and the random numbers of docs/assign.md', () => {
    const file = load('inspectors.json');
    expect(file.cases.length).toBe(3);
    const n = file.inspectors.length;
    const m = file.visits.length;
    for (const c of file.cases) {
      const { rng, calls } = counting(c.seed);
      const result = assignInspectors(file.visits, file.inspectors, {
        teamSize: c.teamSize,
        recusal: c.recusal,
        rng,
      });
      expect(result.teams, c.name).toEqual(c.teams);
      expect(result.loads).toEqual(c.loads);
      expect(result.byType).toEqual(c.byType);
      expect(calls()).toBe(c.random.calls);
      expect(c.random.calls).toBe(n - 1 + (m - 1) + m);
      const replay = createRng(c.seed);
      expect(Array.from(shuffle(replay, n))).toEqual(c.random.inspectorPerm);
      const order = Array.from(shuffle(replay, m));
      expect(order).toEqual(c.random.visitOrder);
      const offsets = new Array<number>(m).fill(0);
      for (const v of order) offsets[v] = Math.floor(replay.next() * n);
      expect(offsets).toEqual(c.random.offsets);
    }
  });

  it('plan.json: the whole schedule, its input hash, master seed and named sub-seeds', () => {
    const file = load('plan.json');
    const valid = validate(planInputSchema, file.input);
    expect(JSON.parse(JSON.stringify(valid))).toEqual(file.inputWithDefaults);
    expect(hashInput(valid)).toBe(file.inputHash);
    const seed = effectiveSeed(file.input.seed, file.inputHash);
    expect(seed).toBe(file.effectiveSeed);
    expect(JSON.parse(JSON.stringify(plan(file.input)))).toEqual(file.schedule);
    expect(verify(file.input, file.schedule).status).toBe('verified');

    // Each named sub-seed is deriveSeed(seed, ...name split on "/"), integers as integers.
    const names = Object.keys(file.subSeeds);
    expect(names.length).toBe(8);
    for (const name of names) {
      const path = name.split('/').map((x) => (/^\d+$/.test(x) ? Number(x) : x));
      expect(deriveSeed(seed, ...path), name).toBe(file.subSeeds[name]);
    }

    // The routine dates re-derive from the dates sub-seeds (docs/spec/plan.md §6).
    const schedule = file.schedule;
    const units: string[] = file.input.units.map((u: { id: string }) => u.id);
    const calendar = buildCalendar(valid.horizon);
    const chosen = schedule.periods.map((p: { index: number }) =>
      units
        .map((id, i) => ({ id, i }))
        .filter(({ id }) =>
          schedule.visits.some((v: any) => v.kind === 'routine' && v.period === p.index && v.unit === id),
        )
        .map(({ i }) => i),
    );
    const placed = placeVisits(
      seed,
      chosen,
      calendar.periods.map((p) => p.workdays),
    );
    for (const v of placed) {
      expect(
        schedule.visits.some(
          (w: any) => w.kind === 'routine' && w.unit === units[v.unit] && w.date === v.date,
        ),
      ).toBe(true);
    }
    expect(placed.length).toBe(schedule.visits.filter((v: any) => v.kind === 'routine').length);

    // The campaign units re-derive from the campaign sub-seed: equal fairness over its 3 police stations.
    const frame = units.filter((_, i) => file.input.units[i].type === 'police-station');
    const picked = drawSample(inclusionProbabilities([1, 1, 1], 2), {
      seed: file.subSeeds['campaign/spring-check'],
    }).map((k) => frame[k]);
    expect(
      schedule.visits
        .filter((v: any) => v.kind === 'campaign')
        .map((v: any) => v.unit)
        .sort(),
    ).toEqual([...picked].sort());
  });
});
