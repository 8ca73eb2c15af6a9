import { FairdrawError } from '../model/FairdrawError.js';

/**
 * The bad-input error (exit 2) for a file or directory the CLI cannot use: `path: <what> (<code>)`,
 * with the system error code (`ENOENT`, `EACCES`, ...) of `cause`, or the cause itself when it has none.
 */
export function fileError(path: string, what: string, cause: unknown): FairdrawError {
  return new FairdrawError(
    'invalid-input',
    path,
    `${what} (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`,
  );
}
