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
 * writes none of those from data.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
