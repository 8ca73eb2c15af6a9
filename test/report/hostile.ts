import fc from 'fast-check';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import { countySchedule } from './county.js';

/** Fragments an attacker would put in a unit name: markup, quotes, entities, formulas, odd Unicode. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '</title><svg onload=alert(1)>',
  '&amp;',
  '&lt;b&gt;',
  '&#x3C;',
  '<!--',
  ']]>',
  '=HYPERLINK("http://evil","x")',
  '+1+2',
  '-2+3',
  '@SUM(A1)',
  '\u202Eevil\u202C',
  '\u200B',
  '派出所 <b>',
  '😀 & 🚓',
  'a\u0301',
  '\\',
  '`$' + '{x}`',
];

/** Strings made of hostile fragments and arbitrary Unicode (at least one character). */
export const hostileString = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme', maxLength: 6 })), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.join(''))
  .filter((s) => s.length > 0);

/**
 * How many distinct strings {@link renamedCounty} asks for: 40 unit ids, 40 names, 8 types, 25
 * inspectors, 5 manifest fields, 1 campaign id, 2 directed reasons, 1 finding note.
 */
export const HOSTILE_KEYS = 40 + 40 + 8 + 25 + 5 + 1 + 2 + 1;

/**
 * The county schedule with every string the report shows (unit ids, names, types, inspector ids,
 * manifest fields, campaign ids, directed reasons, finding notes, gap conflicts and replan notes)
 * replaced through `rename`, keeping distinct strings distinct.
 */
export function renamedCounty(
  rename: (kind: 'unit' | 'type' | 'inspector' | 'manifest' | 'campaign' | 'text', old: string) => string,
): Schedule {
  const s = countySchedule();
  const unit = new Map(s.units.map((u) => [u.id, rename('unit', u.id)]));
  const type = new Map(s.types.map((t) => [t.type, rename('type', t.type)]));
  const inspector = new Map(s.inspectors.map((x) => [x.id, rename('inspector', x.id)]));
  const campaign = new Map((s.campaigns ?? []).map((c) => [c.id, rename('campaign', c.id)]));
  for (const u of s.units) {
    (u as any).name = rename('unit', `name of ${u.id}`);
    u.id = unit.get(u.id)!;
    u.type = type.get(u.type)!;
  }
  for (const t of s.types) t.type = type.get(t.type)!;
  for (const x of s.inspectors) {
    x.id = inspector.get(x.id)!;
    x.byType = Object.fromEntries(Object.entries(x.byType).map(([t, n]) => [type.get(t)!, n]));
  }
  for (const v of s.visits) {
    v.unit = unit.get(v.unit)!;
    v.inspectors = v.inspectors.map((i) => inspector.get(i)!);
    if (v.campaign !== undefined) v.campaign = campaign.get(v.campaign)!;
    if (v.reason !== undefined) v.reason = rename('text', v.reason);
  }
  for (const u of s.units)
    if (u.campaigns)
      u.campaigns = Object.fromEntries(Object.entries(u.campaigns).map(([id, p]) => [campaign.get(id)!, p]));
  for (const c of s.campaigns ?? []) c.id = campaign.get(c.id)!;
  for (const d of s.directed ?? []) {
    d.unit = unit.get(d.unit)!;
    d.reason = rename('text', d.reason);
  }
  for (const f of s.findings ?? []) {
    f.unit = unit.get(f.unit)!;
    if (f.note !== undefined) f.note = rename('text', f.note);
  }
  for (const c of s.conflicts ?? []) c.unit = unit.get(c.unit)!;
  for (const n of s.notes ?? []) {
    if (n.unit !== undefined) n.unit = unit.get(n.unit)!;
    n.message = rename('text', n.message);
  }
  const m = s.manifest;
  m.library = rename('manifest', m.library);
  m.algorithm = rename('manifest', m.algorithm);
  m.inputHash = rename('manifest', m.inputHash);
  m.seedCommitment = rename('manifest', m.seedCommitment);
  m.scheduleHash = rename('manifest', m.scheduleHash);
  return s;
}

/**
 * Plain strings (`s000`, `s001`, ...) in the code-unit order of `pool`: a page made with them sorts its
 * rows exactly as one made with `pool`, so the two must have the same tags and attributes.
 */
export function plainLike(pool: readonly string[]): string[] {
  const rank = new Map([...pool].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((x, k) => [x, k]));
  return pool.map((x) => `s${String(rank.get(x)).padStart(3, '0')}`);
}

/** A renaming that gives every old string the next hostile string of `pool` (all distinct). */
export function fromPool(pool: readonly string[]) {
  const seen = new Map<string, string>();
  return (kind: string, old: string) => {
    const key = `${kind}:${old}`;
    if (!seen.has(key)) seen.set(key, pool[seen.size % pool.length]!);
    return seen.get(key)!;
  };
}
