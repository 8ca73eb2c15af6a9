// "Did you mean": the closest of a list of names to a name that matched none.

/** The edit distance of two texts, by code point (Levenshtein). */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[y.length]!;
}

/**
 * The candidate closest to `text`: one that contains it or is contained in it (two characters or
 * more), or one at most two edits from it (one for a two-character text); the first of the closest.
 */
export function closest(text: string, candidates: readonly string[]): number {
  const most = Math.min(2, [...text].length - 1);
  let best = -1;
  let bestScore = Number.POSITIVE_INFINITY;
  candidates.forEach((c, i) => {
    const contains = [...text].length >= 2 && [...c].length >= 2 && (c.includes(text) || text.includes(c));
    const score = contains ? 1 : editDistance(text, c);
    if ((contains || score <= most) && score < bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}
