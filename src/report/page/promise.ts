import type { FairnessReport } from '../FairnessReportTypes.js';
import { plural } from '../formatNumber.js';
import { type Html, html, section } from '../html.js';
import { INTERIM_TEXT } from '../reportCoverage.js';

const NOT_PROMISED = ' (not promised by this schedule’s design)';

/**
 * "What the promise means": the routine draw and its promised probabilities in plain language, the
 * rounding promise when the design makes it (restated for the redrawn periods after a replan), and
 * how anyone can check the draw.
 */
export function promiseSection(report: FairnessReport): Html {
  const { promises, totals } = report;
  const nPeriods = report.coverage.total;
  const counts = promises.unitCounts
    ? html`The draw is arranged so that each unit really receives that number <strong>rounded down or up</strong>:
a unit expected 12.5 times is inspected 12 or 13 times, never 4 or 21.`
    : html`This schedule was drawn period by period: every draw keeps the promised probabilities, so on average each
unit receives its expected number of visits, but its actual count may differ from it by more than one.`;
  const restated =
    promises.unitCounts && promises.fromPeriod > 0
      ? html` This schedule was replanned: periods ${promises.fromPeriod + 1} to ${nPeriods} were drawn again, and the rounding
promise is restated for them only (the visits of each unit in those periods, against the sum of its probabilities over
them); the visits before were drawn under the earlier plan, so the whole-year count is not promised any more.`
      : '';
  const typeShare = promises.typeCounts
    ? ' Each police type likewise receives its expected share of every period’s visits, rounded down or up.'
    : '';
  const inspectorsLine =
    totals.inspectors > 0
      ? ', and the inspectors are assigned at random, never to their own unit, with balanced workloads and a similar mix of police types'
      : '';
  return section(
    { id: 'promise', title: 'What the promise means', className: 'promise' },
    html`<p>In each of the ${plural(nPeriods, 'period')} of the schedule, a random draw chose which units receive a
<strong>routine, unannounced inspection</strong>. Before the draw, every unit had a fixed chance of being
chosen in every period, set by the published plan (the same for all units, or in proportion to a unit’s
risk, within bounds). These <strong>promised probabilities</strong> are listed below for every unit.</p>`,
    html`<p>Adding up a unit’s chances over all periods gives its <strong>expected number of visits</strong>. ${counts}${restated}${typeShare}
Which units are visited in which period remains random and unannounced${inspectorsLine}.</p>`,
    html`<p>Campaign, directed (for example, checking a complaint) and follow-up visits are decided on other grounds;
they are counted separately and are not part of this promise.</p>`,
    html`<p>Anyone can check the draw: with the published plan and the seed revealed after the draw, the schedule can be
recomputed exactly. The fingerprints (SHA-256 hashes) below tie this report to those files.</p>`,
  );
}

function card(n: string | number, k: string, bad = false, testid = ''): Html {
  return html`<div class="card${bad ? ' bad' : ''}"${testid ? html` data-testid="${testid}"` : ''}><span class="n">${n}</span><span class="k">${k}</span></div>`;
}

/** The key figures: visits drawn, the units and type-periods within the promise, inspectors, changes. */
export function summarySection(report: FairnessReport): Html {
  const { promises, totals } = report;
  // an interim report cannot check a promise about the whole horizon
  const interimUnits = promises.unitCounts && report.coverage.interim;
  const unitsBad = promises.unitCounts && !interimUnits && totals.unitsWithinPromise < totals.units;
  const unitsLabel = interimUnits
    ? INTERIM_TEXT.unitsCard
    : `units visited their expected number of times, rounded down or up${promises.unitCounts ? '' : NOT_PROMISED}`;
  const typesBad = promises.typeCounts && totals.typePeriodsWithinPromise < totals.typePeriods;
  return html`<section id="summary" aria-label="Key figures"><div class="cards">
${card(totals.routine, 'routine visits drawn')}
${card(totals.other, 'other visits (campaign, directed, follow-up)')}
${card(`${totals.unitsWithinPromise} / ${totals.units}`, unitsLabel, unitsBad, 'card-units-promise')}
${card(`${totals.typePeriodsWithinPromise} / ${totals.typePeriods}`, `police type × period counts rounded down or up from their expectation${promises.typeCounts ? '' : NOT_PROMISED}`, typesBad, 'card-types-promise')}
${card(totals.inspectors, 'inspectors')}
${card(totals.changes, 'logged changes (substitutions, replanning)')}
</div></section>`;
}

/** "How to check this schedule": what the three hashes identify, and the manifest as a definition list. */
export function manifestSection(report: FairnessReport): Html {
  const { manifest } = report;
  const rows: [string, string][] = [
    ['Library', manifest.library],
    ['Algorithm', manifest.algorithm],
    ['Random generator', manifest.rng],
    ['Input hash', manifest.inputHash],
    ['Seed commitment', manifest.seedCommitment],
    ['Schedule hash', manifest.scheduleHash],
  ];
  return section(
    { id: 'manifest', title: 'How to check this schedule' },
    html`<p class="lead">The input hash identifies the published plan (units, risks, inspectors, calendar); the seed commitment
was published before the draw and fixes the seed; the schedule hash identifies this exact schedule.
<code>fairdraw verify plan.json schedule.json</code> recomputes the schedule and compares every visit.</p>`,
    html`<dl class="manifest" data-testid="manifest">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`,
  );
}
