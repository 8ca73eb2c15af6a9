// Nothing from the future: a report as of a date shows the periods ended by then, says when it is
// interim, and is the full report from the horizon's last day on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportCsv } from '../../src/cli/csv.js';
import { formatReport } from '../../src/cli/formatReport.js';
import { fairnessReport } from '../../src/report/fairnessReport.js';
import { reportHtml } from '../../src/report/reportHtml.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { substitute } from '../../src/schedule/substitute.js';
import { rejection } from '../model/refusals.js';
import { COUNTY_END, countySchedule } from './county.js';
import { parseCsv } from './parseCsv.js';

const county = countySchedule();
const input = JSON.parse(readFileSync('examples/county.json', 'utf8'));

describe('fairnessReport(schedule, { asOf })', () => {
  it('requires asOf, an existing date yyyy-mm-dd, naming options.asOf', () => {
    for (const options of [undefined, {}, { asOf: undefined }, null]) {
      const e = rejection(() => fairnessReport(county, options as never));
      expect([e.code, e.path]).toEqual(['invalid-input', 'options.asOf']);
      expect(e.message).toMatch(/^options\.asOf: is required/);
    }
    for (const asOf of ['2026-02-30', '2026-7-8', '2026-07-08T00:00:00Z', 20260708, '']) {
      const e = rejection(() => fairnessReport(county, { asOf } as never));
      expect(e.path).toBe('options.asOf');
      expect(e.message).toMatch(/must be an existing calendar date written yyyy-mm-dd/);
    }
  });

  it('is the full report from the horizon’s last day on, the same on every later day', () => {
    const full = fairnessReport(county, COUNTY_END);
    expect(full.coverage).toEqual({
      asOf: '2026-12-27',
      interim: false,
      ended: 51,
      total: 51,
      through: '2026-12-27',
    });
    const later = fairnessReport(county, { asOf: '2031-01-01' });
    expect({ ...later, coverage: full.coverage }).toEqual(full);
    expect(reportHtml(later)).toBe(reportHtml(full));
    expect(reportHtml(full)).not.toContain('data-testid="interim"');
    expect(formatReport(full)).toMatch(/^fairness report: /);
    expect(reportCsv(full).units).toMatch(/^id,name,type,/);
    expect(full.totals.visits).toBe(county.visits.length);
  });

  it('as of a day in period 27 covers periods 1–26 and nothing after 2026-07-05', () => {
    const r = fairnessReport(county, { asOf: '2026-07-08' });
    expect(r.coverage).toEqual({
      asOf: '2026-07-08',
      interim: true,
      ended: 26,
      total: 51,
      through: '2026-07-05',
    });
    const shown = county.visits.filter((v) => v.period < 26);
    expect(r.periods).toHaveLength(26);
    expect(r.totals.visits).toBe(shown.length);
    expect(r.totals.routine).toBe(shown.filter((v) => v.kind === 'routine').length);
    expect(r.horizon).toEqual({ start: '2026-01-05', end: '2026-07-05' });
    expect(r.days.at(-1)!.date).toBe('2026-07-05');
    for (const u of r.units) expect(u.probabilities).toHaveLength(26);
    for (const t of r.types)
      expect([t.expectedPerPeriod.length, t.realisedPerPeriod.length]).toEqual([26, 26]);
    expect(r.totals.typePeriods).toBe(8 * 26);
    expect(r.inspectors.reduce((s, x) => s + x.visits, 0)).toBe(
      shown.reduce((s, v) => s + new Set(v.inspectors).size, 0),
    );
    // rows: the campaign (to 2026-04-30), the directed visit of 2026-06-10 and the finding of April;
    // not the directed visit of October nor the finding of December
    expect(r.campaigns.map((c) => c.id)).toEqual(['spring-crackdown']);
    expect(r.directed.map((d) => d.visit)).toEqual(['v-0136']);
    expect(r.findings.map((f) => f.visit)).toEqual(['v-0109']);
    // the visit of 2026-07-08 itself is in a period not yet ended
    expect(county.visits.find((v) => v.id === 'v-0160')!.date).toBe('2026-07-08');
    expect(reportHtml(r)).not.toContain('2026-07-08');
    expect(reportHtml(r)).not.toContain('v-0160');
  });

  it('says plainly that it is interim, and up to which period, on the page, in the text and in the CSV', () => {
    const r = fairnessReport(county, { asOf: '2026-07-08' });
    const statement =
      'Interim report: periods 1–26 of 51, up to 2026-07-05. The periods not yet ended are left out.';
    const page = reportHtml(r);
    expect(page).toContain(
      `<div class="promise card bad" id="interim" data-testid="interim" role="note"><strong>${statement}</strong></div>`,
    );
    expect(page).toContain('· 26 of 51 periods ·');
    expect(page).toContain('In each of the 51 periods of the schedule');
    expect(formatReport(r).split('\n')[0]).toBe(statement);
    const tables = reportCsv(r);
    for (const text of Object.values(tables)) {
      const rows = parseCsv(text);
      expect(rows[0]).toEqual([statement]);
    }
    expect(parseCsv(tables.units)[1]!.slice(0, 3)).toEqual(['id', 'name', 'type']);
    expect(parseCsv(tables.units)[1]!.filter((c) => c.startsWith('pi_'))).toHaveLength(26);
    expect(parseCsv(tables.types)[1]!.filter((c) => c.startsWith('realised_'))).toHaveLength(26);
  });

  it('does not count a unit outside its range so far as a broken promise: the promise is for the horizon', () => {
    const r = fairnessReport(county, { asOf: '2026-07-08' });
    expect(r.promises.unitCounts).toBe(true);
    expect(r.totals.unitsWithinPromise).toBeLessThan(40); // half a year is not the horizon
    const page = reportHtml(r);
    expect(page).toContain('units visited so far their expected number of times, rounded down or up');
    expect(page).not.toMatch(/class="card bad" data-testid="card-units-promise"/);
    expect(page).not.toMatch(/<td class="bad">no<\/td>/);
    const text = formatReport(r);
    expect(text).toContain('(so far; the promise is for the whole horizon and is checked at its end)');
    expect(text).not.toMatch(/ NO /);
    // per-period type counts are promised in every period, so an ended period is checked
    expect(r.totals.typePeriodsWithinPromise).toBe(r.totals.typePeriods);
  });

  it('a day before a period’s last day leaves it out; on its last day it is in', () => {
    expect(fairnessReport(county, { asOf: '2026-07-04' }).coverage).toMatchObject({
      ended: 25,
      through: '2026-06-28',
    });
    expect(fairnessReport(county, { asOf: '2026-07-05' }).coverage).toMatchObject({
      ended: 26,
      through: '2026-07-05',
    });
    expect(fairnessReport(county, { asOf: '2026-12-26' }).coverage).toMatchObject({
      ended: 50,
      interim: true,
    });
  });

  it('before the first period has ended shows no visit, no day and no row', () => {
    const r = fairnessReport(county, { asOf: '2026-01-10' });
    expect(r.coverage).toMatchObject({ interim: true, ended: 0, through: '' });
    expect([r.periods, r.days, r.campaigns, r.directed, r.findings, r.conflicts, r.notes]).toEqual([
      [],
      [],
      [],
      [],
      [],
      [],
      [],
    ]);
    expect(r.totals).toMatchObject({ visits: 0, routine: 0, other: 0, changes: 0, typePeriods: 0 });
    expect(r.horizon).toEqual({ start: '', end: '' });
    const statement = 'Interim report: none of the 51 periods has ended yet, so no visit is shown.';
    expect(reportHtml(r)).toContain(statement);
    expect(formatReport(r).split('\n')[0]).toBe(statement);
    expect(r.inspectors.every((x) => x.visits === 0)).toBe(true);
  });

  it('shows a replan, its notes and its restated promise only once its first period has ended', () => {
    const limited = { ...input, limits: { maxVisitsPerUnit: 10, minGapDays: 14 } };
    const replanned = replan(limited, plan(limited), {
      from: '2026-07-06',
      reason: 'reorganisation',
      changes: { close: ['ci-east'] },
    });
    const before = fairnessReport(replanned, { asOf: '2026-07-08' });
    expect([before.totals.changes, before.notes, before.promises.fromPeriod]).toEqual([0, [], 0]);
    for (const c of before.conflicts) expect(c.dates[1] <= '2026-07-05').toBe(true);
    expect(before.conflicts.length).toBeLessThan(replanned.conflicts!.length);
    const after = fairnessReport(replanned, { asOf: '2026-07-12' });
    expect(after.totals.changes).toBe(1);
    expect(after.promises.fromPeriod).toBe(26);
    expect(after.notes.map((n) => n.kind)).toContain('restated');
    expect(reportHtml(after)).toMatch(/periods 27 to 51 were drawn again/);
  });

  it('counts a substitution only once every date it changed has passed into an ended period', () => {
    const v = county.visits.find((x) => x.date === '2026-03-03')!;
    const changed = substitute(input, plan(input), {
      inspector: v.inspectors[0]!,
      dates: ['2026-03-03'],
      reason: 'sick leave',
      at: '2026-03-01T08:00:00+08:00',
    });
    expect(fairnessReport(changed, { asOf: '2026-03-07' }).totals.changes).toBe(0);
    expect(fairnessReport(changed, { asOf: '2026-03-08' }).totals.changes).toBe(1);
  });
});
