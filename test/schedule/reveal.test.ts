import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/audit/canonicalJson.js';
import { commitSeed } from '../../src/audit/commitSeed.js';
import { merkleNode, merkleProof, merkleRoot, verifyMerkleProof } from '../../src/audit/merkle.js';
import { periodLeafV2, periodSalt, sealHeadV2, sealHeadV3 } from '../../src/audit/seal.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import type { Schedule, Visit } from '../../src/model/scheduleSchema.js';
import type { PeriodReveal, SummaryReveal } from '../../src/schedule/PeriodReveal.js';
import { plan } from '../../src/schedule/plan.js';
import { revealPeriod } from '../../src/schedule/revealPeriod.js';
import { revealSummary } from '../../src/schedule/revealSummary.js';
import { SEAL_ALGORITHM, SEAL_V2 } from '../../src/schedule/seal.js';
import { verifyPeriod } from '../../src/schedule/verifyPeriod.js';

const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
const schedule = plan(county);
const hash = schedule.manifest.scheduleHash;
const T = schedule.periods.length;
const VERIFIED = { ok: true, status: 'verified', differences: [] };
/** The horizon's last day: every period, and the summary, may be revealed. */
const END = { asOf: '2026-12-27' };

/** What a verifier receives: the reveal alone, as published JSON text. */
const published = <R>(reveal: R): R => JSON.parse(JSON.stringify(reveal));
const reveals = Array.from({ length: T }, (_, k) => revealPeriod(county, schedule, k, END));
const summary = revealSummary(county, schedule, END);

const paths = (v: { differences: { path: string }[] }) => v.differences.map((d) => d.path);
const flipHex = (hex: string, i = 0) =>
  hex.slice(0, i) + (Number.parseInt(hex[i]!, 16) ^ 1).toString(16) + hex.slice(i + 1);

describe('revealPeriod() and verifyPeriod()', () => {
  it(`every period of the county example (${T}) verifies alone against the published scheduleHash`, () => {
    for (let k = 0; k < T; k++) {
      const reveal = published(reveals[k]!);
      expect(reveal.leaves).toBe(T + 1);
      expect(reveal.visits).toEqual(schedule.visits.filter((v) => v.period === k));
      expect(verifyPeriod(reveal, hash), `period ${k}`).toEqual(VERIFIED);
    }
    // Together they are every visit, and no reveal carries another period's visits.
    expect(reveals.flatMap((r) => r.visits).length).toBe(schedule.visits.length);
    const text = JSON.stringify(reveals[20]);
    for (const v of schedule.visits) if (v.period !== 20) expect(text).not.toContain(`"${v.id}"`);
  });

  it('the summary verifies at the end, and with every period it gives back the whole schedule', () => {
    const reveal = published(summary);
    expect(verifyPeriod(reveal, hash)).toEqual(VERIFIED);
    expect(reveal.summary.units).toEqual(schedule.units);
    expect(reveal.summary.types).toEqual(schedule.types);
    expect(JSON.stringify(reveal)).not.toContain('"inspectors":["');
    // Reassemble: the summary says which period each visit comes from, in order.
    const queues = reveals.map((r) => [...r.visits]);
    const visits = (reveal.summary.visits as number[]).map((k) => queues[k]!.shift()!);
    const rebuilt = {
      ...reveal.summary,
      manifest: { ...(reveal.summary.manifest as object), scheduleHash: hash },
      visits,
    };
    expect(canonicalJson(rebuilt)).toBe(canonicalJson(schedule));
  });

  it('a tampered reveal fails', () => {
    const r = reveals[9]!;
    const edits: [string, (x: any) => void][] = [
      ['unit', (x) => (x.visits[0].unit = schedule.units.find((u) => u.id !== x.visits[0].unit)!.id)],
      ['date', (x) => (x.visits[0].date = '2026-03-06')],
      ['inspector', (x) => (x.visits[0].inspectors[1] = 'insp-01')],
      ['kind', (x) => (x.visits[0].kind = 'directed')],
      ['visit dropped', (x) => x.visits.pop()],
      ['visit added', (x) => x.visits.push({ ...x.visits[0], id: 'v-9999' })],
      ['visits reordered', (x) => x.visits.reverse()],
      ['salt', (x) => (x.salt = flipHex(x.salt, 17))],
      ['salt of another period', (x) => (x.salt = reveals[10]!.salt)],
      ['proof hash', (x) => (x.proof[2] = `${x.proof[2].slice(0, 2)}${flipHex(x.proof[2].slice(2), 5)}`)],
      ['leaf count', (x) => (x.leaves = T + 2)],
    ];
    for (const [name, edit] of edits) {
      const x = structuredClone(r);
      edit(x);
      const result = verifyPeriod(x, hash);
      expect(result.ok, name).toBe(false);
      expect(result.status, name).toBe('different');
      expect(paths(result), name).toEqual(['scheduleHash']);
    }
    const borrowed = structuredClone(r);
    borrowed.proof = reveals[8]!.proof; // period 8's path has other sides than period 9's
    expect(paths(verifyPeriod(borrowed, hash))).toEqual(['proof']);
    const moved = structuredClone(r);
    moved.period = 10;
    for (const v of moved.visits) v.period = 10;
    expect(paths(verifyPeriod(moved, hash))).toEqual(['proof']); // the sides of a path fix its position
    const wrongPeriod = structuredClone(r);
    wrongPeriod.visits[0]!.period = 10;
    expect(paths(verifyPeriod(wrongPeriod, hash))).toEqual(['visits[0].period', 'scheduleHash']);
    const wrongSide = structuredClone(r);
    wrongSide.proof[0] = `${wrongSide.proof[0]![0] === 'L' ? 'R' : 'L'}${wrongSide.proof[0]!.slice(1)}`;
    expect(paths(verifyPeriod(wrongSide, hash))).toEqual(['proof']);
    const short = structuredClone(r);
    short.proof.pop();
    expect(paths(verifyPeriod(short, hash))).toEqual(['proof']);
    expect(paths(verifyPeriod(r, flipHex(hash, 63)))).toEqual(['scheduleHash']);
  });

  it('a period reveal carries the names of its units and inspectors, sealed: a changed, added or dropped name fails', () => {
    const unitName = new Map(county.units.map((u: { id: string; name?: string }) => [u.id, u.name]));
    const inspectorName = new Map(
      county.inspectors.map((x: { id: string; name?: string }) => [x.id, x.name]),
    );
    for (const reveal of reveals) {
      const units = new Set(reveal.visits.map((v) => v.unit));
      const inspectors = new Set(reveal.visits.flatMap((v) => v.inspectors));
      expect(Object.keys(reveal.names!.units).sort()).toEqual([...units].sort());
      expect(Object.keys(reveal.names!.inspectors).sort()).toEqual([...inspectors].sort());
      for (const [id, name] of Object.entries(reveal.names!.units)) expect(name).toBe(unitName.get(id));
      for (const [id, name] of Object.entries(reveal.names!.inspectors))
        expect(name).toBe(inspectorName.get(id));
    }
    const r = published(reveals[9]!);
    const unit = r.visits[0]!.unit;
    const inspector = r.visits[0]!.inspectors[0]!;
    const other = county.units.find((u: { id: string }) => !(u.id in r.names!.units));
    const edits: [string, (x: PeriodReveal) => void][] = [
      ['unit renamed', (x) => (x.names!.units[unit] = 'Somewhere else')],
      ['inspector renamed', (x) => (x.names!.inspectors[inspector] = '李四')],
      ['a space added', (x) => (x.names!.units[unit] = `${x.names!.units[unit]} `)],
      ['name added', (x) => (x.names!.units[other.id] = other.name)],
      ['name dropped', (x) => delete x.names!.inspectors[inspector]],
      ['names swapped', (x) => (x.names = { units: x.names!.inspectors, inspectors: x.names!.units })],
      ['no names', (x) => (x.names = { units: {}, inspectors: {} })],
    ];
    for (const [name, edit] of edits) {
      const x = structuredClone(r);
      edit(x);
      expect(paths(verifyPeriod(x, hash)), name).toEqual(['scheduleHash']);
    }
    // A schedule whose plan gives no names reveals empty maps, and they are sealed too.
    const bare = structuredClone(county);
    for (const u of bare.units) delete u.name;
    for (const x of bare.inspectors) delete x.name;
    const drawn = plan(bare);
    const plain = revealPeriod(bare, drawn, 0, END);
    expect(plain.names).toEqual({ units: {}, inspectors: {} });
    expect(verifyPeriod(plain, drawn.manifest.scheduleHash)).toEqual(VERIFIED);
    const added = structuredClone(plain);
    added.names!.units[plain.visits[0]!.unit] = 'A name the schedule does not give';
    expect(paths(verifyPeriod(added, drawn.manifest.scheduleHash))).toEqual(['scheduleHash']);
  });

  it('a tampered summary fails, naming what is inconsistent', () => {
    const edits: [string, (x: any) => void, string[]][] = [
      ['a unit count', (x) => (x.summary.units[0].visits += 1), ['scheduleHash']],
      ['a type realised', (x) => (x.summary.types[0].realised[3] -= 1), ['scheduleHash']],
      ['a load', (x) => (x.summary.inspectors[2].visits += 1), ['scheduleHash']],
      ['the visit order', (x) => x.summary.visits.reverse(), ['scheduleHash']],
      [
        'the hash left in',
        (x) => (x.summary.manifest.scheduleHash = hash),
        ['summary.manifest.scheduleHash', 'scheduleHash'],
      ],
      [
        'the period count',
        (x) => (x.summary.manifest.periods = T + 1),
        ['summary.manifest.periods', 'scheduleHash'],
      ],
      ['the periods', (x) => x.summary.periods.pop(), ['summary.periods.length', 'scheduleHash']],
    ];
    for (const [name, edit, expected] of edits) {
      const x = structuredClone(summary);
      edit(x);
      expect(paths(verifyPeriod(x, hash)), name).toEqual(expected);
    }
  });

  it('the head binds the leaf count: a prover cannot reveal two different leaves for one period', () => {
    // A dishonest tree of 9 "leaves" whose last one is really an inner node hiding a second leaf B
    // for period 4. Against the bare RFC 6962 root both leaves of period 4 have valid proofs, under
    // 9 and under 6 leaves; the published head, which hashes the count in, accepts only one.
    const seed = 'equivocation';
    const visits = (k: number, unit: string): Visit[] => [
      { id: `v-${k}`, kind: 'routine', period: k, date: '2026-01-07', unit, inspectors: [] },
    ];
    const names = { units: {}, inspectors: {} };
    const leaf = (k: number, unit: string) =>
      periodLeafV2(periodSalt(seed, k), k, canonicalJson({ names, visits: visits(k, unit) }));
    const honest = Array.from({ length: 8 }, (_, k) => leaf(k, 'ps-a'));
    const hidden = leaf(4, 'ps-b');
    const y = 'ab'.repeat(32);
    const x = Buffer.from(merkleNode(Buffer.from(hidden, 'hex'), Buffer.from(y, 'hex'))).toString('hex');
    const root = merkleRoot([...honest, x]);
    const left = merkleRoot(honest);
    const proofA = merkleProof([...honest, x], 4);
    const proofB = [`R:${y}`, `L:${left}`];
    expect(verifyMerkleProof(honest[4]!, 4, 9, proofA, root)).toBe(true);
    expect(verifyMerkleProof(hidden, 4, 6, proofB, root)).toBe(true);
    // in the format plan writes (v3) and in v2, whose leaves are the same and whose head has its own label
    expect(schedule.manifest.algorithms.seal).toBe(SEAL_ALGORITHM);
    for (const [seal, sealHead] of [
      [SEAL_ALGORITHM, sealHeadV3],
      [SEAL_V2, sealHeadV2],
    ] as const) {
      const head = sealHead(9, root);
      const reveal = (unit: string, leaves: number, proof: string[]): PeriodReveal => ({
        seal,
        period: 4,
        leaves,
        salt: periodSalt(seed, 4),
        visits: visits(4, unit),
        names,
        proof,
      });
      expect(verifyPeriod(reveal('ps-a', 9, proofA), head).ok).toBe(true);
      expect(paths(verifyPeriod(reveal('ps-b', 6, proofB), head))).toEqual(['scheduleHash']);
    }
  });

  it('works the same with a commit-reveal seed, whose salts only the secret gives', () => {
    const secret = 'db4ba3fa0e855637218cb621a6467fba4a092463ca2500a1edb3f0571629cbd2';
    const input = { ...county, seed: { secret, public: '3 1 4 1 5 9', commitment: commitSeed(secret) } };
    const drawn = plan(input);
    const r = revealPeriod(input, drawn, 0, END);
    expect(verifyPeriod(published(r), drawn.manifest.scheduleHash)).toEqual(VERIFIED);
    expect(verifyPeriod(published(revealSummary(input, drawn, END)), drawn.manifest.scheduleHash)).toEqual(
      VERIFIED,
    );
    expect(r.salt).not.toBe(reveals[0]!.salt);
    expect(verifyPeriod(r, hash).ok).toBe(false);
  });

  it('refuses to reveal from a wrong schedule or input, or a period that does not exist', () => {
    const error = (f: () => unknown): FairdrawError => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(FairdrawError);
        return e as FairdrawError;
      }
      throw new Error('did not throw');
    };
    expect(error(() => revealPeriod(county, schedule, T, END)).path).toBe('period');
    expect(error(() => revealPeriod(county, schedule, -1, END)).path).toBe('period');
    expect(error(() => revealPeriod(county, schedule, 1.5, END)).path).toBe('period');
    const tampered = structuredClone(schedule);
    tampered.visits[0]!.date = '2026-01-08';
    expect(error(() => revealPeriod(county, tampered, 3, END)).path).toBe('schedule.manifest.scheduleHash');
    expect(error(() => revealSummary({ ...county, seed: 'another' }, schedule, END)).path).toBe(
      'schedule.manifest.seedCommitment',
    );
    const newer = structuredClone(schedule);
    newer.manifest.algorithms.seal = 'fairdraw/seal/v2';
    const unsupported = error(() => revealPeriod(county, newer, 0, END));
    expect(unsupported.code).toBe('unsupported');
    const outside = structuredClone(schedule) as Schedule;
    outside.visits[5]!.period = T;
    expect(error(() => revealPeriod(county, outside, 0, END)).path).toBe('schedule.visits[5].period');
  });

  it('reveals a period only once it has ended as of options.asOf, the summary once the horizon has', () => {
    const error = (f: () => unknown): FairdrawError => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(FairdrawError);
        return e as FairdrawError;
      }
      throw new Error('did not throw');
    };
    // period 26 runs from 2026-07-06 to 2026-07-12
    expect(schedule.periods[26]).toMatchObject({ start: '2026-07-06', end: '2026-07-12' });
    const early = error(() => revealPeriod(county, schedule, 26, { asOf: '2026-07-11' }));
    expect([early.code, early.path]).toEqual(['invalid-input', 'period']);
    expect(early.message).toMatch(
      /^period: period index 26 \(2026-07-06 to 2026-07-12\) has not ended as of 2026-07-11: .*--force/,
    );
    expect(revealPeriod(county, schedule, 26, { asOf: '2026-07-12' })).toEqual(reveals[26]);
    expect(revealPeriod(county, schedule, 25, { asOf: '2026-07-11' })).toEqual(reveals[25]);
    const forced = revealPeriod(county, schedule, 50, { asOf: '2026-01-01', force: true });
    expect(forced).toEqual(reveals[50]);
    expect(verifyPeriod(published(forced), hash)).toEqual(VERIFIED);
    // the summary holds every period's counts: only after the horizon's last day
    const summaryEarly = error(() => revealSummary(county, schedule, { asOf: '2026-12-26' }));
    expect(summaryEarly.path).toBe('period');
    expect(summaryEarly.message).toMatch(/the summary .* ends on 2026-12-27, after 2026-12-26/);
    expect(revealSummary(county, schedule, { asOf: '2026-12-26', force: true })).toEqual(summary);
    // asOf is required, a date; force a boolean
    for (const options of [undefined, {}, { asOf: '2026-13-01' }, { asOf: 20261227 }]) {
      expect(error(() => revealPeriod(county, schedule, 0, options as never)).path).toBe('options.asOf');
      expect(error(() => revealSummary(county, schedule, options as never)).path).toBe('options.asOf');
    }
    expect(
      error(() => revealPeriod(county, schedule, 0, { asOf: '2026-12-27', force: 'yes' } as never)).path,
    ).toBe('options.force');
  });

  it('verifyPeriod throws on a malformed reveal, naming the field, and says unsupported for another seal', () => {
    const r = reveals[2]!;
    const bad: [string, unknown][] = [
      ['reveal', null],
      ['reveal.leaves', { ...r, leaves: 1 }],
      ['reveal.period', { ...r, period: T }],
      ['reveal.period', { ...r, period: 'all' }],
      ['reveal.salt', { ...r, salt: r.salt.toUpperCase() }],
      ['reveal.visits', { ...r, visits: 'none' }],
      ['reveal.proof', { ...r, proof: [1] }],
      ['reveal.names', { ...r, names: undefined }],
      ['reveal.names', { ...r, names: [] }],
      ['reveal.names.teams', { ...r, names: { ...r.names, teams: {} } }],
      ['reveal.names.units', { ...r, names: { ...r.names, units: { 'ps-luohe': 7 } } }],
      ['reveal.names.inspectors', { ...r, names: { units: {}, inspectors: null } }],
      ['reveal.summary', { ...summary, summary: [] }],
    ];
    for (const [path, reveal] of bad) {
      expect(() => verifyPeriod(reveal as PeriodReveal, hash), path).toThrow(
        expect.objectContaining({ path }) as unknown as Error,
      );
    }
    expect(() => verifyPeriod(r, 'abc')).toThrow(
      expect.objectContaining({ path: 'scheduleHash' }) as unknown as Error,
    );
    const other = verifyPeriod({ ...r, seal: 'fairdraw/seal/v9' }, hash);
    expect(other.status).toBe('unsupported');
    expect(paths(other)).toEqual(['seal']);
    expect(verifyPeriod({ ...(summary as SummaryReveal), seal: 'x' }, hash).status).toBe('unsupported');
  });
});
