import * as z from 'zod';
import { readAsOf } from '../model/asOfOption.js';
import { says } from '../model/schemaWords.js';
import { validate } from '../model/validate.js';
import { LANGS, type Lang } from '../text/lang.js';
import { ESTIMATE_BY, type EstimateBy } from './EstimateTypes.js';

const optionsSchema = z.object({
  by: z.enum(ESTIMATE_BY).default('all'),
  level: z.number().gt(0, says('confidenceAbove0')).lt(1, says('confidenceBelow1')).default(0.95),
  lang: z.enum(LANGS).default('en'),
});

/** The options of an estimate, checked, with their defaults. */
export interface EstimateOptionValues {
  by: EstimateBy;
  level: number;
  asOf: string;
  lang: Lang;
}

/**
 * Reads the options of `estimate` (and of the estimates of `fairnessReport`): `asOf` required (a
 * library call never reads the clock), `by` (default `all`), `level` (default 0.95), `lang` (default `en`).
 *
 * @throws {FairdrawError} `invalid-input` naming the option (`options.level`).
 */
export function readEstimateOptions(options: unknown): EstimateOptionValues {
  const asOf = readAsOf(options, (t) => t.plan.asOfWhyEstimate);
  const read = validate(optionsSchema, options, 'options');
  return { by: read.by, level: read.level, lang: read.lang, asOf };
}
