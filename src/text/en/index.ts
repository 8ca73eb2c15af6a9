import { cli } from './cli.js';
import { common } from './common.js';

/** The English catalogue: one section per page or command (see src/text/README in docs/i18n.md). */
export const en = {
  common,
  cli,
};
