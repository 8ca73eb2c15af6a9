import { english, type Phrase } from './FairdrawError.js';

// "Did you mean": the closest of a list of names to a name that matched none.

/**
 * The edit distance of two texts, by code point: insertions, deletions, substitutions and
 * transpositions of two neighbours each count one (Damerau–Levenshtein, optimal string alignment).
 */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        current[j] = Math.min(current[j]!, before[j - 2]! + 1);
      }
    }
    before = previous;
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

/** A unit or an inspector as a "did you mean" hint knows it: its id, and its name when it has one. */
export interface Named {
  readonly id: string;
  readonly name?: string | undefined;
}

/** Ids this short get no suggestion by edits: two edits would be half of them. */
const SHORTEST_FOR_EDITS = 4;

/**
 * The "did you mean" hint appended to the message of an id that names none of `known` (a unit's or
 * an inspector's), in every language; it writes nothing when there is no one clear guess:
 * - `text` is the name of exactly one of them: `; did you mean "ps-chengguan" (its name is 城关派出所)?`;
 * - else `text` and the id are both four characters or more and exactly one id is the fewest edits
 *   away, one or two (Damerau–Levenshtein: a swap of two neighbours is one edit):
 *   `; did you mean "ps-luohe"?`.
 * A name that several of them share, or two ids equally near, gives no hint.
 */
export function hint(text: string, known: readonly Named[]): Phrase {
  const named = new Set(known.filter((k) => k.name === text).map((k) => k.id));
  if (named.size === 1) {
    const id = [...named][0]!;
    return (t) => t.plan.didYouMeanName(id, text);
  }
  if (named.size > 1 || [...text].length < SHORTEST_FOR_EDITS) return () => '';
  let best = 3;
  let guesses = new Set<string>();
  for (const { id } of known) {
    if ([...id].length < SHORTEST_FOR_EDITS) continue;
    const d = editDistance(text, id);
    if (d < best) {
      best = d;
      guesses = new Set([id]);
    } else if (d === best) guesses.add(id);
  }
  if (guesses.size !== 1) return () => '';
  const id = [...guesses][0]!;
  return (t) => t.plan.didYouMean(id);
}

/** The English of {@link hint}: the hint appended to the message, or `''` when there is no one clear guess. */
export function didYouMean(text: string, known: readonly Named[]): string {
  return english(hint(text, known));
}
