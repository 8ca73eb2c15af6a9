import { common } from './common.js';
import { estimate } from './estimate.js';
import { nextYear } from './nextYear.js';

/** The English catalogue: one section per page or command (see src/text/README in docs/i18n.md). */
export const en = {
  common,
  estimate,
  nextYear,
};
