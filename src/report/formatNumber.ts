/** `x` with `digits` decimals; never `-0.00`. */
export function fixed(x: number, digits = 2): string {
  const text = x.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/** `x` with `digits` decimals and an explicit sign (`+0.50`, `−0.60` with a minus sign, `0.00`). */
export function signed(x: number, digits = 2): string {
  const text = fixed(x, digits);
  if (/^0\.?0*$/.test(text)) return text;
  return text.startsWith('-') ? `\u2212${text.slice(1)}` : `+${text}`;
}

/** A probability as a percentage with `digits` decimals: `0.2637` -> `26.4%`. */
export function percent(p: number, digits = 1): string {
  return `${fixed(p * 100, digits)}%`;
}

/** A probability range as percentages, one value when both ends agree: `12.8–26.4%`. */
export function percentRange(min: number, max: number, digits = 1): string {
  const a = fixed(min * 100, digits);
  const b = fixed(max * 100, digits);
  return a === b ? `${a}%` : `${a}\u2013${b}%`;
}

export { plural } from '../text/plural.js';
