import * as z from 'zod';
import { planInputSchema } from './planInputSchema.js';

/**
 * The plan file's JSON Schema (draft 2020-12), generated from the zod schema so the two never drift.
 * Cross-field rules (unique ids, known home units, dates in order) are checked by `plan()` only.
 */
export function planInputJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(planInputSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    $schema: schema.$schema,
    $id: 'https://fairdraw.dev/schema/plan-input.schema.json',
    title: 'fairdraw plan file',
    description:
      'What an inspectorate supervises, who inspects, and how visits are drawn (fairdraw PlanInput).',
    ...schema,
  };
}
