import { readFileSync } from 'node:fs';
import { FairdrawError } from '../model/FairdrawError.js';
import { fileError } from './fileError.js';

/**
 * Reads and parses a JSON file; a file that cannot be read or parsed is bad input (a FairdrawError
 * naming the path).
 */
export function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw fileError(path, 'cannot read file', e);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new FairdrawError('invalid-input', path, `not valid JSON (${(e as Error).message})`);
  }
}
