import { FairdrawError } from '../model/FairdrawError.js';
import { Numbering } from './Numbering.js';
import type { UnitNumbers, VisitToStaff } from './types.js';

/** The units of the visits as numbers from 0 (see {@link indexVisits}). */
export interface VisitUnits {
  /** The number of the unit of each visit. */
  visitUnit: Int32Array;
  /** The numbers are below this. */
  count: number;
  /** The number of the unit with this id, or undefined when no visit is to it (or, numbers given, it is no unit). */
  find(id: string): number | undefined;
}

/**
 * The record of visit v in `facts`: `facts[v * FACTS + field]` for each field below. What the fill
 * and the searches read about a visit lies in one place: they take the visits in random order, and
 * read one cache line per visit instead of one per array.
 */
export const FACTS = 8;
/** The visit's date (numbered). */
export const DATE = 0;
/** The visit's unit type (numbered). */
export const TYPE = 1;
/** The visit's kind (see `buildEligibility`). */
export const KIND = 2;
/** The list of the inspectors recused from the visit's unit, -1 for none (see `buildEligibility`). */
export const RECUSED = 3;
/** The previous and next visit of the visit's unit in date order, -1 for none. */
export const PREVIOUS = 4;
export const NEXT = 5;
/** The number of inspectors eligible for the visit. */
export const ELIGIBLE = 6;

/** What {@link indexVisits} finds in one pass over the visits. */
export interface VisitIndex {
  /** Dates, periods and unit types numbered in order of first appearance, and each visit's. */
  dates: Numbering<string>;
  periods: Numbering<number>;
  unitTypes: string[];
  visitDate: Int32Array;
  visitType: Int32Array;
  /** The period (numbered) of each date. */
  datePeriod: Int32Array;
  units: VisitUnits;
  /**
   * Whether the visits are in date order (the schedule's order): then the visits of a date are
   * consecutive, dates are numbered in increasing order and date order (date, then index) is the
   * order of the indices.
   */
  inDateOrder: boolean;
  /** When `inDateOrder`: the visits of date d are `identity[dateStart[d]] .. identity[dateStart[d + 1] - 1]`. */
  identity: Int32Array;
  dateStart: Int32Array;
  /**
   * The visits' records (see {@link FACTS}) with their date and type, and, when `inDateOrder`, their
   * unit's previous and next visit; the other fields are the graph's to fill.
   */
  facts: Int32Array;
}

/**
 * Numbers the visits' dates, periods, unit types and units (by their ids, or by the numbers the
 * caller gives, which are then not looked up), in one pass that writes them to the visits' records;
 * and, when the visits turn out to be in date order (as a schedule's are), links each to its unit's
 * previous and next visit, which the pass meets in that order.
 *
 * @throws FairdrawError `invalid-input` when one date is given in two periods.
 */
export function indexVisits(visits: readonly VisitToStaff[], given?: UnitNumbers): VisitIndex {
  const m = visits.length;
  const dates = new Numbering<string>();
  const periods = new Numbering<number>();
  // Types by name, or by the caller's numbers of the units' types (`labels`), each then given the
  // number its name would get.
  const types = new Numbering<string>();
  const labels = given?.labels;
  const typeOfLabel = new Int32Array(labels === undefined ? 0 : labels.types.length).fill(-1);
  const unitIds = given === undefined ? new Numbering<string>() : undefined;
  const unitCount = given === undefined ? m : given.count;
  if (given !== undefined && given.visits.length !== m) {
    throw new Error('fairdraw bug: one unit number per visit expected');
  }
  const datePeriod: number[] = [];
  const visitDate = new Int32Array(m);
  const visitType = new Int32Array(m);
  const visitUnit = new Int32Array(m);
  const facts = new Int32Array(m * FACTS);
  const identity = new Int32Array(m);
  // Where each date's visits end (at dateEnd[d + 1]), grown as dates are met.
  const dateEnd: number[] = [0];
  const lastOfUnit = new Int32Array(unitCount).fill(-1);
  let inDateOrder = true;
  for (let v = 0; v < m; v++) {
    const visit = visits[v]!;
    const p = periods.index(visit.period);
    const known = dates.size;
    const d = dates.index(visit.date);
    if (d === known) {
      datePeriod.push(p);
      // A new date: in date order, later than every date before it.
      if (known > 0 && !(visit.date > dates.values[known - 1]!)) inDateOrder = false;
    } else if (datePeriod[d] !== p) {
      const earlier = periods.values[datePeriod[d]!]!;
      throw new FairdrawError('invalid-input', `visits[${v}].period`, (t) =>
        t.assign.datePeriods(visit.date, visit.period, earlier),
      );
    } else if (d !== visitDate[v - 1]) inDateOrder = false;
    const u = unitIds === undefined ? given!.visits[v]! : unitIds.index(visit.unit);
    if (!(u >= 0 && u < unitCount)) throw new Error(`fairdraw bug: unit number ${u} out of range`);
    let t: number;
    if (labels === undefined) t = types.index(typeOfVisit(visit));
    else {
      const label = labels.typeOf[u]!;
      t = typeOfLabel[label]!;
      if (t < 0) t = typeOfLabel[label] = types.index(labels.types[label]!);
    }
    visitDate[v] = d;
    visitType[v] = t;
    visitUnit[v] = u;
    const w = lastOfUnit[u]!;
    const base = v * FACTS;
    facts[base + DATE] = d;
    facts[base + TYPE] = t;
    facts[base + PREVIOUS] = w;
    facts[base + NEXT] = -1;
    if (w >= 0) facts[w * FACTS + NEXT] = v;
    lastOfUnit[u] = v;
    identity[v] = v;
    dateEnd[d + 1] = v + 1;
  }
  const find =
    unitIds === undefined
      ? (id: string): number | undefined => {
          const u = given!.of(id);
          return u !== undefined && u >= 0 && u < unitCount ? u : undefined;
        }
      : (id: string): number | undefined => unitIds.find(id);
  return {
    dates,
    periods,
    unitTypes: types.values,
    visitDate,
    visitType,
    datePeriod: Int32Array.from(datePeriod),
    units: { visitUnit, count: unitIds === undefined ? unitCount : unitIds.size, find },
    inDateOrder,
    identity,
    dateStart: Int32Array.from(dateEnd),
    facts,
  };
}

/** The unit type of a visit that gives it. */
function typeOfVisit(visit: VisitToStaff): string {
  if (visit.unitType === undefined)
    throw new Error('fairdraw bug: a visit without its unit type, and no labels');
  return visit.unitType;
}
