import { FairdrawError } from '../model/FairdrawError.js';
import { isoDate } from '../model/isoDate.js';
import type { Unit } from '../model/unitSchema.js';
import { isRecord } from '../model/validate.js';
import { expandPlan } from '../schedule/expandPlan.js';
import { readPlan } from '../schedule/pipeline.js';
import { replayedUnits } from '../schedule/replanFrame.js';
import type { RiskProposals } from './RiskTypes.js';

/** What {@link nextYearPlan} returns: the plan file, and what it left out of the old one. */
export interface NextYearPlan {
  /** A plan file for `plan` once it has a seed (it has none: the seed is chosen in the open, docs/audit.md). */
  plan: Record<string, unknown>;
  /** Units closed before the new horizon, left out. */
  closed: string[];
  /** How many campaigns, directed visits and findings of the old horizon were left out. */
  leftOut: { campaigns: number; directed: number; findings: number };
  /** Whether the old plan listed its holidays itself (no `horizon.calendar`): the new horizon's must be listed. */
  listsHolidays: boolean;
}

/** A unit for the new horizon: its `active` dates cut to it; `undefined` when it closed before `start`. */
function carried(unit: Unit, start: string): Unit | undefined {
  const { active, ...rest } = unit;
  if (active?.to !== undefined && active.to < start) return undefined;
  const from = active?.from !== undefined && active.from > start ? active.from : undefined;
  const kept = { ...(from ? { from } : {}), ...(active?.to !== undefined ? { to: active.to } : {}) };
  return Object.keys(kept).length > 0 ? { ...rest, active: kept } : rest;
}

/**
 * The plan file of the next horizon: the old plan file with the new `start` and `end`, no seed, each
 * unit of the frame (the plan's units with every replan applied, those closed before `start` left
 * out) with its proposed risk weight, and without the campaigns, directed visits and findings, which
 * are dated in the old horizon. The routine settings, the inspectors, the team and the limits are
 * kept; an inspector's `homeUnit` or `conflicts` naming a unit left out is dropped. Listed holidays
 * and extra working days outside the new horizon are dropped.
 *
 * @param input - the old plan file (as `proposeRisk` read it).
 * @param proposals - `proposeRisk(input, schedule, outcomes)`.
 * @param horizon - the new `start` and `end` (ISO dates).
 * @param log - the schedule's log, whose replans changed the frame.
 * @throws {FairdrawError} `invalid-input` naming `start`/`end`, or naming the field of the new plan that
 *   the plan file's checks refuse (e.g. `horizon.calendar` for a year the official calendar lacks).
 */
export function nextYearPlan(
  input: unknown,
  proposals: RiskProposals,
  horizon: { start: string; end: string },
  log: Parameters<typeof replayedUnits>[1],
): NextYearPlan {
  for (const key of ['start', 'end'] as const) {
    const got = JSON.stringify(horizon[key]);
    if (!isoDate.safeParse(horizon[key]).success)
      throw new FairdrawError('invalid-input', key, (t) => t.outcomes.notExistingDate(got));
  }
  const { start, end } = horizon;
  if (start > end)
    throw new FairdrawError('invalid-input', 'start', (t) => t.outcomes.startAfterEnd(start, end));
  const old = readPlan(input).input;
  const raw = isRecord(input) ? input : {};
  const proposed = new Map(proposals.units.map((u) => [u.id, u.proposed]));
  const closed: string[] = [];
  const units: Unit[] = [];
  for (const unit of replayedUnits(old, log)) {
    const next = carried({ ...unit, risk: proposed.get(unit.id) ?? unit.risk }, horizon.start);
    if (next) units.push(next);
    else closed.push(unit.id);
  }
  const ids = new Set(units.map((u) => u.id));
  const inside = (days: unknown) =>
    Array.isArray(days)
      ? days.filter((d) => typeof d === 'string' && d >= horizon.start && d <= horizon.end)
      : [];
  const rawHorizon = isRecord(raw.horizon) ? raw.horizon : {};
  const { seed: _, campaigns, directed, findings, units: _units, inspectors, horizon: _h, ...rest } = raw;
  const { $schema, ...settings } = rest;
  const plan: Record<string, unknown> = {
    ...($schema !== undefined ? { $schema } : {}),
    horizon: {
      ...rawHorizon,
      start: horizon.start,
      end: horizon.end,
      ...('holidays' in rawHorizon ? { holidays: inside(rawHorizon.holidays) } : {}),
      ...('extraWorkdays' in rawHorizon ? { extraWorkdays: inside(rawHorizon.extraWorkdays) } : {}),
    },
    units,
    ...(Array.isArray(inspectors)
      ? {
          inspectors: old.inspectors.map(({ homeUnit, conflicts, ...inspector }) => ({
            ...inspector,
            ...(homeUnit !== undefined && ids.has(homeUnit) ? { homeUnit } : {}),
            ...(conflicts !== undefined ? { conflicts: conflicts.filter((c) => ids.has(c)) } : {}),
          })),
        }
      : {}),
    ...settings,
  };
  // The plan `plan` will read once it has a seed: checked now, with a stand-in seed.
  expandPlan({ ...plan, seed: 'next-year-check' });
  const length = (v: unknown) => (Array.isArray(v) ? v.length : 0);
  return {
    plan,
    closed,
    leftOut: { campaigns: length(campaigns), directed: length(directed), findings: length(findings) },
    listsHolidays: old.horizon.calendar === undefined,
  };
}
