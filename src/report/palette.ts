import type { ReportType } from './FairnessReportTypes.js';
import { type Html, html } from './html.js';

/**
 * Colours of the police types in the charts: the Okabe-Ito palette, readable with every common form
 * of colour blindness (Okabe & Ito, Color Universal Design, 2008), reordered so neighbours contrast.
 * More types than colours reuse them; the tables and legends always name the type.
 */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#B8A000',
  '#555555',
];

/** The colour of the `index`-th police type. */
export function typeColour(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}

/** A small square of `colour` put before a police type's name in tables and legends. */
export function swatch(colour: string): Html {
  return html`<svg class="swatch-svg" width="10" height="10" aria-hidden="true"><rect width="10" height="10" rx="2" fill="${colour}"/></svg>`;
}

/** The legend of the police types' colours, shown above each chart that uses them. */
export function legend(types: readonly ReportType[]): Html {
  const items = types.map((t, j) => html`<span>${swatch(typeColour(j))} ${t.type}</span>`);
  return html`<div class="legend" data-testid="type-legend">${items}</div>`;
}
