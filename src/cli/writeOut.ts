import { fileError } from './fileError.js';
import { writeFileAtomic } from './writeFileAtomic.js';

/** Writes an output file atomically; a path that cannot be written is bad input (exit 2) naming it. */
export function writeOut(path: string, text: string): void {
  try {
    writeFileAtomic(path, text);
  } catch (e) {
    throw fileError(path, 'cannot write file', e);
  }
}
