// The verify page's script, built from the current source with tsup (the options of tsup.config.ts's
// verify-page entry), so that the browser tests of the page never read a stale build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'tsup';

/** Builds the page's script into `dir` and returns its text. */
export async function verifyPageScript(dir: string): Promise<string> {
  await build({
    entry: { 'verify-page': 'src/report/verifyPage/browser.ts' },
    format: ['iife'],
    platform: 'browser',
    target: 'es2020',
    minify: true,
    noExternal: [/.*/],
    outDir: dir,
    config: false,
    silent: true,
  });
  return readFileSync(join(dir, 'verify-page.global.js'), 'utf8');
}
