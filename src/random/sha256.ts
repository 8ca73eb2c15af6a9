import { sha256 as jsSha256 } from '@noble/hashes/sha2';

// SHA-256 behind one function. @noble/hashes (audited, pure JavaScript) runs everywhere, in browsers
// too; in Node the same digest comes from node:crypto (OpenSSL), several times faster on the
// megabytes of a large schedule's canonical JSON. Node's module is reached through
// `process.getBuiltinModule` (Node 20.16 and later), so that nothing imports it where it does not
// exist and the browser bundle stays the same. SHA-256 is a standard (FIPS 180-4): both give the same
// 32 bytes for the same input, which test/random/sha256.test.ts checks.

interface NodeHash {
  update(data: Uint8Array | string, encoding?: 'utf8'): NodeHash;
  digest(): Uint8Array;
}

/** node:crypto's `createHash`, when this runtime is Node; otherwise undefined. */
const createHash: ((algorithm: 'sha256') => NodeHash) | undefined = (() => {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const crypto = proc?.getBuiltinModule?.('node:crypto') as
    | { createHash?: (a: 'sha256') => NodeHash }
    | undefined;
  return typeof crypto?.createHash === 'function' ? crypto.createHash : undefined;
})();

/** Below this many bytes the JavaScript digest is as fast as a call into node:crypto. */
const NATIVE_FROM = 4096;

/**
 * The SHA-256 digest of `data` (FIPS 180-4): node:crypto's in Node for inputs of 4 KiB and more,
 * `@noble/hashes`' otherwise and everywhere else; the same 32 bytes either way.
 *
 * @param data - the bytes to hash.
 * @returns the 32-byte digest.
 */
export function sha256(data: Uint8Array): Uint8Array {
  if (createHash === undefined || data.length < NATIVE_FROM) return jsSha256(data);
  return new Uint8Array(createHash('sha256').update(data).digest());
}

/** A SHA-256 digest fed in pieces: `update` with bytes or text (UTF-8), in order, then `digest` once. */
export interface Sha256Stream {
  /** Adds bytes to the message. */
  update(data: Uint8Array): void;
  /** Adds the UTF-8 bytes of well-formed text to the message (a lone surrogate would be encoded as U+FFFD: check first). */
  updateText(text: string): void;
  /** The 32-byte digest of everything added. */
  digest(): Uint8Array;
}

/** Text up to this many UTF-16 code units is encoded into one reused buffer (3 bytes at most per unit). */
const TEXT_BUFFER = 1 << 16;

/** The buffer the portable stream encodes text into: one for the module, made at its first use. */
let textBuffer: Uint8Array | undefined;

/**
 * A SHA-256 fed in pieces (FIPS 180-4): node:crypto's in Node, `@noble/hashes`' elsewhere; the digest
 * of the pieces is `sha256` of their concatenation. Hashing a long text piece by piece never holds
 * its whole UTF-8 encoding, nor the whole text when its writer gives it in pieces.
 *
 * In Node the text goes to node:crypto as it is, which encodes it as UTF-8 itself: no bytes are made
 * in JavaScript. Elsewhere it is encoded into one buffer shared by every stream (the hash has
 * consumed it when `updateText` returns), so that a seal of fifty leaves does not take fifty fresh
 * buffers of 192 KiB.
 *
 * @param options - `portable: true` takes `@noble/hashes` even in Node (what a browser runs; for tests).
 */
export function sha256Stream(options: { portable?: boolean } = {}): Sha256Stream {
  if (createHash !== undefined && options.portable !== true) {
    const hash = createHash('sha256');
    return {
      update: (data) => {
        hash.update(data);
      },
      updateText: (text) => {
        hash.update(text, 'utf8');
      },
      digest: () => new Uint8Array(hash.digest()),
    };
  }
  const hash = jsSha256.create();
  const encoder = new TextEncoder();
  return {
    update: (data) => {
      hash.update(data);
    },
    updateText: (text) => {
      if (text.length > TEXT_BUFFER) {
        hash.update(encoder.encode(text));
        return;
      }
      textBuffer ??= new Uint8Array(3 * TEXT_BUFFER);
      hash.update(textBuffer.subarray(0, encoder.encodeInto(text, textBuffer).written));
    },
    digest: () => hash.digest(),
  };
}
