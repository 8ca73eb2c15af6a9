import type { Catalogue } from '../catalogue.js';
import { common } from './common.js';
import { estimate } from './estimate.js';
import { nextYear } from './nextYear.js';

/** The Chinese catalogue, in the words a 督察 office writes (督察, 警种, 派出所, 整改, 回访, 公示). */
export const zhCN: Catalogue = {
  common,
  estimate,
  nextYear,
};
