import { FairdrawError } from '../model/FairdrawError.js';
import { canonicalJson } from './canonicalJson.js';
import { checkText } from './textChecks.js';

/**
 * Checks that `text` is canonical JSON exactly as `canonicalJson` writes it (RFC 8785):
 * `canonicalJson(JSON.parse(text)) === text`. Leaves hash the text they are given, so a text that is
 * not canonical would commit to bytes a verifier cannot re-derive.
 *
 * @throws FairdrawError (`invalid-input`) naming `field`.
 */
export function checkCanonical(text: string, field: string): void {
  checkText(text, field);
  let canonical: string | undefined;
  try {
    canonical = canonicalJson(JSON.parse(text));
  } catch {
    canonical = undefined;
  }
  if (canonical !== text) {
    throw new FairdrawError(
      'invalid-input',
      field,
      'must be canonical JSON (RFC 8785), exactly as canonicalJson writes it',
    );
  }
}
