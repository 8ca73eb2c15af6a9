import { escapeHtml } from '../escapeHtml.js';
import { percentRange } from '../formatNumber.js';

/**
 * A small line of a unit's promised probability per period (Tufte, "Beautiful Evidence", 2006),
 * on a common vertical scale `0..max` so rows can be compared.
 */
export function sparkline(probabilities: readonly number[], max: number, label: string): string {
  const width = 120;
  const height = 18;
  const n = probabilities.length;
  const top = max > 0 ? max : 1;
  const points = probabilities
    .map(
      (p, t) =>
        `${n > 1 ? ((t / (n - 1)) * (width - 2) + 1).toFixed(1) : width / 2},${(height - 2 - (p / top) * (height - 4)).toFixed(1)}`,
    )
    .join(' ');
  const positive = probabilities.filter((p) => p > 0);
  const range = positive.length > 0 ? percentRange(Math.min(...positive), Math.max(...positive)) : '0%';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="spark" data-testid="sparkline" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" role="img" aria-label="${escapeHtml(`${label}: ${range} per period`)}">` +
    `<polyline points="${points}"/></svg>`
  );
}
