import { type FairdrawProblem, type Phrase, problem, type Words, wordsOf } from './FairdrawError.js';
import { type Cell, type CellRead, isEmpty, shown, textOf } from './sheetCells.js';

// The columns of the spreadsheets fairdraw reads, named in English or in Chinese: the three of
// `fairdraw init` (units, inspectors, holidays) and the outcomes sheet; and where a sheet's header row
// and data rows are.

/** A column of a sheet: its field, its English and Chinese headers, whether every sheet must have it. */
export interface ColumnSpec {
  /** The field it fills, which is also its English header (`risk`). */
  key: string;
  /** Its Chinese header (`风险`). */
  zh: string;
  required?: boolean;
}

/** A kind of sheet: what it is called in messages and its columns, the first of which finds the header row. */
export interface SheetSpec {
  what: 'units' | 'inspectors' | 'holidays' | 'outcomes';
  columns: readonly ColumnSpec[];
}

/** The units sheet: 编号, 名称, 警种, 风险, 辖区, 启用日期, 停用日期. */
export const UNIT_SHEET: SheetSpec = {
  what: 'units',
  columns: [
    { key: 'id', zh: '编号', required: true },
    { key: 'name', zh: '名称' },
    { key: 'type', zh: '警种', required: true },
    { key: 'risk', zh: '风险', required: true },
    { key: 'region', zh: '辖区' },
    { key: 'activeFrom', zh: '启用日期' },
    { key: 'activeTo', zh: '停用日期' },
  ],
};

/** The inspectors sheet: 编号, 姓名, 所属单位, 可检查警种, 每期上限, 不可用日期. */
export const INSPECTOR_SHEET: SheetSpec = {
  what: 'inspectors',
  columns: [
    { key: 'id', zh: '编号', required: true },
    { key: 'name', zh: '姓名' },
    { key: 'homeUnit', zh: '所属单位' },
    { key: 'types', zh: '可检查警种' },
    { key: 'maxPerPeriod', zh: '每期上限' },
    { key: 'unavailable', zh: '不可用日期' },
  ],
};

/** The holidays sheet: 日期 and 类型 (休 for a holiday, 班 for a worked weekend day). */
export const HOLIDAY_SHEET: SheetSpec = {
  what: 'holidays',
  columns: [
    { key: 'date', zh: '日期', required: true },
    { key: 'kind', zh: '类型' },
  ],
};

/**
 * The outcomes sheet (docs/outcomes.md), a row per problem repeating the visit: 检查编号, 结果, 问题类别,
 * 问题描述, 责任人, 整改期限, 整改完成日期, and for a complaint 投诉人反馈日期 and 单位反馈日期.
 */
export const OUTCOME_SHEET: SheetSpec = {
  what: 'outcomes',
  columns: [
    { key: 'visit', zh: '检查编号', required: true },
    { key: 'result', zh: '结果', required: true },
    { key: 'category', zh: '问题类别' },
    { key: 'text', zh: '问题描述' },
    { key: 'responsible', zh: '责任人' },
    { key: 'deadline', zh: '整改期限' },
    { key: 'closed', zh: '整改完成日期' },
    { key: 'feedbackComplainant', zh: '投诉人反馈日期' },
    { key: 'feedbackUnit', zh: '单位反馈日期' },
  ],
};

/** A column of remarks, allowed in every sheet and not read: `note` or `备注`. */
const NOTE: ColumnSpec = { key: 'note', zh: '备注' };

/** A sheet read from a file: its name for messages, and its rows, row 1 first. */
export interface Table {
  /** The file as the user named it; every message about the sheet starts with it. */
  file: string;
  rows: readonly (readonly Cell[])[];
}

/** One data row of a sheet: its row number (1 = the sheet's first row) and its cells by field. */
export interface SheetRow {
  row: number;
  cells: ReadonlyMap<string, Cell>;
}

/** A sheet's columns and data rows, once its header row is read. */
export interface ReadSheet {
  file: string;
  /** The header row's number. */
  headerRow: number;
  /** The header of each field present, as the sheet writes it (`风险` or `risk`): messages name it. */
  headers: ReadonlyMap<string, string>;
  /** The rows below the header that hold anything (empty rows are skipped). */
  rows: readonly SheetRow[];
}

/**
 * The location of a cell, as every message about it starts: `units.xlsx, row 7, column 风险`
 * (`units.xlsx, 第7行, 风险列`).
 */
export function at(file: string, row: number, column?: string): Phrase {
  return (t) => t.sheet.at(file, row, column);
}

/** A column's name as a spreadsheet shows it: A, B, ..., Z, AA, ... (for a column without a header). */
function letters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** The field a header names (`风险`, `risk`, `Risk` give `risk`), or `undefined`. */
function fieldOf(header: string, columns: readonly ColumnSpec[]): ColumnSpec | undefined {
  const text = header.normalize('NFKC').trim();
  return columns.find((c) => c.zh === text || c.key.toLowerCase() === text.toLowerCase());
}

/** The two names of a column, the sheet's language first: `风险 (risk)` or `risk (风险)`. */
function bothNames(column: ColumnSpec, chinese: boolean): string {
  return chinese ? `${column.zh} (${column.key})` : `${column.key} (${column.zh})`;
}

/**
 * Reads a sheet's header row and its data rows. The header row is the first row with the sheet's
 * first column (`编号`/`id`, or `日期`/`date` for holidays), so a title above it is allowed; every
 * other non-empty header must name a column of the sheet (or be `备注`/`note`, whose column is not
 * read), no column may be named twice, every required column must be there, and a column with data
 * must have a header. Problems are added to `problems`, each at its file, row and column.
 */
export function readSheet(table: Table, spec: SheetSpec, problems: FairdrawProblem[]): ReadSheet {
  const columns = [...spec.columns, NOTE];
  const keyColumn = spec.columns[0]!;
  const headerIndex = table.rows.findIndex((cells) =>
    cells.some((c) => fieldOf(textOf(c), columns) === keyColumn),
  );
  if (headerIndex === -1) {
    const zh = spec.columns.map((c) => c.zh);
    problems.push(
      problem(table.file, (t) => t.sheet.noHeaderRow(spec.what, keyColumn.zh, keyColumn.key, zh)),
    );
    return { file: table.file, headerRow: 0, headers: new Map(), rows: [] };
  }
  const headerRow = headerIndex + 1;
  const headerCells = table.rows[headerIndex]!;
  const chinese = headerCells.some((c) => /[\u3400-\u9fff]/.test(textOf(c)));
  const headers = new Map<string, string>();
  const indexOf = new Map<string, number>();
  headerCells.forEach((cell, i) => {
    const text = textOf(cell);
    if (text === '') return;
    const column = fieldOf(text, columns);
    if (column === undefined) {
      const names = spec.columns.map((c) => bothNames(c, chinese));
      const note = bothNames(NOTE, chinese);
      problems.push(
        problem(at(table.file, headerRow, text), (t) => t.sheet.unknownColumn(spec.what, names, note)),
      );
    } else if (headers.has(column.key)) {
      const header = headers.get(column.key)!;
      const letter = letters(indexOf.get(column.key)!);
      problems.push(problem(at(table.file, headerRow, text), (t) => t.sheet.sameColumn(header, letter)));
    } else {
      headers.set(column.key, text);
      indexOf.set(column.key, i);
    }
  });
  for (const column of spec.columns) {
    if (column.required && !headers.has(column.key)) {
      const name = bothNames(column, chinese);
      problems.push(problem(at(table.file, headerRow), (t) => t.sheet.missingColumn(spec.what, name)));
    }
  }
  const rows: SheetRow[] = [];
  table.rows.slice(headerIndex + 1).forEach((cells, k) => {
    if (cells.every(isEmpty)) return;
    const row = headerRow + 1 + k;
    cells.forEach((cell, i) => {
      if (!isEmpty(cell) && isEmpty(headerCells[i] ?? null)) {
        problems.push(problem(at(table.file, row, letters(i)), (t) => t.sheet.noHeader(shown(cell))));
      }
    });
    const byField = new Map<string, Cell>();
    for (const [key, i] of indexOf) if (key !== NOTE.key) byField.set(key, cells[i] ?? null);
    rows.push({ row, cells: byField });
  });
  return { file: table.file, headerRow, headers, rows };
}

/** Why a cell must not be empty: a key of the catalogue's `errors.sheet.needs`. */
type Need = 'unitId' | 'unitType' | 'unitRisk' | 'inspectorId' | 'date' | 'outcomeVisit' | 'outcomeResult';

/** The cells of one sheet read field by field, each problem added at its file, row and column. */
export function cellReader(sheet: ReadSheet, problems: FairdrawProblem[]) {
  const where = (r: SheetRow, key: string) => at(sheet.file, r.row, sheet.headers.get(key));
  const fail = (r: SheetRow, key: string, message: Words) => problems.push(problem(where(r, key), message));
  const cell = (r: SheetRow, key: string): Cell => r.cells.get(key) ?? null;
  /** A field's value: `undefined` when the cell is empty (a problem if `required`: why) or wrong. */
  const read = <T>(r: SheetRow, key: string, parse: (c: Cell) => CellRead<T>, required?: Need) => {
    const c = cell(r, key);
    if (isEmpty(c)) {
      if (required !== undefined && sheet.headers.has(key))
        fail(r, key, (t) => t.sheet.empty(t.sheet.needs[required]));
      return undefined;
    }
    const value = parse(c);
    if (!value.ok) fail(r, key, wordsOf(value).message);
    return value.ok ? value.value : undefined;
  };
  const text = (r: SheetRow, key: string, required?: Need) =>
    read(r, key, (c) => ({ ok: true, value: textOf(c) }), required);
  return { where, fail, cell, read, text };
}

/** Adds a problem for an id that an earlier row already has. */
export function checkUnique(
  seen: Map<string, number>,
  id: string | undefined,
  r: SheetRow,
  add: () => void,
): void {
  if (id === undefined) return;
  if (seen.has(id)) add();
  else seen.set(id, r.row);
}

/**
 * Where a path of a file made from sheets came from: the longest prefix of `path` that `origin` knows
 * (`units[5].active.from`, `units[5].active`, `units[5]`), or the path itself.
 */
export function locator<W extends Words>(origin: ReadonlyMap<string, W>): (path: string) => W | string {
  return (path) => {
    for (let p = path; p !== ''; p = p.replace(/(\.[^.[\]]*|\[\d+\])$/, '')) {
      const found = origin.get(p);
      if (found !== undefined) return found;
      if (!/(\.[^.[\]]*|\[\d+\])$/.test(p)) break;
    }
    return path;
  };
}
