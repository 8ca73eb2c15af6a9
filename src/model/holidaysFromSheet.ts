import type { FairdrawProblem } from './FairdrawError.js';
import { dateOf, textOf } from './sheetCells.js';
import { cellReader, type ReadSheet } from './sheetColumns.js';

// The holidays sheet of `fairdraw init` read as the horizon's `holidays` and `extraWorkdays` (docs/init.md).

/** A day of the holidays sheet, with its row. */
export interface DayRow {
  date: string;
  row: number;
}

const HOLIDAY_KINDS: Readonly<Record<string, 'holiday' | 'workday'>> = {
  holiday: 'holiday',
  休: 'holiday',
  workday: 'workday',
  班: 'workday',
};
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The holidays and worked weekend days of the holidays sheet inside the horizon `[start, end]`
 * (`undefined` when the horizon's dates are wrong: nothing is left out then), and how many were outside.
 * A day listed twice, and a worked day (班) from Monday to Friday, are problems.
 */
export function readHolidays(
  sheet: ReadSheet,
  start: string | undefined,
  end: string | undefined,
  problems: FairdrawProblem[],
): { holidays: DayRow[]; workdays: DayRow[]; outside: number } {
  const cells = cellReader(sheet, problems);
  const seen = new Map<string, number>();
  const holidays: DayRow[] = [];
  const workdays: DayRow[] = [];
  let outside = 0;
  for (const r of sheet.rows) {
    const date = cells.read(r, 'date', dateOf, 'every row gives a date');
    const kind = cells.read(r, 'kind', (c) => {
      const found = HOLIDAY_KINDS[textOf(c).normalize('NFKC').toLowerCase()];
      return found !== undefined
        ? { ok: true, value: found }
        : {
            ok: false,
            message: `${JSON.stringify(textOf(c))} is not a kind of day: write 休 (holiday) or 班 (workday)`,
          };
    });
    if (date === undefined) continue;
    if (seen.has(date)) {
      cells.fail(r, 'date', `${date} is listed in row ${seen.get(date)} too`);
      continue;
    }
    seen.set(date, r.row);
    if (start !== undefined && end !== undefined && (date < start || date > end)) {
      outside++;
      continue;
    }
    if (kind === 'workday') {
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      if (weekday >= 1 && weekday <= 5) {
        cells.fail(
          r,
          sheet.headers.has('kind') ? 'kind' : 'date',
          `${date} is a ${WEEKDAYS[weekday]}, already a working day: list as 班 (workday) only the weekend days that are worked`,
        );
        continue;
      }
      workdays.push({ date, row: r.row });
    } else holidays.push({ date, row: r.row });
  }
  const byDate = (a: DayRow, b: DayRow) => (a.date < b.date ? -1 : 1);
  return { holidays: holidays.sort(byDate), workdays: workdays.sort(byDate), outside };
}
