import type * as z from 'zod';
import { customIssue } from './schemaWords.js';

/**
 * Adds an issue at `bounds.min` when both bounds are given and `min > max`; for the `superRefine` of
 * a schema with a `bounds` field (`routineSchema`, `campaignSchema`).
 */
export function checkBoundsOrder(
  bounds: { min?: number | undefined; max?: number | undefined } | undefined,
  ctx: z.RefinementCtx,
): void {
  const min = bounds?.min;
  const max = bounds?.max;
  if (min !== undefined && max !== undefined && min > max) {
    ctx.addIssue(customIssue(['bounds', 'min'], (t) => t.plan.boundsOrder(min, max)));
  }
}
