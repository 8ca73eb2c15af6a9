import { readFileSync } from 'node:fs';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { followUpFindings } from '../../src/outcomes/followUpFindings.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { substitute } from '../../src/schedule/substitute.js';

// The compact plan of the replan and substitute vectors (8 units, 5 inspectors, 4 weeks from
// 2026-03-02, a holiday on 2026-03-11, a complaint at tp-rural on 2026-03-19: visit v-0009), and its
// schedule drawn, then changed: a substitution, then a replan from 2026-03-23.

/** The plan file. */
export const input: any = JSON.parse(readFileSync('test/vectors/draw/substitute.json', 'utf8')).input;

/** `plan(input)`: v-0001 .. v-0012, v-0009 the directed visit of 2026-03-19. */
export const planned: Schedule = plan(input);

/** The planned schedule after a substitution (2026-03-16 and 17) and a replan from 2026-03-23. */
export const changed: Schedule[] = (() => {
  const s1 = substitute(input, planned, {
    inspector: 'insp-03',
    dates: ['2026-03-16', '2026-03-17'],
    reason: 'training course',
    at: '2026-03-01T09:00:00+08:00',
  });
  const s2 = replan(input, s1, {
    from: '2026-03-23',
    reason: 'ps-south under review',
    changes: { risk: { 'ps-south': 6 } },
  });
  return [s1, s2];
})();

/** The last of them. */
export const current: Schedule = changed.at(-1)!;

/**
 * A first month of outcomes, then the replan from 2026-03-16 that adds their follow-ups, then the
 * outcomes recorded against the replanned schedule (its visits from 2026-03-16 on were numbered
 * again: v-0006 is the late follow-up at ci-main on 03-16, v-0009 the follow-up at ps-south on 03-19,
 * v-0010 the complaint at tp-rural on 03-19).
 */
export const followedUp = (() => {
  const early = {
    schedule: planned.manifest.scheduleHash,
    records: [
      {
        visit: 'v-0001',
        result: 'problems',
        problems: [
          {
            category: 'law-enforcement',
            text: 'case files incomplete',
            responsible: 'Li Wei',
            deadline: '2026-03-06',
          },
        ],
      },
      {
        visit: 'v-0004',
        result: 'problems',
        problems: [
          { category: 'discipline', responsible: 'Wang Lei', deadline: '2026-03-18', closed: '2026-03-17' },
          { category: 'service', deadline: '2026-03-18' },
        ],
      },
      { visit: 'v-0002', result: 'compliant' },
    ],
  };
  const findings = followUpFindings(planned, early, '2026-03-16');
  const schedule = replan(input, planned, {
    from: '2026-03-16',
    reason: 'follow-ups',
    changes: { findings },
  });
  const outcomes = {
    schedule: schedule.manifest.scheduleHash,
    records: [
      ...early.records,
      { visit: 'v-0006', result: 'compliant' },
      {
        visit: 'v-0010',
        result: 'problems',
        problems: [{ category: 'service', text: '接警不及时', responsible: '王磊', deadline: '2026-03-25' }],
        feedback: { complainant: '2026-03-20', unit: '2026-03-23' },
      },
    ],
  };
  return { early, schedule, outcomes };
})();
