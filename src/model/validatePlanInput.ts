import { isoDate } from './isoDate.js';
import { markPlainJson } from './plainJsonArrays.js';
import { planInputOfCheckedUnits, planInputSchema, type ValidPlanInput } from './planInputSchema.js';
import { MAX_RISK, MIN_RISK } from './riskWeight.js';
import type { Unit } from './unitSchema.js';
import { checkPlainData, isRecord, parseValid, validate, wellFormed } from './validate.js';

/** `identifier`: 1 to 200 characters, no leading or trailing space, no control character; well-formed. */
function isIdentifier(s: unknown): s is string {
  if (typeof s !== 'string' || s.length < 1 || s.length > 200 || s.trim() !== s) return false;
  // One pass for both rules (a unit's id and type are read a hundred thousand times in a national plan).
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) return false;
    if ((c & 0xf800) !== 0xd800) continue;
    // A surrogate: well-formed only as a high one followed by a low one (as `wellFormed` reads it).
    if (c >= 0xdc00 || i + 1 >= s.length || (s.charCodeAt(i + 1) & 0xfc00) !== 0xdc00) return false;
    i++;
  }
  return true;
}

/** `riskWeight`: a finite number, 0 or from 1e-9 to 1e9. */
const isRisk = (r: unknown): r is number =>
  typeof r === 'number' && Number.isFinite(r) && r >= 0 && r <= MAX_RISK && (r === 0 || r >= MIN_RISK);

/**
 * The unit as `unitSchema` parses it, when `u` is a unit that `validate` accepts without a word to
 * say: a plain object (prototype `Object.prototype`) of known members, none of them `undefined`,
 * each of the right type and range, every string well-formed; `undefined` for anything else
 * (including a valid unit of an unusual form, which the full validation then parses). The copy has
 * the members in the schema's order, as zod writes them.
 */
function checkedUnit(u: unknown, dates: Map<string, boolean>): Unit | undefined {
  if (typeof u !== 'object' || u === null || Object.getPrototypeOf(u) !== Object.prototype) return undefined;
  for (const key in u) {
    switch (key) {
      case 'id':
      case 'type':
      case 'risk':
      case 'name':
      case 'region':
      case 'active':
        continue;
      default:
        return undefined; // not a member of `unitSchema`
    }
  }
  const { id, name, type, risk, region, active } = u as Record<string, unknown>;
  if (!isIdentifier(id) || !isIdentifier(type) || !isRisk(risk)) return undefined;
  const unit: Unit = 'name' in u ? { id, name: '', type, risk } : { id, type, risk };
  if ('name' in u) {
    if (typeof name !== 'string' || name.length > 500 || !wellFormed(name)) return undefined;
    unit.name = name;
  }
  if ('region' in u) {
    if (!isIdentifier(region)) return undefined;
    unit.region = region;
  }
  if ('active' in u) {
    const window = checkedWindow(active, dates);
    if (window === undefined) return undefined;
    unit.active = window;
  }
  return unit;
}

/** `unitSchema`'s `active`, as {@link checkedUnit} checks a unit. */
function checkedWindow(a: unknown, dates: Map<string, boolean>): Unit['active'] {
  if (typeof a !== 'object' || a === null || Object.getPrototypeOf(a) !== Object.prototype) return undefined;
  for (const key in a) if (key !== 'from' && key !== 'to') return undefined;
  const { from, to } = a as Record<string, unknown>;
  const isDate = (d: unknown): d is string => {
    if (typeof d !== 'string') return false;
    let ok = dates.get(d);
    if (ok === undefined) dates.set(d, (ok = isoDate.safeParse(d).success));
    return ok;
  };
  const window: NonNullable<Unit['active']> = {};
  if ('from' in a) {
    if (!isDate(from)) return undefined;
    window.from = from;
  }
  if ('to' in a) {
    if (!isDate(to)) return undefined;
    window.to = to;
  }
  if (window.from !== undefined && window.to !== undefined && window.from > window.to) return undefined;
  return window;
}

/**
 * Validates a plan file as `validate(planInputSchema, input)` does, with the same result and the
 * same errors, faster for a plan of many units: when every unit is one that the full validation
 * accepts as it is (see {@link checkedUnit}), the units are checked and copied by plain code, one
 * pass, and zod validates the rest of the plan and the rules across fields (`planInputOfCheckedUnits`);
 * the objects outside `units` are checked for plain data as `validate` checks them. Anything else,
 * and every plan with something to say about a unit, goes through the full validation, so every
 * message and path is the one it writes.
 *
 * @param input - the plan file (untrusted).
 * @returns the validated plan, defaults applied.
 * @throws {FairdrawError} `invalid-input` as `validate(planInputSchema, input)` throws it.
 */
export function validatePlanInput(input: unknown): ValidPlanInput {
  const checked = checkedUnits(input);
  if (checked === undefined) return validate(planInputSchema, input);
  const { units, names, depth } = checked;
  const plan = input as Record<string, unknown>;
  checkPlainData({ ...plan, units: [] });
  const valid = parseValid(planInputOfCheckedUnits, { ...plan, units });
  // The copies are plain JSON data by construction: hashInput writes them without walking them again.
  if (valid.units === units) markPlainJson(units, names, depth);
  return valid;
}

/** The optional members of a unit and of its `active` window, in code-unit order among the others. */
const OPTIONAL = ['active', 'from', 'name', 'region', 'to'] as const;

/**
 * The units of `input`, checked and copied by {@link checkedUnit}, or `undefined` unless all of them
 * are; with the member names of the copies and of their `active` windows, sorted as canonical JSON
 * sorts them, and how deep the array nests (with a window: array, unit, window).
 */
function checkedUnits(input: unknown): { units: Unit[]; names: string[]; depth: number } | undefined {
  if (!isRecord(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const list = input.units;
  if (!Array.isArray(list) || list.length < 1 || list.length > 1_000_000) return undefined;
  const dates = new Map<string, boolean>();
  const units = new Array<Unit>(list.length);
  const present = { active: false, from: false, name: false, region: false, to: false };
  for (let i = 0; i < list.length; i++) {
    const unit = checkedUnit(list[i], dates);
    if (unit === undefined) return undefined;
    units[i] = unit;
    // Which optional members the copies have, read while the copy is at hand (no second pass).
    if (unit.name !== undefined) present.name = true;
    if (unit.region !== undefined) present.region = true;
    if (unit.active !== undefined) {
      present.active = true;
      if (unit.active.from !== undefined) present.from = true;
      if (unit.active.to !== undefined) present.to = true;
    }
  }
  const names = ['id', 'risk', 'type', ...OPTIONAL.filter((key) => present[key])].sort();
  return { units, names, depth: present.active ? 3 : 2 };
}
