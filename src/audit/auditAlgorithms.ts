/**
 * Ids and versions of the audit formats, for the schedule's manifest. Any change to the bytes one of
 * them hashes is a new version, never a silent change (see `docs/audit.md`).
 */
export const AUDIT_ALGORITHMS = {
  /** `hashInput`: SHA-256 of the RFC 8785 canonical JSON of the input without `seed`. */
  inputHash: 'jcs-sha256@1',
  /** `commitSeed`: SHA-256 over `"fairdraw/commit/v1" 0x00 seed`. */
  seedCommitment: 'fairdraw/commit/v1',
  /** `effectiveSeed`: SHA-256 over `"fairdraw/effective-seed/v1" 0x00 secret 0x00 public 0x00 inputHash`. */
  effectiveSeed: 'fairdraw/effective-seed/v1',
  /**
   * `periodSalt`, `periodLeafV2`, `merkleRoot`, `merkleProof`: salted leaves, each over a period's visits
   * and the names they name, in an RFC 6962 tree.
   */
  periodCommitment: 'fairdraw/period/v2+rfc6962',
  /**
   * `sealSchedule`: `manifest.scheduleHash` is `sealHeadV3(T + 1, merkleRoot(period leaves 0..T-1, summary leaf))`
   * (docs/spec.md, "The seal"). Recorded in `manifest.algorithms.seal`. Version 2 put the names of
   * the units and inspectors a period's visits name into the period's leaf (`periodLeafV2`); version 3
   * keeps those leaves and seals the schedule format in which each unit points into one table of
   * distinct probability vectors (`profiles`) instead of listing its own.
   */
  seal: 'fairdraw/seal/v3+rfc6962',
} as const;

/**
 * The seal formats of earlier schedules that this library still checks, opens and reveals, newest
 * first: `fairdraw/seal/v2+rfc6962` (leaves as v3, `sealHeadV2`; each unit lists its own
 * `probabilities`) and `fairdraw/seal/v1+rfc6962` (period leaves over the visits alone, `periodLeaf`
 * and `sealHead`; its schedules carry no names either).
 */
export const EARLIER_SEALS = ['fairdraw/seal/v2+rfc6962', 'fairdraw/seal/v1+rfc6962'] as const;
