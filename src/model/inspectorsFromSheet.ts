import { closest } from './closestName.js';
import type { FairdrawProblem } from './FairdrawError.js';
import type { Inspector } from './inspectorSchema.js';
import { type CellRead, datesOf, integerOf, listOf, textOf } from './sheetCells.js';
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
    const which = named.map((u) => `${JSON.stringify(u.unit.id)} in row ${u.row}`).join(', ');
    return {
      ok: false,
      message: `${JSON.stringify(text)} is the name of ${named.length} units of ${file} (${which}): write the id of the one meant`,
    };
  }
  const candidates = units.flatMap((u) => [u.unit.name ?? '', u.unit.id]);
  const k = closest(text, candidates);
  const guess = k === -1 ? undefined : units[Math.floor(k / 2)]!;
  const hint =
    guess === undefined
      ? ''
      : `; did you mean ${JSON.stringify(candidates[k])} (${k % 2 === 0 ? `id ${JSON.stringify(guess.unit.id)}, ` : ''}row ${guess.row})?`;
  return {
    ok: false,
    message: `unknown unit ${JSON.stringify(text)}: no unit of ${file} has this id or name${hint}`,
  };
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
  origin: Map<string, string>,
): { inspectors: Inspector[]; byName: number } {
  const cells = cellReader(sheet, problems);
  const seen = new Map<string, number>();
  const types = [...new Set(units.map((u) => u.unit.type))];
  let byName = 0;
  const inspectors = sheet.rows.map((r, i) => {
    const id = cells.text(r, 'id', 'every inspector needs an id');
    checkUnique(seen, id, r, () =>
      cells.fail(r, 'id', `${JSON.stringify(id)} is the id of the inspector of row ${seen.get(id!)} too`),
    );
    const name = cells.text(r, 'name');
    const home = cells.read(r, 'homeUnit', (c) => resolveUnit(textOf(c), units, unitsFile));
    if (home?.byName) byName++;
    const kinds = cells.read(r, 'types', (c) => {
      const listed = [...new Set(listOf(c))];
      const unknown = listed.find((t) => !types.includes(t));
      if (unknown === undefined) return { ok: true, value: listed };
      const k = closest(unknown, types);
      const hint = k === -1 ? '' : `; did you mean ${JSON.stringify(types[k])}?`;
      return {
        ok: false,
        message: `no unit of ${unitsFile} has the police type ${JSON.stringify(unknown)}${hint}`,
      };
    });
    const max = cells.read(r, 'maxPerPeriod', (c) => {
      const n = integerOf(c);
      return n.ok && n.value < 0 ? { ok: false, message: `${n.value} is below 0` } : n;
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
