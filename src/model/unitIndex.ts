/** Each unit id with the index of its unit, looked up by id (see {@link unitIndex}). */
export interface UnitIds {
  /** The number of distinct ids. */
  readonly size: number;
  /** The index of the unit with this id (the last one, if the id repeats), or `undefined`. */
  get(id: string): number | undefined;
  /** Whether some unit has this id. */
  has(id: string): boolean;
}

/** The ids of each array of units (see {@link unitIndex}). */
const INDEXES = new WeakMap<readonly { id: string }[], UnitIds>();

/** Probes after which a table gives up (ids that hash alike: a `Map` then does the work). */
const MAX_PROBES = 64;

/** A 32-bit hash of a string (FNV-1a over its UTF-16 code units). */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h;
}

/**
 * Unit ids in an open-addressing table of unit indices (an `Int32Array` of about 2 slots per unit,
 * 8 MB for a million units, where a `Map` of a million strings takes tens of MB and several times
 * as long to fill), linear probing from the id's hash. `undefined` when some id needs more than
 * {@link MAX_PROBES} probes.
 */
function idTable(
  units: readonly { id: string }[],
  onRepeat?: (i: number, earlier: number) => void,
): UnitIds | undefined {
  let capacity = 16;
  while (capacity < 2 * units.length) capacity *= 2;
  const mask = capacity - 1;
  const slots = new Int32Array(capacity); // unit index + 1; 0 for an empty slot
  /** The slot of `id`: the one holding its unit, or the empty one where it would go; -1 past the probes. */
  const find = (id: string): number => {
    let h = hashOf(id) & mask;
    for (let probe = 0; probe < MAX_PROBES; probe++) {
      const s = slots[h]!;
      if (s === 0 || units[s - 1]!.id === id) return h;
      h = (h + 1) & mask;
    }
    return -1;
  };
  let size = 0;
  for (let i = 0; i < units.length; i++) {
    const h = find(units[i]!.id);
    if (h < 0) return undefined;
    const s = slots[h]!;
    if (s === 0) size++;
    else onRepeat?.(i, s - 1);
    slots[h] = s === 0 || onRepeat === undefined ? i + 1 : s;
  }
  const get = (id: string): number | undefined => {
    const h = find(id);
    return h < 0 || slots[h] === 0 ? undefined : slots[h]! - 1;
  };
  return { size, get, has: (id) => get(id) !== undefined };
}

/** {@link UnitIds} in a `Map`, as a fallback of {@link idTable}. */
function idMap(units: readonly { id: string }[], onRepeat?: (i: number, earlier: number) => void): UnitIds {
  const map = new Map<string, number>();
  for (let i = 0; i < units.length; i++) {
    const id = units[i]!.id;
    const earlier = map.get(id);
    if (earlier !== undefined && onRepeat) onRepeat(i, earlier);
    else map.set(id, i);
  }
  return { size: map.size, get: (id) => map.get(id), has: (id) => map.has(id) };
}

/**
 * Each unit id of `units` with its index, as `new Map(units.map((u, i) => [u.id, i]))` gives it (a
 * repeated id maps to its last index), made once per array of units: the validation of a plan file
 * builds it to find repeated ids ({@link checkUnitIds}), and every later step of the pipeline that
 * looks units up by id reads the same index instead of building one of a million entries again. An
 * array of units is never changed once validated; an index with repeated ids is not kept.
 *
 * @param units - the units, e.g. `input.units` of a validated plan.
 * @returns the id of each unit with its index.
 */
export function unitIndex(units: readonly { id: string }[]): UnitIds {
  const known = INDEXES.get(units);
  if (known !== undefined) return known;
  const index = idTable(units) ?? idMap(units);
  if (index.size === units.length) INDEXES.set(units, index);
  return index;
}

/**
 * Builds the index of `units` and calls `onRepeat(i, earlier)` for every unit `i` whose id an earlier
 * unit has (`earlier`: the first unit with that id), in increasing `i`. Without repeated ids, the
 * index is kept as the {@link unitIndex} of `units`; with them, `get` gives the first unit of each id.
 *
 * @returns the index, for the validation's own look-ups (`has`).
 */
export function checkUnitIds(
  units: readonly { id: string }[],
  onRepeat: (i: number, earlier: number) => void,
): UnitIds {
  const repeats: [number, number][] = [];
  const collect = (i: number, earlier: number) => {
    repeats.push([i, earlier]);
  };
  let index = idTable(units, collect);
  if (index === undefined) {
    repeats.length = 0;
    index = idMap(units, collect);
  }
  for (const [i, earlier] of repeats) onRepeat(i, earlier);
  if (repeats.length === 0) INDEXES.set(units, index);
  return index;
}
