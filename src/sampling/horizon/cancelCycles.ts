import type { Coin } from '../../random/Rng.js';
import type { HorizonNetwork } from './buildHorizonNetwork.js';
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
  const E = net.arcCount;
  const { mem, pos, blockOf } = layOut(net);
  const { tail, flow } = net;

  // mem[v + 1] is the place of node v on the path, -1 when it is not on it.
  const pathNode = new Int32Array(net.nodeCount + 1);
  const pathEdge = new Int32Array(net.nodeCount + 1); // half-edge from pathNode[q] to pathNode[q + 1]
  // The flow of pathEdge[q], read when the walk takes the arc: the read overlaps the walk's next steps
  // instead of waiting when the cycle closes. Only arcs on the path move, so it stays equal to flow[].
  const pathFlow = new Float64Array(net.nodeCount + 1);

  /**
   * Removes half-edge `he`, which sits at node `v`, from v's live list by moving the list's last live
   * half-edge into its slot. (The removed one is not written anywhere: nothing reads a dead slot.)
   */
  const unlink = (he: number, v: number): void => {
    const p = pos[he]!;
    const last = v + 2 * mem[v]!--;
    const moved = mem[last]!;
    mem[p] = moved;
    mem[p + 1] = mem[last + 1]!;
    pos[moved] = p;
  };

  for (let first = 0; first < E; first++) {
    const f0 = flow[first]!;
    if (f0 <= 0 || f0 >= ONE) continue;
    let len = 0; // index of the path's last node
    pathNode[0] = blockOf[tail[first]!]!;
    mem[pathNode[0]! + 1] = 0;
    while (len >= 0) {
      const v = pathNode[len]!;
      const d = mem[v]!;
      if (len === 0 && d === 0) {
        mem[v + 1] = -1;
        break;
      }
      const enterArc = len > 0 ? pathEdge[len - 1]! >> 1 : -1;
      const s = v + 2;
      let he = -1;
      let j = -1;
      if (d <= SCAN) {
        for (let p = s; p < s + 2 * d; p += 2) {
          const q = mem[mem[p + 1]! + 1]!;
          if (q >= 0 && mem[p]! >> 1 !== enterArc) {
            he = mem[p]!;
            j = q;
            break;
          }
        }
      }
      if (he < 0) {
        let p = s;
        if (mem[p]! >> 1 === enterArc) {
          if (d < 2) throw new Error('roundHorizon: internal error, flow not conserved (dead end)');
          p += 2;
        }
        he = mem[p]!;
        const w = mem[p + 1]!;
        j = mem[w + 1]!;
        if (j < 0) {
          pathEdge[len] = he;
          pathFlow[len] = flow[he >> 1]!;
          len++;
          pathNode[len] = w;
          mem[w + 1] = len;
          continue;
        }
      }
      // Cycle: path half-edges j .. len-1, then `he` from pathNode[len] back to pathNode[j].
      pathEdge[len] = he;
      pathFlow[len] = flow[he >> 1]!;
      // An arc travelled along its direction (even half-edge) has room ONE - f to go up and f to go
      // down; against it, f and ONE - f. So `room` = ONE - f + (e & 1)(2f - ONE) is its room along
      // the travel, ONE - room against it, and alpha = min room, beta = ONE - max room. Written without
      // branches on the direction, which is random (integers below 2^53: every step is exact).
      let least = ONE;
      let most = 0;
      for (let q = j; q <= len; q++) {
        const f = pathFlow[q]!;
        const room = ONE - f + (pathEdge[q]! & 1) * (2 * f - ONE);
        least = Math.min(least, room);
        most = Math.max(most, room);
      }
      const alpha = least;
      const beta = ONE - most;
      const delta = coin(beta / (alpha + beta)) ? alpha : -beta;
      let cut = -1;
      for (let q = j; q <= len; q++) {
        const e = pathEdge[q]!;
        const f = pathFlow[q]! + (1 - 2 * (e & 1)) * delta;
        flow[e >> 1] = f;
        pathFlow[q] = f;
        if (f <= 0 || f >= ONE) {
          // Half-edge e sits at pathNode[q], its twin at the next node of the cycle.
          unlink(e, pathNode[q]!);
          unlink(e ^ 1, pathNode[q < len ? q + 1 : j]!);
          if (cut < 0 && q < len) cut = q;
        }
      }
      if (cut >= 0) {
        for (let q = cut + 1; q <= len; q++) mem[pathNode[q]! + 1] = -1;
        len = cut;
      }
    }
  }
}

/** The memory layout of {@link cancelCycles}; see {@link layOut}. */
interface Layout {
  /** Every node's block: live count, place on the path, then its slots (half-edge, far end's block). */
  mem: Int32Array;
  /** The slot (index into `mem`) of each half-edge. */
  pos: Int32Array;
  /** The block (offset into `mem`) of each node of the network. */
  blockOf: Int32Array;
}

/**
 * Lays the network out so that what the walk reads together lies together in memory: at each step it
 * reads a node's live count, its place on the path and its first arcs, one after the other.
 *
 * - A node is identified by its block's offset in `mem`: `mem[v]` is its live count, `mem[v + 1]` its
 *   place on the path (`-1` off it), and from `v + 2` two ints per slot, the half-edge and the block of
 *   its far end. Blocks have room for every arc of the node; the live ones come first, in id order.
 *   Half-edge `2a` sits at `tail[a]` (leaving along the arc), `2a + 1` at `head[a]` (against it).
 * - Blocks are laid out in the order in which the arcs (by id) first name their nodes, so that the
 *   units the walk works on, near the arc it started from, lie near each other (a unit's number is
 *   otherwise its place in the plan, unrelated to the arcs' random order).
 * - The flows stay in `net.flow`, by arc id (a unit's arcs have consecutive ids).
 *
 * A list's order is its arcs' id order whatever the layout: the walk is the same as over any other.
 * (One block per node, rather than separate arrays of counts, offsets and places, took about a third
 * off the walk of a year of 100,000 units: each step to a node not in cache waits for one line
 * instead of three or four.)
 */
function layOut(net: HorizonNetwork): Layout {
  const ONE = GRID_ONE;
  const { nodeCount, arcCount: E, tail, head, flow } = net;
  const degree = new Int32Array(nodeCount);
  const order = new Int32Array(nodeCount);
  let named = 0;
  for (let a = 0; a < E; a++) {
    const u = tail[a]!;
    const w = head[a]!;
    if (degree[u]!++ === 0) order[named++] = u;
    if (degree[w]!++ === 0) order[named++] = w;
  }
  const blockOf = new Int32Array(nodeCount).fill(-1);
  let size = 0;
  for (let k = 0; k < named; k++) {
    const v = order[k]!;
    blockOf[v] = size;
    size += 2 + 2 * degree[v]!;
  }
  const mem = new Int32Array(size);
  for (let k = 0; k < named; k++) mem[blockOf[order[k]!]! + 1] = -1;
  const pos = new Int32Array(2 * E);
  for (let a = 0; a < E; a++) {
    const f = flow[a]!;
    if (f <= 0 || f >= ONE) continue;
    const u = blockOf[tail[a]!]!;
    const w = blockOf[head[a]!]!;
    let p = u + 2 + 2 * mem[u]!++;
    mem[p] = 2 * a;
    mem[p + 1] = w;
    pos[2 * a] = p;
    p = w + 2 + 2 * mem[w]!++;
    mem[p] = 2 * a + 1;
    mem[p + 1] = u;
    pos[2 * a + 1] = p;
  }
  return { mem, pos, blockOf };
}
