/**
 * Speed of the horizon rounding alone (not a test): `npx tsx bench/roundHorizon.ts [units] [periods] [strata]`.
 * Builds a risk-weighted pi matrix (about 6% of units visited per period) and times `roundHorizon`.
 */
import { createRng } from '../src/random/createRng.js';
import { roundHorizon } from '../src/sampling/horizon/roundHorizon.js';

const N = Number(process.argv[2] ?? 10_000);
const T = Number(process.argv[3] ?? 52);
const H = Number(process.argv[4] ?? 8);
const rate = 0.06;

function matrix(seed: string): { pi: Float64Array[]; strata: string[] } {
  const rng = createRng(seed);
  const w = Array.from({ length: N }, () => 0.2 + rng.next() * 3);
  const strata = Array.from({ length: N }, (_, i) => `type-${i % H}`);
  const pi: Float64Array[] = [];
  for (let t = 0; t < T; t++) {
    // Some units inactive in some periods, so rows differ.
    const active = w.map((_, i) => (i + t) % 17 !== 0);
    let total = 0;
    for (let i = 0; i < N; i++) if (active[i]) total += w[i]!;
    const n = Math.round(rate * N);
    const row = new Float64Array(N);
    let s = 0;
    for (let i = 0; i < N; i++) {
      row[i] = active[i] ? Math.min(1, (n * w[i]!) / total) : 0;
      s += row[i]!;
    }
    // Make the sum an exact-enough integer by scaling the uncapped ones.
    const fix = n / s;
    for (let i = 0; i < N; i++) row[i] = Math.min(1, row[i]! * fix);
    pi.push(row);
  }
  return { pi, strata };
}

function time(label: string, pi: Float64Array[], strata: string[] | undefined): void {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < 7; r++) {
    const rng = createRng(`bench-${r}`);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const out = roundHorizon(pi, strata ? { rng, strata } : { rng });
    wall.push(performance.now() - t0);
    const c1 = process.cpuUsage(c0);
    cpu.push((c1.user + c1.system) / 1000);
    if (out.length !== pi.length) throw new Error('bad output');
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(
    `${label}: wall median ${wall[3]!.toFixed(0)} ms (min ${wall[0]!.toFixed(0)}), cpu median ${cpu[3]!.toFixed(0)} ms (min ${cpu[0]!.toFixed(0)})`,
  );
}

const { pi, strata } = matrix('bench-horizon');
let arcs = 0;
for (const row of pi) for (const p of row) if (p > 0 && p < 1) arcs++;
console.log(`N=${N} T=${T} H=${H}, fractional unit-periods=${arcs}`);
time('risk-weighted, without strata', pi, undefined);
time('risk-weighted, with strata   ', pi, strata);
// Equal probabilities k/T in every period: every Lambda_i is an integer, so pinNearIntegral has work.
const k = 3;
const units = Math.round((N * k) / T) * (T / k) === N ? N : Math.ceil(N / T) * T;
const equal = Array.from({ length: T }, () => new Float64Array(units).fill(k / T));
const equalStrata = Array.from({ length: units }, (_, i) => `type-${i % H}`);
time(`equal ${k}/${T} (N=${units}), with strata`, equal, equalStrata);
