import { markPlainJson, plainJsonOf } from '../model/plainJsonArrays.js';
import type { ValidPlanInput } from '../model/planInputSchema.js';
import type {
  InspectorLoad,
  Manifest,
  Schedule,
  SchedulePeriod,
  ScheduleType,
  ScheduleUnit,
  Visit,
} from '../model/scheduleSchema.js';
import { type UnitIds, unitIndex } from '../model/unitIndex.js';
import type { Unit } from '../model/unitSchema.js';
import type { History } from './pipeline.js';
import { gapConflicts } from './placeVisitsApart.js';
import { profileTable } from './profiles.js';
import { unitLabels } from './unitLabels.js';

/** What {@link scheduleSummaries} summarises. */
export interface SummaryParts {
  manifest: Manifest;
  periods: SchedulePeriod[];
  /** `pi[t][i]`: unit `i`'s routine probability in period `t`, as the schedule reports it. */
  pi: readonly Float64Array[];
  /** Whether unit `i` is reported `capped`. */
  capped: (i: number) => boolean;
  /** The year's summaries and the log and notes so far (`visit` fields already naming visit ids). */
  history: History;
  /** Every visit of the schedule, in schedule order, staffed. */
  visits: Visit[];
  /**
   * `chosen[t]`: the indices in the frame of the units of period `t`'s routine visits (those of
   * `visits`, in any order; a kept visit of a unit no longer in the frame is left out). The caller
   * has them as indices, which spares a look-up by id per visit.
   */
  chosen: readonly (readonly number[])[];
  /** The index in the frame of each visit's unit (aligned with `visits`), -1 where the caller has none. */
  units?: ArrayLike<number>;
}

/**
 * The routine part of `schedule.units` and the table of probability vectors they point into: for unit
 * `i`, its id and name (when the plan gives one), the index of its vector of probabilities per period
 * (`pi[t][i]`) in `profiles` (see {@link profileTable}), their sum (the expected routine visits), the
 * realised routine visits (how many periods of `chosen` list `i`), and `capped: true` when `isCapped(i)`;
 * `members`, their member names sorted, when they are plain JSON data by construction (see below).
 */
function unitSummaries(
  units: readonly Unit[],
  pi: readonly Float64Array[],
  chosen: readonly (readonly number[])[],
  isCapped: (i: number) => boolean,
): { units: ScheduleUnit[]; profiles: number[][]; members?: string[] } {
  const counts = new Int32Array(units.length);
  for (const sel of chosen) for (const i of sel) counts[i]! += 1;
  const { profiles, profileOf } = profileTable(pi, units.length);
  const expected = profiles.map((p) => p.reduce((s, x) => s + x, 0));
  let named = false;
  let anyCapped = false;
  const summaries = units.map((u, i) => {
    const profile = profileOf[i]!;
    const expectedVisits = expected[profile]!;
    const visits = counts[i]!;
    // The same members in the same order as with spreads, without building the spread objects.
    const summary: ScheduleUnit =
      u.name !== undefined
        ? { id: u.id, name: u.name, type: u.type, profile, expectedVisits, visits }
        : { id: u.id, type: u.type, profile, expectedVisits, visits };
    if (u.name !== undefined) named = true;
    if (isCapped(i)) {
      summary.capped = true;
      anyCapped = true;
    }
    return summary;
  });
  // Plain JSON data when the frame's units are (those of a validated plan file): their ids, types and
  // names, integers, and the sums of the profiles, checked finite here.
  const plain = plainJsonOf(units) !== undefined && expected.every(Number.isFinite);
  const members = new Set(Object.keys(summaries[0] ?? {})); // every summary's, but `name` and `capped`
  if (named) members.add('name');
  if (anyCapped) members.add('capped');
  return { profiles, units: summaries, ...(plain ? { members: [...members].sort() } : {}) };
}

/**
 * Expected and realised routine visits per police type and period, types in code-unit order. One pass
 * over the units: each type's expectation in a period is the sum of its members' probabilities in
 * increasing unit order, from 0, the order in which they were always added.
 */
function typeSummaries(
  units: readonly Unit[],
  pi: readonly Float64Array[],
  chosen: readonly (readonly number[])[],
): ScheduleType[] {
  const { types, typeOf } = unitLabels(units);
  const typeAt = new Map(types.map((type, k) => [type, k]));
  const count = new Int32Array(typeAt.size);
  for (let i = 0; i < units.length; i++) count[typeOf[i]!]! += 1;
  // Periods that share a row object (see profileTable) share its sums: one pass per distinct row.
  const sumsOf = new Map<Float64Array, Float64Array>();
  const expected = pi.map((row) => {
    const known = sumsOf.get(row);
    if (known !== undefined) return known;
    const sums = new Float64Array(typeAt.size);
    for (let i = 0; i < units.length; i++) sums[typeOf[i]!]! += row[i]!;
    sumsOf.set(row, sums);
    return sums;
  });
  const realised = chosen.map((sel) => {
    const counts = new Int32Array(typeAt.size);
    for (const i of sel) counts[typeOf[i]!]! += 1;
    return counts;
  });
  return [...typeAt.keys()].sort().map((type) => {
    const k = typeAt.get(type)!;
    return {
      type,
      units: count[k]!,
      expected: expected.map((sums) => sums[k]!),
      realised: realised.map((counts) => counts[k]!),
    };
  });
}

/**
 * Each inspector's id, name (when the plan gives one) and number of visits, in all and per police type
 * of the visited unit (types with no visit left out), inspectors in the plan file's order. Shared by the pipeline and `substitute`.
 *
 * The visits are counted in typed arrays (inspector slot by type number, types numbered as in
 * `unitLabels`), and each `byType` is written at the end with its types in the order of their first
 * visit, the order in which counting into the object put them.
 *
 * @param units - the index in `input.units` of each visit's unit, -1 where the caller has none (then,
 *   and without `units`, the unit is looked up by id).
 */
export function inspectorLoads(
  input: ValidPlanInput,
  visits: readonly Visit[],
  units?: ArrayLike<number>,
): InspectorLoad[] {
  const { loads, slotOf } = emptyLoads(input);
  if (loads.length === 0) return [];
  // Types numbered as in unitLabels, then '' for a unit not in `input.units`.
  const { types, typeOf } = unitLabels(input.units);
  const typeNames = [...types, ''];
  const nT = typeNames.length;
  const counts = new Int32Array(loads.length * nT);
  const totals = new Int32Array(loads.length);
  const firstSeen: number[][] = loads.map(() => []);
  let index: UnitIds | undefined;
  for (let k = 0; k < visits.length; k++) {
    const visit = visits[k]!;
    const team = visit.inspectors;
    if (team.length === 0) continue;
    const known = units === undefined ? -1 : units[k]!;
    const i = known >= 0 ? known : (index ??= unitIndex(input.units)).get(visit.unit);
    const t = i === undefined ? types.length : typeOf[i]!;
    for (let x = 0; x < team.length; x++) {
      const s = slotOf.get(team[x]!);
      if (s === undefined) continue;
      totals[s]! += 1;
      if (counts[s * nT + t]!++ === 0) firstSeen[s]!.push(t);
    }
  }
  for (let s = 0; s < loads.length; s++) loads[s]!.visits = totals[s]!;
  // A type named like a member of Object.prototype is added one visit at a time, as the former
  // code did (its value is then whatever that makes of it); the others are written at once.
  const inherited = typeNames.map((type) => type in Object.prototype);
  for (let s = 0; s < loads.length; s++) {
    if (firstSeen[s]!.length === 0) continue;
    const byType = hashObject();
    for (const t of firstSeen[s]!) {
      const type = typeNames[t]!;
      const count = counts[s * nT + t]!;
      if (!inherited[t]) byType[type] = count;
      else for (let c = 0; c < count; c++) byType[type] = (byType[type] ?? 0) + 1;
    }
    loads[s]!.byType = byType;
  }
  return loads;
}

/**
 * An empty object that the engine keeps as a hash table (V8 turns an object into one when a
 * property other than its last is deleted), with the prototype, keys, values and key order of `{}`.
 * Each inspector's `byType` has its types in an order of its own: added to plain objects, they made
 * the engine build a hidden class for every prefix of every order, tens of thousands of them.
 */
function hashObject(): Record<string, number> {
  const object: Record<string, number> = { first: 0, last: 0 };
  Reflect.deleteProperty(object, 'first');
  Reflect.deleteProperty(object, 'last');
  return object;
}

/**
 * Every inspector's load at 0, and the slot of each id, where a Map from id to load would put it:
 * the first place of the id, the last inspector with the id.
 */
function emptyLoads(input: ValidPlanInput): { loads: InspectorLoad[]; slotOf: Map<string, number> } {
  const slotOf = new Map<string, number>();
  const loads: InspectorLoad[] = [];
  for (const x of input.inspectors) {
    const load = { id: x.id, ...(x.name !== undefined ? { name: x.name } : {}), visits: 0, byType: {} };
    const s = slotOf.get(x.id);
    if (s === undefined) slotOf.set(x.id, loads.push(load) - 1);
    else loads[s] = load;
  }
  return { loads, slotOf };
}

/**
 * Re-checks `limits.maxVisitsPerUnit` on the visits of every kind: a count above the cap would be a
 * bug, and throws rather than yield a schedule that breaks its cap.
 */
function checkCap(input: ValidPlanInput, visits: readonly Visit[]): void {
  const cap = input.limits?.maxVisitsPerUnit;
  if (cap === undefined) return;
  const counts = new Map<string, number>();
  for (const v of visits) counts.set(v.unit, (counts.get(v.unit) ?? 0) + 1);
  for (const [unit, count] of counts) {
    if (count > cap) throw new Error(`fairdraw bug: unit ${unit} has ${count} visits, above the cap ${cap}`);
  }
}

/**
 * The member names of the inspector loads of a plan whose units are plain JSON data (the validated
 * plan's): the loads' own and the police types `byType` may count (every type of the frame, and the
 * empty type of a unit not in it), sorted. The loads hold the plan's ids and names and counts, so the
 * seal writes them without a walk (markPlainJson); a type named like a member of Object.prototype
 * makes the seal walk them after all.
 */
function loadMembers(loads: readonly InspectorLoad[], types: readonly ScheduleType[]): string[] {
  const names = new Set(['', ...types.map((t) => t.type)]);
  for (const load of loads) for (const key of Object.keys(load)) names.add(key);
  return [...names].sort();
}

/**
 * The schedule from its parts, every field computed here for `plan`, `replan` and `verify` alike:
 * - `units`: the routine summaries (and `profiles`, the probability vectors they point into), then, when the plan file lists them, `campaigns` (campaign
 *   inclusion probability by campaign id) and `campaignVisits`, `directedVisits`, `followUpVisits`
 *   (counted on the visits; `units[].visits` stays the count of routine visits);
 * - `types`, `inspectors`;
 * - the `campaigns`, `directed` and `findings` summaries (when the plan file lists them), before `visits`;
 * - `log`, then `conflicts` with `limits.minGapDays` (every pair of a unit's visits closer than the
 *   gap, an empty list when it holds), then `notes` when a replan wrote any.
 *
 * @param frame - the plan with the frame's units.
 */
export function scheduleSummaries(frame: ValidPlanInput, parts: SummaryParts): Schedule {
  const { units } = frame;
  const { history, visits } = parts;
  checkCap(frame, visits);
  const { chosen } = parts;
  const counts = { campaign: new Map<string, number>(), directed: new Map(), 'follow-up': new Map() };
  for (const v of visits) {
    if (v.kind !== 'routine') counts[v.kind].set(v.unit, (counts[v.kind].get(v.unit) ?? 0) + 1);
  }
  const { units: summaries, profiles, members } = unitSummaries(units, parts.pi, chosen, parts.capped);
  // Plain JSON data as unitSummaries made them, unless the campaigns, directed visits or findings
  // add members below: the seal then writes them without a walk (markPlainJson).
  if (members && !frame.campaigns && !frame.directed && !frame.findings) markPlainJson(summaries, members, 2);
  summaries.forEach((u, i) => {
    if (frame.campaigns) {
      u.campaigns = Object.fromEntries(
        frame.campaigns.map((c, k) => [c.id, history.campaignProbability(i, k)]),
      );
      u.campaignVisits = counts.campaign.get(u.id) ?? 0;
    }
    if (frame.directed) u.directedVisits = counts.directed.get(u.id) ?? 0;
    if (frame.findings) u.followUpVisits = counts['follow-up'].get(u.id) ?? 0;
  });
  const types = typeSummaries(units, parts.pi, chosen);
  const inspectors = inspectorLoads(frame, visits, parts.units);
  if (plainJsonOf(units) !== undefined) markPlainJson(inspectors, loadMembers(inspectors, types), 3);
  const gap = frame.limits?.minGapDays;
  return {
    manifest: parts.manifest,
    periods: parts.periods,
    units: summaries,
    profiles,
    types,
    inspectors,
    ...(frame.campaigns && history.campaigns ? { campaigns: history.campaigns } : {}),
    ...(frame.directed && history.directed ? { directed: history.directed } : {}),
    ...(frame.findings && history.findings ? { findings: history.findings } : {}),
    visits,
    log: history.log,
    ...(gap === undefined ? {} : { conflicts: gapConflicts(visits, gap) }),
    ...(history.notes ? { notes: history.notes } : {}),
  };
}
