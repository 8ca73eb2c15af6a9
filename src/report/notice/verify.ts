import { text } from '../../text/catalogue.js';
import type { Lang } from '../../text/lang.js';
import { type Html, html, section } from '../html.js';
import type { PlanNotice } from '../PlanNoticeTypes.js';

/**
 * "What this notice says": what the draw was bound to, that no visit is named, and the promise the
 * plan's coordination makes (rounded yearly counts, or the chances period by period).
 */
export function aboutSection(notice: PlanNotice, lang: Lang = 'en'): Html {
  const T = text(lang).notice.about;
  const { routine } = notice;
  const promise =
    routine.coordination === 'horizon'
      ? `${T.promiseHorizon}${routine.balance === 'type' ? T.promiseHorizonTypes : ''}`
      : T.promiseIndependent;
  return section(
    { id: 'about', title: T.title, className: 'promise' },
    html`<p>${T.drawn}</p>`,
    html`<p>${T.secret}</p>`,
    html`<p>${promise}</p>`,
  );
}

/** "The fingerprints": input hash, seed commitment (and public value), schedule hash, and the versions. */
export function anchorsSection(notice: PlanNotice, lang: Lang = 'en'): Html {
  const T = text(lang).notice.anchors;
  const { anchors } = notice;
  const rows: [string, string][] = [
    [T.inputHash, anchors.inputHash],
    [T.seedCommitment, anchors.seedCommitment],
    ...(anchors.seedPublic !== undefined
      ? [[T.seedPublic, anchors.seedPublic] satisfies [string, string]]
      : []),
    [T.scheduleHash, anchors.scheduleHash],
    [T.library, anchors.library],
    [T.algorithm, anchors.algorithm],
    [T.rng, anchors.rng],
  ];
  return section(
    { id: 'anchors', title: T.title },
    html`<p class="lead">${T.lead}</p>`,
    html`<dl class="manifest" data-testid="anchors">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`,
  );
}

/**
 * "How to verify": the steps, each with the command to run (the same in every language) and what to
 * compare.
 */
export function verifySection(notice: PlanNotice, lang: Lang = 'en'): Html {
  const T = text(lang).notice.verify;
  const command = (code: string) => html`<br><code data-testid="command">${code}</code>`;
  const steps = [
    html`${T.keep}`,
    html`${T.eachPeriod}${command(`fairdraw verify-period reveal.json ${notice.anchors.scheduleHash}`)}`,
    html`${T.changes}`,
    html`${T.yearEnd}${command('fairdraw hash plan.json')}`,
    html`${T.verifyAll}${command('fairdraw verify plan.json schedule.json')}`,
    html`${T.compare}`,
  ];
  return section(
    { id: 'verify', title: T.title },
    html`<p class="lead">${T.lead}</p>`,
    html`<ol data-testid="steps">${steps.map((s) => html`<li>${s}</li>`)}</ol>`,
  );
}
