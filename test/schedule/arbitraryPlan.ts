import fc from 'fast-check';
import { DateTime } from 'luxon';

/** Small random plan files: a few weeks or months, a few police types, optional holidays. */
export function arbitraryPlan(options: { coordination?: 'horizon' | 'independent'; zones?: string[] } = {}) {
  const zones = options.zones ?? ['Asia/Shanghai', 'Europe/Paris', 'America/New_York'];
  return fc
    .record({
      zone: fc.constantFrom(...zones),
      period: fc.constantFrom('week', 'week', 'month'),
      startOffset: fc.integer({ min: 0, max: 360 }),
      length: fc.integer({ min: 1, max: 70 }),
      types: fc.integer({ min: 1, max: 4 }),
      risks: fc.array(fc.double({ min: 0.2, max: 8, noNaN: true }), { minLength: 2, maxLength: 14 }),
      typeOf: fc.array(fc.nat(), { minLength: 14, maxLength: 14 }),
      visitsShare: fc.double({ min: 0, max: 1, noNaN: true }),
      holidayOffsets: fc.uniqueArray(fc.integer({ min: 0, max: 69 }), { maxLength: 6 }),
      fairness: fc.constantFrom('risk', 'equal'),
      balance: fc.constantFrom('type', 'none'),
      design: fc.constantFrom('maxent', 'pivotal', 'systematic'),
      seed: fc.string({ minLength: 1, maxLength: 12 }),
    })
    .map((r) => {
      const start = DateTime.fromISO('2026-01-01', { zone: r.zone }).plus({ days: r.startOffset });
      const end = start.plus({ days: r.length - 1 });
      const units = r.risks.map((risk, i) => ({
        id: `u-${String(i).padStart(2, '0')}`,
        type: `type-${(r.typeOf[i] ?? 0) % r.types}`,
        risk: Math.round(risk * 100) / 100,
      }));
      const holidays = r.holidayOffsets
        .filter((d) => d < r.length)
        .map((d) => start.plus({ days: d }).toISODate()!)
        .sort();
      return {
        seed: r.seed,
        horizon: {
          start: start.toISODate()!,
          end: end.toISODate()!,
          zone: r.zone,
          period: r.period,
          holidays,
        },
        units,
        routine: {
          visitsPerPeriod: Math.floor(r.visitsShare * units.length * 0.6),
          fairness: r.fairness,
          balance: r.balance,
          design: r.design,
          coordination: options.coordination ?? 'horizon',
        },
      };
    });
}
