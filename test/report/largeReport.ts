import { DateTime } from 'luxon';
import type {
  FairnessReport,
  ReportDay,
  ReportInspector,
  ReportPeriod,
  ReportType,
  ReportUnit,
} from '../../src/report/FairnessReportTypes.js';

// A fairness report model of any size, made up rather than drawn (plan() at a million units takes
// a minute): for the tests of the page's size (issue 16), which depends on the model only. Every
// number is a plain function of the indices, so the same sizes always give the same report.

/** What a made-up report holds: how many of each. */
export interface LargeReportSizes {
  units: number;
  /** Periods, one per working day (`day`) or per week (`week`), from 2026-01-05. */
  periods: number;
  period: 'day' | 'week';
  inspectors: number;
  types: number;
  /** Every `capped`-th unit is capped (0: none). */
  capped?: number;
  /** Every `outside`-th unit is outside the promise (0: none). */
  outside?: number;
  /** Rows of each list of the schedule: campaigns, directed visits, findings, conflicts, notes. */
  lists?: number;
  /** Names on the units and inspectors (a long Chinese name each). */
  names?: boolean;
}

/** The days of `n` periods from 2026-01-05 (a Monday): working days (Monday to Friday) or whole weeks. */
function periodDays(n: number, period: 'day' | 'week'): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  let d = DateTime.fromISO('2026-01-05', { zone: 'utc' });
  while (out.length < n) {
    if (period === 'week') {
      out.push({ start: d.toISODate()!, end: d.plus({ days: 6 }).toISODate()! });
      d = d.plus({ weeks: 1 });
    } else {
      if (d.weekday <= 5) out.push({ start: d.toISODate()!, end: d.toISODate()! });
      d = d.plus({ days: 1 });
    }
  }
  return out;
}

/** A fairness report of the given sizes, as `fairnessReport` makes one (its fields consistent enough for the page). */
export function largeReport(z: LargeReportSizes): FairnessReport {
  const nT = z.periods;
  const typeNames = Array.from({ length: z.types }, (_, j) => `type-${String(j + 1).padStart(2, '0')}`);
  const spans = periodDays(nT, z.period);
  const lists = z.lists ?? 0;
  const campaignIds = Array.from({ length: Math.min(lists, 3) }, (_, k) => `campaign-${k + 1}`);
  const units: ReportUnit[] = new Array(z.units);
  let within = 0;
  for (let i = 0; i < z.units; i++) {
    const risk = 1 + (i % 4);
    const p = Math.min(1, (risk * 0.004 * (1 + ((i * 7919) % 13) / 13)) / (z.units / 1e5 || 1));
    const probabilities = new Array<number>(nT);
    for (let t = 0; t < nT; t++) probabilities[t] = (i + t) % 97 === 0 ? 0 : p;
    let expected = 0;
    let active = 0;
    for (const q of probabilities) {
      expected += q;
      if (q > 0) active += 1;
    }
    const isOutside = z.outside ? i % z.outside === 0 : false;
    const realised = isOutside
      ? Math.ceil(expected) + 1
      : (i * 2654435761) % 1000 < (expected % 1) * 1000
        ? Math.ceil(expected)
        : Math.floor(expected);
    if (!isOutside) within += 1;
    const other = i % 50 === 0 ? 2 : 0;
    units[i] = {
      id: `unit-${i}`,
      ...(z.names ? { name: `第${i}号派出所治安管理大队文保中队内保中队` } : {}),
      type: typeNames[i % z.types]!,
      probabilities,
      minProbability: p,
      maxProbability: p,
      activePeriods: active,
      expected,
      realised,
      deviation: realised - expected,
      promiseExpected: expected,
      promiseRealised: realised,
      withinPromise: !isOutside,
      campaigns: Object.fromEntries(campaignIds.map((id) => [id, 0.01])),
      capped: z.capped ? i % z.capped === 0 : false,
      other,
      byKind: other > 0 ? { campaign: 1, directed: 1, routine: realised } : { routine: realised },
    };
  }
  const types: ReportType[] = typeNames.map((type, j) => ({
    type,
    units: Math.ceil((z.units - j) / z.types),
    expectedPerPeriod: spans.map(() => 10.4),
    realisedPerPeriod: spans.map((_, t) => 10 + (t % 2)),
    expected: 10.4 * nT,
    realised: 10.5 * nT,
    deviation: 0.1 * nT,
    periodsOutsidePromise: 0,
    minProbability: 0.004,
    maxProbability: 0.016,
    other: 3,
  }));
  const inspectors: ReportInspector[] = Array.from({ length: z.inspectors }, (_, k) => ({
    id: `insp-${k}`,
    ...(z.names ? { name: `督察员第${k}号` } : {}),
    visits: 100 + (k % 17),
    routine: 98 + (k % 17),
    other: 2,
    byType: Object.fromEntries(typeNames.map((t, j) => [t, 5 + ((k + j) % 3)])),
  }));
  const periods: ReportPeriod[] = spans.map((s, t) => ({
    index: t,
    start: s.start,
    end: s.end,
    budget: 100,
    routine: 100,
    other: t % 3,
  }));
  const first = spans[0]!.start;
  const last = spans.at(-1)!.end;
  const days: ReportDay[] = [];
  const end = DateTime.fromISO(last, { zone: 'utc' });
  for (let d = DateTime.fromISO(first, { zone: 'utc' }); d <= end; d = d.plus({ days: 1 }))
    days.push({
      date: d.toISODate()!,
      weekday: d.weekday,
      routine: d.weekday <= 5 ? 20 : 0,
      other: d.day % 3,
    });
  const rows = Array.from({ length: lists }, (_, k) => k);
  const dayOf = (k: number) => spans[k % nT]!.start;
  return {
    coverage: { asOf: last, interim: false, ended: nT, total: nT, through: last },
    manifest: {
      library: 'fairdraw 0.1.0',
      algorithm: 'routine=horizon-flow+type@1',
      rng: 'chacha20',
      inputHash: 'a'.repeat(64),
      seedCommitment: 'b'.repeat(64),
      scheduleHash: 'c'.repeat(64),
    },
    promises: { routine: 'horizon-flow+type@1', unitCounts: true, typeCounts: true, fromPeriod: 0 },
    horizon: { start: first, end: last },
    periods,
    kinds: { routine: 100 * nT, campaign: lists, directed: lists, 'follow-up': lists },
    totals: {
      visits: 100 * nT + 3 * lists,
      routine: 100 * nT,
      other: 3 * lists,
      units: z.units,
      types: z.types,
      inspectors: z.inspectors,
      unitsWithinPromise: within,
      typePeriodsWithinPromise: z.types * nT,
      typePeriods: z.types * nT,
      changes: lists,
    },
    units,
    types,
    inspectors,
    days,
    campaigns: campaignIds.map((id) => ({
      id,
      from: first,
      to: last,
      planned: 10,
      visits: 10,
      scopeUnits: z.units,
      fairness: 'equal',
      design: 'maxent',
    })),
    directed: rows.map((k) => ({
      unit: `unit-${k % z.units}`,
      date: dayOf(k),
      reason: `complaint 2026-${k}`,
      visit: `d-${k}`,
      note: '',
    })),
    findings: rows.map((k) => ({
      unit: `unit-${k % z.units}`,
      date: dayOf(k),
      deadline: dayOf(k + 5),
      followUp: dayOf(k + 6),
      scheduled: k % 2 === 0,
      visit: k % 2 === 0 ? `f-${k}` : '',
      note: k % 2 === 0 ? '' : `the follow-up ${last} falls after the horizon end ${last}`,
    })),
    conflicts: rows.map((k) => ({
      rule: 'minGapDays',
      unit: `unit-${k % z.units}`,
      dates: [dayOf(k), dayOf(k + 1)] as [string, string],
      days: 1,
    })),
    notes: rows.map((k) => ({
      kind: 'cap',
      from: dayOf(k),
      unit: `unit-${k % z.units}`,
      message: `unit-${k} already has 3 of its 3 visits (limits.maxVisitsPerUnit): its routine probabilities from ${dayOf(k)} on are 0, not the 0.5 expected`,
    })),
  };
}
