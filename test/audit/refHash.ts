import { createHash } from 'node:crypto';

/**
 * Independent reference for the byte formats of docs/audit.md: Node's own SHA-256 (OpenSSL), fed the
 * bytes exactly as the documentation spells them, so the tests check the formats, not just
 * that the library agrees with itself.
 */
export function refSha256(...parts: (string | Uint8Array | number[])[]): string {
  const hash = createHash('sha256');
  for (const part of parts)
    hash.update(typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part));
  return hash.digest('hex');
}
