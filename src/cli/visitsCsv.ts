import type { Schedule } from '../model/scheduleSchema.js';
import { csvCell } from './csvCell.js';

/** The visits of a schedule as CSV: id, kind, period, date, unit, unit name, type, inspectors. */
export function visitsCsv(schedule: Schedule, names: ReadonlyMap<string, string>): string {
  const typeOf = new Map(schedule.units.map((u) => [u.id, u.type]));
  const rows = [['id', 'kind', 'period', 'date', 'unit', 'name', 'type', 'inspectors'].join(',')];
  for (const v of schedule.visits) {
    rows.push(
      [
        v.id,
        v.kind,
        v.period,
        v.date,
        v.unit,
        names.get(v.unit) ?? '',
        typeOf.get(v.unit) ?? '',
        v.inspectors.join(' '),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}
