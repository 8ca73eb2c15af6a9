// The no-leak property of a report made as of a date: neither the page, nor the text summary, nor a
// CSV table shows a visit of a period not yet ended, by its date in any format or by its id.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { reportCsv } from '../../src/cli/csv.js';
import { formatReport } from '../../src/cli/formatReport.js';
import { FairdrawError } from '../../src/model/FairdrawError.js';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { fairnessReport } from '../../src/report/fairnessReport.js';
import { reportHtml } from '../../src/report/reportHtml.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { arbitraryYearPlan } from '../schedule/yearPlans.js';
import { countySchedule, countyWithOtherKinds } from './county.js';

const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';

/**
 * Every way a date could be written for a reader, as a pattern with the year, month and day it
 * captures: ISO (padded or not), English (`5 Mar 2026`, `Thu 5 March 2026`, `Mar 5, 2026`), Chinese
 * (`2026年3月5日`), with slashes (either order) or dots, and compact (`20260305`).
 */
const SPELLINGS: [RegExp, (m: RegExpExecArray) => [string, string, string][]][] = [
  [/(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g, (m) => [[m[1]!, m[2]!, m[3]!]]],
  [
    new RegExp(`(?<!\\d)(\\d{1,2}) (${MONTHS})[a-z]*\\.? (\\d{4})(?!\\d)`, 'g'),
    (m) => [[m[3]!, m[2]!, m[1]!]],
  ],
  [new RegExp(`(${MONTHS})[a-z]*\\.? (\\d{1,2}),? (\\d{4})(?!\\d)`, 'g'), (m) => [[m[3]!, m[1]!, m[2]!]]],
  [/(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日/g, (m) => [[m[1]!, m[2]!, m[3]!]]],
  [
    /(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/g,
    (m) => [
      [m[3]!, m[2]!, m[1]!],
      [m[3]!, m[1]!, m[2]!],
    ],
  ],
  [/(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g, (m) => [[m[1]!, m[2]!, m[3]!]]],
];

/** Every calendar date `text` writes, in any of the {@link SPELLINGS}, as ISO dates. */
function datesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const [pattern, parts] of SPELLINGS)
    for (const m of text.matchAll(pattern))
      for (const [y, mo, d] of parts(m)) {
        const month = /^\d+$/.test(mo) ? Number(mo) : MONTHS.split('|').indexOf(mo) + 1;
        const date = DateTime.fromObject({ year: Number(y), month, day: Number(d) }, { zone: 'utc' });
        if (date.isValid) out.add(date.toISODate()!);
      }
  return out;
}

/** Every token `text` writes that could be a visit id (letters, digits, `_` and `-`). */
const tokensIn = (text: string) => new Set(text.match(/[\w-]+/g) ?? []);

/** What a report as of `asOf` publishes: the page, the text summary and the three CSV tables. */
function published(schedule: Schedule, asOf: string) {
  const report = fairnessReport(schedule, { asOf });
  const csv = reportCsv(report);
  return {
    report,
    outputs: {
      page: reportHtml(report),
      text: formatReport(report),
      units: csv.units,
      types: csv.types,
      inspectors: csv.inspectors,
    },
  };
}

/**
 * Checks the property on one schedule and date: every visit the report may not show (one of a period
 * not ended, or dated after the last ended period; after `asOf` in a full report) is absent from every
 * output, by each spelling of its date and by its id. Returns how many visits were hidden.
 */
function expectNothingFromTheFuture(schedule: Schedule, asOf: string): number {
  const { report, outputs } = published(schedule, asOf);
  const { ended, total, interim, through } = report.coverage;
  const last = interim ? through : asOf;
  const hidden = schedule.visits.filter((v) => (v.period >= ended && v.period < total) || v.date > last);
  const shownDates = new Set(schedule.visits.filter((v) => !hidden.includes(v)).map((v) => v.date));
  for (const [name, text] of Object.entries(outputs)) {
    const dates = datesIn(text);
    const tokens = tokensIn(text);
    for (const v of hidden) {
      const what = `${name} as of ${asOf} shows ${v.id} (${v.date}, period ${v.period})`;
      // (only a hand-made schedule dates a hidden visit like a shown one)
      if (!shownDates.has(v.date)) expect(dates.has(v.date), `${what} by its date`).toBe(false);
      expect(tokens.has(v.id), `${what} by its id`).toBe(false);
    }
  }
  // and the counts are those of the shown visits alone
  expect(report.totals.visits).toBe(schedule.visits.length - hidden.length);
  expect(report.periods).toHaveLength(ended);
  if (interim) expect(outputs.text.split('\n')[0]).toMatch(/^Interim report: /);
  return hidden.length;
}

/** An ISO date `offset` days after `start`. */
const dayAfter = (start: string, offset: number) =>
  DateTime.fromISO(start, { zone: 'utc' }).plus({ days: offset }).toISODate()!;

describe('a report as of a date shows nothing of a period not yet ended', () => {
  const input = JSON.parse(readFileSync('examples/county.json', 'utf8'));
  const limited = { ...input, limits: { maxVisitsPerUnit: 10, minGapDays: 14 } };
  const replanned = replan(limited, plan(limited), {
    from: '2026-07-06',
    reason: 'reorganisation',
    changes: { close: ['ci-east'] },
  });
  // [schedule, runs]: each county report takes about a third of a second, page included
  const counties: [string, Schedule, number][] = [
    ['the county', countySchedule(), 10],
    ['the county with visits of every kind, one after the horizon', countyWithOtherKinds(), 5],
    ['the replanned county with caps and gap conflicts', replanned, 5],
  ];

  it.each(counties)(
    '%s, as of random dates from before the first period to after the horizon',
    (_, schedule, runs) => {
      let hidden = 0;
      fc.assert(
        fc.property(fc.integer({ min: -10, max: 380 }), (offset) => {
          hidden += expectNothingFromTheFuture(schedule, dayAfter('2026-01-05', offset));
        }),
        // and always: mid-period (2026-07-08, the day of a visit), a period's last day, the horizon's
        // last day, before the first period's end, after a follow-up past the horizon
        { seed: 13, numRuns: runs, examples: [[184], [181], [356], [3], [368]] },
      );
      expect(hidden).toBeGreaterThan(0);
    },
  );

  it('random plans with campaigns, directed visits and findings, as of random dates', () => {
    let checked = 0;
    let interim = 0;
    fc.assert(
      fc.property(arbitraryYearPlan(), fc.double({ min: -0.1, max: 1.1, noNaN: true }), (input, at) => {
        let schedule: Schedule;
        try {
          schedule = plan(input);
        } catch (e) {
          expect(e).toBeInstanceOf(FairdrawError);
          return;
        }
        checked += 1;
        const { start, end } = input.horizon as { start: string; end: string };
        const length = DateTime.fromISO(end).diff(DateTime.fromISO(start), 'days').days;
        const asOf = dayAfter(start, Math.round(at * length));
        if (asOf < end) interim += 1;
        expectNothingFromTheFuture(schedule, asOf);
      }),
      { seed: 13, numRuns: 60 },
    );
    expect(checked).toBeGreaterThan(30);
    expect(interim).toBeGreaterThan(20);
  });
});
