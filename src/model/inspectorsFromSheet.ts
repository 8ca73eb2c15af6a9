import { closest } from './closestName.js';
import type { FairdrawProblem, Words } from './FairdrawError.js';
import type { Inspector } from './inspectorSchema.js';
import { bad, type CellRead, datesOf, integerOf, listOf, textOf } from './sheetCells.js';
import { at, cellReader, checkUnique, type ReadSheet } from './sheetColumns.js';
import type { UnitRow } from './unitsFromSheet.js';

// The inspectors sheet of `fairdraw init` read as the plan file's `inspectors` (docs/init.md).

/** The unit an inspector's `homeUnit` names: by id, else by its name when one unit alone has it. */
function resolveUnit(
  text: string,
  units: readonly UnitRow[],
  file: string,
): CellRead<{ id: string; byName: boolean }> {
  if (units.some((u) => u.unit.id === text)) return { ok: true, value: { id: text, byName: false } };
  const named = units.filter((u) => u.unit.name === text);
  if (named.length === 1) return { ok: true, value: { id: named[0]!.unit.id, byName: true } };
  if (named.length > 1) {
    const rows = named.map((u) => ({ id: u.unit.id, row: u.row }));
    return bad((t) => t.sheet.nameShared(text, file, rows));
  }
  const candidates = units.flatMap((u) => [u.unit.name ?? '', u.unit.id]);
  const k = closest(text, candidates);
  const guess = k === -1 ? undefined : units[Math.floor(k / 2)]!;
  return bad(
    (t) =>
      t.sheet.unknownUnit(text, file) +
      (guess === undefined
        ? ''
        : t.sheet.didYouMean(candidates[k]!, k % 2 === 0 ? guess.unit.id : undefined, guess.row)),
  );
}

/**
 * The inspectors of the inspectors sheet, one a data row, in the sheet's order, and how many named
 * their `homeUnit` by the unit's name. `id` is required; `homeUnit` is a unit's id or name (see
 * `resolveUnit`: an unknown one gets the closest id or name as a suggestion, a name two units share
 * is refused); `types` lists police types of the units sheet separated by `;` or `、`; `unavailable`
 * lists dates and ranges (`sheetCells.datesOf`). Problems are added at their file, row and column, and
 * `origin` learns where each inspector's fields came from.
 */
export function readInspectors(
  sheet: ReadSheet,
  units: readonly UnitRow[],
  unitsFile: string,
  problems: FairdrawProblem[],
  origin: Map<string, Words>,
): { inspectors: Inspector[]; byName: number } {
  const cells = cellReader(sheet, problems);
  const seen = new Map<string, number>();
  const types = [...new Set(units.map((u) => u.unit.type))];
  let byName = 0;
  const inspectors = sheet.rows.map((r, i) => {
    const id = cells.text(r, 'id', 'inspectorId');
    checkUnique(seen, id, r, () => {
      const row = seen.get(id!)!;
      cells.fail(r, 'id', (t) => t.sheet.idOfRow(id!, 'inspector', row));
    });
    const name = cells.text(r, 'name');
    const home = cells.read(r, 'homeUnit', (c) => resolveUnit(textOf(c), units, unitsFile));
    if (home?.byName) byName++;
    const kinds = cells.read(r, 'types', (c) => {
      const listed = [...new Set(listOf(c))];
      const unknown = listed.find((t) => !types.includes(t));
      if (unknown === undefined) return { ok: true, value: listed };
      const k = closest(unknown, types);
      return bad(
        (t) => t.sheet.unknownType(unitsFile, unknown) + (k === -1 ? '' : t.plan.didYouMean(types[k]!)),
      );
    });
    const max = cells.read(r, 'maxPerPeriod', (c) => {
      const n = integerOf(c);
      return n.ok && n.value < 0 ? bad((t) => t.sheet.belowZero(n.value)) : n;
    });
    const unavailable = cells.read(r, 'unavailable', datesOf);
    const path = `inspectors[${i}]`;
    origin.set(path, at(sheet.file, r.row));
    for (const key of ['id', 'name', 'homeUnit', 'types', 'maxPerPeriod', 'unavailable']) {
      if (sheet.headers.has(key)) origin.set(`${path}.${key}`, cells.where(r, key));
    }
    return {
      id: id ?? '',
      ...(name === undefined ? {} : { name }),
      ...(home === undefined ? {} : { homeUnit: home.id }),
      ...(kinds === undefined || kinds.length === 0 ? {} : { types: kinds }),
      ...(max === undefined ? {} : { maxPerPeriod: max }),
      ...(unavailable === undefined ? {} : { unavailable }),
    };
  });
  return { inspectors, byName };
}
