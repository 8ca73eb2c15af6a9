import { showBidiControls } from './visibleText.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes a string for HTML text and for quoted attribute values (single or double quotes), in HTML
 * and in inline SVG: `&`, `<`, `>`, `"` and `'` become character references (OWASP XSS Prevention
 * Cheat Sheet, rule 1 and 2). Every other character is kept, so decoding the result gives `text` back.
 * Never use the result in an unquoted attribute, a URL, a `<script>` or a `<style>`: the report
 * writes none of those from data. The {@link html} template applies it (through {@link pageText}) to
 * every plain string.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * A string as the page writes it: bidirectional formatting characters shown as visible codes
 * (`\u202e`, see `showBidiControls`), so that no string can reorder the text around it, then
 * {@link escapeHtml}. A string without such characters is written exactly as `escapeHtml` writes it.
 */
export function pageText(text: string): string {
  return escapeHtml(showBidiControls(text));
}

/** Only this module holds it, so only {@link html} can make an {@link Html}. */
const MINT: unique symbol = Symbol('Html');

/**
 * A piece of markup the page may insert as is. It is made only by the {@link html} template (and the
 * helpers of this file built on it), whose literal parts are written in the code and whose every
 * interpolated string is escaped, so data can reach the page only as text.
 */
export class Html {
  readonly #markup: string;

  /** Not for use: make an `Html` with the {@link html} template. */
  constructor(mint: typeof MINT, markup: string) {
    if (mint !== MINT) throw new TypeError('an Html is made by the html`...` template only');
    this.#markup = markup;
  }

  /** The markup, ready to be written to the page. */
  get html(): string {
    return this.#markup;
  }
}

/**
 * What the {@link html} template takes: a plain string (escaped), a number (written as by
 * `String`), an {@link Html} (inserted as is), or a list of these (written one after the other).
 */
export type Content = string | number | Html | readonly Content[];

function render(value: Content): string {
  if (value instanceof Html) return value.html;
  if (typeof value === 'string') return pageText(value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(render).join('');
  throw new TypeError(`not HTML content: ${typeof value}`);
}

/**
 * The tagged template that makes {@link Html}: `` html`<td>${name}</td>` `` keeps its literal parts
 * (markup written in the code) and writes every interpolated string with {@link pageText} (escaped,
 * bidirectional controls shown as codes), so a string from the schedule can never become markup nor
 * reorder the text around it; {@link Html} values go in as they are.
 */
export function html(strings: TemplateStringsArray, ...values: readonly Content[]): Html {
  if (!Object.isFrozen(strings) || !Array.isArray(strings.raw))
    throw new TypeError('html is a tagged template: call it as html`...`');
  let out = strings[0]!;
  values.forEach((value, k) => {
    out += render(value) + strings[k + 1]!;
  });
  return new Html(MINT, out);
}

/**
 * The text of an inline `<script>` element, inserted as it is. Only for code this package builds (the
 * verify page's bundled script, `dist/verify-page.global.js`), never for data: data goes through
 * {@link html}. Refuses text that would end the element early.
 *
 * @throws {TypeError} when `code` contains `</script` (in any case) or `<!--`.
 */
export function inlineScript(code: string): Html {
  if (/<\/script|<!--/i.test(code))
    throw new TypeError('an inline script must not contain "</script" or "<!--"');
  return new Html(MINT, code);
}

/** `parts` one after the other with `separator` between them: `` joinHtml(lines, html`<br>`) ``. */
export function joinHtml(parts: readonly Content[], separator: Content): Html {
  return html`${parts.flatMap((part, k) => (k === 0 ? [part] : [separator, part]))}`;
}

/** A column of a {@link table}: its heading and whether it holds numbers (right-aligned). */
export interface Column {
  readonly head: Content;
  readonly numeric: boolean;
}

/** A {@link table} column of text. */
export const textCol = (head: Content): Column => ({ head, numeric: false });

/** A {@link table} column of numbers, right-aligned. */
export const numCol = (head: Content): Column => ({ head, numeric: true });

/** A cell with its own class (`num bad`, `nowrap`...) instead of its column's; made by {@link td}. */
export interface Cell {
  readonly content: Content;
  readonly className: string;
}

/** A table cell with the class `className` (none when empty) instead of its column's. */
export function td(content: Content, className: string): Cell {
  return { content, className };
}

const isCell = (value: Content | Cell): value is Cell =>
  typeof value === 'object' && !(value instanceof Html) && !Array.isArray(value);

const numClass = (numeric: boolean) => (numeric ? html` class="num"` : '');

/**
 * A data table in a horizontally scrolling box: `id` (also its `data-testid`), a caption, one
 * heading per column (`scope="col"`), and one row per entry of `rows`, a cell per column. Numeric
 * columns are right-aligned; a {@link td} cell sets its own class.
 */
export function table(
  id: string,
  caption: Content,
  columns: readonly Column[],
  rows: readonly (readonly (Content | Cell)[])[],
): Html {
  const head = columns.map((c) => html`<th scope="col"${numClass(c.numeric)}>${c.head}</th>`);
  const body = rows.map(
    (row) =>
      html`<tr>${row.map((cell, k) =>
        isCell(cell)
          ? html`<td${cell.className ? html` class="${cell.className}"` : ''}>${cell.content}</td>`
          : html`<td${numClass(columns[k]?.numeric ?? false)}>${cell}</td>`,
      )}</tr>`,
  );
  return html`<div class="scroll"><table id="${id}" data-testid="${id}"><caption>${caption}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** The head of a {@link section}: its id (its heading's is `${id}-h`), title and optional class. */
export interface SectionHead {
  id: string;
  title: Content;
  className?: string;
}

/**
 * A section of the page with its heading: `<section id aria-labelledby>`, an `<h2>` with the title,
 * then each part of `body` on its own line (an empty part leaves an empty line).
 */
export function section(head: SectionHead, ...body: readonly Content[]): Html {
  const { id, className } = head;
  return html`<section${className ? html` class="${className}"` : ''} id="${id}" aria-labelledby="${id}-h">
<h2 id="${id}-h">${head.title}</h2>
${joinHtml(body, '\n')}
</section>`;
}
