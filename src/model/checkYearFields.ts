import type * as z from 'zod';
import type { Campaign } from './campaignSchema.js';
import { hint, type Named } from './closestName.js';
import type { Directed } from './directedSchema.js';
import type { Phrase } from './FairdrawError.js';
import type { Finding } from './findingSchema.js';
import { customIssue } from './schemaWords.js';
import type { Unit } from './unitSchema.js';

/** The part of a plan file that {@link checkYearFields} reads. */
export interface YearFields {
  horizon: { start: string; end: string };
  units: readonly Unit[];
  campaigns?: readonly Campaign[] | undefined;
  directed?: readonly Directed[] | undefined;
  findings?: readonly Finding[] | undefined;
}

type Path = (string | number)[];

/** Whether `unit` is active on the ISO date `date` (its `active` bounds are inclusive). */
function activeOn(unit: Unit, date: string): boolean {
  const from = unit.active?.from;
  const to = unit.active?.to;
  return (from === undefined || from <= date) && (to === undefined || to >= date);
}

/** The message of an id that names no unit of `units`, with a "did you mean" hint. */
export function unknownUnit(id: string, units: readonly Named[]): Phrase {
  const guess = hint(id, units);
  return (t) => t.plan.unknownUnit(id) + guess(t);
}

/**
 * The cross-field rules of `campaigns`, `directed` and `findings` that need no calendar (the planner
 * checks working days): known unit ids, types and regions; windows and dates inside the horizon; a
 * directed visit's unit active on its date (or on some day of its window); a finding not after the
 * horizon end and a `raiseRisk` above the unit's risk; unique campaign ids. Each problem is added to
 * `ctx` with the path of the offending field, e.g. `directed[1].unit` or `campaigns[0].from`.
 */
export function checkYearFields(input: YearFields, ctx: z.RefinementCtx): void {
  const { start, end } = input.horizon;
  // Only a plan that lists campaigns, directed visits or findings needs the units by id (a plan of a
  // million units and nothing else builds no map here).
  if (!input.campaigns?.length && !input.directed?.length && !input.findings?.length) return;
  const unitById = new Map(input.units.map((u) => [u.id, u]));
  const types = new Set(input.units.map((u) => u.type));
  const regions = new Set(input.units.flatMap((u) => (u.region === undefined ? [] : [u.region])));
  const issue = (path: Path, message: Phrase) => ctx.addIssue(customIssue(path, message));
  const inHorizon = (path: Path, date: string) => {
    if (date < start || date > end) issue(path, (t) => t.plan.outsideHorizon(date, start, end));
  };

  const firstId = new Map<string, number>();
  input.campaigns?.forEach((c, i) => {
    const earlier = firstId.get(c.id);
    if (earlier === undefined) firstId.set(c.id, i);
    else issue(['campaigns', i, 'id'], (t) => t.plan.duplicateCampaign(c.id, earlier));
    inHorizon(['campaigns', i, 'from'], c.from);
    inHorizon(['campaigns', i, 'to'], c.to);
    c.scope.units?.forEach((id, k) => {
      if (!unitById.has(id)) issue(['campaigns', i, 'scope', 'units', k], unknownUnit(id, input.units));
    });
    c.scope.types?.forEach((type, k) => {
      if (!types.has(type)) issue(['campaigns', i, 'scope', 'types', k], (t) => t.plan.noUnitOfType(type));
    });
    c.scope.regions?.forEach((region, k) => {
      if (!regions.has(region)) {
        issue(['campaigns', i, 'scope', 'regions', k], (t) => t.plan.noUnitInRegion(region));
      }
    });
  });

  input.directed?.forEach((d, i) => {
    const unit = unitById.get(d.unit);
    if (!unit) issue(['directed', i, 'unit'], unknownUnit(d.unit, input.units));
    const date = d.date;
    if (date !== undefined) {
      inHorizon(['directed', i, 'date'], date);
      if (unit && !activeOn(unit, date)) {
        issue(['directed', i, 'date'], (t) =>
          t.plan.notActiveOn(unit.id, date, unit.active?.from, unit.active?.to),
        );
      }
    }
    const { from: first, to: last } = d;
    if (first !== undefined && last !== undefined) {
      inHorizon(['directed', i, 'from'], first);
      inHorizon(['directed', i, 'to'], last);
      const from = unit?.active?.from;
      const to = unit?.active?.to;
      if (unit && ((from !== undefined && from > last) || (to !== undefined && to < first))) {
        issue(['directed', i, 'from'], (t) => t.plan.notActiveIn(unit.id, first, last, from, to));
      }
    }
  });

  input.findings?.forEach((f, i) => {
    const unit = unitById.get(f.unit);
    if (!unit) issue(['findings', i, 'unit'], unknownUnit(f.unit, input.units));
    if (f.date > end) issue(['findings', i, 'date'], (t) => t.plan.findingAfterEnd(f.date, end));
    const raise = f.raiseRisk;
    if (unit && raise !== undefined && raise <= unit.risk) {
      issue(['findings', i, 'raiseRisk'], (t) => t.plan.raiseRiskNotAbove(raise, unit.risk, unit.id));
    }
  });
}
