import { RNG_ALGORITHM } from '../random/createRng.js';
import { DESIGN_VERSIONS, DESIGNS } from '../sampling/Design.js';
import { VERSION } from '../version.js';
import { SEAL_FORMATS } from './seal.js';

/** The versions whose schedules `verify` can re-derive. */
export interface SupportedVersions {
  /** `manifest.library` values: the libraries whose schedules this one reproduces byte for byte. */
  library: readonly string[];
  /** `manifest.rng` values. */
  rng: readonly string[];
  /** `manifest.algorithms[step]` values, per step. */
  algorithms: Readonly<Record<string, readonly string[]>>;
}

/**
 * What this library implements. `verify` answers "unsupported" (never "different") for a schedule whose
 * manifest names anything else. Rules for maintainers:
 *
 * - A change to a draw's output is a new version of that step (`routine=...@2`), never a silent change.
 *   Keep the old version listed only while the code can still run it for old schedules.
 * - A new library release whose steps all draw the same keeps the earlier `fairdraw@x.y.z` values
 *   listed here, so that their schedules still verify (the library field is then taken as recorded).
 * - A step that is not listed here (one added to the manifest later) is supported in exactly the
 *   version the current code writes.
 * - Every design draws in the versions `DESIGN_VERSIONS` lists, and `plan` writes the newest
 *   (`pivotal+type@2`, `systematic@2`, `maxent@1`; `campaign-draw@2`, or `campaign-draw@1` when every
 *   campaign is `maxent`). A step recorded in an earlier version than the one `plan` writes for the
 *   same input (`campaign-draw@1` with a `pivotal` campaign) is also "unsupported" (`withdrawnVersions`).
 * - `pivotal@1` and `systematic@1` (and so `pivotal+type@1`, ..., and `campaign-draw@1` with a `pivotal`
 *   or `systematic` campaign) existed only before the first release and were withdrawn: no published
 *   schedule holds them, and they are no longer listed.
 */
export const SUPPORTED_VERSIONS: SupportedVersions = {
  library: [`fairdraw@${VERSION}`],
  rng: [RNG_ALGORITHM],
  algorithms: {
    seed: ['sha256-path@1'],
    routine: [
      'horizon-flow+type@1',
      'horizon-flow@1',
      // every version of every design: pivotal@2, pivotal+type@2, ..., maxent@1, maxent+type@1
      ...DESIGNS.flatMap((design) =>
        DESIGN_VERSIONS[design].flatMap((v) => [`${design}+type@${v}`, `${design}@${v}`]),
      ),
    ],
    dates: ['spread-shuffle@1', 'spread-shuffle+gap@1'],
    inspectors: ['assign-flow@1'],
    // fairdraw/seal/v3+rfc6962, and v2 (units list their probabilities) and v1 (period leaves without
    // names) for schedules sealed before it
    seal: SEAL_FORMATS,
    cap: ['horizon-fix-rescale@1'],
    // @1: every campaign is maxent (maxent@1); @2: some campaign drew pivotal@2 or systematic@2
    campaigns: ['campaign-draw@1', 'campaign-draw@2'],
    directed: ['directed-first-workday@1'],
    findings: ['deadline-follow-up@1'],
    replan: ['replan-from-period@1'],
  },
};
