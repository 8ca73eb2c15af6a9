import * as z from 'zod';
import { isoDate } from '../model/isoDate.js';
import { MAX_RISK, MIN_RISK } from '../model/riskWeight.js';
import { validate } from '../model/validate.js';
import { replayedUnits } from '../schedule/replanFrame.js';
import { text } from '../text/catalogue.js';
import { LANGS, type Lang } from '../text/lang.js';
import { estimateSchedule, planAndSchedule } from './estimateSchedule.js';
import { outcomeIndex } from './outcomeIndex.js';
import type { RiskProposal, RiskProposals } from './RiskTypes.js';

/** Options of {@link proposeRisk}. */
export interface ProposeRiskOptions {
  /** Count the periods ended by this date (default: the horizon's last day, i.e. every period). */
  asOf?: string;
  /** The language of `rule` and the reasons; default `en`. */
  lang?: Lang;
}

const optionsSchema = z.strictObject({ asOf: isoDate.optional(), lang: z.enum(LANGS).default('en') });

/** The largest factor either way by which a proposal moves a risk weight. */
export const RISK_FACTOR_BOUND = 2;

/**
 * The prior's weight `m` (in visits) of a beta-binomial model of one type's units, by the method of
 * moments (Kleinman 1973, "Proportions with extraneous variance", *JASA* 68): with `mu` the type's
 * estimate and unit `i` found `x_i` problems in `n_i` visits, the intra-unit correlation is
 * `rho = (sum n_i (x_i/n_i - mu)^2 / (mu (1 - mu)) - k) / (sum n_i - k)` over the `k` units visited,
 * cut to [0, 1], and `m = (1 - rho) / rho`. `rho = 0` (units differ no more than chance makes them)
 * gives `Infinity`: every unit takes its type's estimate. Without a unit visited twice nothing tells
 * units apart, and `m` is `Infinity` too.
 */
function priorVisits(mu: number, counts: readonly { visits: number; withProblems: number }[]): number {
  const visited = counts.filter((c) => c.visits > 0);
  const k = visited.length;
  const n = visited.reduce((s, c) => s + c.visits, 0);
  if (n <= k || mu <= 0 || mu >= 1) return Number.POSITIVE_INFINITY;
  const spread = visited.reduce((s, c) => s + c.visits * (c.withProblems / c.visits - mu) ** 2, 0);
  const rho = Math.min(1, Math.max(0, (spread / (mu * (1 - mu)) - k) / (n - k)));
  return rho === 0 ? Number.POSITIVE_INFINITY : (1 - rho) / rho;
}

/**
 * Proposes each unit's risk weight for the next horizon from what its random visits found, by an
 * empirical-Bayes rule (docs/estimation.md, "Next year's risk"):
 * 1. `mu`, the unit's police type's estimate (`estimate(..., { by: "type" })`, Hájek, over the periods
 *    ended by `asOf`);
 * 2. the unit's rate `x / n` (routine visits with problems over routine visits done) shrunk toward
 *    `mu`: `(x + m mu) / (n + m)`, with the prior weight `m` estimated from how much the type's units
 *    differ beyond chance (beta-binomial method of moments; Kleinman 1973; Efron & Morris 1975);
 * 3. the factor `shrunk / mu`, bounded to [1/2, 2], times the unit's risk weight now (the plan's with
 *    every replan applied), to four significant digits and within the plan file's range [1e-9, 1e9].
 * A unit not visited at random, a type with no visit or no problem found, or a risk weight of 0
 * keeps its weight (factor 1). Each proposal carries its reason in words.
 *
 * Pure: no clock, no randomness, no I/O.
 *
 * @param input - the plan file the schedule was drawn from (its input hash must match).
 * @param schedule - the schedule (validated).
 * @param outcomes - its outcomes file (validated, as `estimate` reads it).
 * @param options - `asOf` (default: the horizon's last day), `lang`.
 * @returns one proposal per unit, with the rule in words.
 * @throws {FairdrawError} `invalid-input` as `estimate` does.
 */
export function proposeRisk(
  input: unknown,
  schedule: unknown,
  outcomes: unknown,
  options: ProposeRiskOptions = {},
): RiskProposals {
  const read = validate(optionsSchema, options, 'options');
  const { plan, schedule: s } = planAndSchedule(input, schedule);
  const asOf = read.asOf ?? s.periods.at(-1)?.end ?? plan.input.horizon.end;
  const words = text(read.lang).nextYear;
  const found = estimateSchedule(s, outcomeIndex(outcomes, s), {
    by: 'type',
    level: 0.95,
    asOf,
    lang: read.lang,
  }).estimates;
  const rates = new Map(found.units.map((u) => [u.id, u]));
  const mu = new Map(found.groups.map((g) => [g.key, g.estimate]));
  const prior = new Map(
    found.groups.map((g) => [
      g.key,
      g.estimate === null
        ? Number.POSITIVE_INFINITY
        : priorVisits(
            g.estimate,
            found.units.filter((u) => u.type === g.key),
          ),
    ]),
  );
  const units: RiskProposal[] = replayedUnits(plan.input, s.log).map((u) => {
    const rate = rates.get(u.id);
    const visits = rate?.visits ?? 0;
    const withProblems = rate?.withProblems ?? 0;
    const typeEstimate = mu.get(u.type) ?? null;
    const m = prior.get(u.type) ?? Number.POSITIVE_INFINITY;
    const shrunk =
      typeEstimate === null
        ? null
        : Number.isFinite(m)
          ? (withProblems + m * typeEstimate) / (visits + m)
          : typeEstimate;
    const raw =
      shrunk !== null && typeEstimate !== null && typeEstimate > 0 && u.risk > 0 ? shrunk / typeEstimate : 1;
    const factor = Math.min(RISK_FACTOR_BOUND, Math.max(1 / RISK_FACTOR_BOUND, raw));
    const proposed =
      u.risk === 0 ? 0 : Math.min(MAX_RISK, Math.max(MIN_RISK, Number((u.risk * factor).toPrecision(4))));
    const facts = {
      visits,
      withProblems,
      typeEstimate,
      shrunk,
      m,
      risk: u.risk,
      proposed,
      factor,
      raw,
      type: u.type,
    };
    return {
      id: u.id,
      ...(u.name !== undefined ? { name: u.name } : {}),
      type: u.type,
      risk: u.risk,
      proposed,
      factor,
      visits,
      withProblems,
      typeEstimate,
      priorVisits: Number.isFinite(m) ? m : null,
      shrunkRate: shrunk,
      reason: words.reason(facts),
    };
  });
  return { periods: found.periods, asOf, rule: words.rule(RISK_FACTOR_BOUND), units };
}
