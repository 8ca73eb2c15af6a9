import { mkdirSync, statSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { fileError } from './fileError.js';

/** The three CSV paths of `--csv`: inside a directory (existing, or ending in a slash) or after a prefix. */
export function csvPaths(target: string): Record<'units' | 'types' | 'inspectors', string> {
  let directory = target.endsWith('/') || target.endsWith(sep);
  try {
    directory ||= statSync(target).isDirectory();
  } catch {
    // not there yet: a prefix, unless it ends in a slash
  }
  const name = (table: string) => {
    if (directory) return join(target, `${table}.csv`);
    return /[-_.]$/.test(basename(target)) ? `${target}${table}.csv` : `${target}-${table}.csv`;
  };
  if (directory) {
    try {
      mkdirSync(target, { recursive: true });
    } catch (e) {
      throw fileError(target, 'cannot create directory', e);
    }
  }
  return { units: name('units'), types: name('types'), inspectors: name('inspectors') };
}
