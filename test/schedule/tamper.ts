import { DateTime } from 'luxon';
import { childPath } from '../../src/schedule/diffJson.js';

/** One scalar field of a schedule: its location and its path as `verify` writes it. */
export interface Leaf {
  keys: (string | number)[];
  path: string;
  value: string | number | boolean | null;
}

/** Every scalar field (string, number, boolean, null) of a JSON value, depth first, with its path. */
export function leaves(value: unknown, keys: (string | number)[] = [], path = ''): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...keys, i], childPath(path, i)));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...keys, k], childPath(path, k)));
  }
  return [{ keys, path, value: value as Leaf['value'] }];
}

const KINDS = ['routine', 'campaign', 'directed', 'follow-up'];

/**
 * A plausible different value for a field: another unit or inspector id, another day, another kind,
 * a neighbouring number; `pick` (any integer) chooses among the alternatives.
 */
export function otherValue(
  leaf: Leaf,
  pick: number,
  ids: { units: string[]; inspectors: string[] },
): unknown {
  const { value, keys } = leaf;
  const last = keys.at(-1);
  const parent = keys.at(-2);
  const choose = (options: readonly unknown[]) => {
    const rest = options.filter((o) => o !== value);
    return rest.length > 0 ? rest[Math.abs(pick) % rest.length] : `${String(value)}x`;
  };
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return value + (pick % 2 === 0 ? 1 : -1);
    // The next doubles up or down: the smallest change there is.
    const scaled = value * (1 + (pick % 2 === 0 ? 1 : -1) * Number.EPSILON);
    return scaled !== value ? scaled : value + 1e-9;
  }
  if (typeof value === 'boolean') return !value;
  if (value === null) return 0;
  if (keys[0] === 'visits' && last === 'unit') return choose([...ids.units, 'not-a-unit']);
  if (keys[0] === 'visits' && parent === 'inspectors') return choose([...ids.inspectors, 'not-an-inspector']);
  if (last === 'kind') return choose(KINDS);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const days = (Math.abs(pick) % 9) + 1;
    return DateTime.fromISO(value, { zone: 'UTC' })
      .plus({ days: pick % 2 === 0 ? days : -days })
      .toISODate();
  }
  if (/^[0-9a-f]{64}$/.test(value)) {
    const i = Math.abs(pick) % 64;
    const flipped = (Number.parseInt(value[i]!, 16) ^ 1).toString(16);
    return value.slice(0, i) + flipped + value.slice(i + 1);
  }
  return `${value}${pick % 2 === 0 ? 'x' : '@2'}`;
}

/** A deep copy of `value` with the field at `keys` set to `replacement`. */
export function withField<T>(value: T, keys: readonly (string | number)[], replacement: unknown): T {
  const copy = structuredClone(value);
  let node = copy as Record<string | number, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[keys.at(-1)!] = replacement;
  return copy;
}
