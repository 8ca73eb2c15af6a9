import type { ValidPlanInput } from '../model/planInputSchema.js';
import type { Schedule } from '../model/scheduleSchema.js';
import type { FairnessReport } from '../report/FairnessReportTypes.js';
import { fixed, percent, percentRange } from '../report/formatNumber.js';
import { showControls } from '../report/visibleText.js';
import type { Verification } from '../schedule/Verification.js';
import { text } from '../text/catalogue.js';
import type { Outcome } from './usage.js';

// What the CLI prints: the summary of a plan, the fairness report as text, and a verification.

/**
 * A string of the input or schedule as the CLI prints it: control characters (C0, DEL, C1) and
 * bidirectional controls shown as their codes (`\u001b`, `\u202e`), so that it can neither drive
 * the terminal nor reorder the text around it; applied before padding, so columns stay aligned.
 */
const safe = (s: string) => showControls(s);
/** `s` left-aligned in a column of width `n`. */
const pad = (s: string | number, n: number) => String(s).padEnd(n);
/** `s` right-aligned in a column of width `n`. */
const lpad = (s: string | number, n: number) => String(s).padStart(n);

/** One line each for the campaigns, directed visits and findings of a schedule, when it has them. */
function yearLines(schedule: Schedule): string[] {
  const out: string[] = [];
  for (const c of schedule.campaigns ?? []) {
    out.push(
      `campaign ${safe(c.id)}: ${c.visits} visits, ${c.from}..${c.to}, ${c.scopeUnits} units in scope, fairness ${c.fairness}, design ${c.design}`,
    );
  }
  if (schedule.directed)
    out.push(`directed: ${schedule.directed.length} visits (not random, outside the routine budget)`);
  if (schedule.findings) {
    const scheduled = schedule.findings.filter((f) => f.scheduled).length;
    out.push(
      `findings: ${schedule.findings.length}, ${scheduled} follow-up visits scheduled` +
        (scheduled < schedule.findings.length
          ? `, ${schedule.findings.length - scheduled} not (see schedule.findings)`
          : ''),
    );
  }
  return out;
}

/** One line for `limits`, when the plan sets them: the cap and the units it lowered, the gap and its conflicts. */
function limitLines(input: ValidPlanInput, schedule: Schedule): string[] {
  const out: string[] = [];
  const cap = input.limits?.maxVisitsPerUnit;
  if (cap !== undefined) {
    const capped = schedule.units.filter((u) => u.capped).map((u) => u.id);
    const most = new Map<string, number>();
    for (const v of schedule.visits) most.set(v.unit, (most.get(v.unit) ?? 0) + 1);
    const top = Math.max(0, ...most.values());
    out.push(
      `limits: at most ${cap} visits a unit (every kind); most visited unit ${top}; ` +
        (capped.length === 0
          ? 'no probability lowered by the cap'
          : `probabilities lowered for ${capped.map(safe).join(', ')}`),
    );
  }
  const gap = input.limits?.minGapDays;
  if (gap !== undefined) {
    out.push(
      `limits: at least ${gap} days between visits of a unit; ${schedule.conflicts?.length ?? 0} pairs closer (see schedule.conflicts)`,
    );
  }
  return out;
}

/**
 * The lines on the plan's days: the official calendar and how many of its days fall in the horizon,
 * and how many listed days outside the horizon were ignored (none of them when there is nothing to say).
 */
function calendarLines(
  input: ValidPlanInput,
  schedule: Schedule,
  ignored: { holidays: number; extraWorkdays: number } | undefined,
): string[] {
  const out: string[] = [];
  const source = schedule.manifest.calendar;
  const { holidays, extraWorkdays } = input.horizon;
  if (source) {
    out.push(
      `calendar ${safe(source.name)} (${safe(source.package)}@${safe(source.version)}): ${holidays.length} holidays and ` +
        `${extraWorkdays.length} adjusted working days in the horizon, written out before the input hash`,
    );
  }
  if (ignored && ignored.holidays + ignored.extraWorkdays > 0) {
    out.push(
      `ignored: ${ignored.holidays} holidays and ${ignored.extraWorkdays} extra working days listed outside the horizon (not hashed, no effect)`,
    );
  }
  return out;
}

/** A planner-readable summary of a schedule: totals, police types, units, the first weeks, loads. */
export function formatPlan(
  input: ValidPlanInput,
  schedule: Schedule,
  options: { weeks?: number; ignored?: { holidays: number; extraWorkdays: number } } = {},
): string {
  const { horizon, routine } = input;
  const out: string[] = [];
  const routineVisits = schedule.visits.filter((v) => v.kind === 'routine').length;
  out.push(
    `fairdraw: ${horizon.start}..${horizon.end} (${horizon.zone}), ${schedule.periods.length} ${horizon.period} periods, ` +
      `${schedule.units.length} units, ${input.inspectors.length} inspectors`,
    `routine: ${routineVisits} visits, fairness ${routine.fairness}, coordination ${routine.coordination}, ` +
      `balance ${routine.balance}, algorithm ${schedule.manifest.algorithms.routine}`,
    ...calendarLines(input, schedule, options.ignored),
    ...yearLines(schedule),
    ...limitLines(input, schedule),
    `input hash ${schedule.manifest.inputHash}`,
    `seed commitment ${schedule.manifest.seedCommitment}`,
    `schedule hash ${schedule.manifest.scheduleHash}`,
    '',
    `${pad('police type', 26)}${lpad('units', 6)}${lpad('expected', 10)}${lpad('realised', 10)}  per period`,
  );
  for (const t of schedule.types) {
    const expected = t.expected.reduce((s, x) => s + x, 0);
    const realised = t.realised.reduce((s, x) => s + x, 0);
    const fair = t.expected.every((e, k) => Math.abs(t.realised[k]! - e) < 1 - 1e-9)
      ? 'floor/ceil'
      : 'NOT floor/ceil';
    out.push(
      `${pad(safe(t.type), 26)}${lpad(t.units, 6)}${lpad(expected.toFixed(2), 10)}${lpad(realised, 10)}  ${fair}`,
    );
  }
  out.push(
    '',
    `${pad('unit', 22)}${pad('type', 26)}${lpad('risk', 5)}${lpad('max pi', 8)}${lpad('expected', 10)}${lpad('visits', 8)}`,
  );
  const risk = new Map(input.units.map((u) => [u.id, u.risk]));
  for (const u of schedule.units) {
    const maxPi = Math.max(0, ...u.probabilities);
    out.push(
      `${pad(safe(u.id), 22)}${pad(safe(u.type), 26)}${lpad(risk.get(u.id) ?? '', 5)}${lpad(maxPi.toFixed(3), 8)}` +
        `${lpad(u.expectedVisits.toFixed(2), 10)}${lpad(u.visits, 8)}`,
    );
  }
  const weeks = options.weeks ?? 2;
  const shown = schedule.visits.filter((v) => v.period < weeks);
  out.push('', `visits of the first ${weeks} periods:`);
  for (const v of shown) {
    const kind =
      v.kind === 'routine'
        ? ''
        : `  (${v.kind}${v.campaign ? ` ${safe(v.campaign)}` : ''}${v.reason ? `: ${safe(v.reason)}` : ''})`;
    out.push(`  ${v.id}  ${v.date}  ${pad(safe(v.unit), 22)}${v.inspectors.map(safe).join(' ')}${kind}`);
  }
  if (schedule.inspectors.length > 0) {
    out.push('', 'inspector loads (visits: by police type):');
    for (const l of schedule.inspectors) {
      const mix = Object.entries(l.byType)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([t, n]) => `${safe(t)} ${n}`)
        .join(', ');
      out.push(`  ${pad(safe(l.id), 10)}${lpad(l.visits, 4)}: ${mix}`);
    }
  }
  return `${out.join('\n')}\n`;
}

const sign = (x: number) => (fixed(x).startsWith('-') || fixed(x) === '0.00' ? fixed(x) : `+${fixed(x)}`);

/**
 * The fairness report as plain text: the manifest, the promises and whether they were kept, police
 * types, units, inspectors. An interim report starts with the line that says so
 * (`Interim report: periods 1–26 of 51, up to 2026-07-05 ...`).
 */
export function formatReport(report: FairnessReport): string {
  const { totals, manifest, coverage } = report;
  const INTERIM = text('en').report.interim;
  const interimUnits = report.promises.unitCounts && coverage.interim;
  const kinds = Object.entries(report.kinds)
    .map(([k, n]) => `${safe(k)} ${n}`)
    .join(', ');
  const out: string[] = [
    ...(coverage.interim ? [INTERIM.statement(coverage)] : []),
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
      `${interimUnits ? INTERIM.unitsLine : report.promises.unitCounts ? '' : ' (not promised)'}; ` +
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
        `${lpad(u.withinPromise ? 'yes' : interimUnits ? 'no' : 'NO', 9)}${lpad(u.other, 7)}${detail ? `  ${detail}` : ''}`.trimEnd(),
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

/** Prints a verification: `verified`, or each difference with its path, expected and found values. */
export function formatVerification(what: string, v: Verification): Outcome {
  if (v.ok) return { code: 0, stdout: `verified: ${what}\n` };
  const show = (x: unknown) => (x === undefined ? '(nothing)' : JSON.stringify(x));
  const lines = v.differences.map(
    (d) =>
      `  ${d.path}: expected ${show(d.expected)}, found ${show(d.found)}${d.message ? `\n    ${d.message}` : ''}`,
  );
  const more = v.truncated ? `  ... and ${v.truncated} more\n` : '';
  if (v.status === 'unsupported') {
    return {
      code: 2,
      stderr: `UNSUPPORTED: ${what} names a version this library does not implement; it was NOT checked\n${lines.join('\n')}\n`,
    };
  }
  const count = v.differences.length + (v.truncated ?? 0);
  return {
    code: 1,
    stdout: `NOT VERIFIED: ${what}: ${count} difference(s)\n${lines.join('\n')}\n${more}`,
  };
}

/**
 * The lines that end `substitute` and `replan`: the schedule's new hash, which must be published,
 * since reveals made from the changed schedule verify against it and not against the first one.
 */
export function formatNewHash(schedule: Schedule): string {
  return (
    `new schedule hash ${schedule.manifest.scheduleHash}\n` +
    'publish it, with the date and the reason: reveals made from now on verify against this hash ' +
    '(those made earlier still verify against the hash they were made under)\n'
  );
}
