// The messages of the spreadsheets `fairdraw init` reads (src/model/*FromSheet.ts, sheetCells.ts,
// sheetColumns.ts, planFromTables.ts; src/cli/sheets/).

const q = (value: unknown) => JSON.stringify(value);

/** The sheets, as messages name them. */
const SHEET = {
  units: 'units',
  inspectors: 'inspectors',
  holidays: 'holidays',
  outcomes: 'outcomes',
} as const;
type Sheet = keyof typeof SHEET;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DATE_HINT = ' (write dates as 2027-01-04)';

/** Messages about spreadsheets and their cells. */
export const sheet = {
  /** Where a cell is: `units.xlsx, row 7, column 风险` (the path of every message about it). */
  at: (file: string, row: number, column?: string) =>
    column === undefined ? `${file}, row ${row}` : `${file}, row ${row}, column ${column}`,
  /** `shown`: the cell as it reads (a text as JSON). */
  notNumber: (shown: string) => `${shown} is not a number`,
  notWholeNumber: (shown: string) => `${shown} is not a whole number`,
  invalidDate: `an invalid date${DATE_HINT}`,
  notDate: (shown: string) => `${shown} is not a date${DATE_HINT}`,
  inItem: (item: string, problem: string) => `in ${q(item)}: ${problem}`,
  notDateOrRange: (item: string) => `${q(item)} is not a date or a range of dates`,
  rangeBackwards: (item: string) => `${q(item)}: the range ends before it starts`,
  rangeTooLong: (item: string) => `${q(item)}: a range covers at most 366 days`,
  /** `zh`, `key`: the names of the sheet's first column; `columns`: its Chinese headers. */
  noHeaderRow: (sheet: Sheet, zh: string, key: string, columns: readonly string[]) =>
    `no header row: no row has a column ${zh} or ${key}; the ${SHEET[sheet]} sheet's first row names its columns (${columns.join(', ')})`,
  unknownColumn: (sheet: Sheet, columns: readonly string[], note: string) =>
    `unknown column; the columns of the ${SHEET[sheet]} sheet are ${columns.join(', ')} (and ${note}, not read)`,
  sameColumn: (header: string, letter: string) => `names the same column as ${header} (column ${letter})`,
  missingColumn: (sheet: Sheet, column: string) =>
    `missing the column ${column}, which the ${SHEET[sheet]} sheet must have`,
  noHeader: (shown: string) => `${shown} is in a column without a header; name the column or clear it`,
  /** An empty cell that must be filled, and why. */
  empty: (why: string) => `is empty; ${why}`,
  needs: {
    unitId: 'every unit needs an id',
    unitType: 'every unit needs its police type',
    unitRisk: 'every unit needs a risk weight (0, or from 1e-9 to 1e9)',
    inspectorId: 'every inspector needs an id',
    date: 'every row gives a date',
    outcomeVisit: 'every row names the visit it records',
    outcomeResult: "every row gives the visit's result",
  },
  /** The outcomes sheet (docs/outcomes.md). Results are shown in both names: `合格 (compliant)`. */
  outcomes: {
    notResult: (text: string, results: readonly string[]) =>
      `${q(text)} is not a result: write ${results.join(', ')}`,
    problemOnlyWithProblems: (problems: string, result: string) =>
      `only a row whose result is ${problems} describes a problem; this row's result is ${result}`,
    categoryMissing: 'is empty; every problem needs its category (问题类别)',
    resultDiffers: (result: string, row: number, first: string, visit: string) =>
      `is ${result}, but row ${row} gives ${first} for visit ${visit}: one visit, one result`,
    secondRow: (visit: string, row: number) =>
      `a second row for visit ${visit} (the first is row ${row}): only a visit with problems has a row per problem`,
    feedbackDiffers: (day: string, row: number, given: string, visit: string) =>
      `is ${day}, but row ${row} gives ${given} for visit ${visit}`,
  },
  idOfRow: (id: string, what: 'unit' | 'inspector', row: number) =>
    `${q(id)} is the id of the ${what} of row ${row} too`,
  endBeforeStart: (to: string, header: string, from: string) => `${to} is before ${header} ${from}`,
  /** `rows`: the units that have the name, as id and row. */
  nameShared: (name: string, file: string, rows: readonly { id: string; row: number }[]) =>
    `${q(name)} is the name of ${rows.length} units of ${file} (${rows.map((r) => `${q(r.id)} in row ${r.row}`).join(', ')}): write the id of the one meant`,
  unknownUnit: (unit: string, file: string) =>
    `unknown unit ${q(unit)}: no unit of ${file} has this id or name`,
  /** The hint of an unknown unit: the closest id or name, and the unit's id when it is its name. */
  didYouMean: (guess: string, id: string | undefined, row: number) =>
    `; did you mean ${q(guess)} (${id === undefined ? '' : `id ${q(id)}, `}row ${row})?`,
  unknownType: (file: string, type: string) => `no unit of ${file} has the police type ${q(type)}`,
  belowZero: (n: number) => `${n} is below 0`,
  notKindOfDay: (text: string) => `${q(text)} is not a kind of day: write 休 (holiday) or 班 (workday)`,
  listedTwice: (date: string, row: number) => `${date} is listed in row ${row} too`,
  /** `weekday`: 1 (Monday) to 5 (Friday). */
  workdayOnWeekday: (date: string, weekday: number) =>
    `${date} is a ${WEEKDAYS[weekday]}, already a working day: list as 班 (workday) only the weekend days that are worked`,
  flagNotDate: (value: string) => `${q(value)} is not a date yyyy-mm-dd`,
  startAfterEnd: (start: string, end: string) => `${start} is after --end ${end}`,
  periodFlag: (value: string) => `must be day, week, month or quarter, got ${q(value)}`,
  noRows: (sheet: 'units' | 'inspectors', row: number) =>
    `lists no ${sheet === 'units' ? 'unit' : 'inspector'} below its header (row ${row})`,
  notCsv: (detail: string) => `is not a valid CSV file (${detail})`,
  notXlsx: (detail: string) => `cannot be read as an .xlsx workbook (${detail})`,
  xls: 'is an Excel 97-2003 workbook (.xls): save it as an Excel workbook (.xlsx) or as CSV UTF-8',
  notSheet: 'is neither an .xlsx workbook nor a .csv file (the kind is told by the extension)',
  utf16: 'is UTF-16 text ("Unicode text"): save it as "CSV UTF-8 (comma delimited)" or as an .xlsx workbook',
  badUtf8: 'starts with a UTF-8 byte-order mark but is not valid UTF-8 text',
  notText:
    'is neither UTF-8 nor GB18030 text: save it as "CSV UTF-8 (comma delimited)" or as an .xlsx workbook',
};
