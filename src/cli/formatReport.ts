import type { FairnessReport } from '../report/FairnessReportTypes.js';
import { fixed, percent, percentRange } from '../report/formatNumber.js';
import { EXTREME_ROWS, largest, PAGE_ROWS } from '../report/page/pageLimits.js';
import { showControls } from '../report/visibleText.js';
import { type Catalogue, text } from '../text/catalogue.js';
import type { Lang } from '../text/lang.js';
import { lpad, pad } from './format.js';

// The fairness report as `fairdraw report` prints it: a text of aligned tables.

/** A string of the schedule as printed: control and bidirectional characters shown as their codes. */
const safe = (s: string) => showControls(s);

const sign = (x: number) => (fixed(x).startsWith('-') || fixed(x) === '0.00' ? fixed(x) : `+${fixed(x)}`);

/**
 * The fairness report as plain text, in `lang`: the manifest, the promises and whether they were kept,
 * police types, units, inspectors. An interim report starts with the line that says so
 * (`Interim report: periods 1–26 of 51, up to 2026-07-05 ...`).
 *
 * @param report - the fairness report.
 * @param lang - the language (default English).
 */
export function formatReport(report: FairnessReport, lang: Lang = 'en'): string {
  const { cli, report: page } = text(lang);
  const t = cli.report;
  const { totals, manifest, coverage, promises } = report;
  const interimUnits = promises.unitCounts && coverage.interim;
  const kinds = Object.entries(report.kinds).map(([k, n]) => `${safe(cli.kinds[k] ?? k)} ${n}`);
  const types = t.typeColumns;
  const out: string[] = [
    ...(coverage.interim ? [page.interim.statement(coverage)] : []),
    t.head({
      start: report.horizon.start,
      end: report.horizon.end,
      periods: report.periods.length,
      units: totals.units,
      types: totals.types,
      inspectors: totals.inspectors,
    }),
    t.visits(totals.visits, cli.items(kinds)),
    t.library(safe(manifest.library), safe(manifest.algorithm)),
    cli.hashes.input(safe(manifest.inputHash)),
    cli.hashes.seed(safe(manifest.seedCommitment)),
    cli.hashes.schedule(safe(manifest.scheduleHash)),
    '',
    t.promises(safe(promises.routine), promises.unitCounts, promises.typeCounts),
    t.kept({
      units: totals.units,
      unitsWithin: totals.unitsWithinPromise,
      ...(promises.fromPeriod > 0 ? { from: promises.fromPeriod + 1 } : {}), // counted from 1
      unitCounts: promises.unitCounts,
      soFar: interimUnits,
      typePeriods: totals.typePeriods,
      typePeriodsWithin: totals.typePeriodsWithinPromise,
      typeCounts: promises.typeCounts,
    }),
    '',
    `${pad(types.type, 26)}${lpad(types.units, 6)}${lpad(types.pi, 16)}${lpad(types.expected, 10)}${lpad(types.realised, 10)}` +
      `${lpad(types.deviation, 11)}${lpad(types.rounded, 17)}${lpad(types.other, 7)}`,
  ];
  for (const type of report.types) {
    out.push(
      `${pad(safe(type.type), 26)}${lpad(type.units, 6)}${lpad(percentRange(type.minProbability, type.maxProbability), 16)}` +
        `${lpad(fixed(type.expected), 10)}${lpad(type.realised, 10)}${lpad(sign(type.deviation), 11)}` +
        `${lpad(`${report.periods.length - type.periodsOutsidePromise}/${report.periods.length}`, 17)}${lpad(type.other, 7)}`,
    );
  }
  const units = t.unitColumns;
  out.push(
    '',
    `${pad(units.unit, 22)}${pad(units.type, 26)}${lpad(units.pi, 16)}${lpad(units.expected, 10)}${lpad(units.realised, 10)}` +
      `${lpad(units.deviation, 11)}${lpad(units.rounded, 9)}${lpad(units.other, 7)}  ${units.detail}`,
  );
  const shownUnits = extremesOf(report.units, (u) => u.deviation);
  if (shownUnits.length < report.units.length)
    out.push(t.extremes(shownUnits.length, report.units.length, 'units'));
  for (const u of shownUnits) {
    const detail = [
      ...Object.entries(u.byKind)
        .filter(([k]) => k !== 'routine')
        .map(([k, n]) => `${safe(cli.kinds[k] ?? k)} ${n}`),
      ...Object.entries(u.campaigns).map(([id, p]) => `${safe(id)} ${percent(p)}`),
      ...(u.capped ? [t.capped] : []),
    ];
    const within = u.withinPromise ? t.within.yes : interimUnits ? t.within.notYet : t.within.no;
    out.push(
      `${pad(safe(u.id), 22)}${pad(safe(u.type), 26)}${lpad(percentRange(u.minProbability, u.maxProbability), 16)}` +
        `${lpad(fixed(u.expected), 10)}${lpad(u.realised, 10)}${lpad(sign(u.deviation), 11)}` +
        `${lpad(within, 9)}${lpad(u.other, 7)}${detail.length > 0 ? `  ${cli.items(detail)}` : ''}`.trimEnd(),
    );
  }
  for (const line of yearSections(report, t)) out.push(line);
  if (report.inspectors.length > 0) {
    out.push('', t.loads);
    const shownLoads = extremesOf(report.inspectors, (x) => x.visits);
    if (shownLoads.length < report.inspectors.length)
      out.push(t.extremeLoads(shownLoads.length, report.inspectors.length));
    for (const x of shownLoads) {
      const mix = Object.entries(x.byType).map(([type, n]) => `${safe(type)} ${n}`);
      out.push(
        `  ${t.load(`${pad(safe(x.id), 12)}${lpad(x.visits, 4)}`, x.routine, x.other, cli.items(mix))}`,
      );
    }
  }
  const busiest = report.days.reduce((m, d) => Math.max(m, d.routine + d.other), 0);
  const visitDays = report.days.filter((d) => d.routine + d.other > 0).length;
  out.push('', t.calendar(visitDays, report.days.length, busiest));
  return `${out.join('\n')}\n`;
}

/**
 * All of `items` when they are at most `PAGE_ROWS` (a county's units and inspectors), else the
 * `EXTREME_ROWS` with the largest `key`, largest first, then the `EXTREME_ROWS` with the smallest,
 * smallest first: what the page shows of them too, so that the summary of a national schedule stays
 * a screenful (the full tables are the CSV and .xlsx files).
 */
function extremesOf<T>(items: readonly T[], key: (item: T) => number): readonly T[] {
  if (items.length <= PAGE_ROWS) return items;
  const top = largest(items, EXTREME_ROWS, key);
  const chosen = new Set(top);
  const bottom = largest(
    items,
    EXTREME_ROWS,
    (item) => -key(item),
    (item) => !chosen.has(item),
  );
  return [...top, ...bottom];
}

/** The report's campaigns, directed visits, findings, gap conflicts and notes, each a section when it has any. */
function yearSections(report: FairnessReport, t: Catalogue['cli']['report']): string[] {
  const out: string[] = [];
  if (report.campaigns.length > 0) {
    out.push('', t.campaigns);
    for (const c of report.campaigns)
      out.push(
        t.campaign({
          id: safe(c.id),
          from: safe(c.from),
          to: safe(c.to),
          visits: c.visits,
          planned: c.planned,
          scope: c.scopeUnits,
          fairness: safe(c.fairness),
          design: safe(c.design),
        }),
      );
  }
  if (report.directed.length > 0) {
    out.push('', t.directed);
    for (const d of report.directed)
      out.push(
        t.directedVisit(
          safe(d.date),
          safe(d.unit),
          safe(d.reason),
          d.visit ? safe(d.visit) : undefined,
          safe(d.note ?? ''),
        ),
      );
  }
  if (report.findings.length > 0) {
    out.push('', t.findings);
    for (const f of report.findings)
      out.push(
        t.finding({
          unit: safe(f.unit),
          date: safe(f.date),
          deadline: safe(f.deadline),
          followUp: safe(f.followUp),
          visit: f.scheduled ? safe(f.visit ?? '') : undefined,
          note: safe(f.note ?? ''),
        }),
      );
  }
  if (report.conflicts.length > 0) {
    out.push('', t.conflicts(report.conflicts.length));
    for (const c of report.conflicts)
      out.push(t.conflict(safe(c.unit), safe(c.dates[0]), safe(c.dates[1]), c.days, safe(c.rule)));
  }
  if (report.notes.length > 0) {
    out.push('', t.notes);
    for (const n of report.notes)
      out.push(t.note(safe(n.kind), safe(n.from), n.unit ? safe(n.unit) : undefined, safe(n.message)));
  }
  return out;
}
