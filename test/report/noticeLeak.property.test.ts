// The no-leak rule of the start-of-year notice: its page and its CSV tables name no visit date that
// the plan file does not give, in any form a page could write it, and no visit id; and they are the
// same for two seeds but for the seed commitment and the schedule hash, so nothing the draw
// produced is in them. For the county and for random plans with campaigns, directed visits,
// findings, caps and inspectors.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noticeCsv } from '../../src/cli/noticeCsv.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { noticeHtml } from '../../src/report/noticeHtml.js';
import type { PlanNotice } from '../../src/report/PlanNoticeTypes.js';
import { planNotice } from '../../src/report/planNotice.js';
import { plan } from '../../src/schedule/plan.js';
import { arbitraryYearPlan } from '../schedule/yearPlans.js';
import { countySchedule } from './county.js';
import { dateForms, derivableDates, leaks, withoutSeedAnchors } from './noticeLeaks.js';

const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));

/** The page and the two CSV tables of a notice, one after the other. */
function published(notice: PlanNotice): string {
  const { frame, rules } = noticeCsv(notice);
  return `${noticeHtml(notice, { title: 'Notice' })}\n${frame}\n${rules}`;
}

describe('the county notice leaks nothing of the draw', () => {
  const schedule = countySchedule();
  const text = published(planNotice(county, schedule));

  it('names no visit date the plan does not give, in any form, and no visit id', () => {
    const { found, searched } = leaks(text, county, schedule);
    // 302 visits on about 200 days, most of them not derivable from the plan
    expect(searched).toBeGreaterThan(150);
    expect(found).toEqual([]);
    // the dates it names are all the plan's
    const derivable = derivableDates(county);
    const named = new Set(text.match(/(?<![0-9])\d{4}-\d{2}-\d{2}(?![0-9])/g));
    expect([...named].filter((d) => !derivable.has(d))).toEqual([]);
  });

  it('the check would see a visit date in each form, and a visit id', () => {
    const derivable = derivableDates(county);
    const visit = schedule.visits.find((v) => !derivable.has(v.date))!;
    const forms = dateForms(visit.date);
    const { found } = leaks(`${text}${forms.map((f) => `<td>${f}</td>`).join('')}`, county, schedule);
    for (const form of forms) expect(found, form).toContain(`visit date ${visit.date} as "${form}"`);
    expect(leaks(`${text} ${visit.id}.`, county, schedule).found).toContain(`visit id ${visit.id}`);
  });
});

/** A random plan with an inspector pool (home units, a conflict, qualified types, names) and regions. */
function arbitraryStaffedPlan() {
  return fc
    .tuple(
      arbitraryYearPlan(),
      fc.integer({ min: 1, max: 2 }),
      fc.boolean(),
      fc.option(fc.integer({ min: 2, max: 20 }), { nil: undefined }),
      fc.string({ minLength: 1, maxLength: 8 }),
      fc.boolean(),
    )
    .map(([base, size, region, cap, other, busy]) => {
      const units = base.units.map((u: any, i: number) => ({
        ...u,
        name: `Unit ${i} <${u.type}>`,
        region: i % 2 === 0 ? 'east' : 'west',
      }));
      // half the plans visit half their units every period: more secret dates to look for
      const perPeriod = busy ? Math.ceil(units.length / 2) : base.routine.visitsPerPeriod;
      const input: any = {
        ...base,
        units,
        routine: { ...base.routine, visitsPerPeriod: perPeriod },
        inspectors: [
          { id: 'i-1', name: 'Wang Lei', homeUnit: units[0].id },
          { id: 'i-2', homeUnit: units[1].id, conflicts: [units.at(-1).id] },
          { id: 'i-3', types: [units[0].type] },
          { id: 'i-4' },
          { id: 'i-5', name: '=cmd|x' },
        ],
        team: { size, recusal: region ? ['homeUnit', 'region'] : ['homeUnit'] },
        ...(cap === undefined ? {} : { limits: { maxVisitsPerUnit: cap } }),
      };
      return { input, otherSeed: `${base.seed}|${other}` };
    });
}

describe('random plans: the notice leaks nothing of the draw', () => {
  it('no visit date outside the plan, no visit id, and the same notice for two seeds (fast-check seed 1313)', () => {
    let checked = 0;
    let searched = 0;
    fc.assert(
      fc.property(arbitraryStaffedPlan(), ({ input, otherSeed }) => {
        let a: Schedule;
        let b: Schedule;
        try {
          a = plan(input);
          b = plan({ ...input, seed: otherSeed });
        } catch (e) {
          expect(e).toBeInstanceOf(FairdrawError);
          return;
        }
        const notice = planNotice(input, a);
        const text = published(notice);
        const result = leaks(text, input, a);
        expect(result.found).toEqual([]);
        // another seed: the same data to the last bit (the schedules' probabilities may differ there),
        // the same page and tables but for the fingerprints of the seed
        const another = planNotice({ ...input, seed: otherSeed }, b);
        expect({ ...another, anchors: notice.anchors }).toEqual(notice);
        expect(withoutSeedAnchors(published(another), b)).toBe(withoutSeedAnchors(text, a));
        checked += 1;
        searched += result.searched;
      }),
      { seed: 1313, numRuns: 120 },
    );
    // enough plans were drawn, with enough secret dates, for the check to mean something
    expect(checked).toBeGreaterThan(40);
    expect(searched).toBeGreaterThan(200);
  });
});
