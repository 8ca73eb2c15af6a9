import type { ValidPlanInput } from '../model/planInputSchema.js';
import type { Schedule } from '../model/scheduleSchema.js';
import { unitProbabilities } from '../model/unitProbabilities.js';
import { showControls } from '../report/visibleText.js';
import { differenceExpected, differenceMessage, type Verification } from '../schedule/Verification.js';
import { type Catalogue, text } from '../text/catalogue.js';
import type { Lang } from '../text/lang.js';
import type { Outcome } from './usage.js';

// What the CLI prints: the summary of a plan, a verification, the new hash after a change, and the
// padding of its text tables (formatReport.ts prints the fairness report).

/**
 * A string of the input or schedule as the CLI prints it: control characters (C0, DEL, C1) and
 * bidirectional controls shown as their codes (`\u001b`, `\u202e`), so that it can neither drive
 * the terminal nor reorder the text around it; applied before padding, so columns stay aligned.
 */
const safe = (s: string) => showControls(s);

/** Characters a terminal shows two columns wide: CJK ideographs, kana, hangul, full-width forms. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** The columns `s` takes in a terminal: two for a wide character (`警种`), one for any other. */
function columns(s: string): number {
  let n = 0;
  for (const ch of s) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

/**
 * `s` left-aligned in a column `n` terminal columns wide, a Chinese character counting two (so that
 * a table of Chinese names stays aligned); as `padEnd` for ASCII.
 *
 * @param s - the text (or a number).
 * @param n - the width of the column.
 */
export function pad(s: string | number, n: number): string {
  const text = String(s);
  return text + ' '.repeat(Math.max(0, n - columns(text)));
}

/**
 * `s` right-aligned in a column `n` terminal columns wide, a Chinese character counting two; a text
 * as wide as the column, or wider, still gets one space before it, so that it never runs into the
 * column to its left.
 *
 * @param s - the text (or a number).
 * @param n - the width of the column.
 */
export function lpad(s: string | number, n: number): string {
  const text = String(s);
  return ' '.repeat(Math.max(1, n - columns(text))) + text;
}

/**
 * Texts padded to the widest of them (in terminal columns): a column of a list, such as dates that
 * Chinese writes 10 to 14 columns wide (`2027年1月4日`, `2027年12月31日`), stays aligned.
 *
 * @param texts - the cells of the column, in order.
 * @returns the same cells, padded on the right.
 */
export function padColumn(texts: readonly string[]): string[] {
  const width = texts.reduce((m, text) => Math.max(m, columns(text)), 0); // no spread: one text a unit
  return texts.map((t) => pad(t, width));
}

/**
 * Rows as aligned columns two spaces apart, widths in terminal columns (a Chinese character counting
 * two): the first column left-aligned, the others right-aligned, trailing spaces trimmed.
 *
 * @param rows - the rows, the header first; every row as long as the first.
 */
export function alignRows(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, j) => rows.reduce((m, r) => Math.max(m, columns(r[j]!)), 0));
  return rows.map((r) =>
    r
      .map((c, j) => (j === 0 ? pad(c, widths[j]!) : ' '.repeat(widths[j]! - columns(c)) + c))
      .join('  ')
      .trimEnd(),
  );
}

/** One line each for the campaigns, directed visits and findings of a schedule, when it has them. */
function yearLines(schedule: Schedule, t: Catalogue['cli']['plan']): string[] {
  const out: string[] = [];
  for (const c of schedule.campaigns ?? []) {
    out.push(
      t.campaign({
        id: safe(c.id),
        visits: c.visits,
        from: c.from,
        to: c.to,
        scope: c.scopeUnits,
        fairness: c.fairness,
        design: c.design,
      }),
    );
  }
  if (schedule.directed) out.push(t.directed(schedule.directed.length));
  if (schedule.findings) {
    const scheduled = schedule.findings.filter((f) => f.scheduled).length;
    out.push(t.findings(schedule.findings.length, scheduled));
  }
  return out;
}

/** One line for `limits`, when the plan sets them: the cap and the units it lowered, the gap and its conflicts. */
function limitLines(input: ValidPlanInput, schedule: Schedule, t: Catalogue['cli']['plan']): string[] {
  const out: string[] = [];
  const cap = input.limits?.maxVisitsPerUnit;
  if (cap !== undefined) {
    const capped = schedule.units.filter((u) => u.capped).map((u) => safe(u.id));
    const most = new Map<string, number>();
    for (const v of schedule.visits) most.set(v.unit, (most.get(v.unit) ?? 0) + 1);
    out.push(
      t.cap(
        cap,
        [...most.values()].reduce((m, n) => Math.max(m, n), 0),
        capped,
      ),
    );
  }
  const gap = input.limits?.minGapDays;
  if (gap !== undefined) out.push(t.gap(gap, schedule.conflicts?.length ?? 0));
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
  t: Catalogue['cli']['plan'],
): string[] {
  const out: string[] = [];
  const source = schedule.manifest.calendar;
  const { holidays, extraWorkdays } = input.horizon;
  if (source) {
    out.push(
      t.calendar({
        name: safe(source.name),
        source: `${safe(source.package)}@${safe(source.version)}`,
        holidays: holidays.length,
        workdays: extraWorkdays.length,
      }),
    );
  }
  if (ignored && ignored.holidays + ignored.extraWorkdays > 0)
    out.push(t.ignored(ignored.holidays, ignored.extraWorkdays));
  return out;
}

/** Options of {@link formatPlan}. */
export interface FormatPlanOptions {
  /** The visits of the first `weeks` periods are listed (default 2). */
  weeks?: number;
  /** The days listed outside the horizon and left out, to say so. */
  ignored?: { holidays: number; extraWorkdays: number };
  /** The language of the summary (default English). */
  lang?: Lang;
}

/**
 * A planner-readable summary of a schedule: totals, police types, units, the first weeks, loads, in
 * `options.lang`.
 *
 * @param input - the plan file, validated, with its days written out.
 * @param schedule - the schedule drawn from it.
 * @param options - how many periods' visits to list, the ignored days, the language.
 */
export function formatPlan(
  input: ValidPlanInput,
  schedule: Schedule,
  options: FormatPlanOptions = {},
): string {
  const { cli } = text(options.lang ?? 'en');
  const t = cli.plan;
  const { horizon, routine } = input;
  const routineVisits = schedule.visits.filter((v) => v.kind === 'routine').length;
  const types = t.typeColumns;
  // an array literal, not a call: the spread lists may be long (a call's arguments live on the stack)
  const out: string[] = [
    t.head({
      start: horizon.start,
      end: horizon.end,
      zone: horizon.zone,
      periods: schedule.periods.length,
      period: horizon.period,
      units: schedule.units.length,
      inspectors: input.inspectors.length,
    }),
    t.routine({
      visits: routineVisits,
      fairness: routine.fairness,
      coordination: routine.coordination,
      balance: routine.balance,
      algorithm: String(schedule.manifest.algorithms.routine),
    }),
    ...calendarLines(input, schedule, options.ignored, t),
    ...yearLines(schedule, t),
    ...limitLines(input, schedule, t),
    cli.hashes.input(schedule.manifest.inputHash),
    cli.hashes.seed(schedule.manifest.seedCommitment),
    cli.hashes.schedule(schedule.manifest.scheduleHash),
    '',
    `${pad(types.type, 26)}${lpad(types.units, 6)}${lpad(types.expected, 10)}${lpad(types.realised, 10)}  ${types.perPeriod}`,
  ];
  for (const type of schedule.types) {
    const expected = type.expected.reduce((s, x) => s + x, 0);
    const realised = type.realised.reduce((s, x) => s + x, 0);
    const fair = type.expected.every((e, k) => Math.abs(type.realised[k]! - e) < 1 - 1e-9)
      ? t.rounded
      : t.notRounded;
    out.push(
      `${pad(safe(type.type), 26)}${lpad(type.units, 6)}${lpad(expected.toFixed(2), 10)}${lpad(realised, 10)}  ${fair}`,
    );
  }
  const units = t.unitColumns;
  out.push(
    '',
    `${pad(units.unit, 22)}${pad(units.type, 26)}${lpad(units.risk, 5)}${lpad(units.maxPi, 8)}${lpad(units.expected, 10)}${lpad(units.visits, 8)}`,
  );
  const risk = new Map(input.units.map((u) => [u.id, u.risk]));
  for (const u of schedule.units) {
    const maxPi = unitProbabilities(schedule, u).reduce((a, b) => Math.max(a, b), 0);
    out.push(
      `${pad(safe(u.id), 22)}${pad(safe(u.type), 26)}${lpad(risk.get(u.id) ?? '', 5)}${lpad(maxPi.toFixed(3), 8)}` +
        `${lpad(u.expectedVisits.toFixed(2), 10)}${lpad(u.visits, 8)}`,
    );
  }
  const weeks = options.weeks ?? 2;
  const shown = schedule.visits.filter((v) => v.period < weeks);
  const dates = padColumn(shown.map((v) => cli.date(v.date)));
  out.push('', t.firstPeriods(weeks, horizon.period));
  shown.forEach((v, k) => {
    const kind =
      v.kind === 'routine'
        ? ''
        : t.visitKind(cli.visitKind(v.kind, v.campaign && safe(v.campaign), v.reason && safe(v.reason)));
    out.push(`  ${v.id}  ${dates[k]}  ${pad(safe(v.unit), 22)}${v.inspectors.map(safe).join(' ')}${kind}`);
  });
  if (schedule.inspectors.length > 0) {
    out.push('', t.loads);
    for (const l of schedule.inspectors) {
      const mix = Object.entries(l.byType)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([type, n]) => `${safe(type)} ${n}`);
      out.push(`  ${t.load(`${pad(safe(l.id), 10)}${lpad(l.visits, 4)}`, cli.items(mix))}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * A verification as printed, in `lang`: `verified`, or each difference with its path, expected and
 * found values; then, for a reveal that carries outcomes, each member its seal does not cover and what
 * checks it (`v.unsealed`).
 *
 * @param what - what was verified, in words of the catalogue (`cli.verification.schedule(...)`).
 * @param v - the verification.
 * @param lang - the language (default English).
 */
export function formatVerification(what: string, v: Verification, lang: Lang = 'en'): Outcome {
  const t = text(lang).cli.verification;
  // a reveal's outcomes: what its seal does not cover, said after the verdict
  const unsealed = (v.unsealed ?? []).map((u) => `${t.unsealed(u.path, u.checkAgainst)}\n`).join('');
  if (v.ok) return { code: 0, stdout: `${t.verified(what)}\n${unsealed}` };
  const lines = differenceLines(v, lang);
  const more = v.truncated ? `${t.more(v.truncated)}\n` : '';
  if (v.status === 'unsupported') {
    return { code: 2, stderr: `${t.unsupported(what)}\n${lines.join('\n')}\n` };
  }
  const count = v.differences.length + (v.truncated ?? 0);
  return { code: 1, stdout: `${t.notVerified(what, count)}\n${lines.join('\n')}\n${more}${unsealed}` };
}

/**
 * One line per difference of a verification, in `lang`: where, what was expected and what was found,
 * and on the next line, indented, what it means when the library says so (`differenceMessage`).
 */
export function differenceLines(v: Verification, lang: Lang): string[] {
  const t = text(lang).cli.verification;
  const show = (x: unknown) => (x === undefined ? t.nothing : JSON.stringify(x));
  return v.differences.map((d) => {
    const message = differenceMessage(d, lang);
    return `${t.difference(d.path, show(differenceExpected(d, lang)), show(d.found))}${message ? `\n    ${message}` : ''}`;
  });
}

/**
 * The lines that end `substitute` and `replan`, in `lang`: the schedule's new hash, which must be
 * published, since reveals made from the changed schedule verify against it and not against the first one.
 *
 * @param schedule - the changed schedule.
 * @param lang - the language (default English).
 */
export function formatNewHash(schedule: Schedule, lang: Lang = 'en'): string {
  return text(lang).cli.newHash(schedule.manifest.scheduleHash);
}
