// An independent checker of the seal, written from docs/spec.md §5 ("The seal", "Schedule format 3",
// "Earlier versions"), §6 ("Reveals"), §8 ("The schedule JSON") and the byte formats table of
// docs/audit.md §2 alone. It imports nothing from src/: SHA-256 is node:crypto's, and the canonical
// JSON writer, the RFC 6962 Merkle tree hash, the audit path and its check are written here.
//
// Salts. §5 gives `salt_k = deriveSeed(seed, "reveal-salt", k)  (§2; k as an integer, tag "n")` and
// `salt_S = deriveSeed(seed, "reveal-salt", "summary")  ("summary" as a string, tag "s")`; the audit
// table's `periodSalt` row says only "the sub-seed format of spec.md §2". Neither the sections read
// here nor the table define deriveSeed or the tags "n"/"s", so the salts are not derived here: the
// vector files' recorded salts are used, and the county goldens' leaves, root and head cannot be
// recomputed (their salt-independent parts are checked instead).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const root = new URL('../../', import.meta.url);
const load = (path: string): any => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

// ---------------------------------------------------------------------------------------------------
// RFC 8785 canonical JSON, for plain parsed JSON data.
//
// Simpler than RFC 8785 in these ways, none of which matters for schedules read with JSON.parse:
// - numbers are written by JSON.stringify, which for finite doubles is ECMAScript Number-to-String,
//   exactly RFC 8785 §3.2.2.3 (and -0 is written 0, as RFC 8785 does); non-finite numbers throw,
//   as JSON.parse never yields them;
// - strings are written by JSON.stringify, which escapes exactly what RFC 8785 §3.2.2.2 escapes
//   (", \, U+0000..U+001F with \b \t \n \f \r short forms, the rest \u00xx lowercase) and leaves all
//   other characters as they are. A lone surrogate, which RFC 8785 (I-JSON) rejects, is escaped as
//   \udxxx by JSON.stringify instead of rejected; the files here are valid UTF-8, so hold none
//   (canon below throws on one, so none goes by unnoticed);
// - no undefined, functions, symbols, BigInt or toJSON objects can come out of JSON.parse, so
//   they are not handled;
// - member names are sorted by UTF-16 code units (JavaScript's default sort), as RFC 8785 §3.2.3.
// ---------------------------------------------------------------------------------------------------
function canon(value: Json): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('canon: non-finite number');
    return JSON.stringify(value);
  }
  if (typeof value === 'string') {
    if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value)) {
      throw new Error('canon: lone surrogate');
    }
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return '[' + value.map(canon).join(',') + ']';
  const keys = Object.keys(value).sort();
  return '{' + keys.map((k) => JSON.stringify(k) + ':' + canon(value[k] as Json)).join(',') + '}';
}

// ---------------------------------------------------------------------------------------------------
// Hashes and byte formats (audit.md §2).
// ---------------------------------------------------------------------------------------------------
type Bytes = Buffer;
const Z = Buffer.from([0]);
const utf8 = (s: string): Bytes => Buffer.from(s, 'utf8');
const H = (...parts: Bytes[]): Bytes => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};
const hex = (b: Bytes): string => b.toString('hex');

type SealVersion = 1 | 2 | 3;
const SEALS: Record<string, SealVersion> = {
  'fairdraw/seal/v3+rfc6962': 3,
  'fairdraw/seal/v2+rfc6962': 2,
  'fairdraw/seal/v1+rfc6962': 1,
};

/** The salt is written as its hex text (audit.md §2 notes: "hashes and salts are hex"). */
function periodLeaf(version: SealVersion, salt: string, k: number, periodText: string): Bytes {
  const label = version === 1 ? 'fairdraw/period/v1' : 'fairdraw/period/v2';
  return H(Z, utf8(label), Z, utf8(salt), Z, utf8(String(k)), Z, utf8(periodText));
}
function summaryLeaf(salt: string, summaryText: string): Bytes {
  return H(Z, utf8('fairdraw/summary/v1'), Z, utf8(salt), Z, utf8(summaryText));
}
function head(version: SealVersion, n: number, rootHash: Bytes): string {
  return hex(H(utf8(`fairdraw/seal/v${version}`), Z, utf8(String(n)), Z, utf8(hex(rootHash))));
}

// ---------------------------------------------------------------------------------------------------
// RFC 6962 §2.1 Merkle tree over leaf hashes (each leaf_k already is H(0x00 || ...)); an inner node
// is H(0x01 || left || right).
// ---------------------------------------------------------------------------------------------------
const node = (l: Bytes, r: Bytes): Bytes => H(Buffer.from([1]), l, r);
/** The largest power of two smaller than n (n > 1). */
const split = (n: number): number => {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
};
function mth(leaves: Bytes[]): Bytes {
  if (leaves.length === 0) return H();
  if (leaves.length === 1) return leaves[0]!;
  const k = split(leaves.length);
  return node(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}
/** RFC 6962 §2.1.1 PATH(m, D[n]), bottom-up, each entry the sibling's side and hash. */
function auditPath(m: number, leaves: Bytes[]): string[] {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  return m < k
    ? [...auditPath(m, leaves.slice(0, k)), 'R:' + hex(mth(leaves.slice(k)))]
    : [...auditPath(m - k, leaves.slice(k)), 'L:' + hex(mth(leaves.slice(0, k)))];
}
/**
 * Walks a proof from leaf `index` of a tree of `size` leaves to the root (RFC 9162 §2.1.3.2), and
 * insists that its length and every side are those the index and size imply.
 */
function walk(leaf: Bytes, index: number, size: number, proof: string[]): Bytes {
  if (!Number.isInteger(index) || !Number.isInteger(size) || index < 0 || index >= size) {
    throw new Error('index out of range');
  }
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const entry of proof) {
    const m = /^([LR]):([0-9a-f]{64})$/.exec(entry);
    if (!m) throw new Error(`bad proof entry ${entry}`);
    const p = Buffer.from(m[2]!, 'hex');
    if (sn === 0) throw new Error('proof too long');
    if (fn % 2 === 1 || fn === sn) {
      if (m[1] !== 'L') throw new Error('wrong side');
      r = node(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      if (m[1] !== 'R') throw new Error('wrong side');
      r = node(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  if (sn !== 0) throw new Error('proof too short');
  return r;
}

// ---------------------------------------------------------------------------------------------------
// The seal's pieces (spec.md §5).
// ---------------------------------------------------------------------------------------------------
const sealOf = (schedule: any): SealVersion => {
  const v = SEALS[schedule.manifest.algorithms.seal];
  if (!v) throw new Error('unknown seal');
  return v;
};

function periodVisits(schedule: any, k: number): any[] {
  return schedule.visits.filter((v: any) => v.period === k);
}

/** N_k: the first element with that id, only a string name, ids in first-seen order (canon sorts). */
function periodNames(
  schedule: any,
  visits: any[],
): { units: Record<string, string>; inspectors: Record<string, string> } {
  const units: Record<string, string> = {};
  const inspectors: Record<string, string> = {};
  for (const v of visits) {
    const u = schedule.units.find((x: any) => x.id === v.unit);
    if (u && typeof u.name === 'string') units[v.unit] = u.name;
    for (const id of v.inspectors) {
      const i = schedule.inspectors.find((x: any) => x.id === id);
      if (i && typeof i.name === 'string') inspectors[id] = i.name;
    }
  }
  return { units, inspectors };
}

function periodText(schedule: any, k: number): string {
  const visits = periodVisits(schedule, k);
  if (sealOf(schedule) === 1) return canon(visits);
  return canon({ names: periodNames(schedule, visits), visits });
}

function summaryOf(schedule: any): any {
  const s = structuredClone(schedule);
  s.manifest.scheduleHash = '';
  s.visits = schedule.visits.map((v: any) => v.period);
  return s;
}

function checkPeriods(schedule: any): number {
  const T = schedule.periods.length;
  expect(T).toBeGreaterThanOrEqual(1);
  expect(schedule.manifest.periods).toBe(T);
  for (const v of schedule.visits) {
    expect(Number.isInteger(v.period) && v.period >= 0 && v.period < T).toBe(true);
  }
  return T;
}

function sealLeaves(schedule: any, salts: string[], summarySalt: string): Bytes[] {
  const T = checkPeriods(schedule);
  const version = sealOf(schedule);
  const leaves: Bytes[] = [];
  for (let k = 0; k < T; k++) leaves.push(periodLeaf(version, salts[k]!, k, periodText(schedule, k)));
  leaves.push(summaryLeaf(summarySalt, canon(summaryOf(schedule))));
  return leaves;
}

// ---------------------------------------------------------------------------------------------------
// Reveals (spec.md §6).
// ---------------------------------------------------------------------------------------------------
function buildPeriodReveal(schedule: any, k: number, salt: string, leaves: Bytes[]): any {
  const visits = periodVisits(schedule, k);
  const reveal: any = {
    seal: schedule.manifest.algorithms.seal,
    period: k,
    leaves: leaves.length,
    salt,
    visits,
  };
  if (sealOf(schedule) !== 1) reveal.names = periodNames(schedule, visits);
  reveal.proof = auditPath(k, leaves);
  return reveal;
}

const isStringRecord = (x: unknown): boolean =>
  typeof x === 'object' &&
  x !== null &&
  !Array.isArray(x) &&
  Object.values(x).every((v) => typeof v === 'string');

/** verifyPeriod as §6 describes it, without `outcomes`. Throws on any misfit; returns true. */
function verifyPeriod(reveal: any, scheduleHash: string): true {
  const version = SEALS[reveal.seal];
  if (!version) throw new Error('unsupported');
  const allowed = [
    'seal',
    'period',
    'leaves',
    'salt',
    'visits',
    'proof',
    ...(version === 1 ? [] : ['names']),
  ];
  for (const key of Object.keys(reveal)) {
    if (!allowed.includes(key)) throw new Error(`uncovered member ${key}`);
  }
  const { period: k, leaves, salt, visits, proof } = reveal;
  if (!Number.isInteger(k) || !Number.isInteger(leaves) || k < 0 || k >= leaves - 1) {
    throw new Error('bad period');
  }
  if (typeof salt !== 'string' || !Array.isArray(visits) || !Array.isArray(proof))
    throw new Error('bad reveal');
  for (const v of visits) if (v.period !== k) throw new Error('visit of another period');
  let text: string;
  if (version === 1) {
    text = canon(visits);
  } else {
    const names = reveal.names;
    if (
      typeof names !== 'object' ||
      names === null ||
      Object.keys(names).sort().join() !== 'inspectors,units' ||
      !isStringRecord(names.units) ||
      !isStringRecord(names.inspectors)
    ) {
      throw new Error('reveal.names');
    }
    text = canon({ names, visits });
  }
  const rootHash = walk(periodLeaf(version, salt, k, text), k, leaves, proof);
  if (head(version, leaves, rootHash) !== scheduleHash) throw new Error('head mismatch');
  return true;
}

// ---------------------------------------------------------------------------------------------------
// Format 3 reading (spec.md §5 "Schedule format 3", §8 `profiles`, `units[]`).
// ---------------------------------------------------------------------------------------------------
const sameVector = (a: number[], b: number[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]); // === treats 0 and -0 as one
const sumLeftToRight = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

function unitVector(schedule: any, i: number): number[] {
  const u = schedule.units[i];
  if (schedule.profiles !== undefined) {
    expect(u).not.toHaveProperty('probabilities');
    return schedule.profiles[u.profile];
  }
  expect(u).not.toHaveProperty('profile');
  return u.probabilities;
}

function checkFormat3(schedule: any): void {
  const T = schedule.periods.length;
  const profiles: number[][] = schedule.profiles;
  expect(Array.isArray(profiles)).toBe(true);
  // each of length T, numbers in [0, 1], no -0 written
  for (const p of profiles) {
    expect(p).toHaveLength(T);
    for (const x of p) {
      expect(typeof x).toBe('number');
      expect(x >= 0 && x <= 1).toBe(true);
      expect(Object.is(x, -0)).toBe(false);
    }
  }
  // pairwise distinct as numbers
  for (let a = 0; a < profiles.length; a++) {
    for (let b = a + 1; b < profiles.length; b++) expect(sameVector(profiles[a]!, profiles[b]!)).toBe(false);
  }
  // in order of first use by units, every profile used
  let next = 0;
  for (const u of schedule.units) {
    expect(Number.isInteger(u.profile)).toBe(true);
    expect(u.profile).toBeLessThanOrEqual(next);
    if (u.profile === next) next++;
    expect(u).not.toHaveProperty('probabilities');
  }
  expect(next).toBe(profiles.length);
  // expectedVisits is the left-to-right sum from 0, exactly
  schedule.units.forEach((u: any, i: number) => {
    expect(u.expectedVisits).toBe(sumLeftToRight(unitVector(schedule, i)));
  });
}

/** §8 types[].expected: per period, the sum over the type's units in units order, left to right from 0. */
function checkTypeExpectations(schedule: any): void {
  const T = schedule.periods.length;
  for (const type of schedule.types) {
    const idx = schedule.units
      .map((u: any, i: number) => (u.type === type.type ? i : -1))
      .filter((i: number) => i >= 0);
    expect(type.units).toBe(idx.length);
    for (let t = 0; t < T; t++) {
      expect(type.expected[t]).toBe(idx.reduce((s: number, i: number) => s + unitVector(schedule, i)[t]!, 0));
    }
  }
}

/** v2 and v3 of the same draw: the same vectors unit by unit, the rest equal but seal and profiles. */
function checkSameDraw(v2: any, v3: any): void {
  expect(v2.units).toHaveLength(v3.units.length);
  v2.units.forEach((u2: any, i: number) => {
    const vec = unitVector(v3, i);
    expect(u2.probabilities).toHaveLength(vec.length);
    u2.probabilities.forEach((x: number, t: number) => {
      expect(x === vec[t]).toBe(true);
    });
    const { probabilities: _p, ...rest2 } = u2;
    const { profile: _q, ...rest3 } = v3.units[i];
    expect(rest2).toEqual(rest3);
  });
  const strip = (s: any): any => {
    const c = structuredClone(s);
    c.units = undefined;
    c.profiles = undefined;
    c.manifest.scheduleHash = undefined;
    c.manifest.algorithm = undefined;
    c.manifest.algorithms.seal = undefined;
    return c;
  };
  expect(strip(v2)).toEqual(strip(v3));
  expect(
    v2.manifest.algorithm.replace('seal=fairdraw/seal/v2+rfc6962', 'seal=fairdraw/seal/v3+rfc6962'),
  ).toBe(v3.manifest.algorithm);
}

// ---------------------------------------------------------------------------------------------------
// The tests.
// ---------------------------------------------------------------------------------------------------
describe('own primitives', () => {
  it('canonical JSON sorts by UTF-16 code units and writes numbers as ECMAScript does', () => {
    expect(canon({ b: 1, a: [1e21, 0.1, -0, 1e-7], '\u{1D538}': 1, '\uFB00': 2 } as Json)).toBe(
      '{"a":[1e+21,0.1,0,1e-7],"b":1,"\u{1D538}":1,"\uFB00":2}',
    );
    expect(canon('\u0000"\\\u001f\u00e9')).toBe('"\\u0000\\"\\\\\\u001fé"');
  });
  it('RFC 6962 paths walk back to the root for every size and index', () => {
    for (let n = 1; n <= 17; n++) {
      const leaves = Array.from({ length: n }, (_, i) => H(Z, utf8(String(i))));
      const r = mth(leaves);
      for (let m = 0; m < n; m++) {
        const p = auditPath(m, leaves);
        expect(walk(leaves[m]!, m, n, p).equals(r)).toBe(true);
        if (p.length > 0) {
          const flipped = [...p];
          flipped[0] = (p[0]!.startsWith('L') ? 'R' : 'L') + p[0]!.slice(1);
          expect(() => walk(leaves[m]!, m, n, flipped)).toThrow();
          expect(() => walk(leaves[m]!, m, n, p.slice(1))).toThrow();
        }
        expect(() => walk(leaves[m]!, m, n, [...p, 'L:' + hex(r)])).toThrow();
      }
    }
  });
});

describe.each([
  ['seal-v3.json', 3 as SealVersion],
  ['seal-v2.json', 2 as SealVersion],
])('test/vectors/audit/%s from the spec', (file, version) => {
  const vec = load(`test/vectors/audit/${file}`);
  const schedule = vec.schedule;
  const T = schedule.periods.length;
  const salts: string[] = vec.periods.map((p: any) => p.salt);

  it('records the seal it claims, and the commit-reveal values of the byte formats table', () => {
    expect(sealOf(schedule)).toBe(version);
    expect(vec.leaves).toBe(T + 1);
    expect(vec.periods.map((p: any) => p.index)).toEqual([...Array(T).keys()]);
    const seed = vec.input.seed;
    expect(hex(H(utf8('fairdraw/commit/v1'), Z, utf8(seed.secret)))).toBe(seed.commitment);
    expect(schedule.manifest.seedCommitment).toBe(seed.commitment);
    expect(schedule.manifest.seedPublic).toBe(seed.public);
    expect(schedule.manifest.inputHash).toBe(vec.inputHash);
    // inputHash: UTF-8(canonicalJson(input without its top-level "seed")), the input with its defaults
    const { seed: _seed, ...unseeded } = vec.inputWithDefaults;
    expect(hex(H(utf8(canon(unseeded))))).toBe(vec.inputHash);
    // effectiveSeed: "fairdraw/effective-seed/v1" || 0x00 || secret || 0x00 || public || 0x00 || inputHash
    expect(
      hex(
        H(
          utf8('fairdraw/effective-seed/v1'),
          Z,
          utf8(seed.secret),
          Z,
          utf8(seed.public),
          Z,
          utf8(vec.inputHash),
        ),
      ),
    ).toBe(vec.effectiveSeed);
    for (const s of [...salts, vec.summary.salt]) expect(s).toMatch(/^[0-9a-f]{64}$/);
  });

  it('every period text, leaf and proof, the summary, the root and the head', () => {
    const leaves = sealLeaves(schedule, salts, vec.summary.salt);
    for (let k = 0; k < T; k++) {
      expect(periodText(schedule, k)).toBe(vec.periods[k].periodCanonicalJson);
      expect(hex(leaves[k]!)).toBe(vec.periods[k].leaf);
      expect(auditPath(k, leaves)).toEqual(vec.periods[k].proof);
    }
    expect(canon(summaryOf(schedule))).toBe(vec.summary.canonicalJson);
    expect(hex(leaves[T]!)).toBe(vec.summary.leaf);
    expect(auditPath(T, leaves)).toEqual(vec.summary.proof);
    const r = mth(leaves);
    expect(hex(r)).toBe(vec.root);
    expect(head(version, T + 1, r)).toBe(vec.scheduleHash);
    expect(schedule.manifest.scheduleHash).toBe(vec.scheduleHash);
    // the recorded proofs walk to the root
    for (let k = 0; k <= T; k++) {
      const proof = k < T ? vec.periods[k].proof : vec.summary.proof;
      expect(walk(leaves[k]!, k, T + 1, proof).equals(r)).toBe(true);
    }
  });

  it('the schedule reading of its format', () => {
    if (version === 3) checkFormat3(schedule);
    else expect(schedule).not.toHaveProperty('profiles');
    schedule.units.forEach((u: any, i: number) => {
      expect(u.expectedVisits).toBe(sumLeftToRight(unitVector(schedule, i)));
    });
    checkTypeExpectations(schedule);
  });

  it('a period reveal built by hand verifies as §6 says, and tampering fails', () => {
    const leaves = sealLeaves(schedule, salts, vec.summary.salt);
    for (let k = 0; k < T; k++) {
      const reveal = buildPeriodReveal(schedule, k, salts[k]!, leaves);
      expect(Object.keys(reveal)).toEqual(['seal', 'period', 'leaves', 'salt', 'visits', 'names', 'proof']);
      expect(verifyPeriod(reveal, vec.scheduleHash)).toBe(true);
      // a JSON round trip (as a published reveal is read back) changes nothing
      expect(verifyPeriod(JSON.parse(JSON.stringify(reveal)), vec.scheduleHash)).toBe(true);
    }
    const k = vec.periods.findIndex((p: any) => JSON.parse(p.periodCanonicalJson).visits.length > 0);
    expect(k).toBeGreaterThanOrEqual(0);
    const good = buildPeriodReveal(schedule, k, salts[k]!, leaves);
    const bad = (f: (r: any) => void) => {
      const r = structuredClone(good);
      f(r);
      return () => verifyPeriod(r, vec.scheduleHash);
    };
    expect(bad((r) => (r.visits[0].date = '2000-01-01'))).toThrow();
    expect(bad((r) => r.visits.pop())).toThrow();
    expect(bad((r) => (r.names.units[r.visits[0].unit] = 'someone else'))).toThrow();
    expect(bad((r) => (r.names.units.extra = 'added'))).toThrow();
    expect(bad((r) => (r.names.other = {}))).toThrow('reveal.names');
    expect(bad((r) => (r.names.units = { a: 1 }))).toThrow('reveal.names');
    expect(bad((r) => (r.extra = 1))).toThrow('uncovered member');
    expect(bad((r) => (r.salt = vec.summary.salt))).toThrow();
    expect(bad((r) => (r.leaves = r.leaves + 1))).toThrow();
    expect(bad((r) => (r.seal = 'fairdraw/seal/v9+rfc6962'))).toThrow('unsupported');
    expect(bad((r) => (r.proof = [...r.proof].reverse()))).toThrow();
    expect(bad((r) => (r.visits[0].period = k + 1))).toThrow('visit of another period');
    expect(() => verifyPeriod(good, '0'.repeat(64))).toThrow('head mismatch');
    // the other seal version's head label does not verify
    expect(
      bad((r) => (r.seal = version === 3 ? 'fairdraw/seal/v2+rfc6962' : 'fairdraw/seal/v3+rfc6962')),
    ).toThrow();
  });
});

describe('seal-v2.json and seal-v3.json are the same draw', () => {
  it('the v2 units[i].probabilities are the v3 vectors, unit by unit; the period leaves agree', () => {
    const v2 = load('test/vectors/audit/seal-v2.json');
    const v3 = load('test/vectors/audit/seal-v3.json');
    checkSameDraw(v2.schedule, v3.schedule);
    // same period texts, salts and leaves; the proofs differ only where they carry the summary's leaf
    const strip = (ps: any[]) => ps.map(({ proof: _proof, ...rest }: any) => rest);
    expect(strip(v2.periods)).toEqual(strip(v3.periods));
    expect(v2.summary.salt).toBe(v3.summary.salt);
  });
});

describe('the county goldens (salts not derivable from the sections read; see the header)', () => {
  const v3 = load('test/golden/county.schedule.json');
  const v2 = load('test/golden/county.v2.schedule.json');
  const plan = load('examples/county.json');

  it('are sealed in the formats they claim, over T = periods.length, with valid periods', () => {
    expect(typeof plan.seed).toBe('string'); // the master seed is then the plain seed itself (§5)
    expect(sealOf(v3)).toBe(3);
    expect(sealOf(v2)).toBe(2);
    for (const s of [v3, v2]) {
      checkPeriods(s);
      expect(s.manifest.scheduleHash).toMatch(/^[0-9a-f]{64}$/);
      expect(s.manifest.algorithm).toBe(
        Object.entries(s.manifest.algorithms)
          .map(([k, v]) => `${k}=${v}`)
          .join(';'),
      );
      // every leaf's text can be formed (canon does not throw: no lone surrogates, finite numbers)
      for (let k = 0; k < s.periods.length; k++) expect(periodText(s, k).startsWith('{"names":{')).toBe(true);
      expect(canon(summaryOf(s)).length).toBeGreaterThan(0);
    }
  });

  it('format 3: profiles distinct, in order of first use, of length T, expectedVisits their sums', () => {
    checkFormat3(v3);
    checkTypeExpectations(v3);
    checkTypeExpectations(v2);
    v2.units.forEach((u: any, i: number) => {
      expect(u.expectedVisits).toBe(sumLeftToRight(unitVector(v2, i)));
    });
  });

  it('v2 units[i].probabilities equal the v3 vectors unit by unit, the rest of the draw unchanged', () => {
    checkSameDraw(v2, v3);
    // so every period's {names, visits} is the same text in both, and only the summary differs
    for (let k = 0; k < v3.periods.length; k++) expect(periodText(v2, k)).toBe(periodText(v3, k));
    expect(canon(summaryOf(v2))).not.toBe(canon(summaryOf(v3)));
  });

  it("a period's {names, visits} as §6 reveals it (its leaf needs salt_k, which is not derivable here)", () => {
    const k = v3.visits[0].period;
    const visits = periodVisits(v3, k);
    expect(visits.length).toBeGreaterThan(0);
    const names = periodNames(v3, visits);
    for (const v of visits) {
      const u = v3.units.find((x: any) => x.id === v.unit);
      expect(names.units[v.unit]).toBe(u?.name);
      for (const id of v.inspectors)
        expect(names.inspectors[id]).toBe(v3.inspectors.find((x: any) => x.id === id)?.name);
    }
    expect(Object.keys(names.units).length).toBe(new Set(visits.map((v: any) => v.unit)).size);
  });
});
