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

const { pi, strata } = matrix('bench-horizon');
let arcs = 0;
for (const row of pi) for (const p of row) if (p > 0 && p < 1) arcs++;
console.log(`N=${N} T=${T} H=${H}, fractional unit-periods=${arcs}`);
for (const withStrata of [false, true]) {
  const times: number[] = [];
  for (let r = 0; r < 7; r++) {
    const rng = createRng(`bench-${r}`);
    const t0 = performance.now();
    const out = roundHorizon(pi, withStrata ? { rng, strata } : { rng });
    times.push(performance.now() - t0);
    if (out.length !== T) throw new Error('bad output');
  }
  times.sort((a, b) => a - b);
  console.log(
    `${withStrata ? 'with strata   ' : 'without strata'}: median ${times[3]!.toFixed(1)} ms, min ${times[0]!.toFixed(1)} ms, max ${times[6]!.toFixed(1)} ms`,
  );
}
