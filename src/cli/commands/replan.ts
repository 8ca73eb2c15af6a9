import { FairdrawError, problem, wordsOf } from '../../model/FairdrawError.js';
import type { Finding } from '../../model/findingSchema.js';
import { isoDate } from '../../model/isoDate.js';
import type { Outcomes } from '../../model/outcomesSchema.js';
import { readOutcomes } from '../../model/readOutcomes.js';
import { isRecord } from '../../model/validate.js';
import { followUpFindings } from '../../outcomes/followUpFindings.js';
import { replan } from '../../schedule/replan.js';
import { text as catalogue } from '../../text/catalogue.js';
import type { CliContext } from '../context.js';
import { formatNewHash } from '../format.js';
import { jsonText, readJson, writeAll } from '../io.js';
import { readOutcomesFile } from '../outcomesFile.js';
import { type Outcome, parseArgs, stringOption, usage, usageError } from '../usage.js';

const VALUED = ['from', 'reason', 'out', 'outcomes'];

/** How the command reads `--outcomes` against the schedule: synchronously (JSON) or read beforehand. */
type LoadOutcomes = (path: string, schedule: unknown) => Outcomes;

/**
 * Runs `fairdraw replan`: redraws the schedule from a period start after units changed, and logs it.
 * With `--outcomes`, only a JSON outcomes file: a sheet is read asynchronously ({@link runReplanAsync}).
 */
export function runReplan(argv: readonly string[], context: CliContext): Outcome {
  return replanWith(argv, context, (path, schedule) => {
    if (/\.(xlsx|xls|csv)$/i.test(path))
      throw new Error(
        'fairdraw bug: replan --outcomes reads a sheet asynchronously; run it through runAsync',
      );
    return readOutcomes(readJson(path), schedule);
  });
}

/** Runs `fairdraw replan` with `--outcomes` given as a JSON file or as an .xlsx or .csv sheet. */
export async function runReplanAsync(argv: readonly string[], context: CliContext): Promise<Outcome> {
  const { positional, options } = parseArgs(argv, VALUED, ['help']);
  const path = stringOption(options, 'outcomes');
  if (path === undefined || options.help || positional.length < 2) return runReplan(argv, context);
  const outcomes = await readOutcomesFile(path, readJson(positional[1]!));
  return replanWith(argv, context, () => outcomes);
}

/** The key of a finding given as a date, for dropping a follow-up the changes file asks for already. */
const keyOf = (f: unknown) =>
  isRecord(f) ? JSON.stringify([f.unit, f.date, f.deadline, f.deadlineWorkdays, f.deadlineDays]) : '';

function replanWith(argv: readonly string[], context: CliContext, load: LoadOutcomes): Outcome {
  const { positional, options } = parseArgs(argv, VALUED, ['help']);
  if (options.help) return { code: 0, stdout: usage(context.lang) };
  const text = (name: string) => stringOption(options, name);
  const outcomesPath = text('outcomes');
  if (positional.length !== 3 && !(positional.length === 2 && outcomesPath !== undefined)) {
    return usageError('replan', catalogue(context.lang).cli.expects.replanOutcomes, context.lang);
  }
  const [inputPath, schedulePath, changesPath] = positional as [string, string, string | undefined];
  const schedule = readJson(schedulePath);
  let changes: unknown = changesPath === undefined ? {} : readJson(changesPath);
  let added: Finding[] = [];
  const from = text('from');
  if (outcomesPath !== undefined && from !== undefined && isoDate.safeParse(from).success) {
    const outcomes = load(outcomesPath, schedule);
    const asked = isRecord(changes) && Array.isArray(changes.findings) ? changes.findings : [];
    const seen = new Set(asked.map(keyOf));
    added = followUpFindings(schedule, outcomes, from).filter((f) => !seen.has(keyOf(f)));
    if (added.length === 0 && changesPath === undefined)
      return { code: 0, stdout: `${catalogue(context.lang).register.followUpsAdded(0, 0)}\n` };
    if (isRecord(changes)) changes = { ...changes, findings: [...asked, ...added] };
  }
  const next = withFlagPaths(() =>
    replan(readJson(inputPath), schedule, { from, reason: text('reason'), changes }),
  );
  writeAll([{ path: text('out') ?? schedulePath, text: jsonText(next) }]);
  const entry = next.log.at(-1);
  if (entry?.kind !== 'replan') throw new Error('fairdraw bug: replan wrote no replan entry');
  const notes = (next.notes ?? []).filter((n) => n.from === from && n.kind === 'cap');
  // The follow-ups of the outcomes are the last findings of the schedule.
  const first = (next.findings?.length ?? 0) - added.length;
  const late = next.visits.filter((v) => v.late && v.finding !== undefined && v.finding >= first).length;
  const { cli, register } = catalogue(context.lang);
  const { kept, replaced, drawn } = entry.visits;
  return {
    code: 0,
    stdout:
      `${cli.replan.head(from ?? '', kept, replaced, drawn)}\n` +
      (outcomesPath === undefined ? '' : `${register.followUpsAdded(added.length, late)}\n`) +
      notes.map((n) => `${cli.replan.note(n.message)}\n`).join('') +
      formatNewHash(next, context.lang),
  };
}

/** The library names the request `options.from`; the command line, `--from`, `--reason` and the changes file. */
function withFlagPaths<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof FairdrawError) || !e.path.startsWith('options.')) throw e;
    const rename = (path: string) =>
      path.replace(/^options\.(from|reason)\b/, '--$1').replace(/^options\./, '');
    throw new FairdrawError(
      e.code,
      rename(e.path),
      wordsOf(e).message,
      e.problems.map((p) => problem(rename(p.path), wordsOf(p).message)),
    );
  }
}
