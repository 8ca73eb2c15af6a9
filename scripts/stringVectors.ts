// The vectors of test/vectors/draw/strings.json (written by scripts/drawVectors.ts): every fixed string
// a schedule holds, with the plans that make the code write each one, the order of manifest.algorithm,
// and the layout rules that the seal hashes (types order, byType without zeros, $schema hashed).
// Checked by test/vectors/strings.test.ts against the code and against the text of docs/spec.md §8.
import type { PlanInput } from '../src/model/planInputSchema.js';
import type { ReplanOptions } from '../src/model/replanSchema.js';
import type { Schedule } from '../src/model/scheduleSchema.js';
import { plan } from '../src/schedule/plan.js';
import { replan } from '../src/schedule/replan.js';

/**
 * Each string a schedule holds that is not copied from the input, as docs/spec.md §8 states it:
 * `{name}` marks a value (its meaning is in `values`). The `template` of each is in the spec, verbatim.
 */
export const SCHEDULE_STRINGS = [
  {
    id: 'finding-after-horizon',
    field: 'findings[k].note',
    when: 'plan: the follow-up day falls after horizon.end (no visit; scheduled: false)',
    template: 'the follow-up {followUp} falls after the horizon end {end}',
    values: { followUp: 'findings[k].followUp', end: 'horizon.end' },
  },
  {
    id: 'finding-before-horizon',
    field: 'findings[k].note',
    when: 'plan: the follow-up day falls before horizon.start (no visit; scheduled: false)',
    template: 'the follow-up {followUp} falls before the horizon start {start}',
    values: { followUp: 'findings[k].followUp', start: 'horizon.start' },
  },
  {
    id: 'finding-unit-inactive',
    field: 'findings[k].note',
    when: 'plan: the unit is not active on the follow-up day (no visit; scheduled: false)',
    template: 'unit {unitJson} is not active on {followUp}',
    values: {
      unitJson: 'JSON.stringify(findings[k].unit): the id in double quotes',
      followUp: 'findings[k].followUp',
    },
  },
  {
    id: 'finding-unit-closed',
    field: 'findings[k].note',
    when: 'replan: closes the unit of a scheduled follow-up dated on or after from (visit removed, scheduled: false)',
    template: 'the unit was closed from {from} by a replan; the follow-up is not made',
    values: { from: "the replan's from" },
  },
  {
    id: 'directed-unit-closed',
    field: 'directed[k].note',
    when: 'replan: closes the unit of a directed visit dated on or after from (visit removed)',
    template: 'the unit was closed from {from} by a replan; the visit is not made',
    values: { from: "the replan's from" },
  },
  {
    id: 'restated-horizon',
    field: 'notes[k].message (kind "restated")',
    when: 'replan, coordination "horizon": the first note the replan adds',
    template:
      "periods {t0}.. were redrawn from {from} with the changed frame; for them, each unit's routine visits are the floor or ceiling of the sum of its probabilities over periods {t0}.., each period's total is exact, and each type gets the floor or ceiling of its expectation in each period. Whole-horizon counts are not restated: visits before {from} were drawn under the earlier frame.",
    values: { t0: 'the index of the period that starts on from', from: "the replan's from" },
  },
  {
    id: 'restated-independent',
    field: 'notes[k].message (kind "restated")',
    when: 'replan, coordination "independent": the first note the replan adds',
    template:
      "periods {t0}.. were redrawn from {from} with the changed frame, each period on its own; each period's total is exact.",
    values: { t0: 'the index of the period that starts on from', from: "the replan's from" },
  },
  {
    id: 'cap-full',
    field: 'notes[k].message (kind "cap")',
    when: 'replan with limits.maxVisitsPerUnit: a unit the cap bound, with kept > 0 and no room left (room = 0)',
    template:
      '{unit} already has {kept} of its {cap} visits (limits.maxVisitsPerUnit): its routine probabilities from {from} on are 0, not the {frameExpected} expected visits the frame alone would give',
    values: {
      unit: 'the unit id (also notes[k].unit)',
      kept: 'the visits that count toward its cap: all of its visits before from, and its campaign, directed and follow-up visits from from on that the replan keeps',
      cap: 'limits.maxVisitsPerUnit',
      from: "the replan's from",
      frameExpected:
        "the sum, left to right over periods t0.., of the unit's routine probabilities before the cap (plan.md §4), written with Number.prototype.toFixed(4)",
    },
  },
  {
    id: 'cap-scaled',
    field: 'notes[k].message (kind "cap")',
    when: 'replan with limits.maxVisitsPerUnit: a unit the cap bound, with kept > 0 and room > 0',
    template:
      '{unit} has {kept} visits that count toward its cap of {cap}: its routine probabilities from {from} on are scaled to sum to {room}, the room left under the cap',
    values: {
      unit: 'the unit id (also notes[k].unit)',
      kept: 'as for cap-full',
      cap: 'limits.maxVisitsPerUnit',
      from: "the replan's from",
      room: 'cap - kept, in decimal',
    },
  },
] as const;

/** The order of the steps in manifest.algorithms and manifest.algorithm (a step is left out when it does not apply). */
export const ALGORITHM_ORDER = [
  'seed',
  'routine',
  'dates',
  'inspectors',
  'cap',
  'seal',
  'campaigns',
  'directed',
  'findings',
  'replan',
] as const;

/** A template as a regular expression, each `{name}` a captured value. */
export function templatePattern(template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{[A-Za-z0-9]+\})/)
    .map((part) => {
      const m = /^\{([A-Za-z0-9]+)\}$/.exec(part);
      if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (names.includes(m[1]!)) return `\\k<${m[1]}>`;
      names.push(m[1]!);
      return `(?<${m[1]}>.+?)`;
    })
    .join('');
  return { pattern: new RegExp(`^${source}$`, 's'), names };
}

/** The plan of strings.json: 6 weeks, 6 units of 5 types, 4 inspectors, a cap, a directed visit, 4 findings. */
function stringsPlan(): PlanInput {
  return {
    seed: 'vectors-strings-2026',
    horizon: { start: '2026-03-02', end: '2026-04-12', zone: 'Asia/Shanghai', period: 'week' },
    units: [
      { id: 'u-a', type: 'Zoll', risk: 4 },
      { id: 'u-b', type: 'alpha', risk: 3 },
      { id: 'u-c', type: 'Ärzte', risk: 3, active: { to: '2026-04-03' } },
      { id: 'u-d', type: '𝔸-team', risk: 2 },
      { id: 'u-e', type: 'ﬀ-team', risk: 1 },
      { id: 'u-f', type: 'alpha', risk: 8 },
    ],
    inspectors: [{ id: 'insp-1' }, { id: 'insp-2' }, { id: 'insp-3' }, { id: 'insp-q', types: ['alpha'] }],
    routine: { visitsPerPeriod: 2 },
    limits: { maxVisitsPerUnit: 3 },
    directed: [{ unit: 'u-e', date: '2026-04-08', reason: 'complaint 2026-051' }],
    findings: [
      { unit: 'u-d', date: '2026-03-20', deadlineWorkdays: 5 },
      { unit: 'u-b', date: '2026-04-10', deadlineWorkdays: 10 },
      { unit: 'u-a', date: '2026-02-02', deadlineWorkdays: 3 },
      { unit: 'u-c', date: '2026-03-31', deadlineWorkdays: 3 },
    ],
  } as PlanInput;
}

/** `input` with its top-level members replaced by `patch` (a `null` member removes it). */
export function patched(input: PlanInput, patch: Record<string, unknown>): PlanInput {
  const out: Record<string, unknown> = { ...input };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out as PlanInput;
}

/** The schedules of strings.json, in order: each a plan, or a replan of an earlier one. */
const SCENARIOS: { name: string; patch: Record<string, unknown>; after?: string; request?: ReplanOptions }[] =
  [
    { name: 'plan', patch: {} },
    {
      name: 'replan-1',
      patch: {},
      after: 'plan',
      request: {
        from: '2026-03-30',
        reason: 'u-d and u-e closed',
        changes: { close: ['u-d', 'u-e'], risk: { 'u-b': 6 } },
      },
    },
    {
      name: 'replan-2',
      patch: {},
      after: 'replan-1',
      request: { from: '2026-04-06', reason: 'u-a re-weighted', changes: { risk: { 'u-a': 1 } } },
    },
    {
      name: 'independent',
      patch: { routine: { visitsPerPeriod: 2, coordination: 'independent' }, limits: null },
    },
    {
      name: 'independent-replan',
      patch: { routine: { visitsPerPeriod: 2, coordination: 'independent' }, limits: null },
      after: 'independent',
      request: { from: '2026-03-30', reason: 'u-e closed', changes: { close: ['u-e'] } },
    },
    {
      name: 'pivotal-gap-campaign',
      patch: {
        routine: { visitsPerPeriod: 2, coordination: 'independent', design: 'pivotal', balance: 'none' },
        limits: { minGapDays: 3 },
        campaigns: [
          { id: 'spot-check', from: '2026-03-09', to: '2026-03-20', scope: {}, visits: 2, design: 'pivotal' },
        ],
      },
    },
    { name: 'minimal', patch: { limits: null, directed: null, findings: null } },
  ];

/** Runs the scenarios: each schedule by name, with the input it was drawn from. */
export function stringScenarios(): Map<string, { input: PlanInput; schedule: Schedule }> {
  const base = stringsPlan();
  const out = new Map<string, { input: PlanInput; schedule: Schedule }>();
  for (const s of SCENARIOS) {
    const input = patched(base, s.patch);
    const schedule =
      s.after === undefined ? plan(input) : replan(input, out.get(s.after)!.schedule, s.request!);
    out.set(s.name, { input, schedule });
  }
  return out;
}

/** Every fixed string of a schedule with its JSON path. */
export function emittedStrings(schedule: Schedule): { path: (string | number)[]; text: string }[] {
  return [
    ...(schedule.findings ?? []).flatMap((f, k) =>
      f.note === undefined ? [] : [{ path: ['findings', k, 'note'], text: f.note }],
    ),
    ...(schedule.directed ?? []).flatMap((d, k) =>
      d.note === undefined ? [] : [{ path: ['directed', k, 'note'], text: d.note }],
    ),
    ...(schedule.notes ?? []).map((n, k) => ({ path: ['notes', k, 'message'], text: n.message })),
  ];
}

/** strings.json. */
export function stringVectors() {
  const runs = stringScenarios();
  const examples = SCHEDULE_STRINGS.map((s) => {
    const { pattern } = templatePattern(s.template);
    for (const [name, { schedule }] of runs) {
      for (const e of emittedStrings(schedule)) {
        const m = pattern.exec(e.text);
        if (m)
          return { ...s, example: { schedule: name, path: e.path, values: { ...m.groups }, text: e.text } };
      }
    }
    throw new Error(`no scenario writes ${s.id}`);
  });
  for (const [name, { schedule }] of runs) {
    for (const e of emittedStrings(schedule)) {
      if (!SCHEDULE_STRINGS.some((s) => templatePattern(s.template).pattern.test(e.text))) {
        throw new Error(`${name} ${e.path.join('.')}: a string no template describes: ${e.text}`);
      }
    }
  }
  const plain = runs.get('plan')!;
  const schemaUrl = 'https://fairdraw.dev/schema/plan-input.schema.json';
  const withSchema = plan({ $schema: schemaUrl, ...plain.input });
  return {
    description:
      'The fixed strings, orders and omissions of a schedule that its seal hashes (docs/spec.md §8). scenarios: the ' +
      'schedules, each plan(patched(input, patch)) or, with after, replan of that schedule with request (patched: ' +
      'top-level members replaced, null removes one). strings: each string a schedule holds that is not copied from ' +
      'the input, as a template ({name} a value, values saying which), with one example: the scenario, the JSON path ' +
      'and the text the code wrote there. Every note of every scenario matches exactly one template, and each ' +
      'template is written by some scenario. manifest: the order of the steps in manifest.algorithms and of ' +
      'manifest.algorithm (algorithm = "step=id" joined with ";" in that order), and each scenario\'s algorithm. ' +
      'layout: types[] in code-unit order; inspectors[].byType without zero counts; $schema accepted and hashed ' +
      '(the same plan with a $schema member has another inputHash, hence another seal).',
    spec: 'docs/spec.md §8',
    input: stringsPlan(),
    scenarios: SCENARIOS,
    strings: examples,
    manifest: {
      library: 'fairdraw@{version}',
      rng: 'seedrandom/alea',
      order: ALGORITHM_ORDER,
      algorithms: [...runs].map(([name, { schedule }]) => ({
        scenario: name,
        algorithm: schedule.manifest.algorithm,
      })),
    },
    layout: {
      types: { scenario: 'plan', types: plain.schedule.types.map((t) => t.type) },
      byType: { scenario: 'plan', inspectors: plain.schedule.inspectors },
      $schema: {
        scenario: 'plan',
        $schema: schemaUrl,
        inputHashWithout: plain.schedule.manifest.inputHash,
        inputHashWith: withSchema.manifest.inputHash,
        scheduleHashWithout: plain.schedule.manifest.scheduleHash,
        scheduleHashWith: withSchema.manifest.scheduleHash,
      },
    },
  };
}
