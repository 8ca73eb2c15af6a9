/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; and a text that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) is
 * prefixed with a single quote, as OWASP's CSV-injection guidance recommends.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
