// The verify page in a real headless browser (Debian's chromium driven by playwright-core), with real
// files chosen in its file inputs: an honest schedule is verified, a tampered one is NOT, and a period
// reveal is checked against the published hash. The page's script is built from the current source with
// tsup (the same options as tsup.config.ts's verify-page entry), so the test never reads a stale build.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPageHtml } from '../../src/report/verifyPageHtml.js';
import { plan } from '../../src/schedule/plan.js';
import { revealPeriod } from '../../src/schedule/revealPeriod.js';
import { outcomesOf } from '../outcomes/fixtures.js';
import { verifyPageScript } from './verifyPageScript.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = fileURLToPath(new URL('../../docs/verify-page-screenshot.png', import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'fairdraw-verify-page-'));
const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
const schedule = plan(county);
const tampered = structuredClone(schedule);
tampered.visits[5]!.unit = tampered.visits[6]!.unit;
const reveal = revealPeriod(county, schedule, 6, { asOf: '2026-12-27' });
/** Week 10's reveal with one unit's name changed: the names are sealed with the visits. */
const renamed = revealPeriod(county, schedule, 9, { asOf: '2026-12-27' });
renamed.names!.units[renamed.visits[0]!.unit] = 'Another station';
/** Week 7's reveal with the outcomes of its visits, which ride outside the seal. */
const withOutcomes = revealPeriod(county, schedule, 6, {
  asOf: '2026-12-27',
  outcomes: outcomesOf(schedule, '2026-12-27', (_v, k) => (k % 3 === 0 ? 'problems' : 'compliant')),
});

const files = {
  plan: join(dir, 'plan.json'),
  schedule: join(dir, 'schedule.json'),
  tampered: join(dir, 'tampered.json'),
  reveal: join(dir, 'week-7.json'),
  renamed: join(dir, 'week-10-renamed.json'),
  withOutcomes: join(dir, 'week-7-outcomes.json'),
};
writeFileSync(files.plan, JSON.stringify(county));
writeFileSync(files.schedule, JSON.stringify(schedule));
writeFileSync(files.tampered, JSON.stringify(tampered));
writeFileSync(files.reveal, JSON.stringify(reveal));
writeFileSync(files.renamed, JSON.stringify(renamed));
writeFileSync(files.withOutcomes, JSON.stringify(withOutcomes));

let browser: Browser | undefined;
let page: Page | undefined;
let missing: Error | undefined;
const blocked: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  const pagePath = join(dir, 'verify.html');
  writeFileSync(pagePath, verifyPageHtml(await verifyPageScript(dir)));
  if (!existsSync(CHROMIUM)) {
    missing = new Error(
      `${CHROMIUM} is missing: apt-get install -y chromium (.ci/run installs it). This test never skips.`,
    );
    return;
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(pagePath).href);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

function ready(): Page {
  if (!page) throw missing ?? new Error('chromium did not start');
  return page;
}

/** Chooses the files (and the hash), presses Verify, and returns the verdict's text when it is done. */
async function check(schedulePath: string, hash = ''): Promise<string> {
  const p = ready();
  await p.setInputFiles('#plan-file', files.plan);
  await p.setInputFiles('#schedule-file', schedulePath);
  await p.fill('#schedule-hash', hash);
  await p.click('#verify');
  await p.waitForFunction(
    () => {
      const text = (globalThis as any).document.getElementById('verdict').textContent as string;
      return text !== '' && !text.startsWith('Checking');
    },
    undefined,
    { timeout: 60_000 },
  );
  return (await p.textContent('#verdict')) ?? '';
}

describe('the verify page, in headless chromium, offline', () => {
  it('says verified for the honest schedule, with the library inline and no request', async () => {
    const verdict = await check(files.schedule);
    expect(verdict).toMatch(/^verified/);
    expect(verdict).toContain('exactly what the published inputs give');
    await ready().screenshot({ path: SCREENSHOT, fullPage: true });
  }, 120_000);

  it('says NOT verified for a tampered schedule, naming the changed visit', async () => {
    const verdict = await check(files.tampered);
    expect(verdict).toMatch(/^NOT verified/);
    expect(verdict).toContain('visits[5].unit');
  }, 120_000);

  it('checks a period reveal against the published hash, and refuses another hash', async () => {
    expect(await check(files.reveal, schedule.manifest.scheduleHash)).toMatch(/^verified/);
    const other = `${schedule.manifest.scheduleHash.slice(0, 63)}${schedule.manifest.scheduleHash.endsWith('0') ? '1' : '0'}`;
    const wrong = await check(files.reveal, other);
    expect(wrong).toMatch(/^NOT verified/);
    expect(wrong).toContain('scheduleHash');
    expect(await check(files.reveal, '')).toMatch(/^NOT verified.*paste it first/);
    expect(await check(files.renamed, schedule.manifest.scheduleHash)).toMatch(/^NOT verified/);
  }, 120_000);

  it('verifies a reveal carrying outcomes and says which of its members no seal covers', async () => {
    const verdict = await check(files.withOutcomes, schedule.manifest.scheduleHash);
    expect(verdict).toMatch(/^verified/);
    expect(verdict).toContain("not sealed: outcomes.records: the office's record of what the visits found");
    expect(verdict).toContain('not sealed: outcomes.probabilities: check it against summary.units');
    expect(verdict).toContain('not sealed: outcomes.types: check it against summary.units');
    expect(await check(files.reveal, schedule.manifest.scheduleHash)).not.toContain('not sealed');
  }, 120_000);

  it('made no request and logged no error', () => {
    ready();
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });
});
