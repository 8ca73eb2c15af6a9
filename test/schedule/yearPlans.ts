import fc from 'fast-check';
import { DateTime } from 'luxon';
import { buildCalendar } from '../../src/calendar/buildCalendar.js';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { arbitraryPlan } from './arbitraryPlan.js';

/** A small plan of 8 weeks in spring 2026 with two police types, two regions and three inspectors. */
export function smallYearPlan(): any {
  return {
    seed: 'year-test',
    horizon: {
      start: '2026-03-02',
      end: '2026-04-26',
      zone: 'Asia/Shanghai',
      period: 'week',
      holidays: ['2026-04-06'],
    },
    units: [
      { id: 'ps-a', type: 'police-station', risk: 4, region: 'east' },
      { id: 'ps-b', type: 'police-station', risk: 3, region: 'west' },
      { id: 'ps-c', type: 'police-station', risk: 2, region: 'east' },
      { id: 'ps-d', type: 'police-station', risk: 1, region: 'west' },
      { id: 'ps-e', type: 'police-station', risk: 1, region: 'east', active: { from: '2026-03-20' } },
      { id: 'ci-a', type: 'criminal-investigation', risk: 3, region: 'east' },
      { id: 'ci-b', type: 'criminal-investigation', risk: 2, region: 'west' },
    ],
    inspectors: [
      { id: 'i-1', homeUnit: 'ps-a' },
      { id: 'i-2', homeUnit: 'ci-a' },
      { id: 'i-3', types: ['police-station'] },
      { id: 'i-4' },
    ],
    routine: { visitsPerPeriod: 2, fairness: 'risk' },
    team: { size: 2 },
  };
}

/** The plan without its campaigns, directed visits, findings and limits. */
export function withoutYear(input: any): any {
  const { campaigns: _c, directed: _d, findings: _f, limits: _l, ...rest } = input;
  return rest;
}

/** The routine visits of a schedule as (period, date, unit) rows, in schedule order. */
export function routineRows(schedule: Schedule): string[] {
  return schedule.visits.filter((v) => v.kind === 'routine').map((v) => `${v.period} ${v.date} ${v.unit}`);
}

const campaignArb = fc.record({
  start: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  length: fc.double({ min: 0, max: 1, noNaN: true }),
  scope: fc.constantFrom('all', 'type', 'units', 'type+units'),
  unitKeys: fc.uniqueArray(fc.nat({ max: 13 }), { minLength: 1, maxLength: 6 }),
  typeKey: fc.nat(),
  visits: fc.double({ min: 0, max: 1, noNaN: true }),
  fairness: fc.constantFrom('equal', 'risk'),
  design: fc.constantFrom('maxent', 'pivotal', 'systematic'),
});

/**
 * Random plans (arbitraryPlan) with up to 3 campaigns, 3 directed visits and 3 findings (no
 * `raiseRisk`) inside their horizon; the campaign sizes never exceed the scope.
 */
export function arbitraryYearPlan() {
  return fc
    .tuple(
      arbitraryPlan(),
      fc.array(campaignArb, { maxLength: 3 }),
      fc.array(
        fc.record({ unit: fc.nat(), day: fc.nat(), span: fc.nat({ max: 12 }), window: fc.boolean() }),
        {
          maxLength: 3,
        },
      ),
      fc.array(fc.record({ unit: fc.nat(), day: fc.nat(), n: fc.nat({ max: 15 }) }), { maxLength: 3 }),
    )
    .map(([input, campaigns, directed, findings]) => {
      const cal = buildCalendar({ workdays: [1, 2, 3, 4, 5], extraWorkdays: [], ...input.horizon });
      const days: string[] = [];
      for (
        let d = DateTime.fromISO(cal.start, { zone: cal.zone });
        d.toISODate()! <= cal.end;
        d = d.plus({ days: 1 })
      )
        days.push(d.toISODate()!);
      const workdays = cal.workdaysBetween(cal.start, cal.end);
      const units = input.units;
      const types = [...new Set(units.map((u) => u.type))];
      const out: any = { ...input };
      out.campaigns = campaigns.map((c, k) => {
        const s = Math.floor(c.start * days.length);
        const e = s + Math.floor(c.length * (days.length - 1 - s));
        const type = types[c.typeKey % types.length]!;
        const ids = c.unitKeys.map((x) => units[x % units.length]!.id);
        const scope: any = {};
        if (c.scope.includes('type')) scope.types = [type];
        if (c.scope.includes('units')) scope.units = [...new Set(ids)];
        const inScope = units.filter(
          (u) =>
            (!scope.types || scope.types.includes(u.type)) && (!scope.units || scope.units.includes(u.id)),
        ).length;
        return {
          id: `camp-${k}`,
          from: days[s]!,
          to: days[e]!,
          scope,
          visits: Math.max(1, Math.ceil(c.visits * inScope)),
          fairness: c.fairness,
          design: c.design,
        };
      });
      out.directed = directed.flatMap((d, k): any[] => {
        const unit = units[d.unit % units.length]!.id;
        if (d.window) {
          const s = d.day % days.length;
          return [
            {
              unit,
              from: days[s]!,
              to: days[Math.min(days.length - 1, s + d.span)]!,
              reason: `complaint ${k}`,
            },
          ];
        }
        return workdays.length === 0
          ? []
          : [{ unit, date: workdays[d.day % workdays.length]!, reason: `complaint ${k}` }];
      });
      out.findings = findings.map((f) => ({
        unit: units[f.unit % units.length]!.id,
        date: days[f.day % days.length]!,
        deadlineWorkdays: f.n,
      }));
      return out;
    });
}
