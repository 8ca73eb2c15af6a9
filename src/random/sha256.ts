import { sha256 as jsSha256 } from '@noble/hashes/sha2';

// SHA-256 behind one function. @noble/hashes (audited, pure JavaScript) runs everywhere, in browsers
// too; in Node the same digest comes from node:crypto (OpenSSL), several times faster on the
// megabytes of a large schedule's canonical JSON. Node's module is reached through
// `process.getBuiltinModule` (Node 20.16 and later), so that nothing imports it where it does not
// exist and the browser bundle stays the same. SHA-256 is a standard (FIPS 180-4): both give the same
// 32 bytes for the same input, which test/random/sha256.test.ts checks.

interface NodeHash {
  update(data: Uint8Array): NodeHash;
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
