import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  type Stats,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { FairdrawError, type Phrase } from '../model/FairdrawError.js';

// Files in and out: every file the CLI reads or writes goes through here, and a path it cannot use is
// bad input (exit 2) naming the path. A command writes all its files with one call of `writeAll`.

/**
 * The bad-input error (exit 2) for a file or directory the CLI cannot use: `path: <what> (<code>)`,
 * with the system error code (`ENOENT`, `EACCES`, ...) of `cause`, or the cause itself when it has none.
 */
function fileError(path: string, what: 'read' | 'write', cause: unknown): FairdrawError {
  const code = (cause as NodeJS.ErrnoException).code ?? String(cause);
  return new FairdrawError('invalid-input', path, (t) =>
    what === 'read' ? t.cli.cannotRead(code) : t.cli.cannotWrite(code),
  );
}

/** The error for an output path the checks refuse: `path: cannot write file (CODE): why`. */
function refused(path: string, code: string, why: Phrase): FairdrawError {
  return new FairdrawError('invalid-input', path, (t) => t.cli.refused(code, why(t)));
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
    throw fileError(path, 'read', e);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    const detail = (e as Error).message;
    throw new FairdrawError('invalid-input', path, (t) => t.cli.notJson(detail));
  }
}

/** Reads a whole file as bytes (a spreadsheet); a file that cannot be read is bad input naming the path. */
export function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw fileError(path, 'read', e);
  }
}

/**
 * A file a command writes: its whole content as a text (written in UTF-8) or as bytes (an .xlsx
 * workbook), one of the two.
 */
export type OutputFile = {
  /** The path as given on the command line; errors name it. */
  path: string;
  /** Create the missing directories above the file (`report --csv dir/`); otherwise they must exist. */
  createDirectory?: boolean;
} & ({ text: string; bytes?: never } | { bytes: Uint8Array; text?: never });

/** An output after the checks: the real file it replaces or creates, what to keep of it, what to create. */
interface Checked {
  file: OutputFile;
  target: string;
  /** The file it replaces, whose mode, owner and group the new file keeps. */
  old: Stats | undefined;
  /** The directory to create above it, when missing. */
  mkdir: string | undefined;
}

/** `stat` of `path`, or `undefined` when nothing is there; other failures are thrown. */
function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * The file a write to `path` must replace: `path` itself, or, through symbolic links (chained, relative
 * or pointing to a file not there yet), the file they point to, so that the links stay links.
 */
function linkTarget(path: string): string {
  let target = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let link: Stats;
    try {
      link = lstatSync(target);
    } catch {
      return target; // nothing there (or its directory is missing: the checks say which)
    }
    if (!link.isSymbolicLink()) return target;
    try {
      return realpathSync(target);
    } catch {
      // a link to a file not there yet: follow it by hand from the link's own (real) directory
      target = resolve(realpathSync(dirname(target)), readlinkSync(target));
    }
  }
  throw refused(path, 'ELOOP', (t) => t.cli.tooManyLinks);
}

/** Throws the error naming `path` unless `directory` is a directory this process may create files in. */
function checkDirectory(path: string, directory: string, stats: Stats): void {
  if (!stats.isDirectory()) throw refused(path, 'ENOTDIR', (t) => t.cli.notDirectory(directory));
  try {
    accessSync(directory, constants.W_OK | constants.X_OK);
  } catch {
    throw refused(path, 'EACCES', (t) => t.cli.notWritable(directory));
  }
}

/** Checks one output path without writing anything; throws a bad-input error naming it. */
function check(file: OutputFile): Checked {
  const { path } = file;
  try {
    const target = linkTarget(path);
    const old = statOrNothing(target);
    if (old?.isDirectory()) throw refused(path, 'EISDIR', (t) => t.cli.isDirectory);
    if (old && !old.isFile()) throw refused(path, 'EINVAL', (t) => t.cli.notRegularFile);
    if (old) {
      try {
        accessSync(target, constants.W_OK);
      } catch {
        throw refused(path, 'EACCES', (t) => t.cli.readOnly);
      }
    }
    let directory = dirname(target);
    const parent = statOrNothing(directory);
    if (parent) {
      checkDirectory(path, directory, parent);
      return { file, target: join(realpathSync(directory), basename(target)), old, mkdir: undefined };
    }
    const missing = directory;
    if (!file.createDirectory) throw refused(path, 'ENOENT', (t) => t.cli.noDirectory(missing));
    let ancestor: Stats | undefined;
    while (!(ancestor = statOrNothing(directory))) directory = dirname(directory);
    checkDirectory(path, directory, ancestor);
    return { file, target, old, mkdir: dirname(target) };
  } catch (e) {
    if (e instanceof FairdrawError) throw e;
    throw fileError(path, 'write', e);
  }
}

/**
 * Writes the text or bytes of `c` to a new temporary file beside its target (flushed to disk), with the mode,
 * owner and group of the file it replaces. Its path goes into `made` as soon as it exists, so that a
 * failure can remove it.
 */
function writeTemporary(c: Checked, made: string[]): void {
  const tmp = join(dirname(c.target), `.${basename(c.target)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx', c.old ? c.old.mode & 0o7777 : 0o666);
  made.push(tmp);
  try {
    if (c.file.bytes !== undefined) writeFileSync(fd, c.file.bytes);
    else writeFileSync(fd, c.file.text, 'utf8');
    if (c.old) keepModeAndOwner(fd, c.old);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Gives the open file `fd` the mode (not narrowed by the umask), owner and group of `old`. When this
 * process may not give it `old`'s group, the group loses its permissions, so that no other group can
 * read what only `old`'s group could.
 */
function keepModeAndOwner(fd: number, old: Stats): void {
  let mode = old.mode & 0o7777;
  const now = fstatSync(fd);
  if (now.uid !== old.uid || now.gid !== old.gid) {
    try {
      fchownSync(fd, old.uid, old.gid);
    } catch {
      try {
        fchownSync(fd, now.uid, old.gid);
      } catch {
        mode &= ~0o070;
      }
    }
  }
  // after fchown, which may clear the set-user-ID and set-group-ID bits
  fchmodSync(fd, mode);
}

/** Removes the temporary files and the directories (emptied, deepest first) a failed write made. */
function undo(temporaries: readonly string[], directories: readonly [string, string][]): void {
  for (const tmp of temporaries) rmSync(tmp, { force: true });
  for (const [deepest, top] of [...directories].reverse()) {
    for (let d = deepest; ; d = dirname(d)) {
      try {
        rmdirSync(d);
      } catch {
        break;
      }
      if (d === top) break;
    }
  }
}

/**
 * Writes every file of a command, or none. First every path is checked, before anything is written:
 * its directory exists (or may be created: {@link OutputFile.createDirectory}) and is writable, and the
 * path is not a directory, a device or a read-only file, nor named twice. Then each file's content
 * (a text in UTF-8, bytes as they are) goes to a temporary file beside its target, and only when all
 * are written are they renamed over their targets (a rename is atomic, so a reader sees the old file
 * or the new one, never half of one). A failure before the renames writes nothing: the temporary
 * files and created directories are removed. A file that is replaced keeps its mode, owner and group;
 * a path that is a symbolic link is written through to the file it points to, and stays a link.
 *
 * @throws {FairdrawError} `invalid-input` (exit 2) naming the path that cannot be written.
 */
export function writeAll(files: readonly OutputFile[]): void {
  const checked = files.map(check);
  const seen = new Map<string, string>();
  for (const c of checked) {
    const first = seen.get(c.target);
    if (first !== undefined)
      throw new FairdrawError('invalid-input', c.file.path, (t) => t.cli.namedTwice(first));
    seen.set(c.target, c.file.path);
  }
  const temporaries: string[] = [];
  const directories: [string, string][] = [];
  for (const c of checked) {
    try {
      if (c.mkdir !== undefined) {
        const top = mkdirSync(c.mkdir, { recursive: true });
        if (top !== undefined) directories.push([c.mkdir, top]);
      }
      writeTemporary(c, temporaries);
    } catch (e) {
      undo(temporaries, directories);
      throw fileError(c.file.path, 'write', e);
    }
  }
  checked.forEach((c, k) => {
    try {
      renameSync(temporaries[k]!, c.target);
    } catch (e) {
      undo(temporaries.slice(k), []);
      throw fileError(c.file.path, 'write', e);
    }
  });
}

/** `value` as the CLI writes JSON files and prints reveals: indented by 2 spaces, with a final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The three CSV paths of `report --csv`: inside a directory (existing, or ending in a slash: created by
 * {@link writeAll} when missing, `directory` is then true) or after a prefix.
 */
export function csvPaths(target: string): {
  paths: Record<'units' | 'types' | 'inspectors', string>;
  directory: boolean;
} {
  return csvTablePaths(target, ['units', 'types', 'inspectors'] as const);
}

/**
 * The paths of the CSV tables `tables` of a `--csv` target: `<table>.csv` inside a directory (existing,
 * or ending in a slash: created by {@link writeAll} when missing, `directory` is then true), or
 * `<prefix>-<table>.csv` (`<prefix><table>.csv` when the prefix ends in `-`, `_` or `.`).
 */
export function csvTablePaths<T extends string>(
  target: string,
  tables: readonly T[],
): { paths: Record<T, string>; directory: boolean } {
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
  const paths = Object.fromEntries(tables.map((t) => [t, name(t)])) as Record<T, string>;
  return { paths, directory };
}
