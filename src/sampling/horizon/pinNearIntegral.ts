import { FairdrawError } from '../../model/FairdrawError.js';
import type { HorizonNetwork } from './buildHorizonNetwork.js';
import { halfEdgeOffsets } from './halfEdgeOffsets.js';
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
 * @returns whether any flow moved (false when no arc has a target: the flows are then the grid's).
 * @throws FairdrawError (`infeasible`, path `pi`) if no such cycle exists (not seen on any input).
 */
export function pinNearIntegral(net: HorizonNetwork): boolean {
  const ONE = GRID_ONE;
  const { nodeCount, arcCount: E, tail, head, flow, target } = net;
  let any = false;
  for (let a = 0; a < E && !any; a++) if (target[a] !== 0) any = true;
  if (!any) return false;

  const { ends, start } = halfEdgeOffsets(tail, head, E, nodeCount);
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

  const N = net.units;
  const isUnit = (v: number): boolean => v >= 1 && v <= N;
  // sourceArc[u]: the source -> unit u arc, or -1; cellPeriod[c]: the cell -> period half-edge at c, or -1.
  const sourceArc = new Int32Array(nodeCount).fill(-1);
  for (let a = 0; a < E; a++) if (tail[a] === 0) sourceArc[head[a]!] = a;
  /** Room along half-edge `he` of the cycle when it is travelled forwards (`s = 1`) or backwards (`s = -1`). */
  const room = (he: number, s: number): number => residual(s === 1 ? he : he ^ 1);
  const cycle: number[] = [];
  const push = (s: number, need: number): number => {
    let delta = need;
    for (const he of cycle) delta = Math.min(delta, room(he, s));
    for (const he0 of cycle) {
      const he = s === 1 ? he0 : he0 ^ 1;
      flow[he >> 1] = (he & 1) === 0 ? flow[he >> 1]! + delta : flow[he >> 1]! - delta;
    }
    return delta;
  };
  /**
   * Short cycles first. Raising a source -> unit arc (s = 1; s = -1 lowers it by walking the same cycle
   * backwards): source -> i -> cell -> j -> source, i.e. move mass from unit j to unit i inside one cell.
   */
  const unitCycle = (a: number, s: number): boolean => {
    const i = head[a]!;
    for (let p = start[i]!; p < start[i + 1]!; p++) {
      const h1 = adj[p]!; // at i, towards a cell
      if (h1 >> 1 === a || room(h1, s) <= 0) continue;
      const c = ends[h1 ^ 1]!;
      for (let q = start[c]!; q < start[c + 1]!; q++) {
        const h2 = adj[q]!; // at the cell, towards unit j
        const j = ends[h2 ^ 1]!;
        if (j === i || !isUnit(j) || room(h2, s) <= 0) continue;
        const b = sourceArc[j]!;
        if (b < 0 || room(2 * b + 1, s) <= 0) continue;
        cycle.length = 0;
        cycle.push(2 * a, h1, h2, 2 * b + 1);
        return true;
      }
    }
    return false;
  };
  /**
   * Raising a cell -> period arc (s = 1): cell -> period -> other cell -> unit j -> source -> unit i -> cell,
   * i.e. move mass from unit j in another stratum of the same period to unit i of this cell.
   */
  const cellCycle = (a: number, s: number): boolean => {
    const c = tail[a]!;
    const period = head[a]!;
    // The i side: source -> unit i -> c.
    let hi1 = -1;
    let hi2 = -1;
    for (let p = start[c]!; p < start[c + 1]! && hi1 < 0; p++) {
      const h = adj[p]!; // at c, towards unit i (odd: c is the arc's head)
      const i = ends[h ^ 1]!;
      if (!isUnit(i) || room(h ^ 1, s) <= 0) continue;
      const b = sourceArc[i]!;
      if (b < 0 || room(2 * b, s) <= 0) continue;
      hi1 = 2 * b;
      hi2 = h ^ 1;
    }
    if (hi1 < 0) return false;
    for (let p = start[period]!; p < start[period + 1]!; p++) {
      const h1 = adj[p]!; // at the period, towards another cell c2
      if (h1 >> 1 === a || room(h1, s) <= 0) continue;
      const c2 = ends[h1 ^ 1]!;
      for (let q = start[c2]!; q < start[c2 + 1]!; q++) {
        const h2 = adj[q]!; // at c2, towards unit j
        const j = ends[h2 ^ 1]!;
        if (!isUnit(j) || room(h2, s) <= 0) continue;
        const b = sourceArc[j]!;
        if (b < 0 || room(2 * b + 1, s) <= 0) continue;
        cycle.length = 0;
        cycle.push(2 * a, h1, h2, 2 * b + 1, hi1, hi2);
        return true;
      }
    }
    return false;
  };

  const seen = new Int32Array(nodeCount);
  const via = new Int32Array(nodeCount); // half-edge by which the search reached a node
  const stack = new Int32Array(nodeCount);
  const next = new Int32Array(nodeCount); // position in the node's list the search resumes at
  let stamp = 0;

  // Cells first (their cycles move unit totals), then units (their cycles keep every cell total).
  for (let pass = 0; pass < 2; pass++) {
    for (let a = 0; a < E; a++) {
      const dir = target[a]!;
      if (dir === 0 || (tail[a] === 0) !== (pass === 1)) continue;
      for (;;) {
        const f = flow[a]!;
        if (f <= 0 || f >= ONE) break;
        const need = dir === 1 ? ONE - f : f;
        if (pass === 0 ? cellCycle(a, dir) : unitCycle(a, dir)) push(dir, need);
        else searchAndPush(a, dir, f, need);
      }
    }
  }
  return true;

  /** The general case: a depth-first search for any cycle through arc `a` with room. */
  function searchAndPush(a: number, dir: number, f: number, need: number): void {
    {
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
        throw new FairdrawError('infeasible', 'pi', (t) => t.sampling.notIntegral);
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
