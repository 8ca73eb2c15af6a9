import type { Rng } from '../random/Rng.js';

/** Recusal rules; `homeUnit` always applies, `region` also recuses from every unit of the home region. */
export type RecusalRule = 'homeUnit' | 'region';

/** How {@link assignInspectors} forms teams. */
export interface AssignOptions {
  /** Inspectors per visit (the plan's `team.size`, default 2). */
  teamSize: number;
  /** Recusal rules in force; `homeUnit` applies whether listed or not. */
  recusal: readonly RecusalRule[];
  /** The random source of this draw (a sub-seeded generator; see `docs/assign.md` for its use). */
  rng: Rng;
}
