// A test stream that serves given 32-bit words and nothing else (shared by the word-level tests).
import type { Rng } from '../../src/random/Rng.js';

/** A stream that serves the given words in order, then fails; `used()` counts the words read. */
export function scriptedWords(ws: readonly (number | bigint)[]): Rng & { used: () => number } {
  let k = 0;
  return {
    next: () => {
      throw new Error('this stream serves 32-bit words only');
    },
    nextUint32: () => {
      if (k >= ws.length) throw new Error('more words than scripted');
      return Number(ws[k++]!);
    },
    used: () => k,
  };
}
