import type { ValidPlanInput } from '../model/planInputSchema.js';
import type { Schedule } from '../model/scheduleSchema.js';

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);

/** One line each for the campaigns, directed visits and findings of a schedule, when it has them. */
function yearLines(schedule: Schedule): string[] {
  const out: string[] = [];
  for (const c of schedule.campaigns ?? []) {
    out.push(
      `campaign ${c.id}: ${c.visits} visits, ${c.from}..${c.to}, ${c.scopeUnits} units in scope, fairness ${c.fairness}, design ${c.design}`,
    );
  }
  if (schedule.directed)
    out.push(`directed: ${schedule.directed.length} visits (not random, outside the routine budget)`);
  if (schedule.findings) {
    const scheduled = schedule.findings.filter((f) => f.scheduled).length;
    out.push(
      `findings: ${schedule.findings.length}, ${scheduled} follow-up visits scheduled` +
        (scheduled < schedule.findings.length
          ? `, ${schedule.findings.length - scheduled} not (see schedule.findings)`
          : ''),
    );
  }
  return out;
}

/** One line for `limits`, when the plan sets them: the cap and the units it lowered, the gap and its conflicts. */
function limitLines(input: ValidPlanInput, schedule: Schedule): string[] {
  const out: string[] = [];
  const cap = input.limits?.maxVisitsPerUnit;
  if (cap !== undefined) {
    const capped = schedule.units.filter((u) => u.capped).map((u) => u.id);
    const most = new Map<string, number>();
    for (const v of schedule.visits) most.set(v.unit, (most.get(v.unit) ?? 0) + 1);
    const top = Math.max(0, ...most.values());
    out.push(
      `limits: at most ${cap} visits a unit (every kind); most visited unit ${top}; ` +
        (capped.length === 0
          ? 'no probability lowered by the cap'
          : `probabilities lowered for ${capped.join(', ')}`),
    );
  }
  const gap = input.limits?.minGapDays;
  if (gap !== undefined) {
    out.push(
      `limits: at least ${gap} days between visits of a unit; ${schedule.conflicts?.length ?? 0} pairs closer (see schedule.conflicts)`,
    );
  }
  return out;
}

/** A planner-readable summary of a schedule: totals, police types, units, the first weeks, loads. */
export function formatPlan(
  input: ValidPlanInput,
  schedule: Schedule,
  options: { weeks?: number } = {},
): string {
  const { horizon, routine } = input;
  const out: string[] = [];
  const routineVisits = schedule.visits.filter((v) => v.kind === 'routine').length;
  out.push(
    `fairdraw: ${horizon.start}..${horizon.end} (${horizon.zone}), ${schedule.periods.length} ${horizon.period} periods, ` +
      `${schedule.units.length} units, ${input.inspectors.length} inspectors`,
    `routine: ${routineVisits} visits, fairness ${routine.fairness}, coordination ${routine.coordination}, ` +
      `balance ${routine.balance}, algorithm ${schedule.manifest.algorithms.routine}`,
    ...yearLines(schedule),
    ...limitLines(input, schedule),
    `input hash ${schedule.manifest.inputHash}`,
    `seed commitment ${schedule.manifest.seedCommitment}`,
    `schedule hash ${schedule.manifest.scheduleHash}`,
    '',
    `${pad('police type', 26)}${lpad('units', 6)}${lpad('expected', 10)}${lpad('realised', 10)}  per period`,
  );
  for (const t of schedule.types) {
    const expected = t.expected.reduce((s, x) => s + x, 0);
    const realised = t.realised.reduce((s, x) => s + x, 0);
    const fair = t.expected.every((e, k) => Math.abs(t.realised[k]! - e) < 1 - 1e-9)
      ? 'floor/ceil'
      : 'NOT floor/ceil';
    out.push(
      `${pad(t.type, 26)}${lpad(t.units, 6)}${lpad(expected.toFixed(2), 10)}${lpad(realised, 10)}  ${fair}`,
    );
  }
  out.push(
    '',
    `${pad('unit', 22)}${pad('type', 26)}${lpad('risk', 5)}${lpad('max pi', 8)}${lpad('expected', 10)}${lpad('visits', 8)}`,
  );
  const risk = new Map(input.units.map((u) => [u.id, u.risk]));
  for (const u of schedule.units) {
    const maxPi = Math.max(0, ...u.probabilities);
    out.push(
      `${pad(u.id, 22)}${pad(u.type, 26)}${lpad(risk.get(u.id) ?? '', 5)}${lpad(maxPi.toFixed(3), 8)}` +
        `${lpad(u.expectedVisits.toFixed(2), 10)}${lpad(u.visits, 8)}`,
    );
  }
  const weeks = options.weeks ?? 2;
  const shown = schedule.visits.filter((v) => v.period < weeks);
  out.push('', `visits of the first ${weeks} periods:`);
  for (const v of shown) {
    const kind =
      v.kind === 'routine'
        ? ''
        : `  (${v.kind}${v.campaign ? ` ${v.campaign}` : ''}${v.reason ? `: ${v.reason}` : ''})`;
    out.push(`  ${v.id}  ${v.date}  ${pad(v.unit, 22)}${v.inspectors.join(' ')}${kind}`);
  }
  if (schedule.inspectors.length > 0) {
    out.push('', 'inspector loads (visits: by police type):');
    for (const l of schedule.inspectors) {
      const mix = Object.entries(l.byType)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([t, n]) => `${t} ${n}`)
        .join(', ');
      out.push(`  ${pad(l.id, 10)}${lpad(l.visits, 4)}: ${mix}`);
    }
  }
  return `${out.join('\n')}\n`;
}
