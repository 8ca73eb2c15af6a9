import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commitSeed } from '../../src/audit/commitSeed.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { plan } from '../../src/schedule/plan.js';
import { inSealFormat, SEAL_V2, sealSchedule } from '../../src/schedule/seal.js';
import { verify } from '../../src/schedule/verify.js';
import { arbitraryPlan } from './arbitraryPlan.js';
import { type Leaf, leaves, otherValue, withField } from './tamper.js';

/** A published test secret (test/vectors/audit/commit-reveal.json): worthless as a secret. */
const SECRET = 'db4ba3fa0e855637218cb621a6467fba4a092463ca2500a1edb3f0571629cbd2';

/** Small random plans with visits, inspectors, and a plain or a commit-reveal seed. */
const arbitraryStaffedPlan = fc
  .tuple(
    arbitraryPlan(),
    fc.integer({ min: 3, max: 6 }),
    fc.constantFrom(1, 2),
    fc.option(fc.stringMatching(/^[1-6]{8,20}$/), { nil: undefined }),
    fc.nat(),
  )
  .map(([input, staff, size, dice, budget]) => ({
    ...input,
    // At least one routine visit per period, so that every plan has visits to tamper with.
    routine: {
      ...input.routine,
      visitsPerPeriod: 1 + (budget % Math.max(1, Math.floor(input.units.length / 2))),
    },
    seed: dice === undefined ? input.seed : { secret: SECRET, public: dice, commitment: commitSeed(SECRET) },
    inspectors: Array.from({ length: staff }, (_, j) => ({
      id: `insp-${j}`,
      ...(j < 2 ? { homeUnit: input.units[j % input.units.length]!.id } : {}),
    })),
    team: { size, recusal: ['homeUnit'] },
  }));

function tryPlan(input: any): Schedule | undefined {
  try {
    return plan(input);
  } catch (e) {
    expect(e).toBeInstanceOf(FairdrawError);
    return undefined;
  }
}

/** Edits one field and checks that verify fails with exactly that field named. */
function checkEdit(input: any, schedule: Schedule, leaf: Leaf, pick: number): string {
  const ids = {
    units: schedule.units.map((u) => u.id),
    inspectors: schedule.inspectors.map((i) => i.id),
  };
  const replacement = otherValue(leaf, pick, ids);
  expect(replacement).not.toBe(leaf.value);
  const tampered = withField(schedule, leaf.keys, replacement);
  const result = verify(input, tampered);
  expect(result.ok, leaf.path).toBe(false);
  expect(
    result.differences.map((d) => d.path),
    `${leaf.path}: ${JSON.stringify(leaf.value)} -> ${JSON.stringify(replacement)}`,
  ).toEqual([leaf.path]);
  expect(result.differences[0]!.found).toEqual(replacement);
  return String(leaf.keys[0]);
}

describe('verify() against tampering: every single-field edit fails and names the field', () => {
  it('on small random plans (300 edits, fast-check seed 5150)', () => {
    const touched = new Map<string, number>();
    let planned = 0;
    fc.assert(
      fc.property(arbitraryStaffedPlan, fc.nat(), fc.nat(), fc.integer(), (input, part, where, pick) => {
        const schedule = tryPlan(input);
        if (!schedule) return;
        planned += 1;
        // The untouched schedule verifies (checked on every 5th plan, to keep the suite fast).
        if (planned % 5 === 1)
          expect(verify(input as any, schedule)).toEqual({ ok: true, status: 'verified', differences: [] });
        // A part of the schedule (manifest, periods, units, ...) uniformly, then one of its fields.
        const all = leaves(schedule);
        const parts = [...new Set(all.map((l) => String(l.keys[0])))];
        const inPart = all.filter((l) => String(l.keys[0]) === parts[part % parts.length]);
        const leaf = inPart[where % inPart.length]!;
        const area = checkEdit(input, schedule, leaf, pick);
        touched.set(area, (touched.get(area) ?? 0) + 1);
      }),
      { seed: 5150, numRuns: 300 },
    );
    expect(planned).toBeGreaterThan(250);
    // The edits reached every part of the schedule.
    for (const area of ['manifest', 'periods', 'units', 'profiles', 'types', 'inspectors', 'visits'])
      expect(touched.get(area) ?? 0, area).toBeGreaterThan(0);
  });

  it('on the county example (100 edits over the fields the issue names, fast-check seed 1117)', () => {
    const input = JSON.parse(readFileSync('examples/county.json', 'utf8'));
    const schedule = plan(input);
    const all = leaves(schedule);
    const areas: Record<string, Leaf[]> = {
      'visit unit, date, inspector, period or kind': all.filter((l) =>
        /^visits\[\d+\]\.(unit|date|inspectors\[\d+\]|period|kind)$/.test(l.path),
      ),
      probability: all.filter((l) => /^profiles\[\d+\]\[\d+\]$/.test(l.path)),
      profile: all.filter((l) => /^units\[\d+\]\.profile$/.test(l.path)),
      expectedVisits: all.filter((l) => /^units\[\d+\]\.expectedVisits$/.test(l.path)),
      'type realised': all.filter((l) => /^types\[\d+\]\.realised\[\d+\]$/.test(l.path)),
      manifest: all.filter((l) => l.path.startsWith('manifest.')),
    };
    for (const [name, list] of Object.entries(areas)) expect(list.length, name).toBeGreaterThan(0);
    const names = Object.keys(areas);
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.integer(), (which, where, pick) => {
        const name = names[which % names.length]!;
        const list = areas[name]!;
        checkEdit(input, schedule, list[where % list.length]!, pick);
        seen.add(name);
      }),
      { seed: 1117, numRuns: 100 },
    );
    expect(seen.size).toBe(names.length);
  });

  it('on the county example in the format before profiles (40 edits of units[i].probabilities[t], fast-check seed 1118)', () => {
    const input = JSON.parse(readFileSync('examples/county.json', 'utf8'));
    const schedule = sealSchedule(inSealFormat(plan(input), SEAL_V2), input.seed);
    expect(verify(input, schedule).status).toBe('verified');
    const probabilities = leaves(schedule).filter((l) => /^units\[\d+\]\.probabilities\[\d+\]$/.test(l.path));
    expect(probabilities).toHaveLength(40 * 51);
    fc.assert(
      fc.property(fc.nat(), fc.integer(), (where, pick) => {
        checkEdit(input, schedule, probabilities[where % probabilities.length]!, pick);
      }),
      { seed: 1118, numRuns: 40 },
    );
  });

  it('on every manifest field of the county example, one by one', () => {
    const input = JSON.parse(readFileSync('examples/county.json', 'utf8'));
    const schedule = plan(input);
    const fields = leaves(schedule).filter((l) => l.path.startsWith('manifest.'));
    expect(fields.map((l) => l.path)).toEqual(
      expect.arrayContaining([
        'manifest.library',
        'manifest.algorithm',
        'manifest.algorithms.routine',
        'manifest.algorithms.seal',
        'manifest.rng',
        'manifest.inputHash',
        'manifest.seedCommitment',
        'manifest.scheduleHash',
        'manifest.periods',
      ]),
    );
    for (const leaf of fields) checkEdit(input, schedule, leaf, 3);
  });
});
