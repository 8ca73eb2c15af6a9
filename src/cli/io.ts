import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { FairdrawError } from '../model/FairdrawError.js';

// Files in and out: every file the CLI reads or writes goes through here, and a path it cannot use is
// bad input (exit 2) naming the path.

/**
 * The bad-input error (exit 2) for a file or directory the CLI cannot use: `path: <what> (<code>)`,
 * with the system error code (`ENOENT`, `EACCES`, ...) of `cause`, or the cause itself when it has none.
 */
function fileError(path: string, what: string, cause: unknown): FairdrawError {
  return new FairdrawError(
    'invalid-input',
    path,
    `${what} (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`,
  );
}

/**
 * Writes `text` to `path` atomically: first to a temporary file beside it, then renamed over the
 * target, so a reader never sees half a schedule.
 */
function writeFileAtomic(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, text, { encoding: 'utf8', flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Reads and parses a JSON file; a file that cannot be read or parsed is bad input (a FairdrawError
 * naming the path).
 */
export function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw fileError(path, 'cannot read file', e);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new FairdrawError('invalid-input', path, `not valid JSON (${(e as Error).message})`);
  }
}

/** Writes an output file atomically; a path that cannot be written is bad input (exit 2) naming it. */
export function writeOut(path: string, text: string): void {
  try {
    writeFileAtomic(path, text);
  } catch (e) {
    throw fileError(path, 'cannot write file', e);
  }
}

/** `value` as the CLI writes JSON files and prints reveals: indented by 2 spaces, with a final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

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
