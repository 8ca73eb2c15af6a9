import type * as z from 'zod';
import type { Campaign } from './campaignSchema.js';
import { didYouMean } from './closestName.js';
import type { Directed } from './directedSchema.js';
import type { Finding } from './findingSchema.js';
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

function activity(unit: Unit): string {
  return `active ${unit.active?.from ?? '…'}..${unit.active?.to ?? '…'}`;
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
  const unitById = new Map(input.units.map((u) => [u.id, u]));
  const types = new Set(input.units.map((u) => u.type));
  const regions = new Set(input.units.flatMap((u) => (u.region === undefined ? [] : [u.region])));
  const issue = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const inHorizon = (path: Path, date: string) => {
    if (date < start || date > end) issue(path, `${date} is outside the horizon ${start}..${end}`);
  };

  const firstId = new Map<string, number>();
  input.campaigns?.forEach((c, i) => {
    const earlier = firstId.get(c.id);
    if (earlier === undefined) firstId.set(c.id, i);
    else
      issue(
        ['campaigns', i, 'id'],
        `duplicate campaign id ${JSON.stringify(c.id)} (also campaigns[${earlier}])`,
      );
    inHorizon(['campaigns', i, 'from'], c.from);
    inHorizon(['campaigns', i, 'to'], c.to);
    c.scope.units?.forEach((id, k) => {
      if (!unitById.has(id))
        issue(
          ['campaigns', i, 'scope', 'units', k],
          `unknown unit id ${JSON.stringify(id)}${didYouMean(id, input.units)}`,
        );
    });
    c.scope.types?.forEach((type, k) => {
      if (!types.has(type))
        issue(['campaigns', i, 'scope', 'types', k], `no unit has type ${JSON.stringify(type)}`);
    });
    c.scope.regions?.forEach((region, k) => {
      if (!regions.has(region)) {
        issue(['campaigns', i, 'scope', 'regions', k], `no unit has region ${JSON.stringify(region)}`);
      }
    });
  });

  input.directed?.forEach((d, i) => {
    const unit = unitById.get(d.unit);
    if (!unit)
      issue(
        ['directed', i, 'unit'],
        `unknown unit id ${JSON.stringify(d.unit)}${didYouMean(d.unit, input.units)}`,
      );
    if (d.date !== undefined) {
      inHorizon(['directed', i, 'date'], d.date);
      if (unit && !activeOn(unit, d.date)) {
        issue(
          ['directed', i, 'date'],
          `unit ${JSON.stringify(unit.id)} is not active on ${d.date} (${activity(unit)})`,
        );
      }
    }
    if (d.from !== undefined && d.to !== undefined) {
      inHorizon(['directed', i, 'from'], d.from);
      inHorizon(['directed', i, 'to'], d.to);
      const from = unit?.active?.from;
      const to = unit?.active?.to;
      if (unit && ((from !== undefined && from > d.to) || (to !== undefined && to < d.from))) {
        issue(
          ['directed', i, 'from'],
          `unit ${JSON.stringify(unit.id)} is not active in the window ${d.from}..${d.to} (${activity(unit)})`,
        );
      }
    }
  });

  input.findings?.forEach((f, i) => {
    const unit = unitById.get(f.unit);
    if (!unit)
      issue(
        ['findings', i, 'unit'],
        `unknown unit id ${JSON.stringify(f.unit)}${didYouMean(f.unit, input.units)}`,
      );
    if (f.date > end) issue(['findings', i, 'date'], `${f.date} is after the horizon end ${end}`);
    if (unit && f.raiseRisk !== undefined && f.raiseRisk <= unit.risk) {
      issue(
        ['findings', i, 'raiseRisk'],
        `must exceed the unit's risk (${f.raiseRisk} <= ${unit.risk} of ${JSON.stringify(unit.id)})`,
      );
    }
  });
}
