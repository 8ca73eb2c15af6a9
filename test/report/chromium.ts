// Headless Chromium for the page tests (Debian's chromium driven by playwright-core), launched once per
// test file: a missing browser makes every test of the file fail with a plain message, never a skip.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';

/** The flags that keep Chromium off the network and quiet on this machine. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The browser of a test file, once `useChromium` has launched it. */
export interface Chromium {
  /** The browser, or throws why there is none. */
  browser(): Browser;
  /** A context that lets only file: and data: URLs through and records everything else it blocked. */
  isolatedContext(viewport?: {
    width: number;
    height: number;
  }): Promise<{ context: BrowserContext; blocked: string[] }>;
}

/**
 * Launches Chromium before the file's tests and closes it after them.
 *
 * @param what - what the file tests, for the message when the browser is missing.
 */
export function useChromium(what: string): Chromium {
  let browser: Browser | undefined;
  let missing: Error | undefined;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      missing = new Error(
        `${CHROMIUM} is missing: the ${what} test needs Debian's chromium ` +
          '(apt-get install -y chromium; .ci/run installs it). This test never skips.',
      );
      return;
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  const ready = (): Browser => {
    if (!browser) throw missing ?? new Error('chromium did not start');
    return browser;
  };
  return {
    browser: ready,
    async isolatedContext(viewport = { width: 1100, height: 1400 }) {
      const blocked: string[] = [];
      const context = await ready().newContext({ viewport, deviceScaleFactor: 1 });
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
        blocked.push(url);
        return route.abort();
      });
      return { context, blocked };
    },
  };
}

/** Opens `html` from a file and records every request and every console error or warning. */
export async function openPage(
  context: BrowserContext,
  html: string,
): Promise<{ page: Page; url: string; requests: string[]; errors: string[] }> {
  const path = join(mkdtempSync(join(tmpdir(), 'fairdraw-page-')), 'page.html');
  writeFileSync(path, html);
  const url = pathToFileURL(path).href;
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, url, requests, errors };
}
