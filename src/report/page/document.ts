import type { Lang } from '../../text/lang.js';
import { type Content, type Html, html } from '../html.js';
import { cspMeta, REPORT_CSS } from '../reportCss.js';

/** What every page of the report layer (report, notices, task sheets) puts around its sections. */
export interface DocumentParts {
  /** The page's `<title>` and heading. */
  title: string;
  /** The line under the heading. */
  subtitle: Content;
  /** `<meta name="generator">`: the library that made the data, when the page names it. */
  generator?: string;
  /** `<meta name="robots" content="noindex, nofollow">`, for pages not meant for search engines. */
  noindex?: boolean;
  /** What comes right after `<main class="wrap">`, then the sections. */
  main: Content;
  /** The footer's text. */
  footer: Content;
  /** The page's language, `<html lang>` (default `en`). */
  lang?: Lang;
}

/**
 * One self-contained page: the Content-Security-Policy that forbids every request, the one style
 * sheet, the heading and its subtitle, the sections, and the footer. Shared by the fairness report,
 * the start-of-year notice, the results notice and the task sheets, so that every public page has the
 * same head and the same guarantees.
 */
export function pageDocument(parts: DocumentParts): string {
  const generator: Html | string =
    parts.generator === undefined ? '' : html`\n<meta name="generator" content="${parts.generator}">`;
  const robots: Html | string = parts.noindex ? html`\n<meta name="robots" content="noindex, nofollow">` : '';
  return html`<!doctype html>
<html lang="${parts.lang ?? 'en'}">
<head>
<meta charset="utf-8">
${cspMeta()}
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">${generator}${robots}
<title>${parts.title}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="top"><div class="wrap">
<h1>${parts.title}</h1>
<p data-testid="subtitle">${parts.subtitle}</p>
</div></header>
<main class="wrap">${parts.main}
</main>
<footer class="wrap">${parts.footer}</footer>
</body>
</html>
`.html;
}
