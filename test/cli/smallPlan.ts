import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A small plan file: units `ps-a`, `ps-b` (police-station) and `cib` (criminal-investigation),
 * inspectors `i-1`..`i-4`, two routine visits a week for four weeks; `rename` changes ids and types.
 */
export function smallPlan(seed: string, rename: (id: string) => string = (id) => id) {
  const unit = (id: string, type: string, risk: number) => ({ id: rename(id), type: rename(type), risk });
  return {
    seed,
    horizon: { start: '2026-01-05', end: '2026-02-01', zone: 'Asia/Shanghai', period: 'week' },
    units: [
      unit('ps-a', 'police-station', 3),
      unit('ps-b', 'police-station', 2),
      unit('cib', 'criminal-investigation', 1),
    ],
    inspectors: ['i-1', 'i-2', 'i-3', 'i-4'].map((id) => ({ id: rename(id) })),
    routine: { visitsPerPeriod: 2 },
  };
}

/** Writes `value` (a string as it is, anything else as JSON) to `name` in `dir`; returns the path. */
export function writeIn(dir: string, name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

/** The arguments of `fairdraw substitute` for one inspector on one date, with an explicit `--at`. */
export function substituteArgs(
  files: { input: string; schedule: string },
  inspector: string,
  date: string,
  ...extra: string[]
): string[] {
  return [
    'substitute',
    files.input,
    files.schedule,
    '--inspector',
    inspector,
    '--dates',
    date,
    '--reason',
    'ill',
    '--at',
    '2026-01-05T08:00:00+08:00',
    ...extra,
  ];
}
