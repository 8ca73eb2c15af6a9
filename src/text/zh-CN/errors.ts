import type { Catalogue } from '../catalogue.js';
import { calendar } from './errors/calendar.js';
import { plan } from './errors/plan.js';
import { schema, zod } from './errors/schema.js';
import { sheet } from './errors/sheet.js';

export const errors: Catalogue['errors'] = {
  schema,
  zod,
  plan,
  sheet,
  calendar,
};
