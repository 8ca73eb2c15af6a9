// The results notice of an ended period: its data (periodNotice), its page (periodNoticeHtml) and
// `fairdraw results`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { PeriodNotice } from '../../src/report/PeriodNoticeTypes.js';
import { periodNotice } from '../../src/report/periodNotice.js';
import { periodNoticeHtml } from '../../src/report/periodNoticeHtml.js';
import type { PeriodReveal } from '../../src/schedule/PeriodReveal.js';
import { plan } from '../../src/schedule/plan.js';
import { revealPeriod } from '../../src/schedule/revealPeriod.js';
import { revealSummary } from '../../src/schedule/revealSummary.js';
import { rejection } from '../model/refusals.js';

const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));
const schedule = plan(county);
const hash = schedule.manifest.scheduleHash;
const END = { asOf: '2026-12-27' };
/** What the office publishes: the reveal as JSON. */
const published = (k: number): PeriodReveal =>
  JSON.parse(JSON.stringify(revealPeriod(county, schedule, k, END)));

describe('periodNotice(reveal, scheduleHash)', () => {
  it('lists the period’s visits by day, with unit and inspectors, verified against the published hash', () => {
    // period index 8 holds a campaign visit (2026-03-03) and routine visits
    const notice = periodNotice(published(8), hash);
    expect(notice.verification).toEqual({ ok: true, status: 'verified', differences: [] });
    expect([notice.period, notice.periods, notice.scheduleHash]).toEqual([8, 51, hash]);
    const expected = schedule.visits
      .filter((v) => v.period === 8)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    expect(notice.visits.map((v) => v.id)).toEqual(expected.map((v) => v.id));
    notice.visits.forEach((v, i) => {
      const s = expected[i]!;
      // the reveal carries the names the plan gives (sealed with the visits), shown beside the ids
      const unitName = schedule.units.find((u) => u.id === s.unit)!.name!;
      const inspectorName = (id: string) => schedule.inspectors.find((x) => x.id === id)!.name!;
      expect(unitName).toBeTruthy();
      expect(v).toMatchObject({ date: s.date, kind: s.kind, unit: { id: s.unit, name: unitName } });
      expect(v.inspectors).toEqual(s.inspectors.map((id) => ({ id, name: inspectorName(id) })));
      expect(v.inspectors.every((x) => x.name !== '')).toBe(true);
    });
    expect(notice.visits.some((v) => v.kind === 'campaign' && v.campaign === 'spring-crackdown')).toBe(true);
    expect(notice.visits.find((v) => v.date === '2026-03-03')!.weekday).toBe(2);
    expect(notice.units).toBe(new Set(expected.map((v) => v.unit)).size);
    expect([notice.first, notice.last]).toEqual([expected[0]!.date, expected.at(-1)!.date]);
  });

  it('is made, NOT verified, from a reveal changed after publication or from another schedule', () => {
    const changed = published(8);
    changed.visits[0]!.unit = changed.visits[0]!.unit === 'ps-luohe' ? 'ps-xiaji' : 'ps-luohe';
    const notice = periodNotice(changed, hash);
    expect(notice.verification.status).toBe('different');
    expect(notice.verification.differences.map((d) => d.path)).toEqual(['scheduleHash']);
    const other = plan({ ...county, seed: 'another seed' }).manifest.scheduleHash;
    expect(periodNotice(published(8), other).verification.ok).toBe(false);
    const unknownSeal = periodNotice({ ...published(8), seal: 'fairdraw/seal/v9' }, hash);
    expect(unknownSeal.verification.status).toBe('unsupported');
  });

  it('refuses what is not a period reveal, naming the field', () => {
    const summary = JSON.parse(JSON.stringify(revealSummary(county, schedule, END)));
    expect(rejection(() => periodNotice(summary, hash)).path).toBe('reveal.period');
    expect(rejection(() => periodNotice(published(8), 'abc')).path).toBe('scheduleHash');
    expect(rejection(() => periodNotice(null as never, hash)).path).toBe('reveal');
    const badDate = published(8);
    (badDate.visits[2] as { date: string }).date = '2026-02-30';
    expect(rejection(() => periodNotice(badDate, hash)).path).toBe('reveal.visits[2].date');
    const unsupported = { ...published(8), seal: 'x', visits: 'none' } as never;
    expect(rejection(() => periodNotice(unsupported, hash)).path).toBe('reveal.visits');
  });
});

describe('periodNoticeHtml(notice)', () => {
  it('shows the verdict first, then every visit, then how to check; self-contained and the same bytes each time', () => {
    const notice = periodNotice(published(8), hash);
    const page = periodNoticeHtml(notice);
    expect(page).toBe(periodNoticeHtml(periodNotice(published(8), hash)));
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';');
    expect(page).toContain('<title>Results of period 9 of 51</title>');
    expect(page).toMatch(
      /<div class="promise" id="verdict" data-testid="verdict" data-status="verified" role="status">\n<h2>Verified<\/h2>/,
    );
    expect(page.indexOf('id="verdict"')).toBeLessThan(page.indexOf('id="table-visits"'));
    expect(page.match(/<tr><td class="nowrap">/g)).toHaveLength(notice.visits.length);
    expect(page).toContain('<td class="nowrap">2026-03-03</td><td>Tue</td>');
    expect(page).toContain('campaign spring-crackdown');
    expect(page).toContain(hash);
    expect(page).toContain('index 8 in the reveal, counted from 0');
    expect(page).not.toMatch(/<script|<img|<link|https?:/);
    expect(page).not.toContain('NOT verified');
  });

  it('says NOT verified at the top, in red, with what does not match', () => {
    const changed = published(8);
    changed.visits[0]!.date = '2026-03-01';
    const page = periodNoticeHtml(periodNotice(changed, hash));
    expect(page).toMatch(
      /<div class="promise card bad" id="verdict" data-testid="verdict" data-status="different" role="alert">\n<span class="n">NOT verified<\/span>/,
    );
    expect(page).toContain('This list does NOT match the schedule hash published');
    expect(page).toMatch(
      /<ul class="notes" data-testid="differences"><li><code>scheduleHash<\/code>: expected <code>&quot;[0-9a-f]{64}&quot;<\/code>, found <code>&quot;[0-9a-f]{64}&quot;<\/code> — the revealed data/,
    );
    expect(page).toContain('<dt>Verdict</dt><dd>NOT verified</dd>');
    const unsupported = periodNoticeHtml(periodNotice({ ...published(8), seal: 'fairdraw/seal/v9' }, hash));
    expect(unsupported).toContain(
      'data-status="unsupported" role="alert">\n<span class="n">NOT verified</span>',
    );
    expect(unsupported).toContain('could NOT be checked');
  });

  it('shows names once the notice carries them, and writes every string as text', () => {
    const base = periodNotice(published(8), hash);
    const notice: PeriodNotice = {
      ...base,
      visits: [
        {
          ...base.visits[0]!,
          unit: { id: 'ps-<b>x</b>', name: 'Chengguan "police" station' },
          inspectors: [{ id: 'insp-01', name: '张三' }, { id: 'insp-\u202E02' }],
          kind: 'directed',
          reason: '<script>alert(1)</script>',
        },
      ],
    };
    const page = periodNoticeHtml(notice, { title: '</title><script>x</script>' });
    expect(page).toContain(
      'ps-&lt;b&gt;x&lt;/b&gt; <span class="note">Chengguan &quot;police&quot; station</span>',
    );
    expect(page).toContain('insp-01 <span class="note">张三</span>, insp-\\u202e02');
    expect(page).toContain('directed: &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toMatch(/<script|\u202E/);
    const empty = periodNoticeHtml({ ...base, visits: [], units: 0, first: '', last: '' });
    expect(empty).toContain('<p data-testid="no-visit">No visit was made in this period.</p>');
  });
});

describe('fairdraw results', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fairdraw-results-'));
  const write = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(value));
    return path;
  };

  it('prints the notice and writes the page; exit 0 when verified', () => {
    const reveal = write('reveal-8.json', published(8));
    const html = join(dir, 'results-9.html');
    const result = run(['results', reveal, hash, '--html', html]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^Results of period 9 of 51: verified against the published schedule hash ${hash}\n`),
    );
    expect(result.stdout).toMatch(
      /\n {2}2026-03-03 Tue {2}\S+ +insp-\d\d insp-\d\d +v-\d{4} {2}campaign spring-crackdown\n/,
    );
    expect(result.stdout).toContain(`wrote ${html}`);
    expect(readFileSync(html, 'utf8')).toBe(periodNoticeHtml(periodNotice(published(8), hash)));
    expect(run(['results', reveal, hash, '--quiet'])).toEqual({ code: 0 });
    const titled = join(dir, 'titled.html');
    expect(run(['results', reveal, hash, '--html', titled, '--title', 'Week 9', '--quiet']).code).toBe(0);
    expect(readFileSync(titled, 'utf8')).toContain('<h1>Week 9</h1>');
  });

  it('exits 1 and says NOT VERIFIED for a changed reveal, still writing the page that says so', () => {
    const changed = published(8);
    changed.visits[1]!.inspectors = ['insp-99'];
    const html = join(dir, 'changed.html');
    const result = run(['results', write('changed.json', changed), hash, '--html', html]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^Results of period 9 of 51: NOT VERIFIED against the published schedule hash/,
    );
    expect(result.stdout).toMatch(/\n {2}scheduleHash: expected /);
    expect(readFileSync(html, 'utf8')).toContain('<span class="n">NOT verified</span>');
    expect(run(['results', write('v9.json', { ...published(8), seal: 'v9' }), hash]).code).toBe(2);
  });

  it('exits 2 on bad arguments, naming the problem', () => {
    const reveal = write('reveal.json', published(8));
    expect(run(['results', reveal]).code).toBe(2);
    expect(run(['results', reveal, 'xyz']).stderr).toMatch(/^fairdraw: scheduleHash: /);
    expect(run(['results', join(dir, 'none.json'), hash]).stderr).toMatch(
      /none\.json: cannot read file \(ENOENT\)/,
    );
    const summary = write('summary.json', revealSummary(county, schedule, END));
    expect(run(['results', summary, hash]).stderr).toMatch(/^fairdraw: reveal\.period: is "summary"/);
    expect(run(['results', reveal, hash, '--html', join(dir, 'no', 'x.html')]).code).toBe(2);
    expect(run(['results', '--help']).stdout).toMatch(/fairdraw results <reveal\.json> <scheduleHash>/);
  });
});
