import type { FairnessReport } from '../report/FairnessReportTypes.js';
import { fixed, percent, percentRange } from '../report/formatNumber.js';

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);
/** Control characters (C0, DEL, C1) shown as `\uXXXX`, so a schedule cannot drive the terminal. */
const safe = (s: string) =>
  s.replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const sign = (x: number) => (fixed(x).startsWith('-') || fixed(x) === '0.00' ? fixed(x) : `+${fixed(x)}`);

/** The fairness report as plain text: the manifest, the promises and whether they were kept, police types, units, inspectors. */
export function formatReport(report: FairnessReport): string {
  const { totals, manifest } = report;
  const kinds = Object.entries(report.kinds)
    .map(([k, n]) => `${safe(k)} ${n}`)
    .join(', ');
  const out: string[] = [
    `fairness report: ${report.horizon.start || '-'}..${report.horizon.end || '-'}, ${report.periods.length} periods, ` +
      `${totals.units} units, ${totals.types} police types, ${totals.inspectors} inspectors`,
    `visits: ${totals.visits} (${kinds || 'none'}); only routine visits are part of the promise`,
    `library ${safe(manifest.library)}, algorithm ${safe(manifest.algorithm)}`,
    `input hash ${safe(manifest.inputHash)}`,
    `seed commitment ${safe(manifest.seedCommitment)}`,
    `schedule hash ${safe(manifest.scheduleHash)}`,
    '',
    `routine algorithm ${safe(report.promises.routine) || '(not recorded)'}: promises the probabilities` +
      `${report.promises.unitCounts ? ', unit counts floor/ceiling over the horizon' : ''}` +
      `${report.promises.typeCounts ? ', type counts floor/ceiling in every period' : ''}`,
    `${totals.unitsWithinPromise} of ${totals.units} units visited floor or ceiling of their expected count` +
      `${report.promises.fromPeriod > 0 ? ` in periods ${report.promises.fromPeriod}.. (restated by the replan)` : ''}` +
      `${report.promises.unitCounts ? '' : ' (not promised)'}; ` +
      `${totals.typePeriodsWithinPromise} of ${totals.typePeriods} (police type, period) counts floor or ceiling` +
      `${report.promises.typeCounts ? '' : ' (not promised)'}`,
    '',
    `${pad('police type', 26)}${lpad('units', 6)}${lpad('pi per period', 16)}${lpad('expected', 10)}${lpad('realised', 10)}` +
      `${lpad('deviation', 11)}${lpad('periods rounded', 17)}${lpad('other', 7)}`,
  ];
  for (const t of report.types) {
    out.push(
      `${pad(safe(t.type), 26)}${lpad(t.units, 6)}${lpad(percentRange(t.minProbability, t.maxProbability), 16)}` +
        `${lpad(fixed(t.expected), 10)}${lpad(t.realised, 10)}${lpad(sign(t.deviation), 11)}` +
        `${lpad(`${report.periods.length - t.periodsOutsidePromise}/${report.periods.length}`, 17)}${lpad(t.other, 7)}`,
    );
  }
  out.push(
    '',
    `${pad('unit', 22)}${pad('type', 26)}${lpad('pi per period', 16)}${lpad('expected', 10)}${lpad('realised', 10)}` +
      `${lpad('deviation', 11)}${lpad('rounded', 9)}${lpad('other', 7)}  other kinds, campaign chance`,
  );
  for (const u of report.units) {
    const detail = [
      ...Object.entries(u.byKind)
        .filter(([k]) => k !== 'routine')
        .map(([k, n]) => `${safe(k)} ${n}`),
      ...Object.entries(u.campaigns).map(([id, p]) => `${safe(id)} ${percent(p)}`),
      ...(u.capped ? ['capped'] : []),
    ].join(', ');
    out.push(
      `${pad(safe(u.id), 22)}${pad(safe(u.type), 26)}${lpad(percentRange(u.minProbability, u.maxProbability), 16)}` +
        `${lpad(fixed(u.expected), 10)}${lpad(u.realised, 10)}${lpad(sign(u.deviation), 11)}` +
        `${lpad(u.withinPromise ? 'yes' : 'NO', 9)}${lpad(u.other, 7)}${detail ? `  ${detail}` : ''}`.trimEnd(),
    );
  }
  if (report.campaigns.length > 0) {
    out.push('', 'campaigns:');
    for (const c of report.campaigns)
      out.push(
        `  ${safe(c.id)} ${safe(c.from)}..${safe(c.to)}: ${c.visits} visits listed (${c.planned} drawn) among ` +
          `${c.scopeUnits} units in scope, ${safe(c.fairness)}, ${safe(c.design)}`,
      );
  }
  if (report.directed.length > 0) {
    out.push('', 'directed visits:');
    for (const d of report.directed)
      out.push(
        `  ${safe(d.date)} ${safe(d.unit)}: ${safe(d.reason)} -> ${d.visit ? safe(d.visit) : `none (${safe(d.note)})`}`,
      );
  }
  if (report.findings.length > 0) {
    out.push('', 'findings (found, deadline, follow-up):');
    for (const f of report.findings)
      out.push(
        `  ${safe(f.unit)} ${safe(f.date)}, deadline ${safe(f.deadline)}, follow-up ${safe(f.followUp)}: ` +
          `${f.scheduled ? `scheduled ${safe(f.visit)}` : `NOT scheduled (${safe(f.note)})`}`,
      );
  }
  if (report.conflicts.length > 0) {
    out.push('', `gap conflicts (${report.conflicts.length}):`);
    for (const c of report.conflicts)
      out.push(
        `  ${safe(c.unit)} ${safe(c.dates[0])} and ${safe(c.dates[1])}: ${c.days} days (${safe(c.rule)})`,
      );
  }
  if (report.notes.length > 0) {
    out.push('', 'notes:');
    for (const n of report.notes)
      out.push(
        `  ${safe(n.kind)} from ${safe(n.from)}${n.unit ? ` (${safe(n.unit)})` : ''}: ${safe(n.message)}`,
      );
  }
  if (report.inspectors.length > 0) {
    out.push('', 'inspector loads (visits: routine + other; by police type):');
    for (const x of report.inspectors) {
      const mix = Object.entries(x.byType)
        .map(([t, n]) => `${safe(t)} ${n}`)
        .join(', ');
      out.push(`  ${pad(safe(x.id), 12)}${lpad(x.visits, 4)} (${x.routine} + ${x.other}): ${mix}`);
    }
  }
  const busiest = report.days.reduce((m, d) => Math.max(m, d.routine + d.other), 0);
  const visitDays = report.days.filter((d) => d.routine + d.other > 0).length;
  out.push(
    '',
    `calendar: ${visitDays} of ${report.days.length} days with visits, at most ${busiest} on one day`,
  );
  return `${out.join('\n')}\n`;
}
