import { FairdrawError } from '../../model/FairdrawError.js';
import type { HorizonNetwork } from './buildHorizonNetwork.js';
import { GRID_ONE } from './snapToGrid.js';

/**
 * Makes every near-integral total exactly integral before the random rounding, deterministically and
 * without breaking flow conservation (so period totals and every other total stay exact).
 *
 * A unit's `Lambda_i` or a cell's `E_ht` that is within `INTEGER_TOLERANCE * max(1, k)` of an integer `k`
 * counts as `k` (the rule `checkInclusion` applies to a period's sum), so the unit must get exactly `k`
 * visits. On the grid such a total can sit a few units of 2^-48 off `k` (the entries were rounded one by
 * one, or the input carried floating-point noise); left alone, the rounding would then give `k + 1` (or
 * `k - 1`) with a tiny but non-zero probability. For each such arc (`net.target[a] !== 0`) this pushes
 * flow around a cycle through it until it sits exactly on its bound: the cycle is found by a depth-first
 * search (adjacency in arc-id order) over arcs with residual room, where a near-integral arc may only move
 * towards its own bound and no arc may leave `[0, GRID_ONE]`. The entries on the cycle move by the same
 * tiny amount (at most the distance that was corrected), so the delivered probabilities stay within
 * that distance of `pi`; integral arcs are never touched. No randomness is used.
 *
 * @param net - the network from `buildHorizonNetwork`; `flow` is modified in place.
 * @throws FairdrawError (`infeasible`, path `pi`) if no such cycle exists (not seen on any input).
 */
export function pinNearIntegral(net: HorizonNetwork): void {
  const ONE = GRID_ONE;
  const { nodeCount, arcCount: E, tail, head, flow, target } = net;
  let any = false;
  for (let a = 0; a < E && !any; a++) if (target[a] !== 0) any = true;
  if (!any) return;

  const ends = new Int32Array(2 * E);
  for (let a = 0; a < E; a++) {
    ends[2 * a] = tail[a]!;
    ends[2 * a + 1] = head[a]!;
  }
  const start = new Int32Array(nodeCount + 1);
  for (let he = 0; he < 2 * E; he++) start[ends[he]! + 1]!++;
  for (let v = 0; v < nodeCount; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, nodeCount);
  const adj = new Int32Array(2 * E);
  for (let he = 0; he < 2 * E; he++) adj[fill[ends[he]!]!++] = he;

  /** Room to move arc `he >> 1` along half-edge `he` (even: tail -> head, flow up; odd: flow down). */
  const residual = (he: number): number => {
    const a = he >> 1;
    const f = flow[a]!;
    if (f <= 0 || f >= ONE) return 0;
    if ((he & 1) === 0) return target[a] === -1 ? 0 : ONE - f;
    return target[a] === 1 ? 0 : f;
  };

  const seen = new Int32Array(nodeCount);
  const via = new Int32Array(nodeCount); // half-edge by which the search reached a node
  const stack = new Int32Array(nodeCount);
  const next = new Int32Array(nodeCount); // position in the node's list the search resumes at
  let stamp = 0;

  for (let a = 0; a < E; a++) {
    const dir = target[a]!;
    if (dir === 0) continue;
    for (;;) {
      const f = flow[a]!;
      if (f <= 0 || f >= ONE) break;
      const need = dir === 1 ? ONE - f : f;
      // Arc a goes up: cycle is tail -> head along a, then back from head to tail; down: the reverse.
      const from = dir === 1 ? head[a]! : tail[a]!;
      const goal = dir === 1 ? tail[a]! : head[a]!;
      stamp++;
      let top = 0;
      stack[0] = from;
      seen[from] = stamp;
      next[from] = start[from]!;
      let found = false;
      while (top >= 0 && !found) {
        const v = stack[top]!;
        const p = next[v]!;
        if (p >= start[v + 1]!) {
          top--;
          continue;
        }
        next[v] = p + 1;
        const he = adj[p]!;
        if (he >> 1 === a || residual(he) <= 0) continue;
        const w = ends[he ^ 1]!;
        if (seen[w] === stamp) continue;
        seen[w] = stamp;
        via[w] = he;
        if (w === goal) found = true;
        else {
          stack[++top] = w;
          next[w] = start[w]!;
        }
      }
      if (!found) {
        throw new FairdrawError(
          'infeasible',
          'pi',
          'a unit or stratum total within tolerance of an integer cannot be made exactly integral',
        );
      }
      let delta = need;
      for (let w = goal; w !== from; w = ends[via[w]!]!) delta = Math.min(delta, residual(via[w]!));
      flow[a] = dir === 1 ? f + delta : f - delta;
      for (let w = goal; w !== from; w = ends[via[w]!]!) {
        const he = via[w]!;
        flow[he >> 1] = (he & 1) === 0 ? flow[he >> 1]! + delta : flow[he >> 1]! - delta;
      }
    }
  }
}
