/**
 * The cycle-cancelling walk of docs/spec/horizon.md, step 5, written as the spec says it with plain
 * arrays (one list of live arcs per node, removal by moving the last entry into the slot), and nothing
 * laid out for speed. `cancelCycles` must give the same flows and toss the same coins.
 */
import type { Coin } from '../../src/random/Rng.js';

/** Rounds `flow` (grid units, in place) over arcs `tail[a] -> head[a]` of `nodeCount` nodes. */
export function cancelCyclesFromSpec(
  nodeCount: number,
  tail: ArrayLike<number>,
  head: ArrayLike<number>,
  flow: Float64Array,
  one: number,
  coin: Coin,
): void {
  const E = flow.length;
  const fractional = (a: number) => flow[a]! > 0 && flow[a]! < one;
  const lists: number[][] = Array.from({ length: nodeCount }, () => []);
  for (let a = 0; a < E; a++) {
    if (!fractional(a)) continue;
    lists[tail[a]!]!.push(a);
    lists[head[a]!]!.push(a);
  }
  const remove = (v: number, a: number) => {
    const list = lists[v]!;
    const k = list.indexOf(a);
    list[k] = list[list.length - 1]!;
    list.pop();
  };
  const other = (a: number, v: number) => (tail[a] === v ? head[a]! : tail[a]!);
  for (let a0 = 0; a0 < E; a0++) {
    if (!fractional(a0)) continue;
    const nodes = [tail[a0]!];
    const arcs: number[] = []; // arcs[q] joins nodes[q] and nodes[q + 1]
    while (nodes.length > 1 || lists[nodes[0]!]!.length > 0) {
      const v = nodes[nodes.length - 1]!;
      const eIn = arcs.length > 0 ? arcs[arcs.length - 1]! : -1;
      const list = lists[v]!;
      let closing = -1;
      if (list.length <= 64) closing = list.find((a) => a !== eIn && nodes.includes(other(a, v))) ?? -1;
      if (closing < 0) {
        const next = list[0] === eIn ? list[1]! : list[0]!;
        if (nodes.includes(other(next, v))) closing = next;
        else {
          arcs.push(next);
          nodes.push(other(next, v));
          continue;
        }
      }
      const j = nodes.indexOf(other(closing, v));
      const cycle = [...arcs.slice(j), closing];
      const from = [...nodes.slice(j)]; // the node each cycle arc is travelled from
      const along = cycle.map((a, k) => tail[a] === from[k]);
      let alpha = one;
      let beta = one;
      cycle.forEach((a, k) => {
        const f = flow[a]!;
        alpha = Math.min(alpha, along[k] ? one - f : f);
        beta = Math.min(beta, along[k] ? f : one - f);
      });
      const push = coin(beta / (alpha + beta)) ? alpha : -beta;
      let cut = -1;
      cycle.forEach((a, k) => {
        flow[a] = along[k] ? flow[a]! + push : flow[a]! - push;
        if (fractional(a)) return;
        remove(tail[a]!, a);
        remove(head[a]!, a);
        if (cut < 0 && k < cycle.length - 1) cut = j + k;
      });
      if (cut >= 0) {
        nodes.length = cut + 1;
        arcs.length = cut;
      }
    }
  }
}
