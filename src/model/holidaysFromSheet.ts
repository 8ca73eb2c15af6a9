import type { FairdrawProblem } from './FairdrawError.js';
import { bad, dateOf, textOf } from './sheetCells.js';
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
    const date = cells.read(r, 'date', dateOf, 'date');
    const kind = cells.read(r, 'kind', (c) => {
      const found = HOLIDAY_KINDS[textOf(c).normalize('NFKC').toLowerCase()];
      return found !== undefined ? { ok: true, value: found } : bad((t) => t.sheet.notKindOfDay(textOf(c)));
    });
    if (date === undefined) continue;
    if (seen.has(date)) {
      const row = seen.get(date)!;
      cells.fail(r, 'date', (t) => t.sheet.listedTwice(date, row));
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
        cells.fail(r, sheet.headers.has('kind') ? 'kind' : 'date', (t) =>
          t.sheet.workdayOnWeekday(date, weekday),
        );
        continue;
      }
      workdays.push({ date, row: r.row });
    } else holidays.push({ date, row: r.row });
  }
  const byDate = (a: DayRow, b: DayRow) => (a.date < b.date ? -1 : 1);
  return { holidays: holidays.sort(byDate), workdays: workdays.sort(byDate), outside };
}
