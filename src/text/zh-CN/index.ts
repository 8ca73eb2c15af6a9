import type { Catalogue } from '../catalogue.js';
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

/** The Chinese catalogue, in the words a 督察 office writes (督察, 警种, 派出所, 整改, 回访, 公示). */
export const zhCN: Catalogue = {
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
