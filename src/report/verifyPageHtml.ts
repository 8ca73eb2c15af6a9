import { text } from '../text/catalogue.js';
import type { Lang } from '../text/lang.js';
import { type Html, html, inlineScript } from './html.js';
import { cspHash, REPORT_CSS } from './reportCss.js';

/** Options of {@link verifyPageHtml}. */
export interface VerifyPageOptions {
  /** The page's heading; default `Verify an inspection schedule` (`督察日程核验`). */
  title?: string;
  /**
   * The language of the page and of everything its script shows: `en` (default) or `zh-CN`. The page
   * says it in `<html lang>`, where the script reads it.
   */
  lang?: Lang;
}

/** The page's own rules, after the report's style sheet. */
const PAGE_CSS = html`
form.verify { display: grid; gap: 14px; margin: 20px 0; }
form.verify label { display: grid; gap: 4px; font-weight: 600; }
form.verify input[type="text"] { font: inherit; padding: 6px 8px; border: 1px solid var(--line); border-radius: 4px; }
form.verify button { justify-self: start; font: inherit; font-weight: 650; padding: 8px 22px; color: #fff; background: var(--accent); border: 0; border-radius: 4px; cursor: pointer; }
#verdict { border: 1px solid var(--line); border-radius: 6px; padding: 12px 18px; min-height: 3em; }
#verdict p.ok { color: #1e7b34; font-size: 22px; font-weight: 700; margin: 0; }
#verdict p.bad { color: #c0392b; font-size: 22px; font-weight: 700; margin: 0; }
#verdict li { font-family: ui-monospace, monospace; font-size: 13px; overflow-wrap: anywhere; }
`;

/**
 * The verify page: one self-contained HTML file with the library bundled inline (`script`, the browser
 * build `dist/verify-page.global.js`, made by `npm run build`), so that anyone can check a schedule or a
 * period reveal in any browser, offline. The reader chooses the plan file (`#plan-file`) and the
 * schedule or a period reveal (`#schedule-file`), types the published schedule hash for a reveal
 * (`#schedule-hash`), and presses Verify (`#verify`); the verdict, `verified` or `NOT verified` with the
 * differences, appears in `#verdict`. The Content-Security-Policy allows only this script and these
 * styles, by their SHA-256, and no request of any kind. The script carries the catalogue's
 * `verifyPage` section of every language and shows the one of the page's `<html lang>`, so one build
 * serves every language.
 *
 * @param script - the bundled browser script (it must not contain `</script`).
 * @param options - the page title and language (`lang`: `en`, the default, or `zh-CN`).
 * @throws {TypeError} when `script` would end its own element (see `inlineScript`).
 */
export function verifyPageHtml(script: string, options: VerifyPageOptions = {}): string {
  const code = inlineScript(script);
  const css = html`${REPORT_CSS}${PAGE_CSS}`;
  const csp = `default-src 'none'; script-src 'sha256-${cspHash(code.html)}'; style-src 'sha256-${cspHash(css.html)}'; base-uri 'none'; form-action 'none'`;
  const lang = options.lang ?? 'en';
  const TEXT = text(lang).verifyPage;
  const title = options.title ?? TEXT.title;
  const steps: Html[] = TEXT.how.map((step) => html`<li>${step}</li>`);
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${css}</style>
</head>
<body>
<header class="top"><div class="wrap"><h1>${title}</h1><p>${TEXT.lead}</p></div></header>
<main class="wrap">
<form class="verify" id="verify-form">
<label for="plan-file">${TEXT.planLabel}<input type="file" id="plan-file" accept=".json,application/json"></label>
<label for="schedule-file">${TEXT.scheduleLabel}<input type="file" id="schedule-file" accept=".json,application/json"></label>
<label for="schedule-hash">${TEXT.hashLabel}<input type="text" id="schedule-hash" spellcheck="false" autocomplete="off"></label>
<button type="button" id="verify">${TEXT.button}</button>
</form>
<div id="verdict" role="status" aria-live="polite"></div>
<h2>${TEXT.howTitle}</h2>
<ol>${steps}</ol>
<p class="note">${TEXT.footer}</p>
</main>
<script>${code}</script>
</body>
</html>
`.html;
}
