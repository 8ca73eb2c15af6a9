import type { Schedule } from '../../src/model/scheduleSchema.js';
import { countySchedule } from './county.js';

/**
 * The county schedule (or `base`) without any name: no `units[].name`, no `inspectors[].name`, as a
 * plan whose units and inspectors are listed by id alone gives it (the golden county carries English
 * names for all of them).
 */
export function unnamedCounty(base: Schedule = countySchedule()): Schedule {
  const s = structuredClone(base);
  for (const u of s.units) delete u.name;
  for (const i of s.inspectors) delete i.name;
  return s;
}

/**
 * The county schedule (or `base`) with Chinese names given by hand to a few units and inspectors, as
 * the schedule carries them (`units[].name`, `inspectors[].name`), and no name for the others: the
 * names of `base` are taken out first ({@link unnamedCounty}).
 */
export function namedCounty(base: Schedule = countySchedule()): Schedule {
  const s = unnamedCounty(base);
  const units: Record<string, string> = {
    'ps-xiaji': '夏集派出所',
    'ps-luohe': '洛河派出所',
    'ps-baishi': '白石派出所',
    'pt-north': '北区巡警大队',
  };
  const inspectors: Record<string, string> = { 'insp-19': '陈静', 'insp-25': '王磊', 'insp-09': '李强' };
  for (const u of s.units) if (Object.hasOwn(units, u.id)) u.name = units[u.id];
  for (const i of s.inspectors) if (Object.hasOwn(inspectors, i.id)) i.name = inspectors[i.id];
  return s;
}
