import { bytesToHex, concatBytes, utf8ToBytes } from '@noble/hashes/utils';
import { FairdrawError } from '../model/FairdrawError.js';
import { deriveSeed } from '../random/deriveSeed.js';
import { sha256, sha256Stream } from '../random/sha256.js';
import { canonicalJson, canonicalJsonPieces } from './canonicalJson.js';
import { checkIndex, checkSha256Hex, checkText } from './textChecks.js';

// The seal of a schedule (docs/spec.md section 5): the salted leaves of its periods and of its summary,
// and the tree head over their Merkle root (`merkle.ts`) that is published as `manifest.scheduleHash`.

/** RFC 6962 section 2.1: the prefix of a leaf's hash input (inner nodes take 0x01). */
const LEAF_PREFIX = Uint8Array.of(0x00);

/** `SHA-256(0x00 || UTF-8(fields joined by 0x00))` as lower-case hex: a leaf hash in RFC 6962's sense. */
function leafHash(fields: readonly string[]): string {
  return bytesToHex(sha256(concatBytes(LEAF_PREFIX, utf8ToBytes(fields.join('\u0000')))));
}

/**
 * Checks that `text` is canonical JSON exactly as `canonicalJson` writes it (RFC 8785):
 * `canonicalJson(JSON.parse(text)) === text`. Leaves hash the text they are given, so a text that is
 * not canonical would commit to bytes a verifier cannot re-derive.
 *
 * @throws FairdrawError (`invalid-input`) naming `field`.
 */
function checkCanonical(text: string, field: string): void {
  checkText(text, field);
  let canonical: string | undefined;
  try {
    canonical = canonicalJson(JSON.parse(text));
  } catch {
    canonical = undefined;
  }
  if (canonical !== text) {
    throw new FairdrawError('invalid-input', field, (t) => t.audit.notCanonical);
  }
}

/**
 * The salt of period `periodIndex`'s commitment: `deriveSeed(seed, 'reveal-salt', periodIndex)`
 * (256 bits, 64 lower-case hex digits). Derived from the schedule's master seed (the effective seed in
 * the commit-reveal form), it is unknown to the public until the period is revealed, so a period's
 * leaf cannot be opened by trying the few million possible visit sets; revealing one period's salt
 * says nothing about the others' (SHA-256 is one-way).
 *
 * @param seed - the master seed of the schedule (never revealed with the salt).
 * @param periodIndex - the period, 0-based.
 * @returns the salt as lower-case hex.
 * @throws FairdrawError (`invalid-input`) naming `seed` or `periodIndex`.
 */
export function periodSalt(seed: string, periodIndex: number): string {
  checkText(seed, 'seed');
  return deriveSeed(seed, 'reveal-salt', checkIndex(periodIndex, 'periodIndex'));
}

/**
 * The Merkle leaf hash committing to one period's visits, in the seal format `fairdraw/seal/v1+rfc6962`
 * (schedules sealed before names were carried; `periodLeafV2` is the current one):
 * `SHA-256(0x00 || "fairdraw/period/v1" || 0x00 || salt || 0x00 || decimal(periodIndex) || 0x00 || visitsCanonicalJson)`,
 * UTF-8 throughout, as 64 lower-case hex digits. The leading 0x00 is RFC 6962's leaf prefix (inner
 * nodes take 0x01, see `merkleRoot`), so a leaf can never be passed off as an inner node; the index
 * inside the leaf pins it to its period; the secret salt (`periodSalt`) keeps anyone from opening it
 * by trying every possible visit set before the reveal. The fields hold no 0x00 (the salt is hex,
 * canonical JSON escapes U+0000), so the encoding is unambiguous.
 *
 * @param salt - `periodSalt(seed, periodIndex)`.
 * @param periodIndex - the period, 0-based.
 * @param visitsCanonicalJson - the period's visits as canonical JSON (see `canonicalJson`).
 * @returns the leaf hash as lower-case hex.
 * @throws FairdrawError (`invalid-input`) naming `salt`, `periodIndex` or `visitsCanonicalJson`
 *   (which must be canonical: `canonicalJson(JSON.parse(text)) === text`).
 */
export function periodLeaf(salt: string, periodIndex: number, visitsCanonicalJson: string): string {
  checkSha256Hex(salt, 'salt');
  checkIndex(periodIndex, 'periodIndex');
  checkCanonical(visitsCanonicalJson, 'visitsCanonicalJson');
  return leafHash(['fairdraw/period/v1', salt, String(periodIndex), visitsCanonicalJson]);
}

/**
 * The Merkle leaf hash committing to one period's visits and the names they name, in the seal format
 * `fairdraw/seal/v2+rfc6962`:
 * `SHA-256(0x00 || "fairdraw/period/v2" || 0x00 || salt || 0x00 || decimal(periodIndex) || 0x00 || periodCanonicalJson)`,
 * UTF-8 throughout, as 64 lower-case hex digits, where `periodCanonicalJson` is the canonical JSON of
 * the object `{ "names": { "inspectors": {...}, "units": {...} }, "visits": [...] }` (docs/spec.md,
 * "The seal"). Everything else is as in `periodLeaf` (v1): the leaf prefix, the index, the secret
 * salt; only the label and what the content holds changed, so a v1 leaf can never pass for a v2 one.
 *
 * @param salt - `periodSalt(seed, periodIndex)`.
 * @param periodIndex - the period, 0-based.
 * @param periodCanonicalJson - the period's names and visits as canonical JSON (see `canonicalJson`).
 * @returns the leaf hash as lower-case hex.
 * @throws FairdrawError (`invalid-input`) naming `salt`, `periodIndex` or `periodCanonicalJson`
 *   (which must be canonical: `canonicalJson(JSON.parse(text)) === text`).
 */
export function periodLeafV2(salt: string, periodIndex: number, periodCanonicalJson: string): string {
  checkSha256Hex(salt, 'salt');
  checkIndex(periodIndex, 'periodIndex');
  checkCanonical(periodCanonicalJson, 'periodCanonicalJson');
  return leafHash(['fairdraw/period/v2', salt, String(periodIndex), periodCanonicalJson]);
}

/** The labels of the leaves, as `periodLeaf`, `periodLeafV2` and `summaryLeaf` write them. */
export type LeafLabel = 'fairdraw/period/v1' | 'fairdraw/period/v2' | 'fairdraw/summary/v1';

/**
 * The leaf hash of a value the library itself holds, written by `canonicalJson` once: the same hash as
 * `periodLeaf`, `periodLeafV2` (with `periodIndex`) or `summaryLeaf` (without) of
 * `canonicalJson(value)`, without the check that a given text is canonical (a re-parse and a second
 * writing of the whole text): `canonicalJson` wrote it, so it is. The sealing of a schedule uses it.
 *
 * @param label - the leaf's label.
 * @param salt - the leaf's salt (64 lower-case hex digits).
 * @param periodIndex - the period, for a period leaf; `undefined` for the summary leaf.
 * @param value - the leaf's content, plain JSON data.
 * @returns the leaf hash as lower-case hex.
 * @throws FairdrawError (`invalid-input`) naming `salt`, `periodIndex`, or the place in `value` that
 *   is not JSON data.
 */
export function leafOfValue(
  label: LeafLabel,
  salt: string,
  periodIndex: number | undefined,
  value: unknown,
): string {
  checkSha256Hex(salt, 'salt');
  const index = periodIndex === undefined ? [] : [String(checkIndex(periodIndex, 'periodIndex'))];
  // The same bytes as leafHash([label, salt, ...index, canonicalJson(value)]), fed in pieces: a
  // national schedule's summary is written and hashed without its whole text (or its UTF-8) held.
  const hash = sha256Stream();
  hash.update(LEAF_PREFIX);
  hash.updateText([label, salt, ...index, ''].join('\u0000'));
  canonicalJsonPieces(value, (piece) => hash.updateText(piece));
  return bytesToHex(hash.digest());
}

/**
 * The salt of the schedule's summary leaf (see `summaryLeaf`): `deriveSeed(seed, 'reveal-salt', 'summary')`
 * (256 bits, 64 lower-case hex digits). The last path element is the string `"summary"` (tag `s`), so this
 * salt can never equal a period's salt `deriveSeed(seed, 'reveal-salt', k)` (integer tag `n`). Like the
 * period salts it is unknown to the public until it is revealed, and revealing it says nothing about
 * the seed or the other salts.
 *
 * @param seed - the master seed of the schedule (the effective seed in the commit-reveal form).
 * @returns the salt as lower-case hex.
 * @throws FairdrawError (`invalid-input`) naming `seed`.
 */
export function summarySalt(seed: string): string {
  return deriveSeed(checkText(seed, 'seed'), 'reveal-salt', 'summary');
}

/**
 * The Merkle leaf hash committing to everything of a schedule that is not inside a period leaf (its
 * "summary": manifest, periods, units, types, inspector loads, log, and the period index of each visit):
 * `SHA-256(0x00 || "fairdraw/summary/v1" || 0x00 || salt || 0x00 || summaryCanonicalJson)`, UTF-8
 * throughout, as 64 lower-case hex digits. The leading 0x00 is RFC 6962's leaf prefix (inner nodes
 * take 0x01); the domain label keeps it apart from a period leaf (`"fairdraw/period/v1"`); the secret
 * salt (`summarySalt`) keeps anyone from guessing the yearly counts it commits to before it is revealed.
 *
 * @param salt - `summarySalt(seed)`.
 * @param summaryCanonicalJson - the summary as canonical JSON (see `canonicalJson`).
 * @returns the leaf hash as lower-case hex.
 * @throws FairdrawError (`invalid-input`) naming `salt` or `summaryCanonicalJson` (which must be
 *   canonical: `canonicalJson(JSON.parse(text)) === text`).
 */
export function summaryLeaf(salt: string, summaryCanonicalJson: string): string {
  checkSha256Hex(salt, 'salt');
  checkCanonical(summaryCanonicalJson, 'summaryCanonicalJson');
  return leafHash(['fairdraw/summary/v1', salt, summaryCanonicalJson]);
}

/**
 * The seal of a schedule in the format `fairdraw/seal/v1+rfc6962` (`sealHeadV3` is the current one),
 * published as `manifest.scheduleHash`: a tree head binding the RFC 6962 Merkle root of its leaves to
 * their number,
 * `SHA-256("fairdraw/seal/v1" || 0x00 || decimal(leafCount) || 0x00 || rootHex)`, UTF-8, as 64 lower-case
 * hex digits.
 *
 * RFC 6962 signs the tree size together with the root (its signed tree head, section 3.5) because a
 * bare root does not fix the number of leaves: a prover could build a tree in which a proof for leaf k
 * walks correctly under two different leaf counts and so reveal two different leaves for the same
 * period. Hashing the count into the published value closes that door without a signature, so a
 * reveal can be checked against `scheduleHash` alone. The head starts with `f`, never with RFC 6962's
 * 0x00 (leaf) or 0x01 (node) prefix, so it cannot be mistaken for either.
 *
 * @param leafCount - the number of leaves of the tree (periods + 1 for a schedule), at least 1.
 * @param root - `merkleRoot(leaves)`.
 * @returns the head as lower-case hex.
 * @throws FairdrawError (`invalid-input`) naming `leafCount` or `root`.
 */
export function sealHead(leafCount: number, root: string): string {
  return headHash('fairdraw/seal/v1', leafCount, root);
}

/**
 * The seal of a schedule in the format `fairdraw/seal/v2+rfc6962`:
 * `SHA-256("fairdraw/seal/v2" || 0x00 || decimal(leafCount) || 0x00 || rootHex)`, as `sealHead` (v1)
 * with the label of version 2, so that a tree of v2 leaves never yields a v1 head or the reverse.
 *
 * @param leafCount - the number of leaves of the tree (periods + 1 for a schedule), at least 1.
 * @param root - `merkleRoot(leaves)`.
 * @returns the head as lower-case hex.
 * @throws FairdrawError (`invalid-input`) naming `leafCount` or `root`.
 */
export function sealHeadV2(leafCount: number, root: string): string {
  return headHash('fairdraw/seal/v2', leafCount, root);
}

/**
 * The seal of a schedule in the format `fairdraw/seal/v3+rfc6962`:
 * `SHA-256("fairdraw/seal/v3" || 0x00 || decimal(leafCount) || 0x00 || rootHex)`. Its leaves are built
 * as in version 2; version 3 seals the schedule format whose units point into a table of distinct
 * probability vectors (`profiles`, docs/spec.md §5), and its own label keeps a v3 head from ever
 * equalling a v2 one.
 *
 * @param leafCount - the number of leaves of the tree (periods + 1 for a schedule), at least 1.
 * @param root - `merkleRoot(leaves)`.
 * @returns the head as lower-case hex.
 * @throws FairdrawError (`invalid-input`) naming `leafCount` or `root`.
 */
export function sealHeadV3(leafCount: number, root: string): string {
  return headHash('fairdraw/seal/v3', leafCount, root);
}

/** `SHA-256(label || 0x00 || decimal(leafCount) || 0x00 || root)` as lower-case hex, arguments checked. */
function headHash(label: string, leafCount: number, root: string): string {
  if (checkIndex(leafCount, 'leafCount') < 1)
    throw new FairdrawError('invalid-input', 'leafCount', (t) => t.audit.atLeast1);
  checkSha256Hex(root, 'root');
  return bytesToHex(sha256(utf8ToBytes([label, String(leafCount), root].join('\u0000'))));
}
