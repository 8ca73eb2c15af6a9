import { utf8ToBytes } from '@noble/hashes/utils';
import { sha256 } from '../random/sha256.js';
import { type Html, html } from './html.js';

/**
 * The report page's only style sheet, inlined in a `<style>` element whose SHA-256 the page's
 * Content-Security-Policy allows (CSP Level 3, hash-source; see {@link cspMeta}). System fonts
 * only: nothing is fetched. The font stack covers Chinese (Noto Sans CJK SC, Source Han Sans SC,
 * Microsoft YaHei, PingFang SC): after the Latin fonts on an English page, so that a Chinese name
 * never shows as empty boxes, and first on a `lang="zh-CN"` page. Written in the code, it goes into
 * the page as it is.
 */
export const REPORT_CSS = html`
:root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --soft: #f5f7fa; --accent: #0b4f8a; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: var(--ink); background: #fff; }
html:lang(zh-CN) #table-rules td:first-child { white-space: nowrap; }
html:lang(zh-CN) { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
body { margin: 0; line-height: 1.5; font-size: 15px; }
header.top { background: var(--accent); color: #fff; padding: 28px 0 22px; }
header.top p { margin: 4px 0 0; opacity: .9; }
.wrap { max-width: 1000px; margin: 0 auto; padding: 0 24px; }
h1 { font-size: 26px; margin: 0; font-weight: 650; letter-spacing: -.01em; }
h2 { font-size: 19px; margin: 36px 0 6px; padding-top: 12px; border-top: 1px solid var(--line); }
h3 { font-size: 15px; margin: 18px 0 6px; }
p.lead, .note { color: var(--muted); margin: 4px 0 12px; }
.promise { background: var(--soft); border-left: 4px solid var(--accent); padding: 12px 18px; margin: 20px 0; }
.promise p { margin: 8px 0; }
.promise h2 { border-top: 0; margin-top: 0; padding-top: 0; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; margin: 18px 0; }
@media (max-width: 640px) { .cards { grid-template-columns: 1fr 1fr; } }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
.card .n { font-size: 24px; font-weight: 650; display: block; font-variant-numeric: tabular-nums; }
.card .k { color: var(--muted); font-size: 13px; }
.card.bad { border-color: #c0392b; background: #fdf0ee; }
dl.manifest { display: grid; grid-template-columns: max-content 1fr; gap: 3px 16px; margin: 8px 0; font-size: 13px; }
dl.manifest dt { color: var(--muted); }
dl.manifest dd { margin: 0; font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace; overflow-wrap: anywhere; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 8px 0 4px; font-variant-numeric: tabular-nums; }
caption { text-align: left; color: var(--muted); padding: 4px 0; caption-side: top; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: middle; }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; }
td.bad { color: #c0392b; font-weight: 600; }
td.nowrap { white-space: nowrap; }
.tag { display: inline-block; font-size: 11px; padding: 0 5px; border: 1px solid var(--muted); border-radius: 3px; color: var(--muted); }
#table-units th, #table-units td { padding: 4px 5px; }
#table-units .note { font-size: 12px; margin: 0; }
#table-units .kinds { white-space: nowrap; }
ul.notes { margin: 6px 0 12px; padding-left: 20px; font-size: 13px; }
tbody tr:hover { background: #fafbfc; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; vertical-align: baseline; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 13px; color: var(--muted); margin: 6px 0; }
svg.chart { max-width: 100%; height: auto; display: block; margin: 6px 0; }
svg.chart text { font-family: inherit; fill: var(--ink); }
svg.chart .tick { font-size: 11px; fill: var(--muted); }
svg.chart .label { font-size: 12px; }
svg.chart .value { font-size: 12px; fill: var(--muted); }
svg.chart .grid { stroke: #e4e7eb; stroke-width: 1; }
svg.chart .band { fill: #e4e7eb; }
svg.chart .realised { fill: #1f2933; stroke: #fff; stroke-width: 1.5; }
svg.chart .other { fill: #fff; stroke: #1f2933; stroke-width: 1.5; }
svg.chart .mean { stroke: #1f2933; stroke-dasharray: 4 3; stroke-width: 1.2; }
svg.chart g:hover .label { font-weight: 600; }
svg.spark { vertical-align: middle; margin-left: 6px; }
svg.spark polyline { fill: none; stroke: var(--accent); stroke-width: 1.3; }
code { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 90%; }
details summary { cursor: pointer; color: var(--accent); margin: 8px 0; }
footer { margin: 40px 0 30px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 13px; }
@media print { header.top { background: none; color: var(--ink); } .promise { break-inside: avoid; } svg.chart { break-inside: avoid; } }
section.sheet h2, section.unassigned h2 { margin-top: 28px; }
section.sheet .lead { font-weight: 600; color: var(--ink); }
p.sign { margin: 28px 0 8px; color: var(--muted); }
@media print { section.sheet + section.sheet, section.sheet + section.unassigned { break-before: page; } section.sheet h2 { border-top: 0; margin-top: 0; } section.sheet tr { break-inside: avoid; } }
`;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/**
 * The page's Content-Security-Policy, as its `<meta http-equiv>` element: nothing may load, only
 * {@link REPORT_CSS} applies (by its SHA-256, in base64), no `<base>`, no form target.
 */
export function cspMeta(): Html {
  const hash = cspHash(REPORT_CSS.html);
  return html`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'">`;
}

/** The CSP hash-source of an inline element's text: its SHA-256, in base64. */
export function cspHash(text: string): string {
  return base64(sha256(utf8ToBytes(text)));
}
