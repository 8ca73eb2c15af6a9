import type { Calendar } from '../calendar/Calendar.js';
import { periodIndexOf } from '../calendar/days.js';
import { spreadOverDays } from '../calendar/spreadOverDays.js';
import { FairdrawError, say, wordsOf } from '../model/FairdrawError.js';
import type { ValidPlanInput } from '../model/planInputSchema.js';
import type { CampaignSummary } from '../model/scheduleSchema.js';
import { createRng } from '../random/createRng.js';
import { deriveSeed } from '../random/deriveSeed.js';
import { shuffle } from '../random/shuffle.js';
import { drawSample } from '../sampling/drawSample.js';
import { inclusionProbabilities } from '../sampling/inclusionProbabilities.js';
import { campaignFrame } from './frame.js';
import type { DraftVisit } from './visitOrder.js';

/** The campaign draws of a plan. */
export interface CampaignDraw {
  /** `probabilities[c][i]`: unit `i`'s inclusion probability in campaign `c` (0 outside its frame). */
  probabilities: Float64Array[];
  /** For each campaign, the indices of the chosen units, increasing. */
  chosen: number[][];
  /** The campaign visits, one per chosen unit. */
  visits: DraftVisit[];
  /** One summary per campaign, in input order. */
  summaries: CampaignSummary[];
}

/**
 * Draws every campaign of the plan, each from its own sub-seeds, so that a campaign never consumes a
 * random number of the routine draw or of another campaign (adding, removing or changing a campaign
 * changes no routine visit and no other campaign's units and dates). For campaign `c` with id `id`:
 * 1. the frame is {@link campaignFrame} (in scope, active over the whole window);
 * 2. `pi = inclusionProbabilities(w, visits, bounds)` over the frame, `w` the risk weights
 *    (`fairness: "risk"`) or 1 (`"equal"`, the default);
 * 3. the chosen units are `drawSample(pi, { seed: deriveSeed(seed, "campaign", id), design })`, each
 *    design in its newest version: `pivotal@2`, `systematic@2`, `maxent@1` (exact inclusion
 *    probabilities; Tillé, *Sampling Algorithms*, 2006);
 * 4. dates, with the generator of `deriveSeed(seed, "campaign", id, "dates")`: the slots are
 *    `spreadOverDays(k, W, rng)` over the window's working days `W`, then `perm = shuffle(rng, k)` and
 *    the j-th chosen unit (increasing index) goes on `slots[perm[j]]` (as routine dates do).
 *
 * The manifest records the version as `campaignAlgorithm` (drawVersions.ts) says: `campaign-draw@2`
 * when some campaign drew `pivotal@2` or `systematic@2`, else `campaign-draw@1`.
 *
 * @throws {FairdrawError} `infeasible` naming `campaigns[c].scope` (empty frame), `campaigns[c].visits`
 *   (more visits than units in the frame with a positive weight), `campaigns[c].from` (no working day
 *   in the window) or `campaigns[c].bounds.min`/`.max`.
 */
export function drawCampaigns(input: ValidPlanInput, seed: string, calendar: Calendar): CampaignDraw {
  const { units } = input;
  const out: CampaignDraw = { probabilities: [], chosen: [], visits: [], summaries: [] };
  (input.campaigns ?? []).forEach((c, ci) => {
    const path = `campaigns[${ci}]`;
    const frame = campaignFrame(units, c);
    if (frame.length === 0) {
      throw new FairdrawError('infeasible', `${path}.scope`, (t) =>
        t.schedule.noUnitInScope(c.id, c.from, c.to),
      );
    }
    const days = calendar.workdaysBetween(c.from, c.to);
    if (days.length === 0) {
      throw new FairdrawError('infeasible', `${path}.from`, (t) => t.schedule.windowNoWorkday(c.from, c.to));
    }
    const weights = frame.map((i) => (c.fairness === 'risk' ? units[i]!.risk : 1));
    const positive = weights.filter((w) => w > 0).length;
    if (c.visits > positive) {
      throw new FairdrawError('infeasible', `${path}.visits`, (t) =>
        t.schedule.campaignTooFew(c.id, c.visits, positive, c.from, c.to, c.fairness === 'risk'),
      );
    }
    let pi: number[];
    try {
      pi = inclusionProbabilities(weights, c.visits, c.bounds ?? {});
    } catch (e) {
      if (!(e instanceof FairdrawError)) throw e;
      const field = e.path.startsWith('bounds') ? `${path}.${e.path}` : `${path}.visits`;
      const reason = wordsOf(e.problems[0]!).message;
      throw new FairdrawError('infeasible', field, (t) => t.schedule.campaignFailed(c.id, say(reason, t)));
    }
    const row = new Float64Array(units.length);
    frame.forEach((i, k) => {
      row[i] = pi[k]!;
    });
    const picked = drawSample(pi, { seed: deriveSeed(seed, 'campaign', c.id), design: c.design }).map(
      (k) => frame[k]!,
    );
    const rng = createRng(deriveSeed(seed, 'campaign', c.id, 'dates'));
    const slots = spreadOverDays(picked.length, days, rng);
    const perm = shuffle(rng, slots.length);
    picked.forEach((i, j) => {
      const date = slots[perm[j]!]!;
      out.visits.push({
        kind: 'campaign',
        period: periodIndexOf(calendar, date),
        date,
        unit: units[i]!.id,
        campaign: c.id,
      });
    });
    out.probabilities.push(row);
    out.chosen.push(picked);
    out.summaries.push({
      id: c.id,
      from: c.from,
      to: c.to,
      visits: picked.length,
      scopeUnits: frame.length,
      fairness: c.fairness,
      design: c.design,
      workdays: days.length,
    });
  });
  return out;
}
