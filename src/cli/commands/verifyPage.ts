import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FairdrawError } from '../../model/FairdrawError.js';
import { verifyPageHtml } from '../../report/verifyPageHtml.js';
import type { CliContext } from '../context.js';
import { writeAll } from '../io.js';
import { type Outcome, parseArgs, stringOption, USAGE, usageError } from '../usage.js';

/**
 * Where the browser build of the library is: beside the built CLI (`dist/cli.js`), or in `dist/` of
 * the source tree when the CLI runs from `src/` (`npm run plan`, the tests).
 */
const BUNDLES = [
  new URL('./verify-page.global.js', import.meta.url),
  new URL('../../../dist/verify-page.global.js', import.meta.url),
];

/** Runs `fairdraw verify-page`: writes the self-contained page that verifies a schedule in any browser. */
export function runVerifyPage(argv: readonly string[], _context: CliContext): Outcome {
  const { positional, options } = parseArgs(argv, ['out', 'title'], ['help']);
  if (options.help) return { code: 0, stdout: USAGE };
  const out = stringOption(options, 'out');
  if (positional.length !== 0 || out === undefined) return usageError('verify-page', '--out verify.html');
  const bundle = BUNDLES.find((url) => existsSync(url));
  if (!bundle) {
    const directory = fileURLToPath(BUNDLES[0]!);
    throw new FairdrawError('invalid-input', 'verify-page', (t) => t.cli.bundleMissing(directory));
  }
  const title = stringOption(options, 'title');
  const page = verifyPageHtml(readFileSync(bundle, 'utf8'), title === undefined ? {} : { title });
  writeAll([{ path: out, text: page }]);
  return {
    code: 0,
    stdout: `wrote ${out}: open it in any browser, choose the plan file and the schedule (or a period reveal and the published hash), and press Verify; it makes no request\n`,
  };
}
