import { DESIGN_VERSIONS, DESIGNS, type Design, type DesignVersion } from '../sampling/Design.js';

/**
 * The versions of the design draws a schedule is planned with (`DESIGN_VERSIONS`,
 * docs/spec/plan.md "Draw versions"). Each is a ceiling: a design draws in its newest version not
 * above it ({@link designVersion}), so `maxent`, which has version 1 only, draws `maxent@1` under both.
 */
export interface DrawVersions {
  /** The routine draw under `coordination: "independent"` (the horizon draw has no design version). */
  routine: DesignVersion;
  /** The campaign draws. */
  campaigns: DesignVersion;
}

/** The newest version any design has. */
const NEWEST: DesignVersion = Math.max(...DESIGNS.flatMap((d) => DESIGN_VERSIONS[d])) as DesignVersion;

/** The versions `plan` draws with: the newest of every design. */
export const LATEST_DRAW_VERSIONS: Readonly<DrawVersions> = { routine: NEWEST, campaigns: NEWEST };

/** The version `design` draws in under the ceiling `version`: its newest version not above it. */
export function designVersion(design: Design, version: DesignVersion): DesignVersion {
  const versions = DESIGN_VERSIONS[design].filter((v) => v <= version);
  return versions[versions.length - 1] ?? DESIGN_VERSIONS[design][0]!;
}

/**
 * The manifest id of the campaign draws, `campaign-draw@k`, `k` the newest design version any campaign
 * drew in: `campaign-draw@1` when every campaign drew in version 1 (all of them `maxent`, or the
 * ceiling 1: the draws of fairdraw before `pivotal@2`/`systematic@2`), `campaign-draw@2` when some
 * campaign drew `pivotal@2` or `systematic@2`. So a schedule whose campaigns are all `maxent` keeps the
 * id it always had.
 */
export function campaignAlgorithm(designs: readonly Design[], version: DesignVersion): string {
  const used = designs.map((d) => designVersion(d, version));
  return `campaign-draw@${Math.max(1, ...used)}`;
}

/** The version at the end of an algorithm id (`pivotal+type@2` -> 2), if it is one this library draws. */
function versionOf(id: unknown): DesignVersion | undefined {
  const m = typeof id === 'string' ? /@(\d+)$/.exec(id) : null;
  const v = m ? Number(m[1]) : Number.NaN;
  return v === 1 || v === 2 ? v : undefined;
}

/**
 * The draw versions a schedule's manifest records: the version of `algorithms.routine`
 * (`pivotal+type@1` -> 1) and of `algorithms.campaigns` (`campaign-draw@1` -> 1). A step the
 * manifest does not record (no campaigns; the horizon draw, whose id carries no design version) or
 * records in a version this library does not draw gets the newest version: `verify` has already
 * answered "unsupported" for an id outside `SUPPORTED_VERSIONS`, and re-deriving with the newest
 * version then reports any other mismatch as a difference of the id itself.
 */
export function recordedVersions(algorithms: unknown): DrawVersions {
  const record = (typeof algorithms === 'object' && algorithms !== null ? algorithms : {}) as Record<
    string,
    unknown
  >;
  const routine = typeof record.routine === 'string' && !record.routine.startsWith('horizon-flow');
  return {
    routine: (routine ? versionOf(record.routine) : undefined) ?? LATEST_DRAW_VERSIONS.routine,
    campaigns: versionOf(record.campaigns) ?? LATEST_DRAW_VERSIONS.campaigns,
  };
}
