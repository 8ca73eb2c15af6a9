import type { Calendar } from '../calendar/Calendar.js';
import { periodIndexOf } from '../calendar/days.js';
import type { ValidPlanInput } from '../model/planInputSchema.js';

/**
 * The risk weights that findings with `raiseRisk` give to units, period by period: unit `i` has, in
 * period `t`, the largest of its own `risk` and the `raiseRisk` of every finding on it whose period
 * is before `t` (a finding in period `p` acts from period `p + 1`; one dated before the horizon acts
 * from period 0). The rule only raises, never lowers, and does not depend on the order of the
 * findings. Only routine draws under `fairness: "risk"` use it (campaigns keep the plan's risks).
 *
 * @returns `riskAt(i, t)`, or `undefined` when no finding raises a risk (the routine draw is then
 *   exactly the one of the plan without findings).
 */
export function raisedRisk(
  input: ValidPlanInput,
  calendar: Calendar,
): ((unit: number, period: number) => number) | undefined {
  const raises = new Map<number, { from: number; risk: number }[]>();
  const indexOf = new Map(input.units.map((u, i) => [u.id, i]));
  (input.findings ?? []).forEach((f) => {
    if (f.raiseRisk === undefined) return;
    const i = indexOf.get(f.unit)!;
    const from = periodIndexOf(calendar, f.date) + 1;
    const list = raises.get(i) ?? [];
    list.push({ from, risk: f.raiseRisk });
    raises.set(i, list);
  });
  if (raises.size === 0) return undefined;
  return (i, t) => {
    let risk = input.units[i]!.risk;
    for (const r of raises.get(i) ?? []) if (r.from <= t && r.risk > risk) risk = r.risk;
    return risk;
  };
}
