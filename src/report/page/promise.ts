import { text } from '../../text/catalogue.js';
import type { Lang } from '../../text/lang.js';
import type { FairnessReport } from '../FairnessReportTypes.js';
import { type Html, html, section } from '../html.js';

/**
 * A sentence of the catalogue with its `**strong**` and `` `code` `` words set as such. Only for the
 * catalogue's own sentences (with numbers in them), never for a string of the schedule.
 *
 * @param sentence - a sentence of the catalogue.
 */
export function marked(sentence: string): Html {
  const parts = sentence.split(/(\*\*[^*]+\*\*|`[^`]+`)/);
  return html`${parts.map((part, k) => {
    if (k % 2 === 0) return part;
    return part.startsWith('**')
      ? html`<strong>${part.slice(2, -2)}</strong>`
      : html`<code>${part.slice(1, -1)}</code>`;
  })}`;
}

/**
 * "What the promise means": the routine draw and its promised probabilities in plain language, the
 * rounding promise when the design makes it (restated for the redrawn periods after a replan), and
 * how anyone can check the draw.
 */
export function promiseSection(report: FairnessReport, lang: Lang = 'en'): Html {
  const T = text(lang).report.promise;
  const { promises, totals } = report;
  const nPeriods = report.coverage.total;
  const counts = promises.unitCounts ? T.rounded : T.independent;
  const restated =
    promises.unitCounts && promises.fromPeriod > 0 ? T.restated(promises.fromPeriod + 1, nPeriods) : '';
  const typeShare = promises.typeCounts ? T.typeShare : '';
  return section(
    { id: 'promise', title: T.title, className: 'promise' },
    html`<p>${marked(T.drawn(nPeriods))}</p>`,
    html`<p>${marked(`${T.expected}${counts}${restated}${typeShare}${T.random(totals.inspectors > 0)}`)}</p>`,
    html`<p>${marked(T.other)}</p>`,
    html`<p>${marked(T.check)}</p>`,
  );
}

function card(n: string | number, k: string, bad = false, testid = ''): Html {
  return html`<div class="card${bad ? ' bad' : ''}"${testid ? html` data-testid="${testid}"` : ''}><span class="n">${n}</span><span class="k">${k}</span></div>`;
}

/** The key figures: visits drawn, the units and type-periods within the promise, inspectors, changes. */
export function summarySection(report: FairnessReport, lang: Lang = 'en'): Html {
  const R = text(lang).report;
  const T = R.cards;
  const { promises, totals } = report;
  // an interim report cannot check a promise about the whole horizon
  const interimUnits = promises.unitCounts && report.coverage.interim;
  const unitsBad = promises.unitCounts && !interimUnits && totals.unitsWithinPromise < totals.units;
  const unitsLabel = interimUnits ? R.interim.unitsCard : T.units(promises.unitCounts);
  const typesBad = promises.typeCounts && totals.typePeriodsWithinPromise < totals.typePeriods;
  return html`<section id="summary" aria-label="${T.label}"><div class="cards">
${card(totals.routine, T.routine)}
${card(totals.other, T.other)}
${card(`${totals.unitsWithinPromise} / ${totals.units}`, unitsLabel, unitsBad, 'card-units-promise')}
${card(`${totals.typePeriodsWithinPromise} / ${totals.typePeriods}`, T.types(promises.typeCounts), typesBad, 'card-types-promise')}
${card(totals.inspectors, T.inspectors)}
${card(totals.changes, T.changes)}
</div></section>`;
}

/** "How to check this schedule": what the three hashes identify, and the manifest as a definition list. */
export function manifestSection(report: FairnessReport, lang: Lang = 'en'): Html {
  const T = text(lang).report.manifest;
  const { manifest } = report;
  const rows: [string, string][] = [
    [T.library, manifest.library],
    [T.algorithm, manifest.algorithm],
    [T.rng, manifest.rng],
    [T.inputHash, manifest.inputHash],
    [T.seedCommitment, manifest.seedCommitment],
    [T.scheduleHash, manifest.scheduleHash],
  ];
  return section(
    { id: 'manifest', title: T.title },
    html`<p class="lead">${marked(T.lead)}</p>`,
    html`<dl class="manifest" data-testid="manifest">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`,
  );
}
