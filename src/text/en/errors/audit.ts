// The messages of the audit layer (src/audit, src/random): canonical JSON, hashes, seeds, secrets, seals.

const q = (value: unknown) => JSON.stringify(value);
const SECRET_KIND = { decimal: 'decimal digits', hex: 'hex digits', base64: 'base64 characters' } as const;

/** Messages about canonical JSON, hashes, seeds and seals. */
export const audit = {
  /** A message about the whole value (no path): `the value is undefined, ...`. */
  theValue: (message: string) => `the value ${message}`,
  jsonSurrogate: 'contains a lone UTF-16 surrogate, which is not valid Unicode (RFC 8785 section 3.1)',
  notFinite: (value: number) => `is ${value}; JSON has no NaN or Infinity (RFC 8785 section 3.2.2.3)`,
  undefinedValue: 'is undefined, which JSON cannot represent',
  bigint: (value: bigint) => `is the bigint ${value}n; write it as a string or a number`,
  symbol: 'is a symbol, which JSON cannot represent',
  function: 'is a function, which JSON cannot represent',
  cycle: 'refers back to an object that contains it (a cycle); JSON cannot represent it',
  tooDeep: (levels: number) => `is nested more than ${levels} levels deep`,
  /** `kind`: the constructor's name, or undefined. */
  notPlainJson: (kind: string | undefined) => `is a ${kind || 'non-plain object'}, not plain JSON data`,
  /** Why a secret is weak, then what a secret needs. */
  weakSecret: (why: string, bits: number) =>
    `${why}; a secret must carry at least ${bits} bits of entropy so that its commitment cannot ` +
    'be opened by trying guesses. Generate one with generateSecret() or `fairdraw commit`',
  secretCharacters:
    'must be written as hex, decimal or base64 characters (A-Z a-z 0-9 + / - _), with no spaces or other symbols',
  /** `kind`: the characters of the secret, or the size of their alphabet. */
  secretShort: (length: number, kind: keyof typeof SECRET_KIND | number, bits: number, needed: number) =>
    `is ${length} ${typeof kind === 'number' ? `characters from an alphabet of ${kind}` : SECRET_KIND[kind]}, at most ${bits} bits of entropy; it needs at least ${needed} such characters`,
  secretRepeats: 'repeats a few characters too often to be random',
  secretBlock: 'is a shorter block repeated',
  secretRun: (most: number) =>
    `contains more than ${most} characters in a row that repeat or count up or down`,
  randomBytes: (bytes: number) => `must return ${bytes} bytes as a Uint8Array`,
  randomPatterned: (times: number) =>
    `returned patterned bytes ${times} times in a row; the random source is broken`,
  seedObject: 'must be an object { secret, public, commitment }',
  noNul: 'must not contain U+0000',
  commitmentMismatch: (commitment: string, published: string) =>
    `${commitment} is not the commitment published before the draw (${published})`,
  publicMismatch: (value: string, published: string) =>
    `${q(value)} is not the public value fixed after the commitment ` +
    `(${q(published)}); the draw must use the value announced in public, character for character`,
  inputHashMismatch: (hash: string, published: string) =>
    `the input hashes to ${hash}, but ${published} was published with the commitment: ` +
    'the input was changed after the commitment',
  secretDoesNotOpen: (opened: string, commitment: string) =>
    `does not open seed.commitment: its commitment is ${opened}, the published one is ${commitment}; ` +
    'this is not the secret that was committed to',
  /** `kind`: `null`, `array` or a `typeof`. */
  inputNotObject: (kind: string) =>
    `the plan input must be a JSON object, got ${kind === 'array' ? 'an array' : kind}`,
  inputNotPlain: 'the plan input must be a plain JSON object',
  leavesNotArray: 'must be an array of leaf hashes',
  leavesEmpty: 'must hold at least one leaf',
  indexBelow: (leaves: number, got: number) => `must be below the number of leaves ${leaves}, got ${got}`,
  notCanonical: 'must be canonical JSON (RFC 8785), exactly as canonicalJson writes it',
  atLeast1: 'must be at least 1',
  notString: (type: string) => `must be a string, got ${type}`,
  utf8Surrogate: 'contains a lone UTF-16 surrogate, which has no UTF-8 encoding',
  /** `got`: the value as JSON, or its type. */
  notSha256: (got: string) => `must be a SHA-256 digest written as 64 lower-case hex digits, got ${got}`,
  notIndex: (got: string) => `must be a non-negative integer, got ${got}`,
  seedPart: (got: string) => `must be a string or a safe integer, got ${got}`,
};
