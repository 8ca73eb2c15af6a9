import * as z from 'zod';
import { boundsSchema } from './boundsSchema.js';
import { checkBoundsOrder } from './checkBoundsOrder.js';
import { identifier } from './identifier.js';
import { isoDate } from './isoDate.js';
import { customIssue, says } from './schemaWords.js';

/**
 * A special campaign (a "special inspection" around a period's central task): its own window, scope,
 * number of visits and fairness mode, drawn with its own sub-seed `deriveSeed(seed, "campaign", id)`.
 * A unit is in the scope when it matches EVERY selector given (`types` AND `regions` AND `units`);
 * an empty scope `{}` selects every unit.
 */
export const campaignSchema = z
  .strictObject({
    id: identifier.meta({ description: 'Campaign id; names the sub-seed of its draw.' }),
    name: z.string().max(500).optional(),
    from: isoDate.meta({ description: 'First day of the campaign window (inclusive, inside the horizon).' }),
    to: isoDate.meta({ description: 'Last day of the campaign window (inclusive, inside the horizon).' }),
    scope: z
      .strictObject({
        types: z.array(identifier).min(1, says('typesWhenGiven')).optional(),
        regions: z.array(identifier).min(1, says('regionsWhenGiven')).optional(),
        units: z.array(identifier).min(1, says('unitsWhenGiven')).optional(),
      })
      .meta({
        description:
          'Units in scope match every selector given (types AND regions AND units); {} selects every unit.',
      }),
    visits: z
      .number()
      .int(says('integer'))
      .min(1, says('atLeast', 1))
      .meta({ description: 'Number of campaign visits, one per chosen unit.' }),
    fairness: z.enum(['equal', 'risk']).default('equal'),
    bounds: boundsSchema.optional(),
    design: z.enum(['maxent', 'pivotal', 'systematic']).default('maxent'),
  })
  .superRefine((c, ctx) => {
    if (c.from > c.to) {
      ctx.addIssue(customIssue(['from'], (t) => t.plan.fromAfterTo(c.from, c.to)));
    }
    checkBoundsOrder(c.bounds, ctx);
  });

/** A campaign, defaults applied. */
export type Campaign = z.output<typeof campaignSchema>;
