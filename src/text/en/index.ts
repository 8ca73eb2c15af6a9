import { common } from './common.js';
import { errors } from './errors.js';

/** The English catalogue: one section per page or command (see src/text/README in docs/i18n.md). */
export const en = {
  common,
  errors,
};
