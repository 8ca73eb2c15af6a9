/** What kind of failure a {@link FairdrawError} reports. */
export type FairdrawErrorCode =
  /** The input does not have the required shape or values. */
  | 'invalid-input'
  /** The input is well formed but no schedule can meet all its constraints. */
  | 'infeasible'
  /** The schedule was made by an algorithm version this library does not support. */
  | 'unsupported';

/** One problem found in the input: where, and what is wrong there. */
export interface FairdrawProblem {
  /** Dotted path of the offending field, e.g. `horizon.zone` or `units[3].risk`. */
  path: string;
  /** What is wrong, in words a planner can act on. */
  message: string;
}

/**
 * The only error fairdraw throws on purpose. `path` names the field, `message` starts with it
 * (`"horizon.zone: unknown IANA zone \"Asia/Shanghia\""`), and `problems` lists every problem
 * found when there is more than one.
 */
export class FairdrawError extends Error {
  readonly code: FairdrawErrorCode;
  readonly path: string;
  readonly problems: readonly FairdrawProblem[];

  constructor(code: FairdrawErrorCode, path: string, message: string, problems?: readonly FairdrawProblem[]) {
    super(path ? `${path}: ${message}` : message);
    this.name = 'FairdrawError';
    this.code = code;
    this.path = path;
    this.problems = problems && problems.length > 0 ? problems : [{ path, message }];
  }
}
