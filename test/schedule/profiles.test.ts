import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import type { PlanInput } from '../../src/model/planInputSchema.js';
import { readSchedule, type Schedule } from '../../src/model/scheduleSchema.js';
import { unitProbabilities } from '../../src/model/unitProbabilities.js';
import { createRng } from '../../src/random/createRng.js';
import { uniformInt } from '../../src/random/uniformInt.js';
import { plan } from '../../src/schedule/plan.js';
import { profileTable, withoutProfiles, withProfiles } from '../../src/schedule/profiles.js';
import { replan } from '../../src/schedule/replan.js';
import { revealPeriod } from '../../src/schedule/revealPeriod.js';
import { revealSummary } from '../../src/schedule/revealSummary.js';
import {
  inSealFormat,
  SEAL_ALGORITHM,
  SEAL_V1,
  SEAL_V2,
  type SealFormat,
  sealSchedule,
} from '../../src/schedule/seal.js';
import { substitute } from '../../src/schedule/substitute.js';
import { verify } from '../../src/schedule/verify.js';
import { verifyPeriod } from '../../src/schedule/verifyPeriod.js';
import { withoutYear } from './yearPlans.js';

// Schedule format 3 (seal fairdraw/seal/v3+rfc6962): each unit names one of a table of distinct
// vectors of routine probabilities per period (`units[].profile` into `profiles`) instead of listing its
// own (`units[].probabilities`, the formats v2 and v1, which still verify, reveal and change).

const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
const SEED = county.seed as string;
const goldenText = readFileSync('test/golden/county.schedule.json', 'utf8');
const goldenV2Text = readFileSync('test/golden/county.v2.schedule.json', 'utf8');
const golden = (): Schedule => JSON.parse(goldenText);
const goldenV2 = (): Schedule => JSON.parse(goldenV2Text);
const VERIFIED = { ok: true, status: 'verified', differences: [] };
const END = { asOf: '2026-12-27' };

/** `rows[t][i]` from the vectors of the units, `vectors[i][t]`. */
const rowsOf = (vectors: readonly (readonly number[])[], periods: number) =>
  Array.from({ length: periods }, (_, t) => vectors.map((v) => v[t]!));

/** The replan of the county the replan tests use: a unit added from August, one closed, a risk raised. */
const reorganisation = {
  from: '2026-07-06',
  reason: 'reorganisation',
  changes: {
    add: [{ id: 'ps-new', type: 'police-station', risk: 5, active: { from: '2026-08-01' } }],
    close: ['ci-east'],
    risk: { 'ps-luohe': 8 },
  },
};

/** A substitution of the first inspector of the first visit on or after `from`, on that day. */
function sickLeave(s: Schedule, from: string) {
  const visit = s.visits.find((v) => v.date >= from && v.inspectors.length > 0)!;
  return {
    inspector: visit.inspectors[0]!,
    dates: [visit.date],
    reason: 'sick leave',
    at: `${from}T08:00:00+08:00`,
  };
}

/** profileTable's hash of a one-period vector `[p]`: FNV-1a over the two 32-bit words of the double. */
function hashOf(p: number): number {
  const bits = new Float64Array([p]);
  const [lo, hi] = new Uint32Array(bits.buffer);
  return Math.imul(Math.imul(0x811c9dc5 ^ lo!, 0x01000193) ^ hi!, 0x01000193);
}

/**
 * Two probabilities whose one-period vectors profileTable's hash puts together, so that only the
 * comparison entry by entry tells them apart: 0.5 and a double whose low word is k and whose high word
 * is solved for the same hash (the hash is restated here; were it changed, the pair would merely stop
 * colliding, and the test would still check the grouping).
 */
function collidingPair(): [number, number] {
  const a = 0.5;
  const [lo, hi] = new Uint32Array(new Float64Array([a]).buffer);
  for (let k = 1; k < 1 << 16; k++) {
    const high =
      (hi! ^ Math.imul(0x811c9dc5 ^ lo!, 0x01000193) ^ Math.imul(0x811c9dc5 ^ k, 0x01000193)) >>> 0;
    // a positive double below 1 (exponent below that of 1), not tiny
    if (high < 0x3e000000 || high >= 0x3ff00000) continue;
    const b = new Float64Array(new Uint32Array([k, high]).buffer)[0]!;
    if (hashOf(b) !== hashOf(a)) throw new Error('the restated hash does not collide');
    return [a, b];
  }
  throw new Error('no colliding probability');
}

describe('profileTable', () => {
  it('gives units with equal vectors one profile, numbered in the order units first have them', () => {
    const vectors = [
      [0.5, 0.25, 0],
      [0.1, 0.2, 0.3],
      [0.5, 0.25, 0],
      [0, 0, 0],
      [0.1, 0.2, 0.3],
      [0, 0, 0],
      [0.5, 0.25, 0],
    ];
    const { profiles, profileOf } = profileTable(rowsOf(vectors, 3), vectors.length);
    expect(profiles).toEqual([
      [0.5, 0.25, 0],
      [0.1, 0.2, 0.3],
      [0, 0, 0],
    ]);
    expect(Array.from(profileOf)).toEqual([0, 1, 0, 2, 1, 2, 0]);
  });

  it('takes 0 and -0 as one (JSON writes both as 0), and stores +0', () => {
    const vectors = [
      [-0, 0.5],
      [0, 0.5],
      [0, -0],
    ];
    const { profiles, profileOf } = profileTable(rowsOf(vectors, 2), 3);
    expect(Array.from(profileOf)).toEqual([0, 0, 1]);
    expect(profiles).toHaveLength(2);
    expect(Object.is(profiles[0]![0], 0)).toBe(true);
    expect(Object.is(profiles[1]![1], 0)).toBe(true);
    expect(JSON.stringify(profiles)).toBe('[[0,0.5],[0,0]]');
  });

  it('keeps vectors that are equal up to the last entry (or differ by one ulp) apart', () => {
    const vectors = [
      [0.2, 0.2, 0.2, 0.2],
      [0.2, 0.2, 0.2, 0.3],
      [0.2, 0.2, 0.2, 0.2 + 2 ** -55],
      [0.3, 0.2, 0.2, 0.2],
      [0.2, 0.2, 0.2, 0.3],
    ];
    const { profiles, profileOf } = profileTable(rowsOf(vectors, 4), vectors.length);
    expect(Array.from(profileOf)).toEqual([0, 1, 2, 3, 1]);
    expect(profiles).toEqual(vectors.slice(0, 4));
  });

  it('tells apart vectors whose hashes collide', () => {
    const [a, b] = collidingPair();
    expect(a).not.toBe(b);
    expect(hashOf(a)).toBe(hashOf(b));
    expect(b > 0 && b < 1).toBe(true);
    const { profiles, profileOf } = profileTable([[a, b, a, b, b]], 5);
    expect(profiles).toEqual([[a], [b]]);
    expect(Array.from(profileOf)).toEqual([0, 1, 0, 1, 1]);
  });

  it('handles no units and no periods', () => {
    expect(profileTable([], 0)).toEqual({ profiles: [], profileOf: new Int32Array(0) });
    expect(profileTable([new Float64Array(0)], 0).profiles).toEqual([]);
    // with no period every unit has the empty vector
    const none = profileTable([], 3);
    expect(none.profiles).toEqual([[]]);
    expect(Array.from(none.profileOf)).toEqual([0, 0, 0]);
  });

  it('gives each unit its own vector back, with profiles pairwise distinct and numbered by first use (property)', () => {
    // few distinct values and few distinct vectors, so that most units repeat an earlier vector
    const value = fc.constantFrom(0, -0, 1, 0.5, 0.25, 1 / 3, 2 ** -48, 0.7);
    const arbitrary = fc
      .record({
        periods: fc.integer({ min: 0, max: 6 }),
        distinct: fc.integer({ min: 1, max: 8 }),
        units: fc.integer({ min: 0, max: 60 }),
      })
      .chain(({ periods, distinct, units }) =>
        fc.record({
          vectors: fc.array(fc.array(value, { minLength: periods, maxLength: periods }), {
            minLength: distinct,
            maxLength: distinct,
          }),
          picks: fc.array(fc.nat(distinct - 1), { minLength: units, maxLength: units }),
          periods: fc.constant(periods),
        }),
      );
    fc.assert(
      fc.property(arbitrary, ({ vectors, picks, periods }) => {
        const units = picks.map((k) => vectors[k]!);
        const rows = rowsOf(units, periods).map((row) => Float64Array.from(row));
        const { profiles, profileOf } = profileTable(rows, units.length);
        expect(profileOf).toHaveLength(units.length);
        // unit i's vector, entry by entry equal as numbers (0 == -0)
        units.forEach((v, i) => {
          const profile = profiles[profileOf[i]!]!;
          expect(profile).toHaveLength(periods);
          for (const [t, p] of profile.entries()) expect(p === v[t]).toBe(true);
        });
        // pairwise distinct as numbers
        for (let j = 0; j < profiles.length; j++)
          for (let k = j + 1; k < profiles.length; k++)
            expect(profiles[j]!.every((p, t) => p === profiles[k]![t])).toBe(false);
        // numbered in the order of first use, every profile used
        let next = 0;
        for (const k of profileOf) {
          expect(k).toBeLessThanOrEqual(next);
          if (k === next) next++;
        }
        expect(next).toBe(profiles.length);
        // no -0 is stored: the JSON of a profile is the JSON of any of its units' vectors
        for (const profile of profiles) for (const p of profile) expect(Object.is(p, -0)).toBe(false);
      }),
      { seed: 3333, numRuns: 300 },
    );
  });
});

describe('withProfiles and withoutProfiles', () => {
  const planned = plan(county);
  const replanned = replan(county, planned, reorganisation);

  it('plan and replan write the format v3: a profile per unit, the profiles after the units', () => {
    for (const s of [planned, replanned]) {
      expect(s.manifest.algorithms.seal).toBe(SEAL_ALGORITHM);
      expect(Object.keys(s).slice(0, 4)).toEqual(['manifest', 'periods', 'units', 'profiles']);
      expect(s.units.every((u) => Number.isInteger(u.profile) && u.probabilities === undefined)).toBe(true);
      expect(s.profiles!.every((p) => p.length === s.periods.length)).toBe(true);
    }
    // the added and the closed unit have vectors of their own
    const added = replanned.units.find((u) => u.id === 'ps-new')!;
    const closed = replanned.units.find((u) => u.id === 'ci-east')!;
    expect(replanned.units.filter((u) => u.profile === added.profile)).toEqual([added]);
    expect(replanned.units.filter((u) => u.profile === closed.profile)).toEqual([closed]);
  });

  it('round-trip: withProfiles(withoutProfiles(s)) is s, to the byte, for a planned and a replanned schedule', () => {
    for (const s of [planned, replanned]) {
      const v2 = withoutProfiles(structuredClone(s));
      expect(v2.profiles).toBeUndefined();
      v2.units.forEach((u, i) => {
        expect(u.profile).toBeUndefined();
        expect(u.probabilities).toEqual(unitProbabilities(s, s.units[i]!));
      });
      const back = withProfiles(v2);
      expect(back).toEqual(s);
      expect(JSON.stringify(back)).toBe(JSON.stringify(s));
    }
  });

  it('each leaves a schedule already in its format as it is', () => {
    const v3 = structuredClone(planned);
    expect(withProfiles(v3)).toBe(v3);
    expect(JSON.stringify(v3)).toBe(JSON.stringify(planned));
    const v2 = goldenV2();
    expect(withoutProfiles(v2)).toBe(v2);
    expect(JSON.stringify(v2)).toBe(JSON.stringify(goldenV2()));
  });

  it('withoutProfiles writes exactly the members, and their order, of the v2 format', () => {
    const v2 = goldenV2();
    const converted = withoutProfiles(golden());
    expect(Object.keys(converted)).toEqual(Object.keys(v2));
    converted.units.forEach((u, i) => {
      expect(Object.keys(u)).toEqual(Object.keys(v2.units[i]!));
    });
    expect(Object.keys(converted.units[0]!)).toEqual([
      'id',
      'name',
      'type',
      'probabilities',
      'expectedVisits',
      'visits',
      'campaigns',
      'campaignVisits',
      'directedVisits',
      'followUpVisits',
    ]);
    // a unit without a name or the year's counts: probabilities still between type and expectedVisits
    const unnamed = { ...withoutYear(county), units: county.units.map(({ name: _, ...u }: any) => u) };
    const bare = withoutProfiles(plan(unnamed));
    expect(Object.keys(bare.units[0]!)).toEqual(['id', 'type', 'probabilities', 'expectedVisits', 'visits']);
  });

  it('the golden in the old format is the v2 golden: no visit, count or probability changed with the format', () => {
    const v2 = goldenV2();
    const converted = withoutProfiles(golden());
    // what the format names: the seal label (in algorithms and in the joined algorithm) and the hash
    expect(converted.manifest.algorithms.seal).toBe(SEAL_ALGORITHM);
    expect(v2.manifest.algorithms.seal).toBe(SEAL_V2);
    expect(converted.manifest.algorithm).toBe(v2.manifest.algorithm.replace(SEAL_V2, SEAL_ALGORITHM));
    expect(converted.manifest.scheduleHash).not.toBe(v2.manifest.scheduleHash);
    converted.manifest.algorithms.seal = SEAL_V2;
    converted.manifest.algorithm = v2.manifest.algorithm;
    converted.manifest.scheduleHash = v2.manifest.scheduleHash;
    expect(converted).toEqual(v2);
    // and to the byte, as the golden files are written
    expect(`${JSON.stringify(converted, null, 2)}\n`).toBe(goldenV2Text);
  });

  it('inSealFormat puts a schedule in each format, and back: v2 and v1 list probabilities, v1 drops the names', () => {
    const v2 = inSealFormat(structuredClone(planned), SEAL_V2);
    const v1 = inSealFormat(structuredClone(planned), SEAL_V1);
    for (const [s, format] of [
      [v2, SEAL_V2],
      [v1, SEAL_V1],
    ] as const) {
      expect(s.manifest.algorithms.seal).toBe(format);
      expect(s.manifest.algorithm).toBe(planned.manifest.algorithm.replace(SEAL_ALGORITHM, format));
      expect(s.profiles).toBeUndefined();
      expect(s.units.map((u) => u.probabilities)).toEqual(
        planned.units.map((u) => unitProbabilities(planned, u)),
      );
    }
    expect(v2.units.map((u) => u.name)).toEqual(planned.units.map((u) => u.name));
    expect(v1.units.every((u) => u.name === undefined)).toBe(true);
    expect(v1.inspectors.every((x) => x.name === undefined)).toBe(true);
    // back in v3: the v2 schedule is the planned one; the v1 one has lost its names only
    expect(inSealFormat(v2, SEAL_ALGORITHM)).toEqual(planned);
    const back = inSealFormat(v1, SEAL_ALGORITHM);
    expect(back.profiles).toEqual(planned.profiles);
    expect(back.units.map(({ name: _, ...u }) => u)).toEqual(planned.units.map(({ name: _, ...u }) => u));
  });

  it('the v2 golden put into v3 and sealed is the v3 golden, to the byte', () => {
    const converted = sealSchedule(inSealFormat(goldenV2(), SEAL_ALGORITHM), SEED);
    expect(converted).toEqual(golden());
    expect(`${JSON.stringify(converted, null, 2)}\n`).toBe(goldenText);
  });
});

describe('readSchedule refuses a schedule whose probabilities are in neither format, naming the field', () => {
  /** The FairdrawError of reading `s`, checked to be written in Chinese too. */
  function refusal(s: unknown): FairdrawError {
    try {
      readSchedule(s);
    } catch (e) {
      expect(e).toBeInstanceOf(FairdrawError);
      const error = e as FairdrawError;
      expect(error.code).toBe('invalid-input');
      const zh = error.messageIn('zh-CN');
      expect(zh.startsWith(`${error.path}: `)).toBe(true);
      expect(zh).toMatch(/[\u3400-\u9fff]/);
      expect(zh).not.toBe(error.message);
      return error;
    }
    throw new Error('readSchedule accepted it');
  }
  const v3 = () => golden() as any;
  const v2 = () => goldenV2() as any;

  it('both formats read', () => {
    expect(readSchedule(golden()).profiles).toHaveLength(13);
    expect(readSchedule(goldenV2()).profiles).toBeUndefined();
  });

  it.each([
    [
      'a v3 unit that lists its probabilities too',
      () => {
        const s = v3();
        s.units[2].probabilities = s.profiles[s.units[2].profile];
        return s;
      },
      'schedule.units[2].probabilities',
      /must be left out: a schedule with `profiles` gives each unit's probabilities by `profile` alone/,
      /应当删去/,
    ],
    [
      'a v3 unit with neither',
      () => {
        const s = v3();
        delete s.units[2].profile;
        return s;
      },
      'schedule.units[2].profile',
      /must be the index of one of the schedule's 13 profiles/,
      /13 个概率组之一的序号/,
    ],
    [
      'a v2 unit with neither',
      () => {
        const s = v2();
        delete s.units[2].probabilities;
        return s;
      },
      'schedule.units[2].probabilities',
      /is missing: a schedule without `profiles` lists each unit's routine probabilities/,
      /缺少/,
    ],
    [
      'a v2 unit with one probability too few',
      () => {
        const s = v2();
        s.units[2].probabilities.pop();
        return s;
      },
      'schedule.units[2].probabilities',
      /has 50 values for 51 periods/,
      /有 50 个值，而周期有 51 个/,
    ],
    [
      'a profile out of range',
      () => {
        const s = v3();
        s.units[2].profile = 13;
        return s;
      },
      'schedule.units[2].profile',
      /must be the index of one of the schedule's 13 profiles/,
      /13 个概率组之一的序号/,
    ],
    [
      'a negative profile',
      () => {
        const s = v3();
        s.units[2].profile = -1;
        return s;
      },
      'schedule.units[2].profile',
      /must be >= 0/,
      /不得小于 0/,
    ],
    [
      'a profile that is not an integer',
      () => {
        const s = v3();
        s.units[2].profile = 1.5;
        return s;
      },
      'schedule.units[2].profile',
      /must be an integer/,
      /必须是整数/,
    ],
    [
      'a profile of the wrong length',
      () => {
        const s = v3();
        s.profiles[4].push(0);
        return s;
      },
      'schedule.profiles[4]',
      /has 52 values for 51 periods/,
      /有 52 个值，而周期有 51 个/,
    ],
    [
      'a probability above 1 in a profile',
      () => {
        const s = v3();
        s.profiles[4][9] = 1.25;
        return s;
      },
      'schedule.profiles[4][9]',
      /must be <= 1/,
      /不得大于 1/,
    ],
    [
      'a profile in a schedule without profiles',
      () => {
        const s = v2();
        s.units[2].profile = 0;
        return s;
      },
      'schedule.units[2].profile',
      /names a profile, but the schedule has no `profiles`/,
      /指向一个概率组，但督察日程没有 `profiles`/,
    ],
    [
      'profiles that are not a list of lists',
      () => {
        const s = v3();
        s.profiles = [0.5];
        return s;
      },
      'schedule.profiles[0]',
      /expected array, received number/,
      /应为列表/,
    ],
  ])('%s', (_name, make, path, english, chinese) => {
    const error = refusal(make());
    expect(error.path).toBe(path);
    expect(error.message).toMatch(english);
    expect(error.messageIn('zh-CN')).toMatch(chinese);
  });
});

describe('schedules of the earlier formats', () => {
  const v2 = goldenV2();

  it('the v2 golden is v2: each unit lists its probabilities, no profiles, and it verifies', () => {
    expect(v2.manifest.algorithms.seal).toBe(SEAL_V2);
    expect(v2.profiles).toBeUndefined();
    expect(
      v2.units.every((u) => u.probabilities?.length === v2.periods.length && u.profile === undefined),
    ).toBe(true);
    expect(verify(county, v2)).toEqual(VERIFIED);
    // the same draws as the golden plan writes now, unit by unit
    const v3 = golden();
    v2.units.forEach((u, i) => {
      expect(unitProbabilities(v2, u)).toEqual(unitProbabilities(v3, v3.units[i]!));
    });
  });

  it('a v2 schedule reveals in v2, checked against its own hash; a reveal relabelled to another format is not', () => {
    const hash = v2.manifest.scheduleHash;
    for (const k of [0, 9, 50]) {
      const reveal = revealPeriod(county, v2, k, END);
      expect(reveal.seal).toBe(SEAL_V2);
      expect(reveal.names).toBeDefined();
      expect(verifyPeriod(JSON.parse(JSON.stringify(reveal)), hash)).toEqual(VERIFIED);
      // the same leaf under the v3 head: the label is bound by the head
      expect(verifyPeriod({ ...reveal, seal: SEAL_ALGORITHM }, hash).differences.map((d) => d.path)).toEqual([
        'scheduleHash',
      ]);
      // v3 and v2 period leaves are the same, and their heads are not
      const current = revealPeriod(county, golden(), k, END);
      expect({ ...current, proof: [] }).toEqual({ ...reveal, seal: SEAL_ALGORITHM, proof: [] });
      expect(verifyPeriod(current, hash).ok).toBe(false);
    }
    const summary = revealSummary(county, v2, END);
    expect(summary.seal).toBe(SEAL_V2);
    expect(verifyPeriod(summary, hash)).toEqual(VERIFIED);
    const units = summary.summary.units as { probabilities?: number[] }[];
    expect(units[0]!.probabilities).toHaveLength(51);
    expect(verifyPeriod(revealSummary(county, golden(), END), hash).ok).toBe(false);
  });

  it('a substitution keeps a v2 schedule in v2, and it verifies', () => {
    const substituted = substitute(county, v2, sickLeave(v2, '2026-03-02'));
    expect(substituted.manifest.algorithms.seal).toBe(SEAL_V2);
    expect(substituted.manifest.algorithm).toContain(`seal=${SEAL_V2}`);
    expect(substituted.profiles).toBeUndefined();
    expect(substituted.units.map((u) => u.probabilities)).toEqual(v2.units.map((u) => u.probabilities));
    expect(substituted.log.map((e) => e.before)).toEqual([v2.manifest.scheduleHash]);
    expect(verify(county, substituted)).toEqual(VERIFIED);
    // in the v2 layout: the same members, in the same order, as the v2 golden
    expect(Object.keys(substituted)).toEqual(Object.keys(v2));
    expect(substituted.units.map((u) => Object.keys(u))).toEqual(v2.units.map((u) => Object.keys(u)));
  });

  it('a log written by a library that wrote v2 replans verifies: each entry replays in the format its successor names', () => {
    // a replan as the library of v2 wrote it (the draws of today's replan, in v2), then a
    // substitution, which keeps v2
    const replanned = sealSchedule(inSealFormat(replan(county, v2, reorganisation), SEAL_V2), SEED);
    expect(verify(county, replanned)).toEqual(VERIFIED);
    const substituted = substitute(county, replanned, sickLeave(replanned, '2026-09-01'));
    expect(substituted.manifest.algorithms.seal).toBe(SEAL_V2);
    expect(substituted.log.map((e) => e.before)).toEqual([
      v2.manifest.scheduleHash,
      replanned.manifest.scheduleHash,
    ]);
    expect(verify(county, substituted)).toEqual(VERIFIED);
    // a replan of it now writes v3, and the whole log still replays
    const again = replan(county, substituted, {
      from: '2026-10-05',
      reason: 'risk review',
      changes: { risk: { 'ps-xiaji': 7 } },
    });
    expect(again.manifest.algorithms.seal).toBe(SEAL_ALGORITHM);
    expect(verify(county, again)).toEqual(VERIFIED);
    // and a change to the v2 schedule is named at the unit's own list
    const tampered = structuredClone(substituted);
    tampered.units[4]!.probabilities![40] = 0.5;
    expect(verify(county, tampered).differences.map((d) => d.path)).toEqual(['units[4].probabilities[40]']);
  });

  it('a replan of a v2 schedule writes v3, and it verifies (the log replays in the format each entry names)', () => {
    const replanned = replan(county, v2, reorganisation);
    expect(replanned.manifest.algorithms.seal).toBe(SEAL_ALGORITHM);
    expect(replanned.units.every((u) => u.probabilities === undefined && u.profile !== undefined)).toBe(true);
    expect(replanned.log.map((e) => e.before)).toEqual([v2.manifest.scheduleHash]);
    expect(verify(county, replanned)).toEqual(VERIFIED);
    // the same draws as the replan of the v3 golden: only the hash before it, and so the seal, differ
    const current = replan(county, golden(), reorganisation);
    expect(current.log[0]!.before).toBe(golden().manifest.scheduleHash);
    const withoutHashes = (s: Schedule) => {
      const copy = structuredClone(s);
      for (const entry of copy.log) delete entry.before;
      copy.manifest.scheduleHash = '';
      return copy;
    };
    expect(withoutHashes(replanned)).toEqual(withoutHashes(current));
  });

  it.each([
    ['v2', SEAL_V2, 'test/golden/county.v2.schedule.json'],
    ['v1', SEAL_V1, 'test/golden/county.v1.schedule.json'],
  ] as [string, SealFormat, string][])(
    'a %s schedule substituted, then replanned, then substituted again verifies; a change to it is named',
    (_name, format, file) => {
      const old: Schedule = JSON.parse(readFileSync(file, 'utf8'));
      expect(old.manifest.algorithms.seal).toBe(format);
      const once = substitute(county, old, sickLeave(old, '2026-03-02'));
      expect(once.manifest.algorithms.seal).toBe(format);
      expect(verify(county, once)).toEqual(VERIFIED);
      const replanned = replan(county, once, reorganisation);
      expect(replanned.manifest.algorithms.seal).toBe(SEAL_ALGORITHM);
      expect(verify(county, replanned)).toEqual(VERIFIED);
      const twice = substitute(county, replanned, sickLeave(replanned, '2026-09-01'));
      expect(twice.manifest.algorithms.seal).toBe(SEAL_ALGORITHM);
      expect(twice.profiles).toBeDefined();
      expect(twice.log.map((e) => e.kind)).toEqual(['substitution', 'replan', 'substitution']);
      expect(twice.log.map((e) => e.before)).toEqual([
        old.manifest.scheduleHash,
        once.manifest.scheduleHash,
        replanned.manifest.scheduleHash,
      ]);
      expect(verify(county, twice)).toEqual(VERIFIED);
      // tampered: a profile's entry, named at its place
      const tampered = structuredClone(twice);
      const k = tampered.units[5]!.profile!;
      tampered.profiles![k]![40] = 0.5;
      const result = verify(county, tampered);
      expect(result.status).toBe('different');
      expect(result.differences.map((d) => d.path)).toEqual([`profiles[${k}][40]`]);
    },
  );
});

describe('the size of a schedule in the format v3', () => {
  const TYPES = Array.from({ length: 20 }, (_, k) => `type-${String(k + 1).padStart(2, '0')}`);
  /** 2,000 units of 20 types, risk 1 to 4, weekly for 52 weeks; every other setting the default. */
  function input(): PlanInput {
    const g = createRng('fairdraw-test-profiles-size');
    return {
      seed: 'fairdraw-test-profiles-size-seed',
      horizon: { start: '2026-01-05', end: '2027-01-03', zone: 'Asia/Shanghai', period: 'week' },
      units: Array.from({ length: 2000 }, (_, i) => ({
        id: `u-${i}`,
        type: TYPES[uniformInt(g, TYPES.length)]!,
        risk: 1 + uniformInt(g, 4),
      })),
      routine: { visitsPerPeriod: 40 },
    };
  }

  it('lists a few hundred profiles at most, and its JSON is a fraction of the same schedule in v2', () => {
    const schedule = plan(input());
    expect(schedule.periods).toHaveLength(52);
    expect(schedule.units).toHaveLength(2000);
    const profiles = schedule.profiles!;
    expect(profiles.length).toBeGreaterThanOrEqual(4);
    expect(profiles.length).toBeLessThanOrEqual(300);
    const v3 = JSON.stringify(schedule);
    const v2 = JSON.stringify(withoutProfiles(structuredClone(schedule)));
    expect(v3.length / v2.length).toBeLessThan(0.2);
  });
});
