import type { Catalogue } from '../catalogue.js';
import { assign } from './errors/assign.js';
import { audit } from './errors/audit.js';
import { calendar } from './errors/calendar.js';
import { outcomes } from './errors/outcomes.js';
import { plan } from './errors/plan.js';
import { cli, report } from './errors/report.js';
import { sampling } from './errors/sampling.js';
import { schedule } from './errors/schedule.js';
import { schema, zod } from './errors/schema.js';
import { sheet } from './errors/sheet.js';
import { verification } from './errors/verification.js';

export const errors: Catalogue['errors'] = {
  schema,
  zod,
  plan,
  sheet,
  calendar,
  sampling,
  audit,
  assign,
  schedule,
  outcomes,
  report,
  cli,
  verification,
};
