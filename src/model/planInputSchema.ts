import * as z from 'zod';
import { campaignSchema } from './campaignSchema.js';
import { checkYearFields, unknownUnit } from './checkYearFields.js';
import { directedSchema } from './directedSchema.js';
import { findingSchema } from './findingSchema.js';
import { horizonSchema } from './horizonSchema.js';
import { inspectorSchema } from './inspectorSchema.js';
import { limitsSchema } from './limitsSchema.js';
import { routineSchema } from './routineSchema.js';
import { customIssue, says } from './schemaWords.js';
import { seedSchema } from './seedSchema.js';
import { teamSchema } from './teamSchema.js';
import { checkUnitIds } from './unitIndex.js';
import { type Unit, unitSchema } from './unitSchema.js';

/** Adds an issue for every id that repeats an earlier one in `items`. */
function checkUniqueIds(
  items: readonly { id: string }[],
  field: string,
  what: 'unit' | 'inspector',
  ctx: z.RefinementCtx,
): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else {
      ctx.addIssue(customIssue([field, i, 'id'], (t) => t.plan.duplicateId(what, item.id, field, earlier)));
    }
  });
}

/** The fields of a plan file, `units` given by the caller (see {@link planInputSchema}). */
function planShape<U extends z.ZodType<Unit[]>>(units: U) {
  return {
    $schema: z.string().optional(),
    seed: seedSchema,
    horizon: horizonSchema,
    units,
    inspectors: z
      .array(inspectorSchema)
      .max(100_000, says('tooMany', '1e5', 'inspectors'))
      .default([]),
    routine: routineSchema,
    team: teamSchema.default({ size: 2, recusal: ['homeUnit'] }),
    campaigns: z
      .array(campaignSchema)
      .max(10_000, says('tooMany', '1e4', 'campaigns'))
      .optional(),
    directed: z
      .array(directedSchema)
      .max(1_000_000, says('tooMany', '1e6', 'directed'))
      .optional(),
    findings: z
      .array(findingSchema)
      .max(1_000_000, says('tooMany', '1e6', 'findings'))
      .optional(),
    limits: limitsSchema.optional(),
  };
}

/** The plan as the fields' schemas give it, before the rules across fields. */
type PlanFields = z.output<z.ZodObject<ReturnType<typeof planShape<z.ZodType<Unit[]>>>>>;

/** The rules across the fields of a plan file (ids, references, the horizon). */
function planRules(input: PlanFields, ctx: z.RefinementCtx): void {
  const { start, end } = input.horizon;
  if (start > end) ctx.addIssue(customIssue(['horizon', 'start'], (t) => t.plan.startAfterEnd(start, end)));
  // The units' ids in the index the pipeline reads afterwards (unitIndex), built once here.
  const unitIds = checkUnitIds(input.units, (i, earlier) => {
    const id = input.units[i]!.id;
    ctx.addIssue(customIssue(['units', i, 'id'], (t) => t.plan.duplicateId('unit', id, 'units', earlier)));
  });
  checkYearFields(input, ctx);
  checkUniqueIds(input.inspectors, 'inspectors', 'inspector', ctx);
  input.inspectors.forEach((insp, i) => {
    if (insp.homeUnit !== undefined && !unitIds.has(insp.homeUnit)) {
      ctx.addIssue(customIssue(['inspectors', i, 'homeUnit'], unknownUnit(insp.homeUnit, input.units)));
    }
    insp.conflicts?.forEach((id, k) => {
      if (!unitIds.has(id)) {
        ctx.addIssue(customIssue(['inspectors', i, 'conflicts', k], unknownUnit(id, input.units)));
      }
    });
  });
  const { fairness, bounds } = input.routine;
  const min = bounds?.min;
  if (fairness === 'risk' && min !== undefined && min > 0) {
    input.units.forEach((u, i) => {
      if (u.risk === 0) ctx.addIssue(customIssue(['units', i, 'risk'], (t) => t.plan.riskZero(min)));
    });
  }
}

/**
 * The plan file: what an inspectorate supervises, who inspects, and how visits are drawn.
 * Only `seed`, `horizon`, `units` and `routine` are required. Unknown fields are rejected.
 */
export const planInputSchema = z
  .strictObject(
    planShape(
      z
        .array(unitSchema)
        .min(1, says('oneUnit'))
        .max(1_000_000, says('tooMany', '1e6', 'units')),
    ),
  )
  .superRefine(planRules);

/**
 * {@link planInputSchema} for a plan whose `units` were already checked and parsed, one by one, as
 * `unitSchema` parses them, and number from 1 to 1e6 (`validatePlanInput`): the same issues and the
 * same output for such a plan, the units taken as they are.
 */
export const planInputOfCheckedUnits = z
  .strictObject(planShape(z.custom<Unit[]>(() => true)))
  .superRefine(planRules);

/** The plan file as written (defaults not yet applied). */
export type PlanInput = z.input<typeof planInputSchema>;
/** The plan file after validation, defaults applied. */
export type ValidPlanInput = z.output<typeof planInputSchema>;
