export { FairdrawError, type FairdrawErrorCode, type FairdrawProblem } from './FairdrawError.js';
export { formatPath, validate } from './validate.js';
