import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FairdrawError } from '../../model/FairdrawError.js';
import { verifyPageHtml } from '../../report/verifyPageHtml.js';
import { text } from '../../text/catalogue.js';
import type { CliContext } from '../context.js';
import { writeAll } from '../io.js';
import { type Outcome, parseArgs, stringOption, usage, usageError } from '../usage.js';

/**
 * Where the browser build of the library is: beside the built CLI (`dist/cli.js`), or in `dist/` of
 * the source tree when the CLI runs from `src/` (`npm run plan`, the tests).
 */
const BUNDLES = [
  new URL('./verify-page.global.js', import.meta.url),
  new URL('../../../dist/verify-page.global.js', import.meta.url),
];

/**
 * Runs `fairdraw verify-page`: writes the self-contained page that verifies a schedule in any browser,
 * in the language of `context.lang` (`--lang zh-CN`: a Chinese page whose script answers in Chinese).
 */
export function runVerifyPage(argv: readonly string[], context: CliContext): Outcome {
  const { positional, options } = parseArgs(argv, ['out', 'title'], ['help']);
  if (options.help) return { code: 0, stdout: usage(context.lang) };
  const out = stringOption(options, 'out');
  if (positional.length !== 0 || out === undefined)
    return usageError('verify-page', '--out verify.html', context.lang);
  const bundle = BUNDLES.find((url) => existsSync(url));
  if (!bundle) {
    const directory = fileURLToPath(BUNDLES[0]!);
    throw new FairdrawError('invalid-input', 'verify-page', (t) => t.cli.bundleMissing(directory));
  }
  const title = stringOption(options, 'title');
  const { lang } = context;
  const page = verifyPageHtml(readFileSync(bundle, 'utf8'), {
    lang,
    ...(title === undefined ? {} : { title }),
  });
  writeAll([{ path: out, text: page }]);
  return { code: 0, stdout: `${text(lang).verifyPage.wrote(out)}\n` };
}
