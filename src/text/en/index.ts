import { common } from './common.js';
import { register } from './register.js';

/** The English catalogue: one section per page or command (see src/text/README in docs/i18n.md). */
export const en = {
  common,
  register,
};
