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
