/**
 * Round axis ticks for counts, from 0 to at least `max`: a whole step of 1, 2 or 5 times a power of
 * ten, chosen so there are at most `count` intervals (Heckbert, "Nice numbers for graph labels",
 * Graphics Gems, 1990).
 */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.max(0, Math.floor(Math.log10(raw)));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks = [0];
  while (ticks.at(-1)! < max - 1e-9) ticks.push(ticks.length * step);
  return ticks;
}
