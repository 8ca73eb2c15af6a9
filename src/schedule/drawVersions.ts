import { type Design, latestVersion } from '../sampling/Design.js';
import { childPath } from './diffJson.js';
import { type Difference, explained } from './Verification.js';

/**
 * The manifest id of the campaign draws, `campaign-draw@k`, `k` the newest design version any campaign
 * drew in (every design draws in its newest version, `DESIGN_VERSIONS`): `campaign-draw@2` when some
 * campaign drew `pivotal@2` or `systematic@2`, `campaign-draw@1` when every campaign is `maxent`
 * (`maxent@1`). So a schedule whose campaigns are all `maxent` keeps the id it always had.
 */
export function campaignAlgorithm(designs: readonly Design[]): string {
  const newest = designs.reduce((m, d) => Math.max(m, latestVersion(d)), 1);
  return `campaign-draw@${newest}`;
}

/** `pivotal+type@2` -> `['pivotal+type', 2]`; `undefined` for anything without a version. */
function splitVersion(id: unknown): [string, number] | undefined {
  const m = typeof id === 'string' ? /^(.*)@(\d+)$/.exec(id) : null;
  return m ? [m[1]!, Number(m[2])] : undefined;
}

/**
 * The steps whose recorded algorithm is an earlier version of the one this library writes for the same
 * plan (`campaign-draw@1` where it writes `campaign-draw@2`: campaigns drawn with `pivotal@1` or
 * `systematic@1`, which existed only before the first release and were withdrawn), each as a difference
 * saying so: `verify` answers "unsupported" for them, never "different", since this library can no
 * longer draw them. A later version than the one it writes is not listed here (no release wrote it).
 *
 * @param found - `manifest.algorithms` of the schedule.
 * @param expected - `manifest.algorithms` of the schedule re-derived from its input.
 */
export function withdrawnVersions(
  found: Record<string, unknown>,
  expected: Record<string, string>,
): Difference[] {
  return Object.entries(found).flatMap(([step, id]) => {
    const was = splitVersion(id);
    const now = splitVersion(expected[step]);
    if (!was || !now || was[0] !== now[0] || was[1] >= now[1]) return [];
    const current = expected[step]!;
    return [
      explained<Difference>(
        { path: childPath('manifest.algorithms', step), expected: current, found: id },
        (t) => t.verification.withdrawnVersion(step, JSON.stringify(id), current),
      ),
    ];
  });
}
