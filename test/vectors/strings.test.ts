import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { hashInput } from '../../src/audit/hashInput.js';
import { planInputSchema } from '../../src/model/planInputSchema.js';
import type { Schedule } from '../../src/model/scheduleSchema.js';
import * as schemas from '../../src/model/scheduleSchema.js';
import { validate } from '../../src/model/validate.js';
import { inclusionProbabilities } from '../../src/sampling/inclusionProbabilities.js';
import { plan } from '../../src/schedule/plan.js';
import { replan } from '../../src/schedule/replan.js';
import { VERSION } from '../../src/version.js';

/** strings.json, as published, and docs/spec.md. */
const file = JSON.parse(readFileSync(new URL('./draw/strings.json', import.meta.url), 'utf8'));
const spec = readFileSync(new URL('../../docs/spec.md', import.meta.url), 'utf8');
const flat = spec.replace(/\s+/g, ' ');

/** `input` with its top-level members replaced (a `null` member removed), as strings.json says. */
function patch(input: any, changes: Record<string, unknown>): any {
  const out = { ...input };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out;
}

/** Every scenario of strings.json, run again: its input, request and schedule, by name. */
const runs = new Map<string, { input: any; request?: any; after?: string; schedule: Schedule }>();
for (const s of file.scenarios) {
  const input = patch(file.input, s.patch);
  const schedule =
    s.after === undefined ? plan(input) : replan(input, runs.get(s.after)!.schedule, s.request);
  runs.set(s.name, { input, request: s.request, after: s.after, schedule });
}

/** A template of docs/spec.md §8.1 as a regular expression: `{name}` captures a value. */
function pattern(template: string): RegExp {
  const seen = new Set<string>();
  const source = template
    .split(/(\{[A-Za-z0-9]+\})/)
    .map((part) => {
      const name = /^\{([A-Za-z0-9]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (seen.has(name)) return `\\k<${name}>`;
      seen.add(name);
      return `(?<${name}>.+?)`;
    })
    .join('');
  return new RegExp(`^${source}$`, 's');
}

/** The template filled with `values`. */
const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{([A-Za-z0-9]+)\}/g, (_, name: string) => values[name]!);

/** Every string member named `note` or `message`, anywhere in a schedule, with its path. */
function notes(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((x, k) => notes(x, [...path, k]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, x]) =>
    (key === 'note' || key === 'message') && typeof x === 'string'
      ? [{ path: [...path, key], text: x }]
      : notes(x, [...path, key]),
  );
}

const at = (value: any, path: (string | number)[]): any => path.reduce((x, key) => x?.[key], value);

/** The day before an ISO date. */
const dayBefore = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * The unit's routine probabilities before the cap, summed from period t0 on (docs/spec/plan.md §4):
 * the plan's units with every replan of the chain applied (close: active until the day before its
 * from; risk: the new weight), each period's frame the units active over the whole period.
 */
function frameExpected(name: string, unitId: string): string {
  const chain: any[] = [];
  for (let s = runs.get(name); s?.request; s = runs.get(s.after!)) chain.unshift(s.request);
  const { input, schedule } = runs.get(name)!;
  const units = input.units.map((u: any) => ({ ...u, active: { ...u.active } }));
  for (const request of chain) {
    for (const id of request.changes.close ?? [])
      units.find((u: any) => u.id === id).active.to = dayBefore(request.from);
    for (const [id, risk] of Object.entries(request.changes.risk ?? {}))
      units.find((u: any) => u.id === id).risk = risk;
  }
  const from = chain.at(-1).from;
  const i = units.findIndex((u: any) => u.id === unitId);
  let sum = 0;
  for (const p of schedule.periods) {
    if (p.start < from) continue;
    const active = (u: any) => (u.active.from ?? p.start) <= p.start && (u.active.to ?? p.end) >= p.end;
    const pi = inclusionProbabilities(
      units.map((u: any) => (active(u) ? u.risk : 0)),
      p.visits,
      input.routine.bounds ?? {},
    );
    sum += pi[i]!;
  }
  return sum.toFixed(4);
}

/** Each value of a string's example, re-derived from the schedule and the input (docs/spec.md §8.1). */
function derivedValues(example: any): Record<string, string> {
  const { input, request, schedule } = runs.get(example.schedule)!;
  const [member, k] = example.path as [string, number];
  const values: Record<string, string> = {};
  for (const name of Object.keys(example.values)) {
    const finding = member === 'findings' ? schedule.findings![k]! : undefined;
    const note = member === 'notes' ? schedule.notes![k]! : undefined;
    const cap = input.limits?.maxVisitsPerUnit;
    const kept = () =>
      schedule.visits.filter((v) => v.unit === note!.unit && (v.date < request.from || v.kind !== 'routine'))
        .length;
    const value: Record<string, () => unknown> = {
      followUp: () => finding!.followUp,
      end: () => input.horizon.end,
      start: () => input.horizon.start,
      unitJson: () => JSON.stringify(finding!.unit),
      from: () => request.from,
      t0: () => schedule.periods.findIndex((p) => p.start === request.from),
      unit: () => note!.unit,
      cap: () => cap,
      kept,
      room: () => cap - kept(),
      frameExpected: () => frameExpected(example.schedule, note!.unit!),
    };
    values[name] = String(value[name]!());
  }
  return values;
}

describe('strings.json: the fixed strings of a schedule (docs/spec.md §8.1)', () => {
  it('each example is what the code writes, with values re-derived from the schedule and the input', () => {
    expect(file.strings.length).toBe(9);
    for (const s of file.strings) {
      const { schedule } = runs.get(s.example.schedule)!;
      expect(at(schedule, s.example.path), s.id).toBe(s.example.text);
      expect(fill(s.template, s.example.values), s.id).toBe(s.example.text);
      expect(derivedValues(s.example), s.id).toEqual(s.example.values);
    }
  });

  it('the code writes exactly these strings: each note of every scenario matches one template, each template is written', () => {
    const written = new Map<string, number>(file.strings.map((s: any) => [s.id, 0]));
    let count = 0;
    for (const [name, { schedule }] of runs) {
      for (const n of notes(schedule)) {
        const matches = file.strings.filter((s: any) => pattern(s.template).test(n.text));
        expect(matches.length, `${name} ${n.path.join('.')}: ${n.text}`).toBe(1);
        written.set(matches[0].id, written.get(matches[0].id)! + 1);
        count++;
      }
    }
    for (const [id, times] of written) expect(times, id).toBeGreaterThan(0);
    expect(count).toBeGreaterThanOrEqual(12);
  });

  it('docs/spec.md §8.1 gives every template verbatim', () => {
    for (const s of file.strings) expect(spec.includes(`\`${s.template}\``), s.id).toBe(true);
  });
});

describe('strings.json: the manifest (docs/spec.md §8.1)', () => {
  it('manifest.algorithm joins the steps of manifest.algorithms in the documented order', () => {
    const order: string[] = file.manifest.order;
    expect(flat).toContain(`**in this order**: ${order.map((x) => `\`${x}\``).join(', ')}.`);
    expect(file.manifest.algorithms.map((a: any) => a.scenario)).toEqual([...runs.keys()]);
    for (const { scenario, algorithm } of file.manifest.algorithms) {
      const { input, schedule } = runs.get(scenario)!;
      const { manifest } = schedule;
      expect(manifest.algorithm, scenario).toBe(algorithm);
      const steps = Object.keys(manifest.algorithms);
      expect(manifest.algorithm).toBe(steps.map((k) => `${k}=${manifest.algorithms[k]}`).join(';'));
      expect(steps).toEqual(order.filter((k) => steps.includes(k)));
      const present = {
        cap: input.limits?.maxVisitsPerUnit !== undefined,
        campaigns: input.campaigns !== undefined,
        directed: input.directed !== undefined,
        findings: input.findings !== undefined,
        replan: schedule.log.some((e) => e.kind === 'replan'),
      };
      for (const [step, is] of Object.entries(present))
        expect(steps.includes(step), `${scenario} ${step}`).toBe(is);
      expect(manifest.library).toBe(file.manifest.library.replace('{version}', VERSION));
      expect(manifest.rng).toBe(file.manifest.rng);
      // Every id the manifest holds is in the table of §8.1.
      for (const id of Object.values(manifest.algorithms)) expect(spec).toContain(`\`${id}\``);
    }
  });

  it("the county's manifest.algorithm is the one §8.1 prints", () => {
    const golden = JSON.parse(
      readFileSync(new URL('../golden/county.schedule.json', import.meta.url), 'utf8'),
    );
    expect(spec).toContain(`\`${golden.manifest.algorithm}\``);
  });
});

describe('strings.json: orders and omissions (docs/spec.md §8.2)', () => {
  it('types[] is in code-unit order, which is neither code-point nor locale order here', () => {
    const { types } = file.layout.types;
    const { schedule, input } = runs.get(file.layout.types.scenario)!;
    expect(schedule.types.map((t) => t.type)).toEqual(types);
    const codeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    expect([...new Set<string>(input.units.map((u: any) => u.type))].sort(codeUnits)).toEqual(types);
    const codePoints = (a: string, b: string) => {
      const x = [...a].map((c) => c.codePointAt(0)!);
      const y = [...b].map((c) => c.codePointAt(0)!);
      for (let k = 0; k < Math.min(x.length, y.length); k++) if (x[k] !== y[k]) return x[k]! - y[k]!;
      return x.length - y.length;
    };
    expect([...types].sort(codePoints)).not.toEqual(types);
    expect([...types].sort((a, b) => a.localeCompare(b, 'en'))).not.toEqual(types);
  });

  it('inspectors[].byType counts every visit by its unit type and leaves zero counts out', () => {
    const { schedule, input } = runs.get(file.layout.byType.scenario)!;
    expect(schedule.inspectors).toEqual(file.layout.byType.inspectors);
    const typeOf = new Map(input.units.map((u: any) => [u.id, u.type]));
    let omitted = 0;
    for (const load of schedule.inspectors) {
      const mine = schedule.visits.filter((v) => v.inspectors.includes(load.id));
      const counts: Record<string, number> = {};
      for (const v of mine)
        counts[typeOf.get(v.unit) as string] = (counts[typeOf.get(v.unit) as string] ?? 0) + 1;
      expect(load.byType).toEqual(counts);
      expect(load.visits).toBe(mine.length);
      expect(Object.values(load.byType).every((c) => c > 0)).toBe(true);
      omitted += schedule.types.length - Object.keys(load.byType).length;
    }
    expect(omitted).toBeGreaterThan(0);
  });

  it('$schema is accepted and hashed: another input hash and seal, the same visits (plain seed)', () => {
    const v = file.layout.$schema;
    const { input, schedule } = runs.get(v.scenario)!;
    const withSchema = plan({ $schema: v.$schema, ...input });
    expect(schedule.manifest.inputHash).toBe(v.inputHashWithout);
    expect(withSchema.manifest.inputHash).toBe(v.inputHashWith);
    expect(schedule.manifest.scheduleHash).toBe(v.scheduleHashWithout);
    expect(withSchema.manifest.scheduleHash).toBe(v.scheduleHashWith);
    expect(v.inputHashWith).not.toBe(v.inputHashWithout);
    expect(withSchema.visits).toEqual(schedule.visits);
    expect(validate(planInputSchema, { $schema: v.$schema, ...input }).$schema).toBe(v.$schema);
    // The county's published input hash covers its own $schema member.
    const county = JSON.parse(readFileSync(new URL('../../examples/county.json', import.meta.url), 'utf8'));
    const golden = JSON.parse(
      readFileSync(new URL('../golden/county.schedule.json', import.meta.url), 'utf8'),
    );
    expect(county.$schema).toBe('../schema/plan-input.schema.json');
    expect(hashInput(validate(planInputSchema, county))).toBe(golden.manifest.inputHash);
    const { $schema: _, ...bare } = county;
    expect(hashInput(validate(planInputSchema, bare))).not.toBe(golden.manifest.inputHash);
    expect(flat).toContain(`input hash \`${golden.manifest.inputHash.slice(0, 8)}...\``);
  });
});

describe('docs/spec.md §8 lists every member of every object of scheduleSchema', () => {
  it('each table names the members of its schema, in schema order, `?` on exactly the optional ones', () => {
    const lines = spec.slice(spec.indexOf('## 8. The schedule JSON'), spec.indexOf('### 8.1')).split('\n');
    const tables = new Map<string, { name: string; optional: boolean }[]>();
    let current: string | undefined;
    for (const line of lines) {
      const head = /^\*\*.*\*\* \(`([A-Za-z.]+)`\):$/.exec(line);
      if (head) {
        current = head[1]!;
        tables.set(current, []);
        continue;
      }
      const row = /^\| `([A-Za-z$]+)(\?)?` \|/.exec(line);
      if (row && current) tables.get(current)!.push({ name: row[1]!, optional: row[2] === '?' });
    }
    const resolve = (path: string): z.ZodObject => {
      const [root, ...rest] = path.split('.');
      let s: any = (schemas as Record<string, unknown>)[root!];
      for (const key of rest) s = s[key];
      return s as z.ZodObject;
    };
    expect([...tables.keys()].sort()).toEqual(
      [
        'scheduleSchema',
        'manifestSchema',
        'schedulePeriodSchema',
        'scheduleUnitSchema',
        'scheduleTypeSchema',
        'inspectorLoadSchema',
        'visitSchema',
        'campaignSummarySchema',
        'directedSummarySchema',
        'findingSummarySchema',
        'substitutionEntrySchema',
        'replanEntrySchema',
        'replanEntrySchema.shape.visits',
        'gapConflictSchema',
        'scheduleNoteSchema',
      ].sort(),
    );
    for (const [name, members] of tables) {
      const shape = resolve(name).shape as Record<string, z.ZodType>;
      expect(
        members.map((m) => m.name),
        name,
      ).toEqual(Object.keys(shape));
      for (const m of members)
        expect(shape[m.name]!.safeParse(undefined).success, `${name}.${m.name}`).toBe(m.optional);
    }
  });
});
