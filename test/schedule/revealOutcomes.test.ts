// A period's reveal with the outcomes of its visits (issue 15, item 4): revealPeriod(..., { outcomes })
// adds them outside the sealed part, cut to what a public notice may say; verifyPeriod still checks the
// sealed part exactly as before, reads the outcomes strictly, says where each difference is, and says
// which members the seal does not cover.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Outcomes } from '../../src/model/outcomesSchema.js';
import { unitProbabilities } from '../../src/model/unitProbabilities.js';
import type { PeriodReveal } from '../../src/schedule/PeriodReveal.js';
import { plan } from '../../src/schedule/plan.js';
import { revealPeriod } from '../../src/schedule/revealPeriod.js';
import { revealSummary } from '../../src/schedule/revealSummary.js';
import { substitute } from '../../src/schedule/substitute.js';
import { verifyPeriod } from '../../src/schedule/verifyPeriod.js';
import { rejection } from '../model/refusals.js';
import { county, outcomesOf } from '../outcomes/fixtures.js';

const { input, schedule } = county();
const hash = schedule.manifest.scheduleHash;
const END = { asOf: '2026-12-27' };
/** Every visit's outcome: problems at every third, not done at every seventh, none at every eleventh. */
const outcomes: Outcomes = outcomesOf(schedule, '2026-12-27', (_v, k) =>
  k % 11 === 5 ? undefined : k % 7 === 3 ? 'not-done' : k % 3 === 0 ? 'problems' : 'compliant',
);
// Give one record everything a problem can have, dates after the period included.
const rich = outcomes.records.find(
  (r) => r.result === 'problems' && schedule.visits.find((v) => v.id === r.visit)!.period === 8,
)!;
rich.problems = [
  {
    category: 'law-enforcement',
    text: 'case files incomplete',
    responsible: 'Li Wei',
    deadline: '2026-04-20',
    closed: '2026-04-18',
  },
  { category: 'discipline', text: 'late to duty' },
];
rich.closed = '2026-04-18';

const published = (k: number, withOutcomes = true): PeriodReveal =>
  JSON.parse(JSON.stringify(revealPeriod(input, schedule, k, withOutcomes ? { ...END, outcomes } : END)));
const paths = (v: { differences: { path: string }[] }) => v.differences.map((d) => d.path);

describe('revealPeriod(input, schedule, k, { asOf, outcomes })', () => {
  it('adds the outcomes after the sealed part, and leaves the sealed part as it was', () => {
    for (const k of [0, 8, 18, 22]) {
      const plain = published(k, false);
      const reveal = published(k);
      expect(Object.keys(plain)).not.toContain('outcomes');
      expect(Object.keys(reveal)).toEqual([...Object.keys(plain), 'outcomes']);
      const { outcomes: _, ...sealed } = reveal;
      expect(JSON.stringify(sealed)).toBe(JSON.stringify(plain));
    }
  });

  it('carries the records of the period’s visits only, in their order, with result, categories and deadlines', () => {
    const reveal = published(8);
    const visits = schedule.visits.filter((v) => v.period === 8);
    const byVisit = new Map(outcomes.records.map((r) => [r.visit, r]));
    expect(reveal.outcomes!.records.map((r) => r.visit)).toEqual(
      visits.filter((v) => byVisit.has(v.id)).map((v) => v.id),
    );
    for (const r of reveal.outcomes!.records) {
      const full = byVisit.get(r.visit)!;
      expect(r.result).toBe(full.result);
      expect(r.problems).toEqual(
        full.problems?.map((p) => ({
          category: p.category,
          ...(p.deadline ? { deadline: p.deadline } : {}),
        })),
      );
    }
    // what the notice must not say: the text, the responsible person, closing and feedback days
    const json = JSON.stringify(reveal.outcomes);
    expect(json).not.toMatch(/case files|Li Wei|"closed"|"text"|"responsible"|"feedback"|2026-04-18/);
    expect(json).toContain('"deadline":"2026-04-20"');
  });

  it('gives every routine and campaign visit its probability, and every visited unit its police type', () => {
    for (const k of [8, 18, 22]) {
      const reveal = published(k);
      const units = new Map(schedule.units.map((u) => [u.id, u]));
      const expected = Object.fromEntries(
        reveal.visits.flatMap((v) => {
          const u = units.get(v.unit)!;
          if (v.kind === 'routine') return [[v.id, unitProbabilities(schedule, u)[k]]];
          if (v.kind === 'campaign') return [[v.id, u.campaigns![v.campaign!]]];
          return [];
        }),
      );
      expect(reveal.outcomes!.probabilities).toEqual(expected);
      expect(Object.values(expected).every((pi) => pi! > 0 && pi! <= 1)).toBe(true);
      expect(reveal.outcomes!.types).toEqual(
        Object.fromEntries(reveal.visits.map((v) => [v.unit, units.get(v.unit)!.type])),
      );
    }
    expect(Object.keys(published(8).outcomes!.probabilities)).toHaveLength(8); // 6 routine, 2 campaign
    expect(Object.keys(published(18).outcomes!.probabilities)).toHaveLength(6); // not the follow-up
  });

  it('takes outcomes recorded against an earlier hash of the schedule', () => {
    const vectors = JSON.parse(readFileSync('test/vectors/draw/substitute.json', 'utf8'));
    const s0 = plan(vectors.input);
    const s1 = substitute(vectors.input, s0, vectors.cases[0].request);
    expect(s1.manifest.scheduleHash).not.toBe(s0.manifest.scheduleHash);
    const k = s1.visits.find((v) => v.kind === 'routine')!.period;
    const early = outcomesOf(s0, s0.periods[k]!.end, () => 'compliant');
    const end = { asOf: s1.periods.at(-1)!.end };
    const reveal = revealPeriod(vectors.input, s1, k, { ...end, outcomes: early });
    expect(reveal.outcomes!.records.length).toBe(reveal.visits.length);
    expect(verifyPeriod(JSON.parse(JSON.stringify(reveal)), s1.manifest.scheduleHash).ok).toBe(true);
  });

  it('refuses outcomes that readOutcomes refuses, naming the field', () => {
    const unknown = { schedule: hash, records: [{ visit: 'v-9999', result: 'compliant' }] };
    expect(rejection(() => revealPeriod(input, schedule, 8, { ...END, outcomes: unknown })).path).toBe(
      'outcomes.records[0].visit',
    );
    const other = { schedule: 'f'.repeat(64), records: [] };
    expect(rejection(() => revealPeriod(input, schedule, 8, { ...END, outcomes: other })).path).toBe(
      'outcomes.schedule',
    );
    // a period with no outcome recorded yet still carries its probabilities and types
    const none = published(8, false);
    const empty = JSON.parse(
      JSON.stringify(revealPeriod(input, schedule, 8, { ...END, outcomes: { schedule: hash, records: [] } })),
    );
    expect(empty.outcomes.records).toEqual([]);
    expect(Object.keys(empty.outcomes.probabilities)).toHaveLength(8);
    expect(verifyPeriod(empty, hash).ok).toBe(true);
    expect(verifyPeriod(none, hash)).toStrictEqual({ ok: true, status: 'verified', differences: [] });
  });
});

describe('verifyPeriod of a reveal with outcomes', () => {
  it('verifies it, and says which members the seal does not cover and what checks them', () => {
    const v = verifyPeriod(published(8), hash);
    expect(v.ok).toBe(true);
    expect(v.status).toBe('verified');
    expect(v.unsealed!.map((u) => [u.path, u.checkAgainst])).toEqual([
      ['outcomes.records', null],
      ['outcomes.probabilities', 'summary.units'],
      ['outcomes.types', 'summary.units'],
    ]);
    // what the summary holds is what the reveal's outcomes say
    const summary = JSON.parse(JSON.stringify(revealSummary(input, schedule, END)));
    const reveal = published(8);
    for (const [id, pi] of Object.entries(reveal.outcomes!.probabilities)) {
      const visit = reveal.visits.find((x) => x.id === id)!;
      const unit = summary.summary.units.find((u: { id: string }) => u.id === visit.unit);
      // read as every reader of a schedule reads a unit's probabilities (the summary holds the schedule's units)
      expect(
        visit.kind === 'routine'
          ? unitProbabilities(summary.summary, unit)[8]
          : unit.campaigns[visit.campaign!],
      ).toBe(pi);
      expect(unit.type).toBe(reveal.outcomes!.types[visit.unit]);
    }
  });

  it('still finds a changed visit, and an unknown member beside the outcomes', () => {
    const changed = published(8);
    changed.visits[0]!.date = '2026-03-01';
    expect(paths(verifyPeriod(changed, hash))).toEqual(['scheduleHash']);
    const extra = { ...published(8), note: 'x' };
    expect(paths(verifyPeriod(extra, hash))).toEqual(['note']);
    const summary = { ...JSON.parse(JSON.stringify(revealSummary(input, schedule, END))), outcomes: {} };
    const v = verifyPeriod(summary, hash);
    expect(paths(v)).toEqual(['outcomes']);
    expect(v.unsealed).toBeUndefined();
  });

  it('names every field whose shape is wrong', () => {
    const bad = published(8);
    const o = bad.outcomes as unknown as Record<string, any>;
    o.records[0].result = 'fine';
    o.records[1].problems = [{ category: 'x', deadline: '2026-02-30' }];
    o.records[2].note = 'extra';
    o.probabilities[bad.visits[0]!.id] = 0;
    o.probabilities[bad.visits[1]!.id] = 1.5;
    o.types[bad.visits[0]!.unit] = '';
    o.extra = true;
    const e = rejection(() => verifyPeriod(bad, hash));
    expect(e.path).toMatch(/^reveal\.outcomes/);
    expect(e.problems.map((p) => p.path).sort()).toEqual(
      [
        'reveal.outcomes.extra',
        'reveal.outcomes.records[0].result',
        'reveal.outcomes.records[1].problems[0].deadline',
        'reveal.outcomes.records[2].note',
        `reveal.outcomes.probabilities.${bad.visits[0]!.id}`,
        `reveal.outcomes.probabilities.${bad.visits[1]!.id}`,
        `reveal.outcomes.types.${bad.visits[0]!.unit}`,
      ].sort(),
    );
    expect(rejection(() => verifyPeriod({ ...published(8), outcomes: [] }, hash)).path).toBe(
      'reveal.outcomes',
    );
  });

  it('names every record, probability and type that does not fit the visits', () => {
    const bad = published(8);
    const o = bad.outcomes!;
    const [v0, v1, v2] = bad.visits;
    const routine = bad.visits.filter((v) => v.kind === 'routine');
    o.records = [
      { visit: 'v-9999', result: 'compliant' },
      { visit: v0!.id, result: 'compliant', problems: [{ category: 'x' }] },
      { visit: v0!.id, result: 'compliant' },
      { visit: v1!.id, result: 'problems' },
      { visit: v2!.id, result: 'problems', problems: [{ category: 'x', deadline: '2026-01-01' }] },
    ];
    delete o.probabilities[routine[3]!.id];
    o.probabilities['v-9999'] = 0.5;
    const unit = routine[4]!.unit;
    delete o.types[unit];
    o.types['ps-nowhere'] = 'patrol';
    const v = verifyPeriod(bad, hash);
    expect(v.status).toBe('different');
    expect(paths(v)).toEqual([
      'outcomes.records[0].visit',
      'outcomes.records[1].problems',
      'outcomes.records[2].visit',
      'outcomes.records[3].problems',
      'outcomes.records[4].problems[0].deadline',
      'outcomes.probabilities.v-9999',
      `outcomes.probabilities.${routine[3]!.id}`,
      'outcomes.types.ps-nowhere',
      `outcomes.types.${unit}`,
    ]);
    expect(v.differences.every((d) => d.path.startsWith('outcomes'))).toBe(true);
  });
});
