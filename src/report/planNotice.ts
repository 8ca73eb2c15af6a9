import { FairdrawError } from '../model/FairdrawError.js';
import type { ValidPlanInput } from '../model/planInputSchema.js';
import { readSchedule } from '../model/scheduleSchema.js';
import { checkIntact } from '../schedule/anchors.js';
import { openPlan } from '../schedule/pipeline.js';
import { type PromisedFrame, promisedFrame } from '../schedule/promisedFrame.js';
import type {
  NoticeCampaign,
  NoticeInspector,
  NoticeType,
  NoticeUnit,
  PlanNotice,
} from './PlanNoticeTypes.js';

/** Smallest and largest positive value, and how many are positive (0, 0, 0 when none is). */
function positiveRange(values: Iterable<number>): { min: number; max: number; count: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  let count = 0;
  for (const p of values) {
    if (p <= 0) continue;
    count += 1;
    min = Math.min(min, p);
    max = Math.max(max, p);
  }
  return { min: count > 0 ? min : 0, max, count };
}

/** The frame: each unit with its promised routine and campaign probabilities. */
function noticeUnits(input: ValidPlanInput, promised: PromisedFrame): NoticeUnit[] {
  const campaignIds = (input.campaigns ?? []).map((c) => c.id);
  return input.units.map((u, i) => {
    const probabilities = promised.routine.map((row) => row[i]!);
    const range = positiveRange(probabilities);
    return {
      id: u.id,
      ...(u.name !== undefined ? { name: u.name } : {}),
      type: u.type,
      ...(u.region !== undefined ? { region: u.region } : {}),
      ...(u.active !== undefined ? { active: { ...u.active } } : {}),
      probabilities,
      minProbability: range.min,
      maxProbability: range.max,
      activePeriods: range.count,
      expectedVisits: probabilities.reduce((s, p) => s + p, 0),
      capped: promised.capped[i] === true,
      campaigns: Object.fromEntries(campaignIds.map((id, c) => [id, promised.campaigns[c]![i]!])),
    };
  });
}

/** The police types in order of first appearance, with their units' chances. */
function noticeTypes(units: readonly NoticeUnit[]): NoticeType[] {
  const byType = new Map<string, NoticeUnit[]>();
  for (const u of units) byType.set(u.type, [...(byType.get(u.type) ?? []), u]);
  return [...byType].map(([type, members]) => {
    const range = positiveRange(members.flatMap((u) => u.probabilities));
    return {
      type,
      units: members.length,
      minProbability: range.min,
      maxProbability: range.max,
      expectedVisits: members.reduce((s, u) => s + u.expectedVisits, 0),
    };
  });
}

function noticeCampaigns(input: ValidPlanInput, promised: PromisedFrame): NoticeCampaign[] {
  return (input.campaigns ?? []).map((c, k) => ({
    id: c.id,
    ...(c.name !== undefined ? { name: c.name } : {}),
    from: c.from,
    to: c.to,
    scope: structuredClone(c.scope),
    visits: c.visits,
    fairness: c.fairness,
    ...(c.bounds !== undefined ? { bounds: { ...c.bounds } } : {}),
    design: c.design,
    scopeUnits: promised.campaignFrames[k]!.scopeUnits,
    workdays: promised.campaignFrames[k]!.workdays,
  }));
}

function noticeInspectors(input: ValidPlanInput): NoticeInspector[] {
  const regionOf = new Map(input.units.map((u) => [u.id, u.region]));
  const byRegion = input.team.recusal.includes('region');
  return input.inspectors.map((x) => {
    const homeRegion = byRegion && x.homeUnit !== undefined ? regionOf.get(x.homeUnit) : undefined;
    return {
      id: x.id,
      ...(x.name !== undefined ? { name: x.name } : {}),
      ...(x.homeUnit !== undefined ? { homeUnit: x.homeUnit } : {}),
      ...(homeRegion !== undefined ? { homeRegion } : {}),
      conflicts: [...(x.conflicts ?? [])],
      ...(x.types !== undefined ? { types: [...x.types] } : {}),
    };
  });
}

/**
 * The start-of-year notice (公示) of a plan and its sealed schedule: the data of the page that is
 * safe to post on the day of the draw (`noticeHtml`, docs/notice.md). It holds the frame (every unit
 * with its type, its promised routine probability per period, its expected visits and its campaign
 * probabilities), the rules (horizon, periods with their budgets, fairness, bounds, balance,
 * coordination, design, limits, campaigns, the numbers of directed visits and findings), the
 * inspector pool with the recusal rules, and the input hash, seed commitment (and public value) and
 * schedule hash.
 *
 * It holds nothing the draw produced: the probabilities are the plan's, computed before any random
 * number (`promisedFrame`, with no seed), so two seeds give the same notice but for the seed
 * commitment and the schedule hash; from the schedule only its manifest is read. No visit, visit id,
 * count of the draw, inspector load, or date outside the plan file and its calendar is in it.
 *
 * Pure: no clock, no randomness, no I/O.
 *
 * @param input - the plan file (its seed, or its commit-reveal seed with the secret, is needed to
 *   check the seal).
 * @param schedule - the schedule `plan` drew from it (substitutions allowed).
 * @returns the notice's data.
 * @throws {FairdrawError} as `openPlan` and `readSchedule` for a bad plan file or schedule; as
 *   `checkIntact` (`invalid-input` naming `schedule.manifest.inputHash`, `.seedCommitment`,
 *   `.seedPublic` or `.scheduleHash`) for a schedule of another plan or seed, or one changed after
 *   its seal; `invalid-input` naming `schedule.log` for a replanned schedule, whose later
 *   probabilities depend on the visits already made.
 */
export function planNotice(input: unknown, schedule: unknown): PlanNotice {
  const opened = openPlan(input);
  const read = readSchedule(schedule);
  checkIntact(opened, read);
  const replanned = read.log.findIndex((e) => e.kind === 'replan');
  if (replanned !== -1) {
    throw new FairdrawError('invalid-input', `schedule.log[${replanned}]`, (t) => t.report.replanned);
  }
  const valid = opened.input;
  const promised = promisedFrame(valid);
  const { calendar, periods } = promised.frame;
  const { manifest } = read;
  const units = noticeUnits(valid, promised);
  const { horizon, routine } = valid;
  return {
    anchors: {
      library: manifest.library,
      algorithm: manifest.algorithm,
      routineAlgorithm: manifest.algorithms.routine ?? '',
      rng: manifest.rng,
      inputHash: manifest.inputHash,
      seedCommitment: manifest.seedCommitment,
      ...(manifest.seedPublic !== undefined ? { seedPublic: manifest.seedPublic } : {}),
      scheduleHash: manifest.scheduleHash,
    },
    horizon: {
      start: horizon.start,
      end: horizon.end,
      zone: horizon.zone,
      period: horizon.period,
      workdays: [...horizon.workdays],
      holidays: [...horizon.holidays],
      extraWorkdays: [...horizon.extraWorkdays],
    },
    periods: periods.map((p) => ({
      index: p.index,
      start: p.start,
      end: p.end,
      workdays: calendar.periods[p.index]!.workdays.length,
      budget: p.budget,
    })),
    routine: {
      ...(routine.visitsPerPeriod !== undefined ? { visitsPerPeriod: routine.visitsPerPeriod } : {}),
      ...(routine.visitsPerWorkday !== undefined ? { visitsPerWorkday: routine.visitsPerWorkday } : {}),
      prorate: routine.prorate,
      fairness: routine.fairness,
      ...(routine.bounds !== undefined ? { bounds: { ...routine.bounds } } : {}),
      design: routine.design,
      balance: routine.balance,
      coordination: routine.coordination,
      total: periods.reduce((s, p) => s + p.budget, 0),
    },
    ...(valid.limits !== undefined ? { limits: { ...valid.limits } } : {}),
    campaigns: noticeCampaigns(valid, promised),
    directed: valid.directed?.length ?? 0,
    findings: valid.findings?.length ?? 0,
    units,
    types: noticeTypes(units),
    team: { size: valid.team.size, recusal: [...valid.team.recusal] },
    inspectors: noticeInspectors(valid),
  };
}
