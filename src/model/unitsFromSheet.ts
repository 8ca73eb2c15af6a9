import type { FairdrawProblem, Words } from './FairdrawError.js';
import { dateOf, numberOf } from './sheetCells.js';
import { at, cellReader, checkUnique, type ReadSheet } from './sheetColumns.js';
import type { Unit } from './unitSchema.js';

// The units sheet of `fairdraw init` read as the plan file's `units` (docs/init.md).

/** A unit as read, with its row. */
export interface UnitRow {
  unit: Unit;
  row: number;
}

/**
 * The units of the units sheet, one a data row, in the sheet's order: `id`, `type` and `risk` are
 * required, `activeFrom`/`activeTo` become `active.from`/`active.to`. An id used by an earlier row, an
 * empty required cell, a risk that is not a number, a date that is not one and a `activeTo` before
 * `activeFrom` are problems at their file, row and column. `origin` learns where each unit's fields
 * came from (`units[5].risk` → `units.xlsx, row 7, column 风险`).
 */
export function readUnits(
  sheet: ReadSheet,
  problems: FairdrawProblem[],
  origin: Map<string, Words>,
): UnitRow[] {
  const cells = cellReader(sheet, problems);
  const seen = new Map<string, number>();
  return sheet.rows.map((r, i) => {
    const id = cells.text(r, 'id', 'unitId');
    checkUnique(seen, id, r, () => {
      const row = seen.get(id!)!;
      cells.fail(r, 'id', (t) => t.sheet.idOfRow(id!, 'unit', row));
    });
    const name = cells.text(r, 'name');
    const type = cells.text(r, 'type', 'unitType');
    const risk = cells.read(r, 'risk', numberOf, 'unitRisk');
    const region = cells.text(r, 'region');
    const from = cells.read(r, 'activeFrom', dateOf);
    const to = cells.read(r, 'activeTo', dateOf);
    if (from !== undefined && to !== undefined && to < from) {
      const header = sheet.headers.get('activeFrom')!;
      cells.fail(r, 'activeTo', (t) => t.sheet.endBeforeStart(to, header, from));
    }
    const path = `units[${i}]`;
    origin.set(path, at(sheet.file, r.row));
    for (const [field, key] of [
      ['id', 'id'],
      ['name', 'name'],
      ['type', 'type'],
      ['risk', 'risk'],
      ['region', 'region'],
      ['active', 'activeFrom'],
      ['active.from', 'activeFrom'],
      ['active.to', 'activeTo'],
    ] as const) {
      if (sheet.headers.has(key)) origin.set(`${path}.${field}`, cells.where(r, key));
    }
    const unit: Unit = {
      id: id ?? '',
      ...(name === undefined ? {} : { name }),
      type: type ?? '',
      risk: risk ?? 0,
      ...(region === undefined ? {} : { region }),
      ...(from === undefined && to === undefined
        ? {}
        : { active: { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) } }),
    };
    return { unit, row: r.row };
  });
}
