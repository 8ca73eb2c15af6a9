import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawVectors } from '../../scripts/drawVectors.js';
import { assignInspectors } from '../../src/assign/assignInspectors.js';
import { effectiveSeed } from '../../src/audit/effectiveSeed.js';
import { hashInput } from '../../src/audit/hashInput.js';
import { buildCalendar } from '../../src/calendar/buildCalendar.js';
import { spreadOverDays } from '../../src/calendar/spreadOverDays.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { planInputSchema } from '../../src/model/planInputSchema.js';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { unitProbabilities } from '../../src/model/unitProbabilities.js';
import { validate } from '../../src/model/validate.js';
import { createRng } from '../../src/random/createRng.js';
import { deriveSeed } from '../../src/random/deriveSeed.js';
import { lazyCoin } from '../../src/random/lazyCoin.js';
import type { Rng } from '../../src/random/Rng.js';
import { shuffle } from '../../src/random/shuffle.js';
import { uniformBelow } from '../../src/random/uniformBelow.js';
import { uniformInt } from '../../src/random/uniformInt.js';
import { capHorizonTotals } from '../../src/sampling/capHorizonTotals.js';
import { drawSample } from '../../src/sampling/drawSample.js';
import { drawHorizon } from '../../src/sampling/horizon/roundHorizon.js';
import { inclusionProbabilities } from '../../src/sampling/inclusionProbabilities.js';
import { stratify } from '../../src/sampling/stratify.js';
import { placeVisits } from '../../src/schedule/dates.js';
import { placeVisitsApart } from '../../src/schedule/placeVisitsApart.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { substitute } from '../../src/schedule/substitute.js';
import { verify } from '../../src/schedule/verify.js';
import { exactShuffle } from '../reference/exactShuffle.js';
import { maxentWorkingProbabilities } from '../reference/maxentWorkingProbabilities.js';
import { pivotal } from '../reference/pivotal.js';
import { pivotalOrdered } from '../reference/pivotalOrdered.js';
import { systematic } from '../reference/systematic.js';
import { systematicOrdered } from '../reference/systematicOrdered.js';

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

/** Counts what an Rng consumes: calls of next(), and 32-bit words (nextUint32() 1, next() 2). */
function counting(seed: string): { rng: Rng; calls: () => number; words: () => number } {
  const inner = createRng(seed);
  let calls = 0;
  let words = 0;
  const next = (): number => {
    calls++;
    words += 2;
    return inner.next();
  };
  const nextUint32 = (): number => {
    words++;
    return inner.nextUint32();
  };
  return { rng: { next, nextUint32 }, calls: () => calls, words: () => words };
}

/**
 * Alea written from the text of docs/spec.md §3 and §4 alone (not from seedrandom), to check that the
 * spec describes the generator exactly: `step` is Alea's fraction, `word` the 32-bit word
 * `step() * 2^32`, and `double` the 53-bit double formed from the next two words.
 */
function specAlea(seed: string): { step: () => number; word: () => number; double: () => number } {
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
  const word = (): number => step() * 2 ** 32;
  return { step, word, double: () => doubleOf(word(), word()) };
}

/** The double of docs/spec.md §4 from two words: (w1 * 2^21 + floor(w2 / 2^11)) / 2^53. */
const doubleOf = (w1: number, w2: number): number => (w1 * 2 ** 21 + Math.floor(w2 / 2 ** 11)) / 2 ** 53;

/** A source of words with a count of those read. */
function wordSource(words: () => number): { word: () => number; used: () => number } {
  let used = 0;
  return {
    word: () => {
      used++;
      return words();
    },
    used: () => used,
  };
}

/** A word source on a fixed list (throws when it runs out). */
function listSource(stream: readonly number[]): { word: () => number; used: () => number } {
  let k = 0;
  return wordSource(() => {
    if (k >= stream.length) throw new Error('stream exhausted');
    return stream[k++]!;
  });
}

/** uniformBelow as docs/spec.md §4 states it, in exact integers (BigInt). */
function specBelow(word: () => number, n: number): number {
  const N = BigInt(n);
  const reject = (1n << 32n) % N;
  for (;;) {
    const m = BigInt(word()) * N;
    if (m % (1n << 32n) >= reject) return Number(m >> 32n);
  }
}

/** lazyCoin as docs/spec.md §4 states it: f = floor(p 2^32); a second word on a tie only. */
function specCoin(word: () => number, p: number): boolean {
  const q = BigInt(Math.floor(p * 2 ** 32)); // p * 2^32 is exact (a power-of-two scaling)
  const w1 = BigInt(word());
  if (w1 !== q) return w1 < q;
  return Math.floor(word() / 2 ** 11) < (p * 2 ** 32 - Number(q)) * 2 ** 21;
}

/** exactShuffle as docs/spec.md §4 states it. */
function specShuffle(word: () => number, n: number): number[] {
  const perm = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = specBelow(word, i + 1);
    [perm[i], perm[j]] = [perm[j]!, perm[i]!];
  }
  return perm;
}

/** Calendar days between two ISO dates, from Date.UTC (independent of luxon and dayNumber). */
const daysBetween = (a: string, b: string): number => {
  const utc = (d: string) =>
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(b) - utc(a)) / 86_400_000);
};

/** The consecutive visits of one unit closer than `gap` days, as docs/limits.md states the conflicts. */
function specConflicts(visits: { unit: string; date: string }[], gap: number) {
  const byUnit = new Map<string, string[]>();
  for (const v of visits) byUnit.set(v.unit, [...(byUnit.get(v.unit) ?? []), v.date]);
  return [...byUnit.keys()].sort().flatMap((unit) => {
    const dates = byUnit.get(unit)!.sort();
    return dates.slice(1).flatMap((d, k) => {
      const days = daysBetween(dates[k]!, d);
      return days < gap ? [{ rule: 'minGapDays', unit, dates: [dates[k], d], days }] : [];
    });
  });
}

/** plan(input), then the published history of replans and substitutions, in order. */
function replay(input: any, history: { kind: string; request: any }[]): Schedule {
  let schedule = plan(input);
  for (const step of history) {
    schedule =
      step.kind === 'replan'
        ? replan(input, schedule, step.request)
        : substitute(input, schedule, step.request);
  }
  return schedule;
}

describe('published draw vectors (test/vectors/draw/)', () => {
  it('every file is what scripts/drawVectors.ts computes now, and is small', () => {
    const now = drawVectors();
    expect(Object.keys(now).length).toBe(15);
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
      // nextUint32() is one word of the same stream; next() is the double of the next two words.
      const words = createRng(c.seed);
      expect(
        c.words.map(() => words.nextUint32()),
        label,
      ).toEqual(c.words);
      const ref3 = specAlea(c.seed);
      expect(c.words.map(() => ref3.word())).toEqual(c.words);
      expect(
        c.next.map((_: number, k: number) => bits(doubleOf(c.words[2 * k], c.words[2 * k + 1]))),
        label,
      ).toEqual(c.nextBits);
      // Interleaved calls read the one stream in order.
      const mixed = createRng(c.seed);
      const ref4 = specAlea(c.seed);
      expect(c.mixed.calls.length).toBeGreaterThanOrEqual(7);
      c.mixed.calls.forEach((call: string, k: number) => {
        const got = call === 'next' ? mixed.next() : mixed.nextUint32();
        const want = call === 'next' ? ref4.double() : ref4.word();
        expect(bits(got), `${label} mixed[${k}]`).toBe(bits(c.mixed.values[k]));
        expect(bits(want), `${label} mixed[${k}], spec`).toBe(bits(c.mixed.values[k]));
      });
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
      const { rng, calls, words } = counting(c.seed);
      expect(Array.from(shuffle(rng, c.n))).toEqual(c.permutation);
      expect(calls()).toBe(c.calls);
      expect(words()).toBe(2 * calls()); // doubles only: no nextUint32()
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

  it('words.json: uniformBelow, lazyCoin and exactShuffle, and the spec text of each', () => {
    const file = load('words.json');
    const { seed } = file.stream;
    const ref = specAlea(seed);
    expect(file.stream.words.map(() => ref.word())).toEqual(file.stream.words);
    const fromStream = () => listSource(file.stream.words);

    const ns = file.uniformBelow.seeded.map((c: { n: number }) => c.n);
    for (const n of [1, 2, 3, 7, 2 ** 21, 2 ** 21 + 1, 1e6, 2 ** 31 + 1, 2 ** 32 - 1])
      expect(ns).toContain(n);
    let rejections = 0;
    for (const c of file.uniformBelow.seeded) {
      expect(c.seed).toBe(seed);
      const { rng, words } = counting(c.seed);
      expect(
        c.values.map(() => uniformBelow(rng, c.n)),
        `n = ${c.n}`,
      ).toEqual(c.values);
      expect(words()).toBe(c.words);
      const src = fromStream();
      expect(
        c.values.map(() => specBelow(src.word, c.n)),
        `n = ${c.n}, spec`,
      ).toEqual(c.values);
      expect(src.used()).toBe(c.words);
      for (const v of c.values) expect(Number.isInteger(v) && v >= 0 && v < c.n).toBe(true);
      rejections += c.words - c.values.length;
    }
    expect(rejections).toBeGreaterThan(0); // the seeded streams reject some words (n = 2^31 + 1, 3e9)
    let scriptedRejections = 0;
    for (const c of file.uniformBelow.scripted) {
      const src = listSource(c.stream);
      const rng = { nextUint32: src.word, next: () => doubleOf(src.word(), src.word()) };
      expect(uniformBelow(rng, c.n), `n = ${c.n} on ${c.stream}`).toBe(c.value);
      expect(src.used()).toBe(c.words);
      expect(c.words).toBe(c.stream.length);
      const spec = listSource(c.stream);
      expect(specBelow(spec.word, c.n)).toBe(c.value);
      expect(spec.used()).toBe(c.words);
      if (c.words > 1) scriptedRejections++;
    }
    expect(scriptedRejections).toBeGreaterThanOrEqual(5);
    // 2^32 mod 3 = 1: the word 0 is the one word rejected for n = 3.
    expect(file.uniformBelow.scripted).toContainEqual({ n: 3, stream: [0, 2 ** 32 - 1], value: 2, words: 2 });

    const coins = file.lazyCoin.seeded;
    expect(coins.ps.map(bits)).toEqual(coins.psBits);
    const coinRng = counting(coins.seed);
    expect(coins.ps.map((p: number) => lazyCoin(coinRng.rng, p))).toEqual(coins.tosses);
    expect(coinRng.words()).toBe(coins.words);
    const coinSrc = listSource(file.stream.words);
    expect(coins.ps.map((p: number) => specCoin(coinSrc.word, p))).toEqual(coins.tosses);
    let ties = 0;
    for (const c of file.lazyCoin.scripted) {
      expect(bits(c.p)).toBe(c.pBits);
      const src = listSource(c.stream);
      const rng = { nextUint32: src.word, next: () => doubleOf(src.word(), src.word()) };
      expect(lazyCoin(rng, c.p), `p = ${c.p} on ${c.stream}`).toBe(c.toss);
      expect(src.used()).toBe(c.words);
      expect(c.words).toBe(c.stream.length);
      const spec = listSource(c.stream);
      expect(specCoin(spec.word, c.p)).toBe(c.toss);
      expect(spec.used()).toBe(c.words);
      // The toss is next() < p on the same words; one word decides whatever the second would be.
      const seconds = c.words === 2 ? [c.stream[1]] : [0, 2 ** 32 - 1];
      for (const w2 of seconds) expect(doubleOf(c.stream[0], w2) < c.p).toBe(c.toss);
      if (c.words === 2) {
        ties++;
        expect(c.stream[0]).toBe(Math.floor(c.p * 2 ** 32));
      }
    }
    expect(ties).toBeGreaterThanOrEqual(8);

    expect(file.exactShuffles.length).toBe(10);
    for (const c of file.exactShuffles) {
      const { rng, words } = counting(c.seed);
      expect(Array.from(exactShuffle(rng, c.n))).toEqual(c.permutation);
      expect(words()).toBe(c.words);
      const src = wordSource(specAlea(c.seed).word);
      expect(specShuffle(src.word, c.n)).toEqual(c.permutation);
      expect(src.used()).toBe(c.words);
      expect(c.words).toBeGreaterThanOrEqual(Math.max(c.n - 1, 0));
      expect([...c.permutation].sort((a: number, b: number) => a - b)).toEqual(
        Array.from({ length: c.n }, (_, i) => i),
      );
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
    // The first 12 draws are maxent@1, then pivotal@2 and systematic@2 on the same vectors, seeds and
    // strata (pivotal@1 and systematic@1 were withdrawn before the first release).
    expect(file.draws.slice(0, 12).every((d: any) => d.version === 1 && d.design === 'maxent')).toBe(true);
    const v2 = file.draws.slice(12);
    expect(v2.every((d: any) => d.version === 2 && d.design !== 'maxent')).toBe(true);
    for (const d of v2) {
      expect(
        file.draws.some(
          (e: any) =>
            e.version === 1 &&
            e.seed === d.seed &&
            e.name === d.name &&
            JSON.stringify(e.strata) === JSON.stringify(d.strata),
        ),
      ).toBe(true);
    }
    for (const d of file.draws) {
      expect(d.pi.map(bits)).toEqual(d.piBits);
      const options = d.strata
        ? { seed: d.seed, design: d.design, strata: d.strata, version: d.version }
        : { seed: d.seed, design: d.design, version: d.version };
      const label = `${d.name} ${d.design}@${d.version} ${d.strata ? 'strata' : ''}`;
      expect(drawSample(d.pi, options), label).toEqual(d.selected);
      expect(d.selected.length).toBe(Math.round(d.pi.reduce((s: number, p: number) => s + p, 0)));
    }
    for (const d of v2) {
      // The words the whole draw consumes: drawSample's stages (docs/spec/designs.md §6, §7) on a counting Rng.
      const label = `${d.name} ${d.design}@2 ${d.strata ? 'strata' : ''}`;
      const { rng, words } = counting(d.seed);
      const run = (v: ArrayLike<number>): number[] =>
        Array.from(v).some((p) => p > 0 && p < 1)
          ? d.design === 'pivotal'
            ? pivotal(v, rng)
            : systematic(v, rng)
          : Array.from(v).flatMap((p, i) => (p >= 1 ? [i] : []));
      let selected: number[];
      if (!d.strata) selected = run(d.pi);
      else {
        const split = stratify(d.pi, d.strata);
        const up = new Set(run(split.remainders));
        selected = split.strata
          .flatMap((h, k) => run(up.has(k) ? h.ceilPi : h.floorPi).map((i) => h.members[i]!))
          .sort((a, b) => a - b);
      }
      expect(selected, label).toEqual(d.selected);
      expect(words(), label).toBe(d.words);
      if (d.strata) continue;
      // Without strata, every random number from the spec text alone: the order (uniformBelow), then
      // pivotal's coins (lazyCoin) or systematic's start (next(), two words).
      const src = wordSource(specAlea(d.seed).word);
      const fractional = d.pi.flatMap((p: number, i: number) => (p > 0 && p < 1 ? [i] : []));
      const fixed = d.pi.flatMap((p: number, i: number) => (p > 0 && p < 1 ? [] : [i]));
      const order = [...specShuffle(src.word, fractional.length).map((k) => fractional[k]), ...fixed];
      expect(order, label).toEqual(d.steps.order);
      if (d.design === 'pivotal') {
        const tosses: { p: number; pBits: string; toss: boolean }[] = [];
        const out = pivotalOrdered(d.pi, order, (p) => {
          const toss = specCoin(src.word, p);
          tosses.push({ p, pBits: bits(p), toss });
          return toss;
        });
        expect(tosses, label).toEqual(d.steps.coins);
        expect(out).toEqual(d.selected);
      } else {
        const u = doubleOf(src.word(), src.word());
        expect(bits(u), label).toBe(d.steps.uBits);
        expect(bits(d.steps.u)).toBe(d.steps.uBits);
        expect(systematicOrdered(d.pi, order, u)).toEqual(d.selected);
      }
      expect(src.used(), label).toBe(d.words);
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
    expect(file.cases.length).toBe(6);
    for (const c of file.cases) {
      expect(c.seed).toBe(deriveSeed(c.master, 'routine', 'horizon'));
      c.pi.forEach((row: number[], t: number) => {
        expect(row.map(bits)).toEqual(c.piBits[t]);
      });
      const { rng, calls, words } = counting(c.seed);
      const draw = drawHorizon(c.pi, c.strata ? { rng, strata: c.strata } : { rng });
      expect(draw.selected, c.name).toEqual(c.selected);
      draw.probabilities.forEach((row, t) => {
        expectBits(row, c.probabilities[t], c.probabilitiesBits[t], `${c.name} period ${t}`);
        expect(Array.from(row, (x) => x * 2 ** 48)).toEqual(c.probabilitiesGrid[t]);
        for (const g of c.probabilitiesGrid[t]) expect(Number.isInteger(g)).toBe(true);
      });
      expect(calls()).toBe(c.calls);
      expect(words()).toBe(2 * calls()); // doubles only: no nextUint32()
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
      const { rng, calls, words } = counting(c.seed);
      const result = assignInspectors(file.visits, file.inspectors, {
        teamSize: c.teamSize,
        recusal: c.recusal,
        rng,
      });
      expect(result.teams, c.name).toEqual(c.teams);
      expect(result.loads).toEqual(c.loads);
      expect(result.byType).toEqual(c.byType);
      expect(calls()).toBe(c.random.calls);
      expect(words()).toBe(2 * calls()); // doubles only: no nextUint32()
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

  it('cap-horizon.json: capHorizonTotals probabilities bit for bit, the cap and the budgets kept', () => {
    const file = load('cap-horizon.json');
    expect(file.cases.length).toBe(5);
    const w: number[] = file.weights;
    for (const c of file.cases) {
      // The input rows are inclusionProbabilities of the weights in the frame, as plan computes them.
      c.pi.forEach((row: number[], t: number) => {
        const frame = w.map((x, i) => (row[i]! > 0 ? x : 0));
        expectBits(
          inclusionProbabilities(frame, file.budgets[t], c.bounds ?? {}),
          row,
          c.piBits[t],
          `${c.name} pi[${t}]`,
        );
      });
      if (c.otherVisits) expect(c.upper).toEqual(c.otherVisits.map((k: number) => c.maxVisitsPerUnit - k));
      if (c.error) {
        let caught: unknown;
        try {
          capHorizonTotals(c.pi, w, c.upper, c.bounds ?? {});
        } catch (e) {
          caught = e;
        }
        expect(caught, c.name).toBeInstanceOf(FairdrawError);
        const e = caught as FairdrawError;
        expect({ code: e.code, path: e.path, problems: e.problems.map((p) => p.path) }).toEqual(c.error);
        continue;
      }
      const out = capHorizonTotals(c.pi, w, c.upper, c.bounds ?? {});
      out.probabilities.forEach((row, t) => {
        expectBits(row, c.probabilities[t], c.probabilitiesBits[t], `${c.name} period ${t}`);
      });
      expect(Array.from(out.capped)).toEqual(c.capped);
      expect(out.rounds).toBe(c.rounds);
      const totals = w.map((_, i) => c.probabilities.reduce((s: number, row: number[]) => s + row[i]!, 0));
      expect(totals.map(bits)).toEqual(c.totalsBits);
      expect(c.totals.map(bits)).toEqual(c.totalsBits);
      const lo = c.bounds?.min ?? 0;
      const hi = c.bounds?.max ?? 1;
      w.forEach((_, i) => {
        // The cap holds; a capped unit sits on it; a unit out of the frame stays at 0.
        expect(totals[i]!).toBeLessThanOrEqual(c.upper[i] + 1e-9);
        if (c.capped[i] === 1) expect(Math.abs(totals[i]! - c.upper[i])).toBeLessThan(1e-9);
        c.pi.forEach((row: number[], t: number) => {
          if (row[i] === 0) expect(c.probabilities[t][i]).toBe(0);
        });
      });
      c.probabilities.forEach((row: number[], t: number) => {
        // Each period keeps its budget; the free units inside the bounds are proportional to their weights.
        expect(Math.abs(row.reduce((s, p) => s + p, 0) - file.budgets[t])).toBeLessThan(1e-9);
        const free = w.flatMap((x, i) =>
          c.capped[i] === 0 && row[i]! > lo + 1e-12 && row[i]! < hi - 1e-12 ? [row[i]! / x] : [],
        );
        for (const r of free) expect(Math.abs(r - free[0]!)).toBeLessThan(1e-12);
      });
      if (c.rounds === 0) expect(c.probabilities).toEqual(c.pi);
    }
    expect(file.cases.map((c: any) => c.rounds)).toEqual([0, 1, 2, 2, undefined]);
  });

  it('dates-apart.json: placeVisitsApart dates, its slots and permutations, and the conflicts', () => {
    const file = load('dates-apart.json');
    expect(file.cases.length).toBe(3);
    let conflicts = 0;
    for (const c of file.cases) {
      expect(placeVisitsApart(file.master, c.chosen, c.workdays, c.minGapDays, c.fixed), c.name).toEqual(
        c.visits,
      );
      for (const p of c.periods) {
        if (c.chosen[p.period].length === 0) {
          expect(p.subSeed).toBeNull();
          continue;
        }
        expect(p.subSeed).toBe(deriveSeed(file.master, 'dates', p.period));
        const rng = createRng(p.subSeed);
        expect(spreadOverDays(c.chosen[p.period].length, c.workdays[p.period], rng)).toEqual(p.slots);
        expect(Array.from(shuffle(rng, p.slots.length))).toEqual(p.perm);
      }
      // Every chosen unit once per period, on a working day of that period.
      expect(c.visits.map((v: any) => [v.period, v.unit])).toEqual(
        c.chosen.flatMap((units: number[], t: number) => units.map((u) => [t, u])),
      );
      for (const v of c.visits) expect(c.workdays[v.period]).toContain(v.date);
      const all = [
        ...c.visits.map((v: any) => ({ unit: `u${v.unit}`, date: v.date })),
        ...c.fixed.flatMap((dates: string[], i: number) => dates.map((date) => ({ unit: `u${i}`, date }))),
      ];
      expect(specConflicts(all, c.minGapDays), c.name).toEqual(c.conflicts);
      conflicts += c.conflicts.length;
    }
    expect(conflicts).toBeGreaterThanOrEqual(2);
  });

  it('replan.json: the redrawn visits, probabilities, log entry, notes and seal', () => {
    const file = load('replan.json');
    expect(file.cases.length).toBe(2);
    const valid = validate(planInputSchema, file.input);
    expect(file.effectiveSeed).toBe(file.input.seed);
    const before = plan(file.input);
    expect(before.manifest.scheduleHash).toBe(file.beforeScheduleHash);
    for (const c of file.cases) {
      const schedule = replay(file.input, c.history);
      expect(schedule.manifest.scheduleHash).toBe(c.scheduleHash);
      const after = replan(file.input, schedule, c.request);
      const k = schedule.log.length;
      expect(c.log.sequence).toBe(k);
      const S = deriveSeed(file.effectiveSeed, 'replan', k);
      expect(c.subSeeds.replan).toBe(S);
      for (const [name, sub] of Object.entries(c.subSeeds)) {
        if (name === 'replan') continue;
        const path = name.split('/').map((x) => (/^\d+$/.test(x) ? Number(x) : x));
        expect(deriveSeed(S, ...path), name).toBe(sub);
      }
      expect(after.periods[c.t0]!.start).toBe(c.request.from);
      // The visits before `from` are the earlier schedule's, untouched.
      const kept = after.visits.filter((v) => v.date < c.request.from);
      expect(kept).toEqual(schedule.visits.filter((v) => v.date < c.request.from));
      expect(kept.length).toBe(c.kept);
      const later = after.visits
        .filter((v) => v.date >= c.request.from)
        .map((v) => ({
          id: v.id,
          kind: v.kind,
          period: v.period,
          date: v.date,
          unit: v.unit,
          inspectors: v.inspectors,
        }));
      expect(later, c.name).toEqual(c.visits);
      for (const u of after.units) {
        expectBits(
          unitProbabilities(after, u).slice(c.t0),
          c.probabilities[u.id],
          c.probabilitiesBits[u.id],
          `${c.name} ${u.id}`,
        );
      }
      // Each redrawn period's total is exact (the routine visits drawn); each capped unit's expectation fits the room under the cap.
      for (let t = c.t0; t < after.periods.length; t++) {
        const total = Object.values(c.probabilities).reduce((s: number, p: any) => s + p[t - c.t0], 0);
        const drawn = c.visits.filter((v: any) => v.kind === 'routine' && v.period === t).length;
        expect(Math.abs(total - drawn)).toBeLessThan(1e-9);
      }
      for (const id of c.capped) {
        const others = after.visits.filter(
          (v) => v.unit === id && (v.date < c.request.from || v.kind !== 'routine'),
        );
        const expected = c.probabilities[id].reduce((s: number, p: number) => s + p, 0);
        expect(Math.abs(expected - (valid.limits!.maxVisitsPerUnit! - others.length))).toBeLessThan(1e-9);
      }
      expect(after.units.filter((u) => u.capped === true).map((u) => u.id)).toEqual(c.capped);
      expect(after.conflicts ?? []).toEqual(c.conflicts);
      expect(JSON.parse(JSON.stringify(after.log.at(-1)))).toEqual(c.log);
      expect(c.log.before).toBe(c.scheduleHash);
      expect(after.notes!.slice((schedule.notes ?? []).length)).toEqual(c.notes);
      expect(after.manifest.algorithm).toBe(c.algorithm);
      expect(after.manifest.scheduleHash).toBe(c.result.scheduleHash);
      expect(verify(file.input, after).status).toBe('verified');
    }
  });

  it('substitute.json: the replacements, loads, log entry and seal', () => {
    const file = load('substitute.json');
    expect(file.cases.length).toBe(2);
    expect(plan(file.input).manifest.scheduleHash).toBe(file.beforeScheduleHash);
    for (const c of file.cases) {
      const schedule = replay(file.input, c.history);
      expect(schedule.manifest.scheduleHash).toBe(c.scheduleHash);
      const k = schedule.log.filter((e) => e.kind === 'substitution').length;
      expect(k).toBe(c.k);
      expect(deriveSeed(file.effectiveSeed, 'substitute', k)).toBe(c.subSeed);
      const after = substitute(file.input, schedule, c.request);
      expect(JSON.parse(JSON.stringify(after.log.at(-1)))).toEqual(c.log);
      expect(c.log.before).toBe(c.scheduleHash);
      expect(after.inspectors).toEqual(c.inspectors);
      expect(after.manifest.scheduleHash).toBe(c.result.scheduleHash);
      expect(c.log.dates).toEqual([...c.request.dates].sort());
      // Exactly the absent inspector's visits on those dates change, each by that one member.
      const changed = new Set(c.log.visits.map((v: any) => v.visit));
      expect(c.log.visits.length).toBeGreaterThan(0);
      for (const v of c.teamsBefore) {
        expect(changed.has(v.id)).toBe(v.inspectors.includes(c.request.inspector));
      }
      for (const r of c.log.visits) {
        expect(r.from).toContain(c.request.inspector);
        expect(r.to).not.toContain(c.request.inspector);
        expect(r.to.length).toBe(r.from.length);
        expect(r.from.filter((x: string) => !r.to.includes(x))).toEqual([c.request.inspector]);
      }
      after.visits.forEach((v, i) => {
        if (!changed.has(v.id)) expect(v).toEqual(schedule.visits[i]);
      });
      expect(verify(file.input, after).status).toBe('verified');
    }
  });
});
