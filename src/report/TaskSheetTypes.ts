import type { Visit } from '../model/scheduleSchema.js';

/** The finding a follow-up visit checks: when it was made and the deadline to put it right. */
export interface TaskSheetFinding {
  /** Its index in the schedule's `findings` (and the plan file's). */
  index: number;
  /** The day the finding was made (a date of the plan file). */
  date: string;
  /** The last working day the unit had to put it right. */
  deadline: string;
}

/** One visit as an inspector's sheet lists it. */
export interface TaskSheetVisit {
  /** The visit's id in the schedule (`v-0109`). */
  id: string;
  kind: Visit['kind'];
  /** The unit's id. */
  unit: string;
  /** The unit's name, when the schedule gives one. */
  unitName?: string;
  /** The other inspectors of the team, in the schedule's order. */
  teammates: string[];
  /** Campaign visits: the campaign's id. */
  campaign?: string;
  /** Directed visits: why the visit is made. */
  reason?: string;
  /** Follow-up visits: the finding it follows. */
  finding?: TaskSheetFinding;
}

/** One inspector's sheet: their visits of the day, in the schedule's order. */
export interface TaskSheet {
  inspector: string;
  visits: TaskSheetVisit[];
}

/** The task sheets of one day (派遣单): what `taskSheets` returns and `taskSheetsHtml` prints. */
export interface TaskSheets {
  /** The day, ISO `yyyy-mm-dd`. */
  date: string;
  /** ISO weekday of `date`, 1 = Monday ... 7 = Sunday. */
  weekday: number;
  /** Index (from 0) of the period holding `date`, when a period of the schedule holds it. */
  period?: number;
  /** The inspector asked for, when one was. */
  inspector?: string;
  /** `manifest.scheduleHash` of the schedule the sheets come from. */
  scheduleHash: string;
  /**
   * `manifest.inputHash`: the plan the schedule was drawn from, the same after `substitute` and
   * `replan` (the ICS file's event ids carry it, so two years' visits `v-0001` never collide).
   */
  inputHash: string;
  /**
   * How many changes (`substitute`, `replan`) the schedule's log holds: a later version of the
   * same day's sheets has a larger number (the ICS file's SEQUENCE).
   */
  revision: number;
  /**
   * The names of the inspectors the sheets name (each sheet's inspector and the teammates), by id,
   * as the schedule gives them (`inspectors[].name`); absent when it gives none of them.
   */
  inspectorNames?: Record<string, string>;
  /** One sheet per inspector with a visit that day (by id), or the one inspector asked for. */
  sheets: TaskSheet[];
  /** Visits of the day with no inspector assigned (listed only when no inspector was asked for). */
  unassigned: TaskSheetVisit[];
}
