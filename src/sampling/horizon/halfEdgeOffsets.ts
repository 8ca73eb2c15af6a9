/**
 * The half-edges of a network's arcs and their CSR offsets: half-edge `2a` sits at `tail[a]`, `2a + 1`
 * at `head[a]` (`ends[he]` is the node it sits at), and node `v`'s half-edges take the slots
 * `start[v] .. start[v + 1]` of an adjacency array of length `2E`.
 */
export function halfEdgeOffsets(
  tail: Int32Array,
  head: Int32Array,
  arcCount: number,
  nodeCount: number,
): { ends: Int32Array; start: Int32Array } {
  const ends = new Int32Array(2 * arcCount);
  const start = new Int32Array(nodeCount + 1);
  // One pass over the arcs writes the ends and counts each node's half-edges (in start[v + 1]).
  for (let a = 0; a < arcCount; a++) {
    const u = tail[a]!;
    const w = head[a]!;
    ends[2 * a] = u;
    ends[2 * a + 1] = w;
    start[u + 1]!++;
    start[w + 1]!++;
  }
  for (let v = 0; v < nodeCount; v++) start[v + 1]! += start[v]!;
  return { ends, start };
}
