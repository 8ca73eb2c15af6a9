// Characters that change how the text around them looks, shown as what they are: `\u202e` instead of
// a right-to-left override that would make `ps-\u202Etxt.exe` read as `ps-exe.txt`.

/**
 * The bidirectional formatting characters: the embeddings and overrides LRE, RLE, PDF, LRO, RLO
 * (U+202A–U+202E), the isolates LRI, RLI, FSI, PDI (U+2066–U+2069), the marks LRM, RLM (U+200E,
 * U+200F) and ALM (U+061C).
 */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** `c` as `\u` and four lowercase hex digits (`\u202e`), as JSON escapes it. */
const escapeCode = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * `text` with each bidirectional formatting character (U+202A–U+202E, U+2066–U+2069, U+200E,
 * U+200F, U+061C) replaced by its code as visible text (`\u202e`), so that no string of a schedule
 * can reorder what a reader sees around it. Every other character is kept.
 */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROL, escapeCode);
}

/**
 * `text` as a terminal may show it: control characters (C0, DEL, C1; except line feeds when
 * `newlines` is true) and bidirectional formatting characters replaced by their codes (`\u001b`,
 * `\u202e`), so that no string of a schedule can drive the terminal or reorder what it shows.
 */
export function showControls(text: string, newlines = false): string {
  return showBidiControls(text).replace(newlines ? /[^\P{Cc}\n]/gu : /\p{Cc}/gu, escapeCode);
}
