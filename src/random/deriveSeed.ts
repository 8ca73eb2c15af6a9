import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { FairdrawError } from '../model/FairdrawError.js';
import { sha256 } from './sha256.js';

const DOMAIN = utf8ToBytes('fairdraw/seed/v1');
const TAG_STRING = 0x73; // 's'
const TAG_INTEGER = 0x6e; // 'n'

/** One coordinate of a draw: a purpose label, a period index, a stratum name. */
export type SeedPart = string | number;

/**
 * Derives the sub-seed of one draw from the master seed and the draw's coordinates.
 *
 * The bytes hashed are `"fairdraw/seed/v1" 0x00`, then for the master and each part in order:
 * a tag byte (`0x73` string, `0x6e` integer written in decimal ASCII), the 4-byte big-endian length
 * of the UTF-8 bytes, and the bytes. The SHA-256 digest (FIPS 180-4) is returned as 64 lower-case
 * hex digits, so any draw can be re-derived alone from the master seed and its path.
 *
 * @param master - the schedule's master seed.
 * @param path - the draw's coordinates, e.g. `('routine', 12)`; integers must be safe integers.
 * @returns the sub-seed as lower-case hex.
 * @throws {@link FairdrawError} `invalid-input` naming `master` or `path[i]` when a part is neither a
 *   string nor a safe integer.
 */
export function deriveSeed(master: string, ...path: readonly SeedPart[]): string {
  const chunks: Uint8Array[] = [DOMAIN, Uint8Array.of(0)];
  const parts = [master, ...path];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    let tag: number;
    let text: string;
    if (typeof part === 'number' && Number.isSafeInteger(part)) {
      tag = TAG_INTEGER;
      text = String(part);
    } else if (typeof part === 'string') {
      tag = TAG_STRING;
      text = part;
    } else {
      const got = String(part);
      throw new FairdrawError('invalid-input', k === 0 ? 'master' : `path[${k - 1}]`, (t) =>
        t.audit.seedPart(got),
      );
    }
    const bytes = utf8ToBytes(text);
    const header = new Uint8Array(5);
    header[0] = tag;
    new DataView(header.buffer).setUint32(1, bytes.length, false);
    chunks.push(header, bytes);
  }
  let total = 0;
  for (const c of chunks) total += c.length;
  const message = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    message.set(c, offset);
    offset += c.length;
  }
  return bytesToHex(sha256(message));
}
