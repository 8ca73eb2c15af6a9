import { text } from '../text/catalogue.js';
import { formatDate } from '../text/format.js';
import type { Lang } from '../text/lang.js';
import { html } from './html.js';
import { frameSection } from './notice/frame.js';
import { poolSection } from './notice/pool.js';
import { rulesSection } from './notice/rules.js';
import { aboutSection, anchorsSection, verifySection } from './notice/verify.js';
import type { PlanNotice } from './PlanNoticeTypes.js';
import { pageDocument } from './page/document.js';

/** Options of {@link noticeHtml}. */
export interface NoticeHtmlOptions {
  /** The page's heading; default `Start-of-year notice of the inspection plan` (in the page's language). */
  title?: string;
  /** The language of the page: `en` (default) or `zh-CN`. */
  lang?: Lang;
}

/**
 * The start-of-year notice (公示) as one self-contained HTML page, safe to post on the day of the
 * draw: what the notice says, the fingerprints (input hash, seed commitment, schedule hash), the
 * rules of the draw with each period's budget and the campaigns, the frame (every unit's chance per
 * period and expected visits), the inspector pool with the recusal rules, and how to verify, step
 * by step. Like the fairness report it has inline CSS only, no script, nothing to fetch, and a
 * Content-Security-Policy (`default-src 'none'`); every string is written through the `html`
 * template, which escapes it. It shows only what `planNotice` holds, so no visit, count of the draw
 * or date outside the plan file (docs/notice.md); the same notice always gives the same bytes. Every
 * word comes from the catalogue's `notice` section in `options.lang`; units and inspectors are shown
 * by name beside their id wherever the plan file gives a name.
 *
 * @param notice - the data made by `planNotice(input, schedule)`.
 * @param options - the page title and language.
 */
export function noticeHtml(notice: PlanNotice, options: NoticeHtmlOptions = {}): string {
  const lang = options.lang ?? 'en';
  const T = text(lang).notice;
  const title = options.title ?? T.title;
  const { horizon, anchors } = notice;
  const subtitle = [
    T.span(formatDate(horizon.start, lang), formatDate(horizon.end, lang)),
    T.subtitle.periods(notice.periods.length, horizon.period),
    T.subtitle.units(notice.units.length, notice.types.length),
    T.subtitle.inspectors(notice.inspectors.length),
    T.subtitle.routine(notice.routine.total),
  ].join(' · ');
  return pageDocument({
    lang,
    title: title,
    subtitle: subtitle,
    generator: anchors.library,
    main: html`

${aboutSection(notice, lang)}

${anchorsSection(notice, lang)}

${rulesSection(notice, lang)}

${frameSection(notice, lang)}

${poolSection(notice, lang)}

${verifySection(notice, lang)}`,
    footer: T.footer(anchors.library, anchors.inputHash),
  });
}
