/**
 * An English count with its noun, plural unless it is 1: `1 period`, `51 periods`, `0 visits`.
 * Chinese has no plural and never needs it.
 *
 * @param n - the count.
 * @param word - the noun in the singular.
 */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
