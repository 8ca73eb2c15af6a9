import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { visitsTable } from '../../src/cli/tables.js';
import { plan } from '../../src/schedule/plan.js';

const county = JSON.parse(readFileSync('examples/county.json', 'utf8'));

describe('the visit list (plan --csv, --xlsx)', () => {
  it('gives each visit its unit and inspector ids, and beside them the names the schedule carries', () => {
    const schedule = plan(county);
    const [header, ...rows] = visitsTable(schedule);
    expect(header).toEqual([
      'id',
      'kind',
      'period',
      'date',
      'unit',
      'unitName',
      'type',
      'inspectors',
      'inspectorNames',
    ]);
    const unitName = new Map(county.units.map((u: { id: string; name: string }) => [u.id, u.name]));
    const inspectorName = new Map(county.inspectors.map((x: { id: string; name: string }) => [x.id, x.name]));
    expect(rows).toHaveLength(schedule.visits.length);
    rows.forEach((row, i) => {
      const v = schedule.visits[i]!;
      expect(row[4]).toBe(v.unit);
      expect(row[5]).toBe(unitName.get(v.unit));
      expect(row[7]).toBe(v.inspectors.join(' '));
      expect(row[8]).toBe(v.inspectors.map((id) => inspectorName.get(id)).join('; '));
    });
  });

  it('leaves a name cell empty without a name, and shows an unnamed inspector by id beside named ones', () => {
    const partly = structuredClone(county);
    for (const u of partly.units) delete u.name;
    for (const x of partly.inspectors.slice(1)) delete x.name;
    const schedule = plan(partly);
    const rows = visitsTable(schedule).slice(1);
    expect(rows.every((row) => row[5] === '')).toBe(true);
    const named = partly.inspectors[0].id;
    for (const [k, row] of rows.entries()) {
      const team = schedule.visits[k]!.inspectors;
      expect(row[8]).toBe(
        team.includes(named)
          ? team.map((id) => (id === named ? partly.inspectors[0].name : id)).join('; ')
          : '',
      );
    }
    expect(rows.some((row) => row[8] !== '')).toBe(true);
  });
});
