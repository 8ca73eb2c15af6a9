/**
 * The horizon rounding written from the text of docs/spec/horizon.md alone (not from
 * src/sampling/horizon/), to check that the text settles every step: the grid, the network and its
 * arc order, the pinning of near-integral totals, and the cycle-cancelling walk. Plain arrays and
 * numbers (every flow is an integer below 2^53); BigInt only where a row's sum could pass 2^53.
 *
 * `readings` swaps in the readings the text used to allow, so that a test can show which one the
 * published vectors settle.
 */

/** The one source of randomness: `next()` as docs/spec.md §4 defines it. */
export interface SpecRng {
  next(): number;
}

/** Alternative readings of docs/spec/horizon.md, each a wrong one except the default. */
export interface HorizonReadings {
  /**
   * Where the walk of step 5 starts a path for the arc `a` its scan reached: `tail-node` (the text:
   * at node `tail(a)`, taking the first arc of that node's live list) or `first-arc` (the path's
   * first arc is `a` itself, from its tail to its head).
   */
  start?: 'tail-node' | 'first-arc';
  /**
   * How step 4 finds a cycle through a near-integral arc: `text` (the short cycles first, then the
   * depth-first search), `depth-first` (the depth-first search alone) or `breadth-first` (a
   * breadth-first search from the same node, arcs in id order, instead of both).
   */
  pin?: 'text' | 'depth-first' | 'breadth-first';
  /** How step 2 rounds `p * 2^48` when it ends in exactly one half: `up` (the text) or to `even`. */
  ties?: 'up' | 'even';
  /**
   * How step 2 spreads a row's remainder `d`: `text` (shares of `ceil(|d| / count)` in index order
   * until `d` is gone, again while it is not) or `floor-then-rest` (every fractional entry
   * `floor(|d| / count)`, then one more to each of the first `|d| mod count`, again while `d` is not gone).
   */
  spread?: 'text' | 'floor-then-rest';
}

const ONE = 2 ** 48;

/** Step 2: one period's probabilities on the grid of 2^-48, summing exactly to `n * 2^48`. */
export function specSnap(pi: readonly number[], n: number, readings: HorizonReadings = {}): number[] {
  // p * 2^48 is exact (a power-of-two scaling); the nearest integer, halves up.
  const g = pi.map((p) => {
    const x = p * ONE;
    const r = Math.floor(x);
    if (x - r === 0.5 && readings.ties === 'even') return r % 2 === 0 ? r : r + 1;
    return x - r >= 0.5 ? r + 1 : r;
  });
  const fractional = (v: number) => v > 0 && v < ONE;
  let total = 0n;
  let ones = 0;
  for (const v of g) {
    if (v === ONE) ones++;
    else if (fractional(v)) total += BigInt(v);
  }
  let d = Number(BigInt(n - ones) * BigInt(ONE) - total);
  while (d !== 0) {
    const count = g.filter(fractional).length;
    if (count === 0) throw new Error('no fractional entry to adjust');
    const floor = Math.floor(Math.abs(d) / count);
    let rest = Math.abs(d) - floor * count;
    const share = Math.ceil(Math.abs(d) / count);
    for (let i = 0; i < g.length && d !== 0; i++) {
      const v = g[i]!;
      if (!fractional(v)) continue;
      const want = readings.spread === 'floor-then-rest' ? floor + (rest-- > 0 ? 1 : 0) : share;
      const step = Math.min(want, d > 0 ? ONE - v : v, Math.abs(d));
      g[i] = d > 0 ? v + step : v - step;
      d += d > 0 ? -step : step;
    }
  }
  return g;
}

/** An arc of the network: flow goes tail -> head; `cell` is `[t, i]` for a unit-period arc. */
interface Arc {
  tail: string;
  head: string;
  flow: number;
  target: -1 | 0 | 1;
  cell?: [number, number];
}

/** Step 3: a total `whole + rem / 2^48` within the tolerance of an integer must go up (+1) or down (-1). */
function direction(whole: number, rem: number): -1 | 0 | 1 {
  const up = rem >= ONE / 2;
  const k = whole + (up ? 1 : 0);
  const distance = up ? ONE - rem : rem;
  return distance > 1e-9 * Math.max(1, k) * ONE ? 0 : up ? 1 : -1;
}

/** Integer and fractional parts (in grid units) of a sum of grid values. */
function parts(values: readonly number[]): { whole: number; rem: number } {
  const s = values.reduce((a, v) => a + BigInt(v), 0n);
  return { whole: Number(s / BigInt(ONE)), rem: Number(s % BigInt(ONE)) };
}

/** Steps 2 and 3: the grid and the arcs in id order, drawing the order from `rng`. */
function network(
  pi: readonly (readonly number[])[],
  strata: readonly (string | number)[] | undefined,
  rng: SpecRng,
  readings: HorizonReadings,
) {
  const T = pi.length;
  const N = pi[0]!.length;
  const grid = pi.map((row) => specSnap(row, Math.round(row.reduce((s, p) => s + p, 0)), readings));
  const labels: (string | number)[] = [];
  const h = Array.from({ length: N }, (_, i) => {
    const label = strata ? strata[i]! : 0;
    if (!labels.includes(label)) labels.push(label);
    return labels.indexOf(label);
  });
  const H = labels.length;
  const isFractional = (v: number) => v > 0 && v < ONE;
  // The order: Durstenfeld's shuffle of 0..N-1 with floor(next() * (i + 1)).
  const order = Array.from({ length: N }, (_, i) => i);
  for (let i = N - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const arcs: Arc[] = [];
  for (const i of order) {
    const periods = grid.flatMap((row, t) => (isFractional(row[i]!) ? [t] : []));
    const shift = Math.floor(rng.next() * Math.max(periods.length, 1));
    const { whole, rem } = parts(grid.map((row) => row[i]!));
    if (rem > 0) arcs.push({ tail: 'source', head: `unit ${i}`, flow: rem, target: direction(whole, rem) });
    for (let q = 0; q < periods.length; q++) {
      const t = periods[(q + shift) % periods.length]!;
      arcs.push({
        tail: `unit ${i}`,
        head: `cell ${h[i]} ${t}`,
        flow: grid[t]![i]!,
        target: 0,
        cell: [t, i],
      });
    }
  }
  for (let t = 0; t < T; t++) {
    for (let k = 0; k < H; k++) {
      const { whole, rem } = parts(grid[t]!.filter((_, i) => h[i] === k));
      if (rem > 0)
        arcs.push({ tail: `cell ${k} ${t}`, head: `period ${t}`, flow: rem, target: direction(whole, rem) });
    }
  }
  return { grid, arcs };
}

/** A half-edge: arc `arc` seen from `at`, `along` when `at` is its tail (moving along it raises its flow). */
interface HalfEdge {
  arc: number;
  along: boolean;
  at: string;
  far: string;
}

const halves = (arcs: readonly Arc[], a: number): [HalfEdge, HalfEdge] => [
  { arc: a, along: true, at: arcs[a]!.tail, far: arcs[a]!.head },
  { arc: a, along: false, at: arcs[a]!.head, far: arcs[a]!.tail },
];

/** Step 4: pushes every near-integral total onto its integer. */
function pin(arcs: Arc[], reading: HorizonReadings['pin']): void {
  if (!arcs.some((a) => a.target !== 0)) return;
  // Each node's half-edges in arc id order (all arcs, as built).
  const lists = new Map<string, HalfEdge[]>();
  arcs.forEach((_, a) => {
    for (const he of halves(arcs, a)) lists.set(he.at, [...(lists.get(he.at) ?? []), he]);
  });
  const list = (v: string) => lists.get(v) ?? [];
  // Room to move along a half-edge: up to 1 along the arc, down to 0 against it; a pinned arc only
  // towards its own integer; none once integral.
  const room = (he: HalfEdge): number => {
    const { flow, target } = arcs[he.arc]!;
    if (flow <= 0 || flow >= ONE) return 0;
    if (he.along) return target === -1 ? 0 : ONE - flow;
    return target === 1 ? 0 : flow;
  };
  const flip = (he: HalfEdge): HalfEdge => ({ arc: he.arc, along: !he.along, at: he.far, far: he.at });
  const sourceArc = (unit: string) => arcs.findIndex((x) => x.tail === 'source' && x.head === unit);
  const isUnit = (v: string) => v.startsWith('unit ');
  const push = (cycle: HalfEdge[], need: number) => {
    const delta = Math.min(need, ...cycle.map(room));
    for (const he of cycle) arcs[he.arc]!.flow += he.along ? delta : -delta;
  };
  // The short cycles, written for s = +1 (raise arc a); s = -1 walks the same cycle backwards.
  const oriented = (he: HalfEdge, s: number) => (s === 1 ? he : flip(he));
  const unitCycle = (a: number, s: number): HalfEdge[] | undefined => {
    const i = arcs[a]!.head;
    for (const h1 of list(i)) {
      if (h1.arc === a || room(oriented(h1, s)) <= 0) continue;
      for (const h2 of list(h1.far)) {
        const j = h2.far;
        if (j === i || !isUnit(j) || room(oriented(h2, s)) <= 0) continue;
        const b = sourceArc(j);
        if (b < 0 || room(oriented(halves(arcs, b)[1], s)) <= 0) continue;
        return [halves(arcs, a)[0], h1, h2, halves(arcs, b)[1]].map((he) => oriented(he, s));
      }
    }
    return undefined;
  };
  const cellCycle = (a: number, s: number): HalfEdge[] | undefined => {
    const c = arcs[a]!.tail;
    let side: HalfEdge[] | undefined;
    for (const h of list(c)) {
      if (!isUnit(h.far) || room(oriented(flip(h), s)) <= 0) continue;
      const b = sourceArc(h.far);
      if (b < 0 || room(oriented(halves(arcs, b)[0], s)) <= 0) continue;
      side = [halves(arcs, b)[0], flip(h)];
      break;
    }
    if (!side) return undefined;
    for (const h1 of list(arcs[a]!.head)) {
      if (h1.arc === a || room(oriented(h1, s)) <= 0) continue;
      for (const h2 of list(h1.far)) {
        if (!isUnit(h2.far) || room(oriented(h2, s)) <= 0) continue;
        const b = sourceArc(h2.far);
        if (b < 0 || room(oriented(halves(arcs, b)[1], s)) <= 0) continue;
        return [halves(arcs, a)[0], h1, h2, halves(arcs, b)[1], ...side].map((he) => oriented(he, s));
      }
    }
    return undefined;
  };
  // The search: from the end of a the push leaves towards, back to the other end, without a itself.
  const search = (a: number, dir: number): HalfEdge[] => {
    const from = dir === 1 ? arcs[a]!.head : arcs[a]!.tail;
    const goal = dir === 1 ? arcs[a]!.tail : arcs[a]!.head;
    const via = new Map<string, HalfEdge>([[from, { arc: -1, along: true, at: from, far: from }]]);
    const usable = (he: HalfEdge) => he.arc !== a && room(he) > 0 && !via.has(he.far);
    if (reading === 'breadth-first') {
      const queue = [from];
      for (let k = 0; k < queue.length && !via.has(goal); k++) {
        for (const he of list(queue[k]!)) {
          if (!usable(he)) continue;
          via.set(he.far, he);
          queue.push(he.far);
        }
      }
    } else {
      // Depth first: go on from the node found last; a node is marked when found, the goal when found.
      const stack: { v: string; next: number }[] = [{ v: from, next: 0 }];
      while (stack.length > 0 && !via.has(goal)) {
        const top = stack[stack.length - 1]!;
        const he = list(top.v)[top.next++];
        if (he === undefined) stack.pop();
        else if (usable(he)) {
          via.set(he.far, he);
          if (he.far !== goal) stack.push({ v: he.far, next: 0 });
        }
      }
    }
    if (!via.has(goal)) throw new Error('pin: no cycle');
    const path: HalfEdge[] = [];
    for (let v = goal; v !== from; v = via.get(v)!.at) path.push(via.get(v)!);
    return [{ ...halves(arcs, a)[dir === 1 ? 0 : 1] }, ...path.reverse()];
  };
  for (const pass of ['cells', 'units']) {
    arcs.forEach((arc, a) => {
      if (arc.target === 0 || (arc.tail === 'source') !== (pass === 'units')) return;
      const dir = arc.target;
      while (arc.flow > 0 && arc.flow < ONE) {
        const need = dir === 1 ? ONE - arc.flow : arc.flow;
        const short =
          reading === 'text' ? (pass === 'cells' ? cellCycle(a, dir) : unitCycle(a, dir)) : undefined;
        push(short ?? search(a, dir), need);
      }
    });
  }
}

/** Step 5: the walk that cancels cycles until every arc is integral. */
function cancel(arcs: Arc[], coin: (p: number) => boolean, start: HorizonReadings['start']): void {
  const live = (a: number) => arcs[a]!.flow > 0 && arcs[a]!.flow < ONE;
  const lists = new Map<string, HalfEdge[]>();
  arcs.forEach((_, a) => {
    if (!live(a)) return;
    for (const he of halves(arcs, a)) lists.set(he.at, [...(lists.get(he.at) ?? []), he]);
  });
  const list = (v: string) => lists.get(v) ?? [];
  // Removal: the list's last entry takes the removed entry's place.
  const remove = (v: string, a: number) => {
    const l = list(v);
    const k = l.findIndex((he) => he.arc === a);
    const last = l.pop()!;
    if (k < l.length) l[k] = last;
  };
  for (let first = 0; first < arcs.length; first++) {
    if (!live(first)) continue;
    const nodes = [arcs[first]!.tail];
    const edges: HalfEdge[] = [];
    if (start === 'first-arc') {
      const he = halves(arcs, first)[0];
      edges.push(he);
      nodes.push(he.far);
    }
    for (;;) {
      const v = nodes[nodes.length - 1]!;
      const l = list(v);
      if (nodes.length === 1 && l.length === 0) break;
      const came = edges.length > 0 ? edges[edges.length - 1]!.arc : -1;
      let he = l.length <= 64 ? l.find((x) => x.arc !== came && nodes.includes(x.far)) : undefined;
      if (he === undefined) {
        he = l.find((x) => x.arc !== came);
        if (he === undefined) throw new Error('walk: dead end');
        if (!nodes.includes(he.far)) {
          edges.push(he);
          nodes.push(he.far);
          continue;
        }
      }
      const j = nodes.indexOf(he.far);
      const cycle = [...edges.slice(j), he];
      let alpha = ONE;
      let beta = ONE;
      for (const x of cycle) {
        const f = arcs[x.arc]!.flow;
        alpha = Math.min(alpha, x.along ? ONE - f : f);
        beta = Math.min(beta, x.along ? f : ONE - f);
      }
      const delta = coin(beta / (alpha + beta)) ? alpha : -beta;
      let cut = -1;
      cycle.forEach((x, q) => {
        const arc = arcs[x.arc]!;
        arc.flow += x.along ? delta : -delta;
        if (live(x.arc)) return;
        remove(arc.tail, x.arc);
        remove(arc.head, x.arc);
        if (cut < 0 && q < cycle.length - 1) cut = j + q;
      });
      if (cut >= 0) {
        nodes.length = cut + 1;
        edges.length = cut;
      }
    }
  }
}

/**
 * `drawHorizon(pi, { rng, strata })` as docs/spec/horizon.md states it: the selection of each
 * period and the delivered probabilities as grid integers (after pinning, before the walk).
 */
export function specHorizon(
  pi: readonly (readonly number[])[],
  options: { rng: SpecRng; strata?: readonly (string | number)[] },
  readings: HorizonReadings = {},
): { selected: number[][]; grid: number[][] } {
  const { grid, arcs } = network(pi, options.strata, options.rng, readings);
  pin(arcs, readings.pin ?? 'text');
  const delivered = grid.map((row) => [...row]);
  for (const arc of arcs) if (arc.cell) delivered[arc.cell[0]]![arc.cell[1]] = arc.flow;
  cancel(arcs, (p) => options.rng.next() < p, readings.start ?? 'tail-node');
  const final = grid.map((row) => [...row]);
  for (const arc of arcs) if (arc.cell) final[arc.cell[0]]![arc.cell[1]] = arc.flow;
  return { selected: final.map((row) => row.flatMap((v, i) => (v === ONE ? [i] : []))), grid: delivered };
}
