import { type Html, html, section } from '../html.js';
import type { PlanNotice } from '../PlanNoticeTypes.js';
import { NOTICE_TEXT } from './noticeText.js';

/**
 * "What this notice says": what the draw was bound to, that no visit is named, and the promise the
 * plan's coordination makes (rounded yearly counts, or the chances period by period).
 */
export function aboutSection(notice: PlanNotice): Html {
  const T = NOTICE_TEXT.about;
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
export function anchorsSection(notice: PlanNotice): Html {
  const T = NOTICE_TEXT.anchors;
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

/** "How to verify": the steps, each with the command to run and what to compare. */
export function verifySection(notice: PlanNotice): Html {
  const T = NOTICE_TEXT.verify;
  const command = (text: string) => html`<br><code data-testid="command">${text}</code>`;
  const steps = [
    html`${T.keep}`,
    html`${T.eachPeriod}${command(T.periodCommand(notice.anchors.scheduleHash))}`,
    html`${T.changes}`,
    html`${T.yearEnd}${command(T.hashCommand)}`,
    html`${T.verifyAll}${command(T.verifyCommand)}`,
    html`${T.compare}`,
  ];
  return section(
    { id: 'verify', title: T.title },
    html`<p class="lead">${T.lead}</p>`,
    html`<ol data-testid="steps">${steps.map((s) => html`<li>${s}</li>`)}</ol>`,
  );
}
