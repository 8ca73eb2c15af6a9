// Writes test/vectors/draw/*.json, the published vectors of every draw step (docs/spec.md, "Test
// vectors"): `npx tsx scripts/drawVectors.ts`. Checked by test/vectors/drawVectors.test.ts.
// Only rerun on purpose: a changed vector means a changed draw, i.e. a new algorithm version.
import { mkdirSync, writeFileSync } from 'node:fs';
import seedrandom from 'seedrandom';
import { assignInspectors } from '../src/assign/assignInspectors.js';
import type { AssignInspector, AssignVisit } from '../src/assign/types.js';
import { effectiveSeed } from '../src/audit/effectiveSeed.js';
import { hashInput } from '../src/audit/hashInput.js';
import { spreadOverDays } from '../src/calendar/spreadOverDays.js';
import { FairdrawError } from '../src/model/FairdrawError.js';
import { type PlanInput, planInputSchema } from '../src/model/planInputSchema.js';
import type { ReplanOptions } from '../src/model/replanSchema.js';
import type { Schedule, Visit } from '../src/model/scheduleSchema.js';
import { unitProbabilities } from '../src/model/unitProbabilities.js';
import { validate } from '../src/model/validate.js';
import { createRng } from '../src/random/createRng.js';
import { deriveSeed, type SeedPart } from '../src/random/deriveSeed.js';
import { lazyCoin } from '../src/random/lazyCoin.js';
import type { Rng } from '../src/random/Rng.js';
import { shuffle } from '../src/random/shuffle.js';
import { uniformBelow } from '../src/random/uniformBelow.js';
import { uniformInt } from '../src/random/uniformInt.js';
import { capHorizonTotals } from '../src/sampling/capHorizonTotals.js';
import type { Design } from '../src/sampling/Design.js';
import { drawSample } from '../src/sampling/drawSample.js';
import { drawHorizon } from '../src/sampling/horizon/roundHorizon.js';
import { type InclusionBounds, inclusionProbabilities } from '../src/sampling/inclusionProbabilities.js';
import { runDesign } from '../src/sampling/runDesign.js';
import { stratify } from '../src/sampling/stratify.js';
import { placeVisits } from '../src/schedule/dates.js';
import { openPlan } from '../src/schedule/pipeline.js';
import { gapConflicts, placeVisitsApart } from '../src/schedule/placeVisitsApart.js';
import { plan } from '../src/schedule/plan.js';
import { replan } from '../src/schedule/replan.js';
import { substitute } from '../src/schedule/substitute.js';
import { exactShuffle } from '../test/reference/exactShuffle.js';
import { maxentWorkingProbabilities } from '../test/reference/maxentWorkingProbabilities.js';
import { pivotalOrdered } from '../test/reference/pivotalOrdered.js';
import { randomOrder } from '../test/reference/randomOrder.js';
import { systematicOrdered } from '../test/reference/systematicOrdered.js';
import { stringVectors } from './stringVectors.js';

const OUT = 'test/vectors/draw';

/** The IEEE-754 binary64 bits of `x`, as 16 lower-case hex digits (big-endian). */
export function doubleBits(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x, false);
  return view.getBigUint64(0, false).toString(16).padStart(16, '0');
}
const bitsOf = (xs: ArrayLike<number>): string[] => Array.from(xs, doubleBits);

/**
 * An Rng that counts what it consumes: `calls` = calls of next(), `words` = 32-bit words of the
 * stream (one per nextUint32(), two per next()).
 */
function counting(seed: string): { rng: Rng; calls: () => number; words: () => number } {
  const inner = createRng(seed);
  let calls = 0;
  let words = 0;
  return {
    rng: {
      next: () => {
        calls++;
        words += 2;
        return inner.next();
      },
      nextUint32: () => {
        words++;
        return inner.nextUint32();
      },
    },
    calls: () => calls,
    words: () => words,
  };
}

/** An Rng on a given list of words (next() takes two, as createRng's); throws when they run out. */
function scripted(stream: readonly number[]): { rng: Rng; used: () => number } {
  let k = 0;
  const word = (): number => {
    if (k >= stream.length) throw new Error('scripted word stream exhausted');
    return stream[k++]!;
  };
  return {
    rng: {
      nextUint32: word,
      next: () => {
        const w1 = word();
        const w2 = word();
        return (w1 * 2 ** 21 + Math.floor(w2 / 2 ** 11)) / 2 ** 53;
      },
    },
    used: () => k,
  };
}

// ---------------------------------------------------------------------------------------------- rng
/** The interleaving of rng.json's `mixed` member. */
const MIXED_CALLS = ['nextUint32', 'next', 'nextUint32', 'nextUint32', 'next', 'next', 'nextUint32'];

function rngVectors() {
  const seeds = [
    '',
    'a',
    'county-2026',
    deriveSeed('county-2026', 'routine', 'horizon'),
    '县公安局 2026 🎲',
    ' ',
  ];
  return {
    description:
      'createRng(seed): the first 20 values of next() for each seed, as JSON numbers and as IEEE-754 ' +
      'binary64 bits (hex, big-endian). words: the first 40 raw Alea steps of a fresh generator, each ' +
      'times 2^32 (an unsigned 32-bit integer); next()[k] = words[2k] * 2^-32 + floor(words[2k+1] / 2^11) * 2^-53. ' +
      'Seeds are hashed by Mash over their UTF-16 code units (the unicode seed has a surrogate pair). ' +
      'words are also the values of createRng(seed).nextUint32() (one word per call), and next() = ' +
      '(words[2k] * 2^21 + floor(words[2k+1] / 2^11)) / 2^53 (the same number). mixed: the values of the calls ' +
      'mixed.calls in that order on a fresh createRng(seed): both methods read the one word stream, nextUint32() ' +
      'the next word, next() the next two.',
    spec: 'docs/spec.md §3 (the generator, the word stream), §4 (how a double is formed)',
    generator: 'seedrandom/alea (seedrandom 3.0.5, alea(seed).double())',
    cases: seeds.map((seed) => {
      const rng = createRng(seed);
      const next = Array.from({ length: 20 }, () => rng.next());
      const raw = seedrandom.alea(seed);
      const words = Array.from({ length: 40 }, () => raw() * 2 ** 32);
      const mixed = createRng(seed);
      const values = MIXED_CALLS.map((call) => (call === 'next' ? mixed.next() : mixed.nextUint32()));
      return { seed, next, nextBits: bitsOf(next), words, mixed: { calls: MIXED_CALLS, values } };
    }),
  };
}

// ------------------------------------------------------------------------------------- deriveSeed
function deriveSeedVectors() {
  const calls: [string, ...SeedPart[]][] = [
    ['county-2026'],
    ['county-2026', 'routine', 'horizon'],
    ['county-2026', 'routine', 0],
    ['county-2026', 'routine', 12],
    ['county-2026', 'routine', '12'],
    ['county-2026', 'dates', 3],
    ['county-2026', 'campaign', 'spring-crackdown'],
    ['county-2026', 'campaign', 'spring-crackdown', 'dates'],
    ['county-2026', 'inspectors'],
    ['county-2026', 'substitute', 0],
    ['county-2026', 'replan', 1],
    ['county-2026', 'reveal-salt', 'summary'],
    ['', ''],
    ['县公安局', '专项检查', 7],
    ['m', 0, 1, 2, 'x', 9007199254740991],
    ['m', -1],
  ];
  return {
    description:
      'deriveSeed(master, ...path): lower-case hex SHA-256 of "fairdraw/seed/v1" 0x00, then for the ' +
      'master and each part: tag (0x73 string, 0x6e integer), 4-byte big-endian byte length, bytes (UTF-8 ' +
      'of the string, decimal ASCII of the integer; a negative integer is written with a leading "-"). ' +
      'types gives each part\'s kind ("s" or "n"), so "12" and 12 differ. message is the hashed byte string in hex.',
    spec: 'docs/spec.md §2 (seed derivation)',
    cases: calls.map(([master, ...path]) => {
      const parts = [master, ...path];
      const message = Buffer.concat([
        Buffer.from('fairdraw/seed/v1\u0000', 'utf8'),
        ...parts.map((x) => {
          const bytes = Buffer.from(String(x), 'utf8');
          const head = Buffer.alloc(5);
          head[0] = typeof x === 'number' ? 0x6e : 0x73;
          head.writeUInt32BE(bytes.length, 1);
          return Buffer.concat([head, bytes]);
        }),
      ]).toString('hex');
      return {
        master,
        path,
        types: path.map((x) => (typeof x === 'number' ? 'n' : 's')),
        message,
        seed: deriveSeed(master, ...path),
      };
    }),
  };
}

// ------------------------------------------------------------------------------ shuffle, uniformInt
function shuffleVectors() {
  const seed = deriveSeed('vectors', 'shuffle');
  const shuffles = [0, 1, 2, 10, 50].flatMap((n) =>
    [seed, 'county-2026'].map((s) => {
      const { rng, calls } = counting(s);
      const permutation = Array.from(shuffle(rng, n));
      return { seed: s, n, permutation, calls: calls() };
    }),
  );
  const uniformInts = [1, 2, 3, 6, 10, 1000, 2 ** 32].map((n) => {
    const rng = createRng(seed);
    return { seed, n, values: Array.from({ length: 12 }, () => uniformInt(rng, n)) };
  });
  return {
    description:
      'shuffle(createRng(seed), n): Durstenfeld Fisher-Yates of 0..n-1; for i = n-1 down to 1, j = floor(next() * (i+1)), ' +
      'swap positions i and j; calls = number of next() used (max(n-1, 0)). uniformInt(createRng(seed), n) called ' +
      '12 times on a fresh generator: floor(next() * n).',
    spec: 'docs/spec.md §4 (how a double is formed: coins, uniform integers, shuffle)',
    shuffles,
    uniformInts,
  };
}

// ------------------------------------------------------------------ uniformBelow, lazyCoin, exactShuffle
function wordVectors() {
  const seed = deriveSeed('vectors', 'words');
  const W = 2 ** 32;
  const belowNs = [1, 2, 3, 7, 1000, 2 ** 21, 2 ** 21 + 1, 10 ** 6, 2 ** 31 + 1, 3e9, W - 1, W];
  const seededBelow = belowNs.map((n) => {
    const { rng, words } = counting(seed);
    const values = Array.from({ length: 12 }, () => uniformBelow(rng, n));
    return { seed, n, values, words: words() };
  });
  // Word streams that walk the rejection (m mod 2^32 < 2^32 mod n) and both ways of forming m.
  const inverse7 = Number(((1n << 32n) * 5n + 1n) / 7n); // 7 * inverse7 = 1 mod 2^32
  if ((BigInt(inverse7) * 7n) % (1n << 32n) !== 1n) throw new Error('inverse of 7');
  const belowScripts: [number, number[]][] = [
    [1, [123456789]],
    [3, [0, W - 1]],
    [3, [0, 0, 1431655766]],
    [7, [inverse7, W - 1]],
    [7, [W - 1]],
    [2 ** 21, [W - 1]],
    [2 ** 21 + 1, [2048, W - 1]],
    [2 ** 21 + 1, [1]],
    [2 ** 31 + 1, [2, 1]],
    [2 ** 31 + 1, [W - 1]],
    [W - 1, [0, W - 1]],
    [W, [0]],
    [W, [W - 1]],
  ];
  const scriptedBelow = belowScripts.map(([n, stream]) => {
    const { rng, used } = scripted(stream);
    const value = uniformBelow(rng, n);
    if (used() !== stream.length) throw new Error(`uniformBelow(${n}) left words unread`);
    return { n, stream, value, words: used() };
  });

  const coinPs = [0.5, 0.3, 0.9, 0.01, 0.99, 2 / 3, 0.125, 1e-9, 1 - 1e-9, 0.7, 0.2, 0.45, 0, 1];
  const coinRng = counting(seed);
  const tosses = coinPs.map((p) => lazyCoin(coinRng.rng, p));
  const tie = (p: number): { f: number; below: number } => {
    const q = p * W;
    const f = Math.floor(q);
    // The largest k = floor(w2 / 2^11) with k < (q - f) * 2^21 (-1 when none).
    return { f, below: Math.ceil((q - f) * 2 ** 21) - 1 };
  };
  const coinScripts: [number, number[]][] = [];
  for (const p of [0.5, 0.3, 2 / 3, 2 ** -33, 1 - 2 ** -53, 0, 1]) {
    const { f, below } = tie(p);
    if (f < W && below >= 0) coinScripts.push([p, [f, below * 2048 + 2047]]); // the largest true w2
    if (f < W && below + 1 < 2 ** 21) coinScripts.push([p, [f, (below + 1) * 2048]]); // the smallest false w2
    if (f < W && below < 0) coinScripts.push([p, [f, W - 1]]); // p * 2^32 an integer: a tie is false
    if (f > 0) coinScripts.push([p, [f - 1]]);
    if (f + 1 < W) coinScripts.push([p, [f + 1]]);
  }
  const scriptedCoins = coinScripts.map(([p, stream]) => {
    const { rng, used } = scripted(stream);
    const toss = lazyCoin(rng, p);
    if (used() !== stream.length) throw new Error(`lazyCoin(${p}) left words unread`);
    return { p, pBits: doubleBits(p), stream, toss, words: used() };
  });

  const shuffles = [0, 1, 2, 10, 50].flatMap((n) =>
    [seed, 'county-2026'].map((s) => {
      const { rng, words } = counting(s);
      const permutation = Array.from(exactShuffle(rng, n));
      return { seed: s, n, permutation, words: words() };
    }),
  );
  const streamLength = Math.max(...seededBelow.map((c) => c.words), coinRng.words(), 60);
  const raw = createRng(seed);
  return {
    description:
      'The draws that read 32-bit words (rng.nextUint32(), one word of the stream of rng.json). stream: the first ' +
      'words of createRng(seed) for the seed used below. uniformBelow(rng, n), Lemire 2019: read a word w, m = w * n ' +
      '(exact, up to 64 bits); if m mod 2^32 < 2^32 mod n, reject w and read another; else return floor(m / 2^32). ' +
      'seeded: 12 calls on a fresh createRng(seed), words = words read (more than 12 when some were rejected). ' +
      'scripted: one call on an Rng whose words are stream (all read; a stream longer than one word shows ' +
      'rejections). lazyCoin(rng, p): f = floor(p * 2^32); read w1; if w1 != f the toss is w1 < f (one word); else ' +
      'read w2 and the toss is floor(w2 / 2^11) < (p * 2^32 - f) * 2^21, so that the toss is exactly next() < p on ' +
      'the same two words. seeded: one toss for each p of ps in order on a fresh createRng(seed). scripted: one ' +
      'toss on the words of stream (two words on a tie w1 = f). exactShuffle(createRng(seed), n): for i = n-1 down ' +
      'to 1, j = uniformBelow(rng, i + 1), swap positions i and j; words = words read.',
    spec: 'docs/spec.md §4 (uniformBelow, lazyCoin, exactShuffle)',
    stream: { seed, words: Array.from({ length: streamLength }, () => raw.nextUint32()) },
    uniformBelow: { seeded: seededBelow, scripted: scriptedBelow },
    lazyCoin: {
      seeded: { seed, ps: coinPs, psBits: bitsOf(coinPs), tosses, words: coinRng.words() },
      scripted: scriptedCoins,
    },
    exactShuffles: shuffles,
  };
}

// ------------------------------------------------------------------------- inclusionProbabilities
function inclusionVectors() {
  const cases: { name: string; weights: number[]; n: number; bounds?: InclusionBounds }[] = [
    { name: 'issue sanity check: one unit capped at 1', weights: [1, 2, 3, 4, 10], n: 2 },
    { name: 'equal weights', weights: [1, 1, 1, 1, 1, 1, 1], n: 3 },
    { name: 'zeros stay 0', weights: [0, 3, 0, 1, 2, 0, 2], n: 2 },
    { name: 'two rounds of capping', weights: [100, 50, 10, 5, 3, 2, 1, 1], n: 4 },
    { name: 'n = number of positive weights', weights: [0, 2, 7, 1], n: 3 },
    { name: 'n = 0', weights: [1, 2, 3], n: 0 },
    { name: 'decimal weights', weights: [0.1, 0.2, 0.3, 0.7, 1.1, 2.9], n: 2 },
    { name: 'bounds.min lifts light units', weights: [1, 1, 2, 20, 40, 0], n: 2, bounds: { min: 0.2 } },
    { name: 'bounds.max caps heavy units', weights: [1, 2, 3, 4, 10, 12], n: 3, bounds: { max: 0.9 } },
    {
      name: 'both bounds (county routine bounds)',
      weights: [4, 4, 3, 2, 2, 1, 1, 1, 3, 0.5],
      n: 6,
      bounds: { min: 0.02, max: 0.9 },
    },
    { name: 'n = P * max', weights: [1, 5, 9, 0], n: 1.5 * 2, bounds: { max: 1 } },
    { name: 'n = P * min', weights: [1, 5, 9, 2], n: 2, bounds: { min: 0.5 } },
    { name: 'extreme weight ratio', weights: [1e-200, 1, 1e100, 3e-5], n: 2 },
  ];
  return {
    description:
      'inclusionProbabilities(weights, n, bounds): pi_i = clamp(c * w_i, min, max) for w_i > 0 (one scale c with ' +
      'sum(pi) = n), 0 for w_i = 0. piBits are the IEEE-754 bits (hex) of each pi_i: an implementation must ' +
      'match them exactly (the algorithm is exact arithmetic on breakpoints, no iteration).',
    spec: 'docs/spec/designs.md §1',
    cases: cases.map((c) => {
      const pi = inclusionProbabilities(c.weights, c.n, c.bounds ?? {});
      return { ...c, pi, piBits: bitsOf(pi) };
    }),
  };
}

// ---------------------------------------------------------------------------------------- designs
function designVectors() {
  const pis: { name: string; pi: number[]; strata: string[] }[] = [
    {
      name: 'eight units, one at 1, one at 0',
      pi: inclusionProbabilities([4, 4, 3, 2, 0, 1, 12, 2], 3),
      strata: ['ps', 'ps', 'ps', 'ci', 'ci', 'ci', 'tp', 'tp'],
    },
    {
      name: 'twelve units, county-like risks',
      pi: inclusionProbabilities([4, 4, 3, 3, 2, 2, 2, 1, 1, 1, 3, 2], 5, { min: 0.02, max: 0.9 }),
      strata: ['ps', 'ps', 'ps', 'ps', 'ci', 'ci', 'tp', 'tp', 'ha', 'ha', 'dc', 'dc'],
    },
    {
      name: 'equal probabilities 0.4',
      pi: [0.4, 0.4, 0.4, 0.4, 0.4],
      strata: ['a', 'b', 'a', 'b', 'a'],
    },
  ];
  // maxent@1. The draws of pivotal@1 and systematic@1 that followed each maxent group were withdrawn
  // with those versions, before the first release; the entries left are unchanged.
  const design: Design = 'maxent';
  const seeds = [deriveSeed('vectors', 'design', 0), deriveSeed('vectors', 'design', 1)];
  const draws = pis.flatMap((p) =>
    seeds.flatMap((seed) =>
      [false, true].map((balanced) => ({
        name: p.name,
        design,
        version: 1,
        seed,
        pi: p.pi,
        piBits: bitsOf(p.pi),
        ...(balanced ? { strata: p.strata } : {}),
        selected: drawSample(
          p.pi,
          balanced ? { seed, design, strata: p.strata, version: 1 } : { seed, design, version: 1 },
        ),
      })),
    ),
  );
  // Version 2 of pivotal and systematic: the same populations, seeds and strata, appended.
  const wordDesigns: Design[] = ['pivotal', 'systematic'];
  const draws2 = pis.flatMap((p) =>
    wordDesigns.flatMap((design) =>
      seeds.flatMap((seed) =>
        [false, true].map((balanced) => {
          const strata = balanced ? p.strata : undefined;
          const selected = drawSample(
            p.pi,
            strata ? { seed, design, strata, version: 2 } : { seed, design, version: 2 },
          );
          const { rng, words } = counting(seed);
          const again = stagedDraw(design, p.pi, rng, strata);
          if (JSON.stringify(again) !== JSON.stringify(selected))
            throw new Error('stagedDraw differs from drawSample');
          return {
            name: p.name,
            design,
            version: 2,
            seed,
            pi: p.pi,
            piBits: bitsOf(p.pi),
            ...(strata ? { strata } : {}),
            selected,
            words: words(),
            ...(strata ? {} : { steps: designSteps(design, p.pi, seed, selected) }),
          };
        }),
      ),
    ),
  );
  const splits = pis.map((p) => {
    const plan = stratify(p.pi, p.strata);
    return {
      name: p.name,
      pi: p.pi,
      strata: p.strata,
      remainders: Array.from(plan.remainders),
      remaindersBits: bitsOf(plan.remainders),
      byStratum: plan.strata.map((s) => ({
        label: s.label,
        members: s.members,
        floor: s.floor,
        remainder: s.remainder,
        ceilPi: Array.from(s.ceilPi),
        ceilPiBits: bitsOf(s.ceilPi),
        floorPi: Array.from(s.floorPi),
        floorPiBits: bitsOf(s.floorPi),
      })),
    };
  });
  const working = [
    { name: 'Tillé: weights 1..10, n = 3', pi: inclusionProbabilities([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3) },
    { name: 'Tillé Example 10', pi: [0.07, 0.17, 0.41, 0.61, 0.83, 0.91] },
    ...pis.slice(0, 2).map((p) => ({ name: p.name, pi: p.pi })),
  ].map((c) => {
    const p = maxentWorkingProbabilities(c.pi);
    return { ...c, piBits: bitsOf(c.pi), p: Array.from(p), pBits: bitsOf(p) };
  });
  return {
    description:
      'drawSample(pi, { seed, design, strata? }) -> selected indices (increasing). Each draw uses createRng(seed). ' +
      'Without strata: the design on pi. With strata: stage 1 the design on the strata remainders, stage 2 the design ' +
      'within each stratum on ceilPi or floorPi (the split is listed under "splits"). "maxentWorking": the working ' +
      'probabilities p of the maximum-entropy design (sum(p) = size; pi = 0 -> 0, pi = 1 -> 1). Math.exp/log/log1p ' +
      'are not required to be correctly rounded, so another engine may differ in the last bits of p ' +
      '(docs/spec/maxent.md, "Reproducibility caveat"); compare p to about 1e-15 relative, and the maxent draws exactly. ' +
      "version: the version of the design's draw (drawSample options.version; docs/spec/designs.md §2-§4). The first " +
      '12 draws are maxent@1 (doubles from next(); pivotal@1 and systematic@1, withdrawn before the first ' +
      'release, are no longer listed); then pivotal@2 and ' +
      'systematic@2 on the same vectors, seeds and strata (the random order by uniformBelow on 32-bit words, ' +
      "pivotal's coins by lazyCoin, systematic's start u = next()), with words = the number of 32-bit words the " +
      'whole draw consumed (nextUint32() counts 1, next() 2) and, without strata, steps: order = randomOrder(pi) ' +
      '(the unit indices in visiting order), then for pivotal each coin in order (p, its bits, the toss) and for ' +
      'systematic the start u (with bits).',
    spec: 'docs/spec/designs.md §2-§4, §6, §7; docs/spec/maxent.md',
    draws: [...draws, ...draws2],
    splits,
    maxentWorking: working,
  };
}

/** drawSample's stages (docs/spec/designs.md §6, §7) on a given Rng, version 2. */
function stagedDraw(design: Design, pi: number[], rng: Rng, strata?: string[]): number[] {
  if (strata === undefined) return runDesign(design, pi, rng);
  const plan = stratify(pi, strata);
  const up = new Set(runDesign(design, plan.remainders, rng));
  const out: number[] = [];
  plan.strata.forEach((stratum, h) => {
    for (const k of runDesign(design, up.has(h) ? stratum.ceilPi : stratum.floorPi, rng)) {
      out.push(stratum.members[k]!);
    }
  });
  return out.sort((a, b) => a - b);
}

/** The random numbers of a version-2 draw without strata, step by step, through the reference path. */
function designSteps(design: Design, pi: number[], seed: string, selected: number[]) {
  const rng = createRng(seed);
  const order = randomOrder(pi, rng);
  if (design === 'pivotal') {
    const coins: { p: number; pBits: string; toss: boolean }[] = [];
    const out = pivotalOrdered(pi, order, (p) => {
      const toss = lazyCoin(rng, p);
      coins.push({ p, pBits: doubleBits(p), toss });
      return toss;
    });
    if (JSON.stringify(out) !== JSON.stringify(selected)) throw new Error('pivotalOrdered differs');
    return { order: Array.from(order), coins };
  }
  const u = rng.next();
  const out = systematicOrdered(pi, order, u);
  if (JSON.stringify(out) !== JSON.stringify(selected)) throw new Error('systematicOrdered differs');
  return { order: Array.from(order), u, uBits: doubleBits(u) };
}

// ---------------------------------------------------------------------------------------- horizon
function horizonVectors() {
  const master = 'vectors-horizon';
  const seed = deriveSeed(master, 'routine', 'horizon');
  const risks = [4, 4, 3, 2, 2, 1, 3];
  const strata = ['ps', 'ps', 'ps', 'ci', 'ci', 'tp', 'tp'];
  // Unit 6 is inactive in period 0 (weight 0 there), so its pi is 0 in that period.
  const budgets = [2, 3, 2, 1, 3];
  const table = budgets.map((n, t) =>
    inclusionProbabilities(
      risks.map((r, i) => (t === 0 && i === 6 ? 0 : r)),
      n,
    ),
  );
  const tenths = Array.from({ length: 10 }, () => [0.1, 0.3, 0.6]);
  const cases = [
    { name: 'five periods, seven units, by type', pi: table, strata },
    { name: 'five periods, seven units, no strata', pi: table },
    {
      name: 'a unit at 1 and units at 0',
      pi: [
        [1, 0, 0.5, 0.5],
        [0, 1, 0.25, 0.75],
        [0.5, 0.5, 0, 1],
      ],
    },
    { name: '0.1 in ten periods: Lambda within rounding of 1 is pinned', pi: tenths },
    // Added 2026-12-07 (docs/spec.md, Errata). Unit 0's total 0.6 + 0.4 is one grid unit above 1 after
    // period 1's spread; no short cycle can pin it, so the depth-first search does; and the walk's
    // first path starts at the tail node of the first arc, not along that arc (the selection differs).
    {
      name: 'pinned by the depth-first search; the walk starts at the tail node',
      pi: [
        [0.6, 0.4, 0],
        [0.4, 0.7, 0.9],
      ],
      strata: ['b', 'a', 'a'],
    },
    // Added 2026-12-07. Period 0: halves of 2^-48 round up, then the remainder (-5) goes in shares of
    // ceil(5 / 4) = 2 in index order. Period 1 (a sum 4.7e-10 above 1): the share empties unit 1,
    // which leaves the fractional entries, and a second round spreads the rest over the other two.
    {
      name: 'grid: halves round up; the remainder spread in shares of ceil(|d| / count), round after round',
      pi: [
        [0.25 + 3 * 2 ** -49, 0.25 + 2 ** -48, 0.25 + 2 ** -48, 0.25 + 2 ** -49],
        [1 - 2 ** -30, 2 ** -44, 2 ** -30 + 2 ** -31 + 2 ** -48, 0],
      ],
    },
  ].map((c) => {
    const { rng, calls } = counting(seed);
    const draw = drawHorizon(c.pi, c.strata ? { rng, strata: c.strata } : { rng });
    return {
      name: c.name,
      master,
      seed,
      pi: c.pi,
      piBits: c.pi.map(bitsOf),
      ...(c.strata ? { strata: c.strata } : {}),
      selected: draw.selected,
      probabilities: draw.probabilities.map((row) => Array.from(row)),
      probabilitiesBits: draw.probabilities.map(bitsOf),
      probabilitiesGrid: draw.probabilities.map((row) => Array.from(row, (x) => x * 2 ** 48)),
      calls: calls(),
    };
  });
  return {
    description:
      'drawHorizon(pi, { rng: createRng(seed), strata? }) (roundHorizon plus the delivered probabilities), as plan ' +
      'calls it with seed = deriveSeed(master, "routine", "horizon"). pi[t][i]: T periods x N units. selected[t]: the ' +
      'sorted unit indices drawn in period t. probabilities[t][i]: the probability the draw delivered (pi snapped to ' +
      'the 2^-48 grid and pinned; what a schedule reports), with its bits and its grid integer (value * 2^48). ' +
      'calls: next() values consumed (2N - 1 for the order, then one per cycle).',
    spec: 'docs/spec/horizon.md; docs/spec/plan.md §5',
    cases,
  };
}

// ------------------------------------------------------------------------------------------ dates
function dateVectors() {
  const master = 'vectors-dates';
  const workdays = [
    ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'],
    ['2026-03-09', '2026-03-10', '2026-03-12', '2026-03-13'],
    ['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20'],
    ['2026-03-23'],
    [],
  ];
  const chosen = [[0, 2, 3, 5, 7, 8, 9], [1, 4], [], [2, 6, 9], []];
  const periods = chosen.map((units, t) => {
    if (units.length === 0) return { period: t, units, subSeed: null, slots: [], perm: [] };
    const subSeed = deriveSeed(master, 'dates', t);
    const rng = createRng(subSeed);
    const slots = spreadOverDays(units.length, workdays[t]!, rng);
    const perm = Array.from(shuffle(rng, slots.length));
    return { period: t, units, subSeed, slots, perm };
  });
  return {
    description:
      'placeVisits(master, chosen, workdays): for each period t with chosen units (increasing indices), rng = ' +
      'createRng(deriveSeed(master, "dates", t)); slots = spreadOverDays(k, workdays[t], rng) (every day q = floor(k/d) ' +
      'times, plus the first r = k mod d steps of a Fisher-Yates shuffle of the days, step i swapping i with ' +
      'i + floor(next() * (d - i)), pick r extra days; slots in day order); perm = shuffle(rng, k); unit j -> ' +
      'slots[perm[j]]. "periods" lists these intermediates; "visits" is the result. Periods without chosen units use ' +
      'no generator.',
    spec: 'docs/spec/plan.md §6; docs/calendar.md ("Spreading a period\'s visits over its days")',
    master,
    chosen,
    workdays,
    periods,
    visits: placeVisits(master, chosen, workdays),
  };
}

// ------------------------------------------------------------------------------------- inspectors
function inspectorVectors() {
  const seed = deriveSeed('vectors-inspectors', 'inspectors');
  const unitType: Record<string, string> = {
    'ps-a': 'police-station',
    'ps-b': 'police-station',
    'ci-a': 'criminal-investigation',
    'tp-a': 'traffic-police',
    'ha-a': 'household-admin',
  };
  const region: Record<string, string> = {
    'ps-a': 'east',
    'ps-b': 'west',
    'ci-a': 'east',
    'tp-a': 'west',
    'ha-a': 'east',
  };
  const plain: [string, string, number][] = [
    ['ps-a', '2026-03-02', 0],
    ['ci-a', '2026-03-02', 0],
    ['tp-a', '2026-03-03', 0],
    ['ps-b', '2026-03-04', 0],
    ['ha-a', '2026-03-05', 0],
    ['ps-a', '2026-03-09', 1],
    ['ps-b', '2026-03-10', 1],
    ['ci-a', '2026-03-11', 1],
    ['tp-a', '2026-03-11', 1],
    ['ps-a', '2026-03-13', 1],
  ];
  const visits: AssignVisit[] = plain.map(([unit, date, period], k) => ({
    id: `v-${String(k + 1).padStart(4, '0')}`,
    unit,
    unitType: unitType[unit]!,
    unitRegion: region[unit]!,
    date,
    period,
  }));
  const inspectors: AssignInspector[] = [
    { id: 'insp-01', homeUnit: 'ps-a', homeRegion: 'east' },
    { id: 'insp-02', homeUnit: 'tp-a', homeRegion: 'west', maxPerPeriod: 4 },
    { id: 'insp-03', conflicts: ['ci-a'] },
    { id: 'insp-04', types: ['police-station', 'traffic-police'], unavailable: ['2026-03-09', '2026-03-10'] },
    { id: 'insp-05', maxPerDay: 1 },
  ];
  const cases = [
    { name: 'team of 2, homeUnit recusal', teamSize: 2, recusal: ['homeUnit'] as const },
    { name: 'team of 2, homeUnit and region recusal', teamSize: 2, recusal: ['homeUnit', 'region'] as const },
    { name: 'team of 1', teamSize: 1, recusal: ['homeUnit'] as const },
  ].map((c) => {
    // The random numbers of docs/assign.md steps 2, 4 and 5, for reimplementers.
    const replay = createRng(seed);
    const perm = Array.from(shuffle(replay, inspectors.length));
    const order = Array.from(shuffle(replay, visits.length));
    const offset = new Array<number>(visits.length).fill(0);
    for (let o = 0; o < visits.length; o++) offset[order[o]!] = uniformInt(replay, inspectors.length);
    const { rng, calls } = counting(seed);
    const result = assignInspectors(visits, inspectors, {
      teamSize: c.teamSize,
      recusal: [...c.recusal],
      rng,
    });
    return {
      name: c.name,
      seed,
      teamSize: c.teamSize,
      recusal: [...c.recusal],
      random: { inspectorPerm: perm, visitOrder: order, offsets: offset, calls: calls() },
      teams: result.teams,
      loads: result.loads,
      byType: result.byType,
    };
  });
  return {
    description:
      'assignInspectors(visits, inspectors, { teamSize, recusal, rng: createRng(seed) }) -> teams (aligned with ' +
      'visits, each sorted), loads, byType. "random" lists the only random numbers used (docs/assign.md steps 2, 4, 5): ' +
      'inspectorPerm = shuffle(rng, n), visitOrder = shuffle(rng, m), offsets[visitOrder[o]] = floor(next() * n); ' +
      'calls = (n - 1) + (m - 1) + m. Everything after is deterministic.',
    spec: 'docs/assign.md ("The draw, step by step"); docs/spec/plan.md §8',
    visits,
    inspectors,
    cases,
  };
}

// ------------------------------------------------------------------------------------------- plan
function planVectors() {
  // The commit-reveal seed of test/vectors/audit/commit-reveal.json, case 0 (published: worthless as a secret).
  const input: PlanInput = {
    seed: {
      secret: 'db4ba3fa0e855637218cb621a6467fba4a092463ca2500a1edb3f0571629cbd2',
      public: '5 2 6 1 3 4 4 6 1 2 5 3 6 6 2 1 4 3 5 2',
      commitment: '52578fee1e70074695bdb57be6ca890deda0f384d758e72131549794db1aecf3',
    },
    horizon: {
      start: '2026-03-02',
      end: '2026-03-25',
      zone: 'Asia/Shanghai',
      period: 'week',
      holidays: ['2026-03-11'],
    },
    units: [
      { id: 'ps-luohe', type: 'police-station', risk: 4 },
      { id: 'ps-xiaji', type: 'police-station', risk: 3 },
      { id: 'ps-chengguan', type: 'police-station', risk: 2 },
      { id: 'ci-east', type: 'criminal-investigation', risk: 2 },
      { id: 'tp-urban', type: 'traffic-police', risk: 1 },
      { id: 'ha-centre', type: 'household-admin', risk: 1 },
    ],
    inspectors: [
      { id: 'insp-01', homeUnit: 'ps-luohe' },
      { id: 'insp-02', homeUnit: 'ci-east' },
      { id: 'insp-03' },
      { id: 'insp-04', unavailable: ['2026-03-04'] },
    ],
    routine: { visitsPerPeriod: 2, bounds: { min: 0.05, max: 0.9 } },
    team: { size: 2 },
    campaigns: [
      {
        id: 'spring-check',
        from: '2026-03-09',
        to: '2026-03-20',
        scope: { types: ['police-station'] },
        visits: 2,
      },
    ],
    directed: [{ unit: 'tp-urban', date: '2026-03-10', reason: 'complaint 2026-031' }],
    findings: [{ unit: 'ci-east', date: '2026-03-05', deadlineWorkdays: 5 }],
  };
  const valid = validate(planInputSchema, input);
  const inputHash = hashInput(valid);
  const seed = effectiveSeed(valid.seed as never, inputHash);
  const schedule = plan(input);
  const periods = schedule.periods.length;
  const subSeeds: Record<string, string> = {
    'routine/horizon': deriveSeed(seed, 'routine', 'horizon'),
  };
  for (let t = 0; t < periods; t++) subSeeds[`dates/${t}`] = deriveSeed(seed, 'dates', t);
  subSeeds['campaign/spring-check'] = deriveSeed(seed, 'campaign', 'spring-check');
  subSeeds['campaign/spring-check/dates'] = deriveSeed(seed, 'campaign', 'spring-check', 'dates');
  subSeeds.inspectors = deriveSeed(seed, 'inspectors');
  return {
    description:
      'plan(input) for a small plan: 4 weekly periods (the last clipped to 3 working days, a holiday in the second), ' +
      '6 units, 4 inspectors, a campaign, a directed visit, a finding with its follow-up, a commit-reveal seed. ' +
      'inputHash = hashInput(inputWithDefaults); seed = effectiveSeed(input.seed, inputHash) is the master seed; ' +
      'subSeeds lists each draw\'s sub-seed by its path ("dates/1" = deriveSeed(seed, "dates", 1)); the periods ' +
      'without routine visits use none. schedule is the complete output, manifest and seal included.',
    spec: 'docs/spec/plan.md §1-§9; docs/year.md; docs/spec.md §2, §5',
    input,
    inputWithDefaults: valid,
    inputHash,
    effectiveSeed: seed,
    subSeeds,
    schedule,
  };
}

// ------------------------------------------------------------------------------- capHorizonTotals
function capVectors() {
  const risks = [4, 4, 3, 2, 2, 1, 1];
  const budgets = [2, 3, 2, 2];
  // As plan calls it: pi from inclusionProbabilities per period (0 where a unit is not in the frame).
  const table = (eligible: (t: number, i: number) => boolean, bounds: InclusionBounds = {}) =>
    budgets.map((n, t) =>
      Array.from(
        inclusionProbabilities(
          risks.map((r, i) => (eligible(t, i) ? r : 0)),
          n,
          bounds,
        ),
      ),
    );
  const all = () => true;
  const routineBounds: InclusionBounds = { min: 0.05, max: 0.9 };
  const cases: {
    name: string;
    pi: number[][];
    upper: number[];
    bounds?: InclusionBounds;
    maxVisitsPerUnit?: number;
    otherVisits?: number[];
  }[] = [
    { name: 'no cap binds: rows returned unchanged', pi: table(all), upper: risks.map(() => 3) },
    { name: 'a binding cap of 1 on the three heaviest units', pi: table(all), upper: [1, 1, 1, 2, 2, 2, 2] },
    {
      name: 'cap 2 with other visits (upper = 2 - other): one unit at 0, one at 1',
      pi: table(all, routineBounds),
      bounds: routineBounds,
      maxVisitsPerUnit: 2,
      otherVisits: [2, 1, 0, 0, 0, 0, 0],
      upper: [0, 1, 2, 2, 2, 2, 2],
    },
    {
      name: 'units out of the frame in some periods, bounds, two rounds',
      pi: table((t, i) => !(t === 0 && i === 6) && !(t >= 2 && i === 3), routineBounds),
      bounds: routineBounds,
      upper: [1, 2, 1, 2, 2, 2, 2],
    },
    {
      name: 'infeasible: a cap of 1 on every unit leaves no unit to take the rest',
      pi: table(all),
      upper: risks.map(() => 1),
    },
  ];
  return {
    description:
      "capHorizonTotals(pi, weights, upper, bounds): caps each unit's horizon total Lambda_i = sum_t pi[t][i] " +
      "(summed over t in order) at upper[i] (limits.maxVisitsPerUnit minus the unit's other visits, as " +
      'capRoutineProbabilities passes it). Round: the units not yet fixed with Lambda_i > upper[i] are fixed, each ' +
      'probability times upper[i] / Lambda_i (0 when upper[i] = 0); then in every period where such a unit has ' +
      "pi[t][i] > 0 (in the input), the eligible units not fixed share R_t = n_t - (sum of the fixed units' " +
      'probabilities) as clamp(c_t * w_i, bounds.min, bounds.max) (fillToTotal, the breakpoint sweep of ' +
      'inclusionProbabilities for a real total, units heaviest first, ties by index); repeat until no unit ' +
      'exceeds. pi rows are inclusionProbabilities(weights masked to the frame, n_t, bounds), as plan computes ' +
      'them. Outputs: probabilities (with bits), totals = the horizon total of each unit after the cap (with bits), ' +
      'capped (1 = fixed at its bound), rounds = rounds that fixed a unit.',
    spec: 'docs/limits.md (limits.maxVisitsPerUnit); docs/spec/designs.md §1',
    weights: risks,
    budgets,
    cases: cases.map((c) => {
      const head = {
        name: c.name,
        ...(c.maxVisitsPerUnit !== undefined ? { maxVisitsPerUnit: c.maxVisitsPerUnit } : {}),
        ...(c.otherVisits ? { otherVisits: c.otherVisits } : {}),
        upper: c.upper,
        ...(c.bounds ? { bounds: c.bounds } : {}),
        pi: c.pi,
        piBits: c.pi.map(bitsOf),
      };
      let out: ReturnType<typeof capHorizonTotals>;
      try {
        out = capHorizonTotals(c.pi, risks, c.upper, c.bounds ?? {});
      } catch (e) {
        if (!(e instanceof FairdrawError)) throw e;
        return { ...head, error: { code: e.code, path: e.path, problems: e.problems.map((p) => p.path) } };
      }
      const totals = risks.map((_, i) => out.probabilities.reduce((s, row) => s + row[i]!, 0));
      return {
        ...head,
        probabilities: out.probabilities.map((row) => Array.from(row)),
        probabilitiesBits: out.probabilities.map(bitsOf),
        totals,
        totalsBits: bitsOf(totals),
        capped: Array.from(out.capped),
        rounds: out.rounds,
      };
    }),
  };
}

// ------------------------------------------------------------------------------- placeVisitsApart
function datesApartVectors() {
  const master = 'vectors-dates-apart';
  const weeks = [
    ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'],
    ['2026-03-09', '2026-03-10', '2026-03-12', '2026-03-13'],
    ['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20'],
    ['2026-03-23', '2026-03-24', '2026-03-25'],
  ];
  const cases: {
    name: string;
    chosen: number[][];
    workdays: string[][];
    minGapDays: number;
    fixed: string[][];
  }[] = [
    {
      name: 'gap 7 over four weeks, units chosen in consecutive weeks, one fixed visit',
      chosen: [
        [0, 1, 2, 4],
        [0, 3, 5],
        [1, 2, 4, 5],
        [0, 3],
      ],
      workdays: weeks,
      minGapDays: 7,
      fixed: [[], [], [], ['2026-03-11']],
    },
    {
      name: 'gap 10: consecutive weeks cannot keep it, conflicts listed',
      chosen: [
        [0, 1, 2],
        [0, 1],
        [0, 2, 3],
        [1, 3],
      ],
      workdays: weeks,
      minGapDays: 10,
      fixed: [],
    },
    {
      name: 'fixed visits leave only Thursday and Friday: units off the slots, least-loaded day drawn',
      chosen: [[0, 1, 2, 3], [], [0, 1], []],
      workdays: weeks,
      minGapDays: 4,
      fixed: [['2026-03-01'], ['2026-03-01'], ['2026-03-01'], ['2026-03-01']],
    },
  ];
  return {
    description:
      'placeVisitsApart(master, chosen, workdays, minGapDays, fixed): placeVisits (dates.json) with a minimum gap ' +
      'of minGapDays calendar days between two visits of one unit. For each period t with chosen units, rng = ' +
      'createRng(deriveSeed(master, "dates", t)); slots = spreadOverDays(k, workdays[t], rng), perm = shuffle(rng, k) ' +
      'exactly as placeVisits ("periods" lists them); a unit keeps its offered slot perm[j] when that day is one of ' +
      'its days (allowed: >= minGapDays from its fixed and earlier visits; preferred: also >= minGapDays before the ' +
      'last working day of the next period it is chosen in), else Kuhn augmenting paths over the slots in perm ' +
      'order, else its least-loaded day (ties drawn with uniformInt(rng, ties) on the same generator), else (no ' +
      'allowed day) the free slot farthest from its visits. visits: the result. conflicts: gapConflicts over the ' +
      'routine visits and the fixed ones, units named "u<index>": each consecutive pair of one unit fewer than ' +
      'minGapDays days apart.',
    spec: 'docs/limits.md (limits.minGapDays); docs/spec/plan.md §6',
    master,
    cases: cases.map((c) => {
      const periods = c.chosen.map((units, t) => {
        if (units.length === 0) return { period: t, subSeed: null, slots: [], perm: [] };
        const subSeed = deriveSeed(master, 'dates', t);
        const rng = createRng(subSeed);
        const slots = spreadOverDays(units.length, c.workdays[t]!, rng);
        return { period: t, subSeed, slots, perm: Array.from(shuffle(rng, slots.length)) };
      });
      const visits = placeVisitsApart(master, c.chosen, c.workdays, c.minGapDays, c.fixed);
      const all = [
        ...visits.map((v) => ({ unit: `u${v.unit}`, date: v.date })),
        ...c.fixed.flatMap((dates, i) => dates.map((date) => ({ unit: `u${i}`, date }))),
      ] as Visit[];
      return { ...c, periods, visits, conflicts: gapConflicts(all, c.minGapDays) };
    }),
  };
}

// ------------------------------------------------------------------------- replan and substitute
/** The compact plan of replan.json and substitute.json: 8 units, 4 weeks, limits. */
function changesPlan(): PlanInput {
  return {
    seed: 'vectors-changes-2026',
    horizon: {
      start: '2026-03-02',
      end: '2026-03-27',
      zone: 'Asia/Shanghai',
      period: 'week',
      holidays: ['2026-03-11'],
    },
    units: [
      { id: 'ps-north', type: 'police-station', risk: 4 },
      { id: 'ps-south', type: 'police-station', risk: 3 },
      { id: 'ps-east', type: 'police-station', risk: 2 },
      { id: 'ps-west', type: 'police-station', risk: 2 },
      { id: 'ci-main', type: 'criminal-investigation', risk: 3 },
      { id: 'tp-urban', type: 'traffic-police', risk: 2 },
      { id: 'tp-rural', type: 'traffic-police', risk: 1 },
      { id: 'ha-centre', type: 'household-admin', risk: 1 },
    ],
    inspectors: [
      { id: 'insp-01', homeUnit: 'ps-north' },
      { id: 'insp-02', homeUnit: 'ci-main' },
      { id: 'insp-03' },
      { id: 'insp-04', unavailable: ['2026-03-18'] },
      { id: 'insp-05' },
    ],
    routine: { visitsPerPeriod: 3, bounds: { min: 0.05, max: 0.9 } },
    team: { size: 2 },
    limits: { maxVisitsPerUnit: 2, minGapDays: 5 },
    directed: [{ unit: 'tp-rural', date: '2026-03-19', reason: 'complaint 2026-044' }],
  } as PlanInput;
}

/** The fields of a visit that an implementation must reproduce. */
const visitFields = (v: Visit) => ({
  id: v.id,
  kind: v.kind,
  period: v.period,
  date: v.date,
  unit: v.unit,
  inspectors: v.inspectors,
});

/** A substitution request: `inspector` cannot make the first two dates from `from` on that they work. */
function absence(schedule: Schedule, inspector: string, from: string, reason: string, at: string) {
  const dates = [
    ...new Set(
      schedule.visits.filter((v) => v.inspectors.includes(inspector) && v.date >= from).map((v) => v.date),
    ),
  ];
  return { inspector, dates: dates.slice(0, 2).reverse(), reason, at };
}

function replanVectors() {
  const input = changesPlan();
  const valid = validate(planInputSchema, input);
  const seed = openPlan(valid).seed;
  const before = plan(input);
  const subRequest = absence(before, 'insp-03', '2026-03-02', 'training course', '2026-03-01T09:00:00+08:00');
  const afterSub = substitute(input, before, subRequest);
  const requests: { name: string; history: unknown[]; schedule: Schedule; request: ReplanOptions }[] = [
    {
      name: 'close a unit, add one, re-weight one, from week 2',
      history: [],
      schedule: before,
      request: {
        from: '2026-03-09',
        reason: 'ps-west merged into ps-east; new border post',
        changes: {
          add: [{ id: 'bp-river', type: 'police-station', risk: 3, active: { from: '2026-03-09' } }],
          close: ['ps-west'],
          risk: { 'tp-urban': 4 },
        },
      },
    },
    {
      name: 'after a substitution (log position 1), from week 3',
      history: [{ kind: 'substitute', request: subRequest }],
      schedule: afterSub,
      request: {
        from: '2026-03-16',
        reason: 'ci-main under review',
        changes: { risk: { 'ci-main': 6, 'ha-centre': 0.5 } },
      },
    },
  ];
  return {
    description:
      'replan(input, schedule, { from, reason, changes }) on the schedule of plan(input) (beforeScheduleHash pins ' +
      'it; history lists the changes applied to it first, in order). k = schedule.log.length; S = ' +
      'deriveSeed(seed, "replan", k) replaces the master seed for the periods t0.. (t0: the period starting at ' +
      'from): routine draw deriveSeed(S, "routine", "horizon"), dates deriveSeed(S, "dates", t), inspectors ' +
      'deriveSeed(S, "inspectors") (subSeeds). Visits before from are kept; the later ones (visits) are the new ' +
      'routine visits and the kept later visits of other kinds, sorted, numbered after the kept ones and ' +
      'restaffed. probabilities[u]: the probabilities the new draw used for periods t0.. (with bits), by unit id. ' +
      "log: the appended entry (before: the schedule's hash before the replan); notes: the notes added; " +
      'scheduleHash: the new seal.',
    spec: 'docs/replan.md; docs/limits.md; docs/spec.md §2, §5, §7',
    input,
    effectiveSeed: seed,
    beforeScheduleHash: before.manifest.scheduleHash,
    cases: requests.map((c) => {
      const after = replan(input, c.schedule, c.request);
      const k = c.schedule.log.length;
      const S = deriveSeed(seed, 'replan', k);
      const t0 = after.periods.findIndex((p) => p.start === c.request.from);
      const subSeeds: Record<string, string> = {
        replan: S,
        'routine/horizon': deriveSeed(S, 'routine', 'horizon'),
      };
      for (let t = t0; t < after.periods.length; t++) subSeeds[`dates/${t}`] = deriveSeed(S, 'dates', t);
      subSeeds.inspectors = deriveSeed(S, 'inspectors');
      const probabilities = Object.fromEntries(
        after.units.map((u) => [u.id, unitProbabilities(after, u).slice(t0)]),
      );
      return {
        name: c.name,
        history: c.history,
        scheduleHash: c.schedule.manifest.scheduleHash,
        request: c.request,
        t0,
        subSeeds,
        kept: after.visits.filter((v) => v.date < c.request.from).length,
        visits: after.visits.filter((v) => v.date >= c.request.from).map(visitFields),
        probabilities,
        probabilitiesBits: Object.fromEntries(Object.entries(probabilities).map(([u, p]) => [u, bitsOf(p)])),
        capped: after.units.filter((u) => u.capped === true).map((u) => u.id),
        conflicts: after.conflicts ?? [],
        log: after.log[after.log.length - 1],
        notes: (after.notes ?? []).slice((c.schedule.notes ?? []).length),
        algorithm: after.manifest.algorithm,
        result: { scheduleHash: after.manifest.scheduleHash },
      };
    }),
  };
}

function substituteVectors() {
  const input = changesPlan();
  const valid = validate(planInputSchema, input);
  const seed = openPlan(valid).seed;
  const before = plan(input);
  // The dates unsorted on purpose: the log entry lists them sorted.
  const first = absence(before, 'insp-03', '2026-03-02', 'training course', '2026-03-01T09:00:00+08:00');
  const afterFirst = substitute(input, before, first);
  const replanRequest = {
    from: '2026-03-16',
    reason: 'ci-main under review',
    changes: { risk: { 'ci-main': 6, 'ha-centre': 0.5 } },
  };
  const afterReplan = replan(input, afterFirst, replanRequest);
  const steps = [
    { name: 'on the plan', history: [] as unknown[], schedule: before, request: first },
    {
      name: 'a second substitution after a replan (substitution k = 1, log position 2)',
      history: [
        { kind: 'substitute', request: first },
        { kind: 'replan', request: replanRequest },
      ],
      schedule: afterReplan,
      request: absence(afterReplan, 'insp-01', '2026-03-16', 'sick leave', '2026-03-15T18:30:00+08:00'),
    },
  ];
  return {
    description:
      'substitute(input, schedule, { inspector, dates, reason, at }) on the schedule of plan(input) ' +
      '(beforeScheduleHash pins it; history lists the changes applied to it first, in order). k = the number of ' +
      'substitutions already in the log; the replacements are drawn with createRng(deriveSeed(seed, "substitute", ' +
      "k)) (subSeed) under the plan's hard constraints, every other visit untouched. changed: the visits " +
      "re-staffed (id, date, team before and after) = the log entry's visits; inspectors: the loads after; log: " +
      "the appended entry (dates sorted; before: the schedule's hash before the substitution); scheduleHash: " +
      'the new seal.',
    spec: 'docs/assign.md; docs/spec.md §2, §5, §7',
    input,
    effectiveSeed: seed,
    beforeScheduleHash: before.manifest.scheduleHash,
    cases: steps.map((c) => {
      const after = substitute(input, c.schedule, c.request);
      const k = c.schedule.log.filter((e) => e.kind === 'substitution').length;
      return {
        name: c.name,
        history: c.history,
        scheduleHash: c.schedule.manifest.scheduleHash,
        request: c.request,
        k,
        subSeed: deriveSeed(seed, 'substitute', k),
        teamsBefore: c.schedule.visits
          .filter((v) => c.request.dates.includes(v.date))
          .map((v) => ({ id: v.id, date: v.date, unit: v.unit, inspectors: v.inspectors })),
        inspectors: after.inspectors,
        log: after.log[after.log.length - 1],
        result: { scheduleHash: after.manifest.scheduleHash },
      };
    }),
  };
}

/** Every vector file, by name. */
export function drawVectors(): Record<string, unknown> {
  return {
    'rng.json': rngVectors(),
    'derive-seed.json': deriveSeedVectors(),
    'shuffle.json': shuffleVectors(),
    'words.json': wordVectors(),
    'inclusion-probabilities.json': inclusionVectors(),
    'designs.json': designVectors(),
    'horizon.json': horizonVectors(),
    'dates.json': dateVectors(),
    'inspectors.json': inspectorVectors(),
    'plan.json': planVectors(),
    'cap-horizon.json': capVectors(),
    'dates-apart.json': datesApartVectors(),
    'replan.json': replanVectors(),
    'substitute.json': substituteVectors(),
    'strings.json': stringVectors(),
  };
}

if (process.argv[1]?.endsWith('drawVectors.ts')) {
  mkdirSync(OUT, { recursive: true });
  for (const [name, content] of Object.entries(drawVectors())) {
    const text = `${JSON.stringify(content, null, 2)}\n`;
    writeFileSync(`${OUT}/${name}`, text);
    console.log(`wrote ${OUT}/${name} (${text.length} bytes)`);
  }
}
