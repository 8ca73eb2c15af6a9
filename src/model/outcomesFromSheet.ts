import { FairdrawError, type FairdrawProblem, type Phrase, problem, wordsOf } from './FairdrawError.js';
import { type OutcomeRecord, type Outcomes, VISIT_RESULTS } from './outcomesSchema.js';
import { readOutcomes } from './readOutcomes.js';
import { readSchedule } from './scheduleSchema.js';
import { bad, type Cell, type CellRead, dateOf, textOf } from './sheetCells.js';
import {
  at,
  cellReader,
  locator,
  OUTCOME_SHEET,
  readSheet,
  type SheetRow,
  type Table,
} from './sheetColumns.js';

// The outcomes sheet read as an outcomes file (docs/outcomes.md): a row per problem, repeating the visit.

type VisitResult = (typeof VISIT_RESULTS)[number];

/** Each result as a sheet may write it: its English name, and its Chinese one. */
const RESULT_NAMES: Readonly<Record<VisitResult, string>> = {
  compliant: '合格',
  problems: '发现问题',
  'not-done': '未检查',
};

/** A result as messages show it, both names: `合格 (compliant)`. */
const shownResult = (result: VisitResult) => `${RESULT_NAMES[result]} (${result})`;

/** The result of a cell: `compliant`/`合格`, `problems`/`发现问题`, `not-done`/`未检查` (English in any case). */
function resultOf(cell: Cell): CellRead<VisitResult> {
  const text = textOf(cell).normalize('NFKC');
  const found = VISIT_RESULTS.find((r) => r === text.toLowerCase() || RESULT_NAMES[r] === text);
  if (found !== undefined) return { ok: true, value: found };
  return bad((t) => t.sheet.outcomes.notResult(text, VISIT_RESULTS.map(shownResult)));
}

/** The columns of a problem, with the field each fills. */
const PROBLEM_COLUMNS = ['category', 'text', 'responsible', 'deadline', 'closed'] as const;

/** The feedback columns, with the field of `feedback` each fills. */
const FEEDBACK_COLUMNS = [
  ['feedbackComplainant', 'complainant'],
  ['feedbackUnit', 'unit'],
] as const;

/** A record being read: where its first row is, and its feedback days with their rows. */
interface Reading {
  index: number;
  row: number;
  record: OutcomeRecord;
  feedbackRows: Map<string, number>;
}

/**
 * The outcomes of the outcomes sheet (docs/outcomes.md), recorded against `schedule`'s current hash.
 * Headers in English or Chinese (`visit`/`检查编号`, `result`/`结果`, `category`/`问题类别`,
 * `text`/`问题描述`, `responsible`/`责任人`, `deadline`/`整改期限`, `closed`/`整改完成日期`, and for a
 * complaint `feedbackComplainant`/`投诉人反馈日期`, `feedbackUnit`/`单位反馈日期`); results in English or
 * Chinese (`合格`, `发现问题`, `未检查`); dates as `init` reads them (`2026-03-20`, `2026/3/20`,
 * `2026年3月20日`, a date cell). One row per problem, repeating the visit and its result; a visit with
 * no problem has one row. The rows are then checked as `readOutcomes` checks a file, and every problem
 * is named by its file, row and column (`outcomes.xlsx, row 7, column 整改期限: ...`).
 *
 * @param table - the sheet's rows, as `readTable` reads them.
 * @param schedule - the schedule the outcomes are recorded for.
 * @throws {FairdrawError} `invalid-input` naming the first problem and listing all of them.
 */
export function outcomesFromTable(table: Table, schedule: unknown): Outcomes {
  const s = readSchedule(schedule);
  const problems: FairdrawProblem[] = [];
  const sheet = readSheet(table, OUTCOME_SHEET, problems);
  const cells = cellReader(sheet, problems);
  const origin = new Map<string, Phrase>();
  const readings = new Map<string, Reading>();
  const records: OutcomeRecord[] = [];
  /** The column that stands for a field the sheet may lack: the field's, else the result's. */
  const columnOf = (key: string) => (sheet.headers.has(key) ? key : 'result');
  for (const r of sheet.rows) {
    const visit = cells.text(r, 'visit', 'outcomeVisit');
    const result = cells.read(r, 'result', resultOf, 'outcomeResult');
    const fields = {
      category: cells.text(r, 'category'),
      text: cells.text(r, 'text'),
      responsible: cells.text(r, 'responsible'),
      deadline: cells.read(r, 'deadline', dateOf),
      closed: cells.read(r, 'closed', dateOf),
    };
    const feedback = FEEDBACK_COLUMNS.map(
      ([key, field]) => [key, field, cells.read(r, key, dateOf)] as const,
    );
    if (visit === undefined || result === undefined) continue;
    if (result !== 'problems') {
      for (const key of PROBLEM_COLUMNS)
        if (fields[key] !== undefined)
          cells.fail(r, key, (t) =>
            t.sheet.outcomes.problemOnlyWithProblems(shownResult('problems'), shownResult(result)),
          );
    } else if (fields.category === undefined) {
      cells.fail(r, columnOf('category'), (t) => t.sheet.outcomes.categoryMissing);
    }
    let reading = readings.get(visit);
    if (reading === undefined) {
      reading = { index: records.length, row: r.row, record: { visit, result }, feedbackRows: new Map() };
      readings.set(visit, reading);
      records.push(reading.record);
      const path = `records[${reading.index}]`;
      origin.set(path, at(sheet.file, r.row));
      origin.set(`${path}.visit`, cells.where(r, 'visit'));
      origin.set(`${path}.result`, cells.where(r, 'result'));
      origin.set(`${path}.problems`, cells.where(r, columnOf('category')));
      origin.set(`${path}.closed`, cells.where(r, columnOf('closed')));
    } else if (reading.record.result !== result) {
      const first = reading;
      cells.fail(r, 'result', (t) =>
        t.sheet.outcomes.resultDiffers(
          shownResult(result),
          first.row,
          shownResult(first.record.result),
          visit,
        ),
      );
      continue;
    } else if (result !== 'problems') {
      const firstRow = reading.row;
      cells.fail(r, 'visit', (t) => t.sheet.outcomes.secondRow(visit, firstRow));
      continue;
    }
    addProblem(reading, fields, r, cells.where, origin);
    addFeedback(reading, feedback, r, cells, origin);
  }
  const first = problems[0];
  if (first !== undefined) throw new FairdrawError('invalid-input', first.path, first.message, problems);
  const outcomes: Outcomes = { schedule: s.manifest.scheduleHash, records };
  try {
    readOutcomes(outcomes, s, '');
  } catch (e) {
    if (!(e instanceof FairdrawError)) throw e;
    const locate = locator(origin);
    const located = e.problems.map((p) => problem(locate(p.path), wordsOf(p).message));
    throw new FairdrawError('invalid-input', located[0]!.path, located[0]!.message, located);
  }
  return outcomes;
}

/** Adds the row's problem, if it gives one, to its record, and where each field came from. */
function addProblem(
  reading: Reading,
  fields: Readonly<Record<(typeof PROBLEM_COLUMNS)[number], string | undefined>>,
  r: SheetRow,
  where: (r: SheetRow, key: string) => Phrase,
  origin: Map<string, Phrase>,
): void {
  const { category, text, responsible, deadline, closed } = fields;
  if (reading.record.result !== 'problems' || category === undefined) return;
  const problems = (reading.record.problems ??= []);
  const path = `records[${reading.index}].problems[${problems.length}]`;
  origin.set(path, where(r, 'category'));
  problems.push({
    category,
    ...(text === undefined ? {} : { text }),
    ...(responsible === undefined ? {} : { responsible }),
    ...(deadline === undefined ? {} : { deadline }),
    ...(closed === undefined ? {} : { closed }),
  });
  for (const key of PROBLEM_COLUMNS) origin.set(`${path}.${key}`, where(r, key));
}

/** Adds the row's feedback days to its record; a day that another row of the visit gives otherwise is a problem. */
function addFeedback(
  reading: Reading,
  feedback: readonly (readonly [string, 'complainant' | 'unit', string | undefined])[],
  r: SheetRow,
  cells: ReturnType<typeof cellReader>,
  origin: Map<string, Phrase>,
): void {
  const path = `records[${reading.index}].feedback`;
  for (const [key, field, day] of feedback) {
    if (day === undefined) continue;
    const given = reading.record.feedback?.[field];
    if (given !== undefined && given !== day) {
      const firstRow = reading.feedbackRows.get(field) ?? reading.row;
      const visitId = reading.record.visit;
      cells.fail(r, key, (t) => t.sheet.outcomes.feedbackDiffers(day, firstRow, given, visitId));
      continue;
    }
    reading.record.feedback = { ...reading.record.feedback, [field]: day };
    reading.feedbackRows.set(field, r.row);
    origin.set(`${path}.${field}`, cells.where(r, key));
    if (!origin.has(path)) origin.set(path, cells.where(r, key));
  }
}
