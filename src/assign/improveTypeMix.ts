import type { AssignmentNetwork } from './AssignmentNetwork.js';

/**
 * Load-preserving swaps that bring each inspector's mix of unit types closer to the mix of the
 * visits they could staff. Best effort, deterministic (no random numbers), internal.
 *
 * Target: with `W[i][t]` the number of slots of type t on visits i is eligible for, inspector i's
 * share of type t is `p[i][t] = W[i][t] / sum_u W[i][u]` and its target count `q[i][t] = load[i] *
 * p[i][t]`; the excess is `e[i][t] = count[i][t] - q[i][t]`. A swap takes i off visit a (type t)
 * and j off visit b (type u), then puts j on a and i on b; loads do not change and the sum of
 * squared excesses falls by `2 * (e[i][t] - e[i][u] - e[j][t] + e[j][u]) - 4`, so a swap is made
 * only when that gain is positive. Swaps never break a hard constraint (eligibility, distinct
 * members, day and period capacity) nor put an inspector on a team of the unit's previous or next
 * visit. Scan order: inspectors in random rank order, types in first-seen order, i's visits in
 * the order held, candidates j in a's eligibility order (rank), types u in first-seen order, j's
 * visits of type u in the order held (initially increasing index; a visit gained goes last);
 * the first improving swap found is made. At most 4 passes and a budget of `20 * m * k + 100000`
 * candidate checks.
 *
 * @returns the number of swaps made.
 */
export function improveTypeMix(net: AssignmentNetwork): number {
  const { m, n, k, nTypes: nT, nDates: nD, nPeriods: nP } = net;
  if (nT < 2 || n < 2) return 0;
  const share = new Float64Array(n * nT);
  for (let v = 0; v < m; v++) {
    const t = net.visitType[v]!;
    for (let e = net.eligStart[v]!; e < net.eligStart[v + 1]!; e++) share[net.eligList[e]! * nT + t]! += 1;
  }
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let t = 0; t < nT; t++) sum += share[i * nT + t]!;
    if (sum > 0) for (let t = 0; t < nT; t++) share[i * nT + t]! /= sum;
  }
  // held[i * nT + t]: the visits of type t that i is on, in increasing visit index at the start.
  const held: number[][] = Array.from({ length: n * nT }, () => []);
  for (let v = 0; v < m; v++) {
    for (let s = 0; s < net.teamCount[v]!; s++) held[net.team[v * k + s]! * nT + net.visitType[v]!]!.push(v);
  }
  const excess = (i: number, t: number) => net.typeCount[i * nT + t]! - net.load[i]! * share[i * nT + t]!;
  const onNeighbour = (v: number, i: number, except: number) => {
    for (const w of [net.prevOfUnit[v]!, net.nextOfUnit[v]!]) {
      if (w >= 0 && w !== except && net.slotOf(w, i) >= 0) return true;
    }
    return false;
  };
  const fits = (i: number, from: number, to: number) => {
    const df = net.visitDate[from]!;
    const dt = net.visitDate[to]!;
    if (df === dt) return true;
    if (net.dayLoad[i * nD + dt]! >= net.maxDay[i]!) return false;
    const pf = net.periodOfDate[df]!;
    const pt = net.periodOfDate[dt]!;
    return pf === pt || net.periodLoad[i * nP + pt]! < net.maxPeriod[i]!;
  };
  const move = (i: number, from: number, to: number) => {
    net.team[from * k + net.slotOf(from, i)] = -2; // placeholder, replaced by the partner
    const df = net.visitDate[from]!;
    const dt = net.visitDate[to]!;
    net.dayLoad[i * nD + df]!--;
    net.dayLoad[i * nD + dt]!++;
    net.periodLoad[i * nP + net.periodOfDate[df]!]!--;
    net.periodLoad[i * nP + net.periodOfDate[dt]!]!++;
    net.typeCount[i * nT + net.visitType[from]!]!--;
    net.typeCount[i * nT + net.visitType[to]!]!++;
    const out = held[i * nT + net.visitType[from]!]!;
    out.splice(out.indexOf(from), 1);
    held[i * nT + net.visitType[to]!]!.push(to);
  };
  const byRank = new Int32Array(n);
  for (let i = 0; i < n; i++) byRank[net.rank[i]!] = i;
  let budget = 20 * m * k + 100_000;
  let swaps = 0;
  for (let pass = 0; pass < 4 && budget > 0; pass++) {
    let made = 0;
    for (let r = 0; r < n && budget > 0; r++) {
      const i = byRank[r]!;
      for (let t = 0; t < nT && budget > 0; t++) {
        let again = true;
        while (again && excess(i, t) > 0.5 && budget > 0) {
          again = false;
          search: for (const a of held[i * nT + t]!) {
            if (!net.mutable[a] || net.locked[a * k + net.slotOf(a, i)]) continue;
            for (let e = net.eligStart[a]!; e < net.eligStart[a + 1]!; e++) {
              const j = net.eligList[e]!;
              budget--;
              if (j === i || excess(j, t) >= -0.5 || net.slotOf(a, j) >= 0) continue;
              const base = excess(i, t) - excess(j, t);
              for (let u = 0; u < nT; u++) {
                if (u === t || excess(j, u) - excess(i, u) + base <= 2) continue;
                for (const b of held[j * nT + u]!) {
                  budget--;
                  if (!net.mutable[b] || !net.eligible[b * n + i] || net.slotOf(b, i) >= 0) continue;
                  if (net.locked[b * k + net.slotOf(b, j)]) continue;
                  if (!fits(i, a, b) || !fits(j, b, a)) continue;
                  if (onNeighbour(b, i, a) || onNeighbour(a, j, b)) continue;
                  move(i, a, b);
                  move(j, b, a);
                  net.team[a * k + net.slotOf(a, -2)] = j;
                  net.team[b * k + net.slotOf(b, -2)] = i;
                  swaps++;
                  made++;
                  again = true;
                  break search;
                }
              }
            }
          }
        }
      }
    }
    if (made === 0) break;
  }
  return swaps;
}
