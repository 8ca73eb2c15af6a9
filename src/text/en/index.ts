import { cli } from './cli.js';
import { common } from './common.js';
import { errors } from './errors.js';
import { estimate } from './estimate.js';
import { nextYear } from './nextYear.js';
import { notice } from './notice.js';
import { register } from './register.js';
import { report } from './report.js';
import { reportScale } from './reportScale.js';
import { results } from './results.js';
import { tasks } from './tasks.js';
import { verifyPage } from './verifyPage.js';

/** The English catalogue: one section per page or command (see src/text/README in docs/i18n.md). */
export const en = {
  common,
  tasks,
  verifyPage,
  cli,
  report,
  reportScale,
  notice,
  results,
  errors,
  register,
  estimate,
  nextYear,
};
