import { FairdrawError } from '../model/FairdrawError.js';

/** A visit as the report reads it (`schedule.visits[]`, validated). */
export interface TallyVisit {
  unit: string;
  kind: string;
  period: number;
  date: string;
  inspectors: readonly string[];
  campaign?: unknown;
}

/** Where the visits are counted: the schedule's units, police types, periods and listed inspectors. */
export interface TallyFrame {
  /** Index of each unit id in `schedule.units`. */
  unitIndex: ReadonlyMap<string, number>;
  /** Per unit, the index of its police type in `typeNames`. */
  unitType: readonly number[];
  typeNames: readonly string[];
  nPeriods: number;
  /** First period of the unit-count promise (0 unless the schedule was replanned). */
  fromPeriod: number;
  /** Ids of `schedule.inspectors`, in their order. */
  inspectors: readonly string[];
}

/** The visits one inspector is on, routine and other, and by police type of the visited unit. */
export interface InspectorLoad {
  id: string;
  routine: number;
  other: number;
  byType: Map<string, number>;
}

/** The counts of a schedule's visits that the fairness report is built from. */
export interface VisitTally {
  /** Per unit (schedule order): visits per kind. */
  unitKinds: Map<string, number>[];
  /** Per unit: routine visits in the periods of the unit-count promise (from `fromPeriod` on). */
  unitRoutineFrom: number[];
  /** Per police type and period: routine visits. */
  typeRealised: number[][];
  /** Per police type: visits of every other kind. */
  typeOther: number[];
  /** Per period: routine visits, and visits of every other kind dated in a period. */
  periodRoutine: number[];
  periodOther: number[];
  /** Visits per kind, and campaign visits per campaign id. */
  kinds: Map<string, number>;
  campaignVisits: Map<string, number>;
  /** Per visited date: routine and other visits. */
  days: Map<string, { routine: number; other: number }>;
  /** Per inspector: the listed ones in their order (each once), then the others in code-unit order. */
  loads: InspectorLoad[];
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const bump = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

/**
 * Counts `visits` by unit and kind, police type and period, period, kind, campaign, day and
 * inspector, in one pass. Routine visits count towards the promise; every other kind is counted apart.
 * Every visit is checked, but only those `counted` accepts are counted (an interim report counts the
 * visits of the ended periods only; by default every visit).
 *
 * @throws FairdrawError (`invalid-input`) naming the visit: a visit to an unknown unit, or a routine
 *   visit in a period that does not exist.
 */
export function tallyVisits(
  visits: readonly TallyVisit[],
  frame: TallyFrame,
  counted: (visit: TallyVisit) => boolean = () => true,
): VisitTally {
  const { unitIndex, unitType, typeNames, nPeriods, fromPeriod } = frame;
  const nUnits = unitType.length;
  const tally: VisitTally = {
    unitKinds: Array.from({ length: nUnits }, () => new Map<string, number>()),
    unitRoutineFrom: new Array<number>(nUnits).fill(0),
    typeRealised: typeNames.map(() => new Array<number>(nPeriods).fill(0)),
    typeOther: new Array<number>(typeNames.length).fill(0),
    periodRoutine: new Array<number>(nPeriods).fill(0),
    periodOther: new Array<number>(nPeriods).fill(0),
    kinds: new Map(),
    campaignVisits: new Map(),
    days: new Map(),
    loads: [],
  };
  const loads = new Map<string, InspectorLoad>();
  const newLoad = (id: string) => ({ id, routine: 0, other: 0, byType: new Map<string, number>() });
  for (const id of frame.inspectors) if (!loads.has(id)) loads.set(id, newLoad(id));
  const listed = loads.size;

  visits.forEach((v, k) => {
    const i = unitIndex.get(v.unit);
    if (i === undefined)
      throw new FairdrawError('invalid-input', `schedule.visits[${k}].unit`, (t) =>
        t.report.unknownUnit(v.unit),
      );
    const routine = v.kind === 'routine';
    const inPeriod = v.period >= 0 && v.period < nPeriods;
    if (routine && !inPeriod)
      throw new FairdrawError('invalid-input', `schedule.visits[${k}].period`, (t) =>
        t.report.routineOutside(v.period, nPeriods),
      );
    if (!counted(v)) return;
    const type = unitType[i]!;
    bump(tally.kinds, v.kind);
    if (v.kind === 'campaign' && typeof v.campaign === 'string') bump(tally.campaignVisits, v.campaign);
    bump(tally.unitKinds[i]!, v.kind);
    if (routine) {
      if (v.period >= fromPeriod) tally.unitRoutineFrom[i]! += 1;
      tally.typeRealised[type]![v.period]! += 1;
      tally.periodRoutine[v.period]! += 1;
    } else {
      tally.typeOther[type]! += 1;
      if (inPeriod) tally.periodOther[v.period]! += 1;
    }
    const day = tally.days.get(v.date) ?? { routine: 0, other: 0 };
    day[routine ? 'routine' : 'other'] += 1;
    tally.days.set(v.date, day);
    for (const id of new Set(v.inspectors)) {
      let load = loads.get(id);
      if (!load) loads.set(id, (load = newLoad(id)));
      load[routine ? 'routine' : 'other'] += 1;
      bump(load.byType, typeNames[type]!);
    }
  });

  const all = [...loads.values()];
  tally.loads = [...all.slice(0, listed), ...all.slice(listed).sort((a, b) => byCodeUnit(a.id, b.id))];
  return tally;
}
