import type { Coin } from '../../random/Rng.js';
import type { HorizonNetwork } from './buildHorizonNetwork.js';
import { halfEdgeOffsets } from './halfEdgeOffsets.js';
import { GRID_ONE } from './snapToGrid.js';

/** Nodes with at most this many live arcs are scanned for an arc that closes a cycle at once. */
const SCAN = 64;

/**
 * Rounds every arc of a fractional circulation to `0` or `GRID_ONE` by unbiased cycle cancelling
 * (Cox, JASA 1987; the dependent rounding of Gandhi, Khuller, Parthasarathy & Srinivasan, JACM 2006).
 * Mutates `net.flow` in place.
 *
 * The arc ids are the walk's order (`buildHorizonNetwork` draws them from the rng). Each node's adjacency
 * list holds its arcs in id order; an arc that becomes integral is removed from both lists by moving the
 * list's last live arc into its slot. The walk, entirely determined by the arc ids and the coin:
 * 1. It scans the arcs by id; at each arc still fractional it starts a path at that arc's tail and walks
 *    until the start node has no fractional arc left.
 * 2. From the path's last node `v`: if `v` has at most {@link SCAN} live arcs, the first of them (in list
 *    order), other than the arc the walk came in on, whose far end is on the path closes a cycle;
 *    otherwise, or if there is none, the walk takes the first live arc of the list other than the one it
 *    came in on, which closes a cycle if its far end is on the path and extends the path if not.
 * 3. For each cycle, one call `coin(beta / (alpha + beta))` (with `coinOf(rng)`: one `rng.next()`),
 *    where `alpha` (`beta`) is the largest push along (against) the cycle's direction of travel that
 *    keeps every arc in `[0, GRID_ONE]`. `true` pushes `+alpha` (arcs traversed along their direction
 *    go up, the others down), `false` pushes `-beta`. The path is then cut just before the first of its
 *    arcs that became integral, and the walk resumes from the new end.
 *
 * All flows are integers below 2^53, so every step is exact: conservation holds without drift, and an
 * arc that reaches `0` or `GRID_ONE` reaches it exactly and never moves again.
 *
 * @param net - the network from `buildHorizonNetwork` (after `pinNearIntegral`); arcs already at `0` or
 *   `GRID_ONE` are left alone.
 * @param coin - the source of the cycle directions (usually `coinOf(rng)`).
 */
export function cancelCycles(net: HorizonNetwork, coin: Coin): void {
  const ONE = GRID_ONE; // a local: module bindings can be slow getters in some loaders
  const { nodeCount, arcCount: E, tail, head, flow } = net;

  // Half-edges: 2a sits at tail[a] (leaving along the arc), 2a + 1 at head[a] (leaving against it).
  // Adjacency lists in CSR form, live part first: node v's half-edges take the slots
  // start[v] .. start[v] + deg[v], and slot p holds the half-edge and its far end side by side
  // (link[2p], link[2p + 1]: one cache line for both). pos[he] is the slot of half-edge he.
  // Lists have room for every arc; only the live (fractional) ones are linked.
  // Nodes are renumbered in the order in which the arcs (by id) first name them, so that the lists
  // of the units the walk works on, near the arc it started from, lie near each other in memory
  // (a unit's number is otherwise its place in the plan, unrelated to the arcs' random order). A
  // list's order is its arcs' id order whatever the numbers: the walk is the same.
  const label = new Int32Array(nodeCount).fill(-1);
  let labelled = 0;
  const relabel = (v: number): number => {
    if (label[v]! < 0) label[v] = labelled++;
    return label[v]!;
  };
  const from = new Int32Array(E);
  const to = new Int32Array(E);
  for (let a = 0; a < E; a++) {
    from[a] = relabel(tail[a]!);
    to[a] = relabel(head[a]!);
  }
  const { ends, start } = halfEdgeOffsets(from, to, E, nodeCount);
  const deg = new Int32Array(nodeCount);
  const link = new Int32Array(4 * E);
  const pos = new Int32Array(2 * E);
  for (let a = 0; a < E; a++) {
    const f = flow[a]!;
    if (f <= 0 || f >= ONE) continue;
    const u = ends[2 * a]!;
    const w = ends[2 * a + 1]!;
    let p = start[u]! + deg[u]!++;
    link[2 * p] = 2 * a;
    link[2 * p + 1] = w;
    pos[2 * a] = p;
    p = start[w]! + deg[w]!++;
    link[2 * p] = 2 * a + 1;
    link[2 * p + 1] = u;
    pos[2 * a + 1] = p;
  }

  /**
   * Removes half-edge `he`, which sits at node `v`, from v's live list by moving the list's last live
   * half-edge into its slot.
   */
  const unlink = (he: number, v: number): void => {
    const p = pos[he]!;
    const last = start[v]! + --deg[v]!;
    const moved = link[2 * last]!;
    link[2 * p] = moved;
    link[2 * p + 1] = link[2 * last + 1]!;
    pos[moved] = p;
    link[2 * last] = he;
    pos[he] = last;
  };

  const onPath = new Int32Array(nodeCount).fill(-1);
  const pathNode = new Int32Array(nodeCount + 1);
  const pathEdge = new Int32Array(nodeCount + 1); // half-edge from pathNode[q] to pathNode[q + 1]

  for (let first = 0; first < E; first++) {
    const f0 = flow[first]!;
    if (f0 <= 0 || f0 >= ONE) continue;
    let len = 0; // index of the path's last node
    pathNode[0] = from[first]!;
    onPath[pathNode[0]!] = 0;
    while (len >= 0) {
      const v = pathNode[len]!;
      const d = deg[v]!;
      if (len === 0 && d === 0) {
        onPath[v] = -1;
        break;
      }
      const enterArc = len > 0 ? pathEdge[len - 1]! >> 1 : -1;
      const s = start[v]!;
      let he = -1;
      let j = -1;
      if (d <= SCAN) {
        for (let p = 2 * s; p < 2 * (s + d); p += 2) {
          const q = onPath[link[p + 1]!]!;
          if (q >= 0 && link[p]! >> 1 !== enterArc) {
            he = link[p]!;
            j = q;
            break;
          }
        }
      }
      if (he < 0) {
        let p = 2 * s;
        if (link[p]! >> 1 === enterArc) {
          if (d < 2) throw new Error('roundHorizon: internal error, flow not conserved (dead end)');
          p += 2;
        }
        he = link[p]!;
        const w = link[p + 1]!;
        j = onPath[w]!;
        if (j < 0) {
          pathEdge[len] = he;
          len++;
          pathNode[len] = w;
          onPath[w] = len;
          continue;
        }
      }
      // Cycle: path half-edges j .. len-1, then `he` from pathNode[len] back to pathNode[j].
      pathEdge[len] = he;
      let alpha = ONE;
      let beta = ONE;
      for (let q = j; q <= len; q++) {
        const e = pathEdge[q]!;
        const f = flow[e >> 1]!;
        if ((e & 1) === 0) {
          if (ONE - f < alpha) alpha = ONE - f;
          if (f < beta) beta = f;
        } else {
          if (f < alpha) alpha = f;
          if (ONE - f < beta) beta = ONE - f;
        }
      }
      const delta = coin(beta / (alpha + beta)) ? alpha : -beta;
      let cut = -1;
      for (let q = j; q <= len; q++) {
        const e = pathEdge[q]!;
        const a = e >> 1;
        const f = (e & 1) === 0 ? flow[a]! + delta : flow[a]! - delta;
        flow[a] = f;
        if (f <= 0 || f >= ONE) {
          // Half-edge e sits at pathNode[q], its twin at the next node of the cycle.
          unlink(e, pathNode[q]!);
          unlink(e ^ 1, pathNode[q < len ? q + 1 : j]!);
          if (cut < 0 && q < len) cut = q;
        }
      }
      if (cut >= 0) {
        for (let q = cut + 1; q <= len; q++) onPath[pathNode[q]!] = -1;
        len = cut;
      }
    }
  }
}
