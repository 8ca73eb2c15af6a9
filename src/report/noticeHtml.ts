import { html } from './html.js';
import { frameSection } from './notice/frame.js';
import { NOTICE_TEXT } from './notice/noticeText.js';
import { poolSection } from './notice/pool.js';
import { rulesSection } from './notice/rules.js';
import { aboutSection, anchorsSection, verifySection } from './notice/verify.js';
import type { PlanNotice } from './PlanNoticeTypes.js';
import { pageDocument } from './page/document.js';

/** Options of {@link noticeHtml}. */
export interface NoticeHtmlOptions {
  /** The page's heading; default `Start-of-year notice of the inspection plan`. */
  title?: string;
}

/**
 * The start-of-year notice (公示) as one self-contained HTML page, safe to post on the day of the
 * draw: what the notice says, the fingerprints (input hash, seed commitment, schedule hash), the
 * rules of the draw with each period's budget and the campaigns, the frame (every unit's chance per
 * period and expected visits), the inspector pool with the recusal rules, and how to verify, step
 * by step. Like the fairness report it has inline CSS only, no script, nothing to fetch, and a
 * Content-Security-Policy (`default-src 'none'`); every string is written through the `html`
 * template, which escapes it. It shows only what `planNotice` holds, so no visit, count of the draw
 * or date outside the plan file (docs/notice.md); the same notice always gives the same bytes.
 *
 * @param notice - the data made by `planNotice(input, schedule)`.
 * @param options - the page title.
 */
export function noticeHtml(notice: PlanNotice, options: NoticeHtmlOptions = {}): string {
  const title = options.title ?? NOTICE_TEXT.title;
  const { horizon, anchors } = notice;
  const subtitle = [
    NOTICE_TEXT.span(horizon.start, horizon.end),
    NOTICE_TEXT.periods(notice.periods.length, horizon.period),
    NOTICE_TEXT.subtitle.units(notice.units.length, notice.types.length),
    NOTICE_TEXT.subtitle.inspectors(notice.inspectors.length),
    NOTICE_TEXT.subtitle.routine(notice.routine.total),
  ].join(' · ');
  return pageDocument({
    title: title,
    subtitle: subtitle,
    generator: anchors.library,
    main: html`

${aboutSection(notice)}

${anchorsSection(notice)}

${rulesSection(notice)}

${frameSection(notice)}

${poolSection(notice)}

${verifySection(notice)}`,
    footer: NOTICE_TEXT.footer(anchors.library, anchors.inputHash),
  });
}
