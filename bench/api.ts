/**
 * The sampling functions the benchmarks call, loaded with {@link optionalModule} so that a group
 * whose module is not in the tree yet is skipped rather than breaking the run (modules are written
 * concurrently). Signatures as in DESIGN.md and the issues.
 */
import type { Rng } from '../src/random/Rng.js';
import type { Design } from '../src/sampling/Design.js';
import { type Loaded, optionalModule } from './fixtures.js';

export type Sampler = (pi: ArrayLike<number>, rng: Rng) => number[];
export type InclusionProbabilities = (
  weights: readonly number[],
  n: number,
  bounds?: { min?: number; max?: number },
) => number[];
export type DrawSample = (
  pi: readonly number[],
  options: { seed: string; design?: Design; strata?: readonly (string | number)[] },
) => number[];

/**
 * Loads a function exported from `src/<path>.ts` under the first of `names` that exists (the brief
 * and the tree may spell it differently, e.g. `pivotalSample` or `pivotal`), or says why it cannot.
 */
export async function loadExport<T>(path: string, ...names: string[]): Promise<Loaded<T>> {
  const m = await optionalModule<Record<string, unknown>>(path);
  if (!m.ok) return m;
  for (const name of names) {
    const f = m.mod[name];
    if (typeof f === 'function') return { ok: true, mod: f as T };
  }
  return { ok: false, why: `src/${path}.ts exports none of ${names.join(', ')}` };
}

export const loadInclusionProbabilities = (): Promise<Loaded<InclusionProbabilities>> =>
  loadExport('sampling/inclusionProbabilities', 'inclusionProbabilities');
export const loadDrawSample = (): Promise<Loaded<DrawSample>> =>
  loadExport('sampling/drawSample', 'drawSample');
export const loadPivotal = (): Promise<Loaded<Sampler>> =>
  loadExport('sampling/pivotal', 'pivotalSample', 'pivotal');
export const loadSystematic = (): Promise<Loaded<Sampler>> =>
  loadExport('sampling/systematic', 'systematicSample', 'systematic');
export const loadMaxent = (): Promise<Loaded<Sampler>> =>
  loadExport('sampling/maxent/maxentSample', 'maxentSample');
