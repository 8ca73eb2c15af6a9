import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commitSeed } from '../../src/audit/commitSeed.js';
import { effectiveSeed } from '../../src/audit/effectiveSeed.js';
import { hashInput } from '../../src/audit/hashInput.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import { planInputSchema } from '../../src/model/planInputSchema.js';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { validate } from '../../src/model/validate.js';
import { plan } from '../../src/schedule/plan.js';
import { LOG_KINDS } from '../../src/schedule/replayLog.js';
import { inSealFormat, SEAL_V2, sealSchedule } from '../../src/schedule/seal.js';
import { substitute } from '../../src/schedule/substitute.js';
import { SUPPORTED_VERSIONS } from '../../src/schedule/supportedVersions.js';
import { verify } from '../../src/schedule/verify.js';

const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
const schedule = plan(county);
const VERIFIED = { ok: true, status: 'verified', differences: [] };

/** Published test secrets (test/vectors/audit/commit-reveal.json): worthless as secrets. */
const SECRET = 'db4ba3fa0e855637218cb621a6467fba4a092463ca2500a1edb3f0571629cbd2';
const OTHER_SECRET = '3f9a0c6e2b71d85e4a6c09f1b2d3e4f5a6978c1d2e3f40516273849aabbccdd1';
const DICE = '5 2 6 1 3 4 4 6 1 2 5 3 6 6 2 1 4 3 5 2';

/** The county's master seed (a plain seed). */
const SEED = county.seed as string;

/** `s` edited and sealed again, when the seal format allows: an intact schedule that says what the edit says. */
function resealed(s: Schedule, edit: (x: any) => void): any {
  const copy = structuredClone(s) as any;
  edit(copy);
  try {
    sealSchedule(copy, SEED);
  } catch (e) {
    expect(e).toBeInstanceOf(FairdrawError);
  }
  return copy;
}

/** A substitution of the first inspector of visit `k`, on its date. */
const change = (s: Schedule, k: number, at: string) => ({
  inspector: s.visits[k]!.inspectors[0]!,
  dates: [s.visits[k]!.date],
  reason: 'sick leave',
  at,
});

describe('verify()', () => {
  it('verifies the schedule plan() draws, and the golden file', () => {
    expect(verify(county, schedule)).toEqual(VERIFIED);
    const golden = JSON.parse(readFileSync('test/golden/county.schedule.json', 'utf8'));
    expect(verify(county, golden)).toEqual(VERIFIED);
  });

  it('names each difference precisely, with expected and found values', () => {
    const tampered = structuredClone(schedule);
    const k = schedule.units[3]!.profile!;
    tampered.visits[12]!.inspectors[1] = 'insp-99';
    tampered.profiles![k]![7] = 0.5;
    const result = verify(county, tampered);
    expect(result.ok).toBe(false);
    expect(result.status).toBe('different');
    expect(result.differences).toEqual([
      { path: `profiles[${k}][7]`, expected: schedule.profiles![k]![7], found: 0.5 },
      { path: 'visits[12].inspectors[1]', expected: schedule.visits[12]!.inspectors[1], found: 'insp-99' },
    ]);
  });

  it('names a unit pointed at another profile at its profile', () => {
    const tampered = structuredClone(schedule);
    const k = schedule.units[3]!.profile!;
    const other = schedule.units[0]!.profile!;
    expect(other).not.toBe(k);
    tampered.units[3]!.profile = other;
    const result = verify(county, tampered);
    expect(result.status).toBe('different');
    expect(result.differences).toEqual([{ path: 'units[3].profile', expected: k, found: other }]);
  });

  it('names each difference of a v2 schedule (each unit lists its probabilities) at the unit', () => {
    const v2 = sealSchedule(inSealFormat(plan(county), SEAL_V2), SEED);
    expect(v2.manifest.algorithms.seal).toBe(SEAL_V2);
    expect(v2.profiles).toBeUndefined();
    expect(verify(county, v2)).toEqual(VERIFIED);
    const tampered = structuredClone(v2);
    tampered.visits[12]!.inspectors[1] = 'insp-99';
    tampered.units[3]!.probabilities![7] = 0.5;
    const result = verify(county, tampered);
    expect(result.ok).toBe(false);
    expect(result.status).toBe('different');
    expect(result.differences).toEqual([
      { path: 'units[3].probabilities[7]', expected: v2.units[3]!.probabilities![7], found: 0.5 },
      { path: 'visits[12].inspectors[1]', expected: v2.visits[12]!.inspectors[1], found: 'insp-99' },
    ]);
  });

  it('reports missing and extra elements and members, and writes odd member names in brackets', () => {
    const tampered = structuredClone(schedule) as any;
    tampered.visits.pop();
    tampered.extra = 1;
    const type = Object.keys(tampered.inspectors[0].byType)[0]!;
    tampered.inspectors[0].byType[type] += 1;
    const paths = verify(county, tampered).differences.map((d) => d.path);
    expect(paths).toEqual([
      `inspectors[0].byType[${JSON.stringify(type)}]`,
      `visits[${schedule.visits.length - 1}]`,
      'extra',
    ]);
  });

  it('lists the first 1000 differences and counts the rest', () => {
    const tampered = structuredClone(schedule);
    tampered.visits.reverse();
    const result = verify(county, tampered);
    expect(result.differences).toHaveLength(1000);
    expect(result.truncated).toBeGreaterThan(0);
  });

  it('checks the input first: a changed frame is named at manifest.inputHash alone', () => {
    const changed = structuredClone(county);
    changed.units[0].risk += 1;
    const result = verify(changed, schedule);
    expect(result.differences.map((d) => d.path)).toEqual(['manifest.inputHash']);
    expect(result.differences[0]!.message).toMatch(/not the frame the schedule was drawn from/);
  });

  it('throws a FairdrawError on bad input, and on something that is not a schedule', () => {
    const bad = { ...county, horizon: { ...county.horizon, zone: 'Asia/Shanghia' } };
    expect(() => verify(bad, schedule)).toThrow(/horizon\.zone/);
    expect(() => verify(county, null as never)).toThrow(FairdrawError);
    expect(() => verify(county, { manifest: {}, visits: [] } as never)).toThrow(
      /schedule: is not a fairdraw schedule/,
    );
  });
});

const once = substitute(county, schedule, change(schedule, 0, '2026-01-04T09:00:00+08:00'));

describe('verify() replays the log', () => {
  const twice = substitute(county, once, change(once, 40, '2026-02-01T09:00:00+08:00'));

  it('a schedule with substitutions in its log verifies', () => {
    expect(once.log).toHaveLength(1);
    expect(verify(county, once)).toEqual(VERIFIED);
    expect(twice.log).toHaveLength(2);
    expect(verify(county, twice)).toEqual(VERIFIED);
  });

  it('removing a log entry fails, naming the visits it restaffed', () => {
    const dropped = structuredClone(once);
    dropped.log = [];
    const result = verify(county, dropped);
    expect(result.status).toBe('different');
    const paths = result.differences.map((d) => d.path);
    expect(paths).toContain('manifest.scheduleHash');
    const restaffed = once.log[0]!.visits as { visit: string }[];
    for (const r of restaffed) {
      const k = once.visits.findIndex((v) => v.id === r.visit);
      expect(paths.some((p) => p.startsWith(`visits[${k}].inspectors[`))).toBe(true);
    }
    const second = structuredClone(twice);
    second.log.splice(1, 1);
    const k = twice.visits.findIndex((v) => v.id === (twice.log[1]!.visits as { visit: string }[])[0]!.visit);
    expect(verify(county, second).differences.map((d) => d.path)).toContain(`visits[${k}].inspectors[0]`);
  });

  it('an edit inside a log entry is named, or caught by the seal when it is part of the request', () => {
    const edited = structuredClone(once) as any;
    edited.log[0].visits[0].to[0] = 'insp-99';
    expect(verify(county, edited).differences.map((d) => d.path)).toEqual(['log[0].visits[0].to[0]']);
    const reason = structuredClone(once);
    reason.log[0]!.reason = 'holiday';
    expect(verify(county, reason).differences.map((d) => d.path)).toEqual(['manifest.scheduleHash']);
  });

  it('an entry that cannot be replayed is a difference naming its field, never a crash', () => {
    const unknown = structuredClone(once) as any;
    unknown.log[0].inspector = 'nobody';
    const result = verify(county, unknown);
    expect(result.status).toBe('different');
    expect(result.differences[0]!.path).toBe('log[0].inspector');
    expect(result.differences[0]!.message).toMatch(/cannot be replayed.*unknown inspector id "nobody"/);
    const notObject = structuredClone(once) as any;
    notObject.log[0] = 42;
    expect(verify(county, notObject).differences[0]!.path).toBe('log[0]');
  });

  it('an entry of an unknown kind is unsupported at log[i].kind (in an intact schedule)', () => {
    const replanned = resealed(once, (s) => (s.log[0].kind = 'merger'));
    const result = verify(county, replanned);
    expect(result.ok).toBe(false);
    expect(result.status).toBe('unsupported');
    expect(result.differences).toHaveLength(1);
    expect(result.differences[0]!.path).toBe('log[0].kind');
    expect(result.differences[0]!.message).toMatch(/^unsupported log entry kind "merger"/);
    for (const kind of ['__proto__', 'toString', 42]) {
      const other = resealed(once, (s) => (s.log[0].kind = kind));
      expect(verify(county, other).differences[0]!.path).toBe('log[0].kind');
    }
    expect(LOG_KINDS).toEqual(['substitution', 'replan']);
  });
});

describe('verify() and versions', () => {
  const unsupported = (edit: (s: any) => void, path: string) => {
    const result = verify(county, resealed(schedule, edit));
    expect(result.ok).toBe(false);
    expect(result.status).toBe('unsupported');
    expect(result.differences.map((d) => d.path)).toEqual([path]);
    expect(result.differences[0]!.message).toMatch(/unsupported version/);
  };

  it('an algorithm, generator or library version this library does not implement is unsupported, never "different"', () => {
    unsupported(
      (s) => (s.manifest.algorithms.routine = 'horizon-flow+type@2'),
      'manifest.algorithms.routine',
    );
    unsupported(
      (s) => (s.manifest.algorithms.campaigns = 'campaign-draw@9'),
      'manifest.algorithms.campaigns',
    );
    unsupported((s) => (s.manifest.rng = 'seedrandom/xor4096'), 'manifest.rng');
    unsupported((s) => (s.manifest.library = 'fairdraw@9.0.0'), 'manifest.library');
  });

  it('another seal format is "unsupported" only from a library this one does not reproduce', () => {
    // A seal this library cannot compute, from a library it does not implement: it cannot say.
    const newer = (edit: (s: any) => void) => {
      const s = structuredClone(schedule) as any;
      s.manifest.library = 'fairdraw@9.0.0';
      edit(s);
      return verify(county, s);
    };
    for (const edit of [
      (s: any) => (s.manifest.algorithms.seal = 'fairdraw/seal/v4+rfc6962'),
      (s: any) => delete s.manifest.algorithms.seal,
      (s: any) => (s.manifest.algorithms = 'none'),
    ]) {
      const result = newer(edit);
      expect(result.status).toBe('unsupported');
      expect(result.differences.map((d) => d.path)).toContain('manifest.library');
    }
    // Under this library's own name, another seal format is a changed label: "different", and a
    // changed visit beside it is named.
    for (const edit of [
      (s: any) => (s.manifest.algorithms.seal = 'fairdraw/seal/v4+rfc6962'),
      (s: any) => delete s.manifest.algorithms.seal,
    ]) {
      const s = structuredClone(schedule) as any;
      edit(s);
      s.visits[0].unit = s.visits[1].unit;
      const result = verify(county, s);
      expect(result.status).toBe('different');
      expect(result.differences.map((d) => d.path)).toEqual(
        expect.arrayContaining(['visits[0].unit', 'manifest.algorithms.seal']),
      );
    }
  });

  it('is unsupported even when the input would not validate under this version', () => {
    const newer = { ...county, campaigns: [{ id: 'spring' }] };
    const s = resealed(schedule, (x) => (x.manifest.algorithms.routine = 'horizon-flow+type@7'));
    expect(verify(newer, s).status).toBe('unsupported');
    expect(() => verify(newer, schedule)).toThrow(/campaigns/);
  });

  it('a known version that the input does not give is a real difference', () => {
    const s = structuredClone(schedule);
    s.manifest.algorithms.routine = 'maxent+type@1';
    expect(verify(county, s)).toMatchObject({
      status: 'different',
      differences: [{ path: 'manifest.algorithms.routine', expected: 'horizon-flow+type@1' }],
    });
  });

  it('a schedule made by a supported earlier library version still verifies', () => {
    const valid = validate(planInputSchema, county);
    const older = structuredClone(schedule);
    older.manifest.library = 'fairdraw@0.0.9';
    sealSchedule(
      older,
      typeof valid.seed === 'string' ? valid.seed : effectiveSeed(valid.seed, hashInput(valid)),
    );
    const supported = { ...SUPPORTED_VERSIONS, library: [...SUPPORTED_VERSIONS.library, 'fairdraw@0.0.9'] };
    expect(verify(county, older, { supported })).toEqual(VERIFIED);
    expect(verify(county, older).status).toBe('unsupported');
    // Claiming the earlier version without its seal is caught by the seal, and the label is named.
    const relabelled = structuredClone(schedule);
    relabelled.manifest.library = 'fairdraw@0.0.9';
    expect(verify(county, relabelled, { supported })).toMatchObject({
      status: 'different',
      differences: [
        { path: 'manifest.library', expected: schedule.manifest.library, found: 'fairdraw@0.0.9' },
      ],
    });
  });
});

describe('verify() checks the seal first: a label cannot buy an "unsupported"', () => {
  const k = schedule.visits.findIndex((v) => v.kind === 'routine');
  const other = schedule.units.find((u) => u.id !== schedule.visits[k]!.unit)!.id;
  const moved = (s: any) => (s.visits[k].unit = other);

  it('a changed visit with an unknown seed-derivation label is "different", naming both', () => {
    const s = structuredClone(schedule) as any;
    moved(s);
    s.manifest.algorithms.seed = 'sha256-path@2';
    const result = verify(county, s);
    expect(result.status).toBe('different');
    expect(result.differences.map((d) => d.path)).toEqual(
      expect.arrayContaining([`visits[${k}].unit`, 'manifest.algorithms.seed']),
    );
  });

  it('a changed visit with a log entry of an unknown kind appended is "different", naming the visit', () => {
    const s = structuredClone(schedule) as any;
    moved(s);
    s.log.push({ kind: 'audit-note' });
    const result = verify(county, s);
    expect(result.status).toBe('different');
    expect(result.differences.map((d) => d.path)).toEqual(
      expect.arrayContaining([`visits[${k}].unit`, 'log[0]']),
    );
  });

  it('a changed library, generator or algorithm label alone is "different" too; sealed again it is "unsupported"', () => {
    for (const edit of [
      (s: any) => (s.manifest.library = 'fairdraw@9.0.0'),
      (s: any) => (s.manifest.rng = 'seedrandom/xor4096'),
      (s: any) => (s.manifest.algorithms.routine = 'horizon-flow+type@2'),
    ]) {
      const s = structuredClone(schedule) as any;
      edit(s);
      expect(verify(county, s).status).toBe('different');
      expect(verify(county, resealed(schedule, edit)).status).toBe('unsupported');
    }
  });

  it('an entry that cannot be replayed in a changed schedule is named first', () => {
    const s = structuredClone(once) as any;
    s.log[0].inspector = 'nobody';
    const result = verify(county, s);
    expect(result.status).toBe('different');
    expect(result.differences[0]!.path).toBe('log[0].inspector');
  });
});

describe('verify() with a commit-reveal seed', () => {
  const input = {
    ...county,
    seed: { secret: SECRET, public: DICE, commitment: commitSeed(SECRET) },
  };
  const drawn = plan(input);

  it('verifies, and records the public value in the manifest', () => {
    expect(drawn.manifest.seedPublic).toBe(DICE);
    expect(drawn.manifest.seedCommitment).toBe(commitSeed(SECRET));
    expect(verify(input, drawn)).toEqual(VERIFIED);
  });

  it('a wrong secret fails with a clear message at seed.secret', () => {
    const wrong = { ...input, seed: { ...input.seed, secret: OTHER_SECRET } };
    const result = verify(wrong, drawn);
    expect(result.status).toBe('different');
    expect(result.differences.map((d) => d.path)).toEqual(['seed.secret']);
    expect(result.differences[0]!.message).toMatch(/does not open seed\.commitment/);
  });

  it('a secret with its own commitment fails at manifest.seedCommitment', () => {
    const other = {
      ...input,
      seed: { ...input.seed, secret: OTHER_SECRET, commitment: commitSeed(OTHER_SECRET) },
    };
    const result = verify(other, drawn);
    expect(result.differences.map((d) => d.path)).toEqual(['manifest.seedCommitment']);
    expect(result.differences[0]!.message).toMatch(/not the one the schedule committed to/);
  });

  it('a changed public value fails with a clear message at manifest.seedPublic', () => {
    const changed = { ...input, seed: { ...input.seed, public: `${DICE} 1` } };
    const result = verify(changed, drawn);
    expect(result.differences.map((d) => d.path)).toEqual(['manifest.seedPublic']);
    expect(result.differences[0]!.message).toMatch(/announced in public/);
  });

  it('a weak secret is refused even when it opens the commitment', () => {
    const weak = {
      ...input,
      seed: { ...input.seed, secret: 'county-2026', commitment: commitSeed('county-2026') },
    };
    const tampered = structuredClone(drawn);
    tampered.manifest.seedCommitment = commitSeed('county-2026');
    const result = verify(weak, tampered);
    expect(result.differences.map((d) => d.path)).toEqual(['seed.secret']);
    expect(result.differences[0]!.message).toMatch(/128 bits/);
  });
});
