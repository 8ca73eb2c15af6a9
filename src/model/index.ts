export { FairdrawError, type FairdrawErrorCode, type FairdrawProblem } from './FairdrawError.js';
export { type Horizon, horizonSchema } from './horizonSchema.js';
export { type Inspector, inspectorSchema } from './inspectorSchema.js';
export { type PlanInput, planInputSchema, type ValidPlanInput } from './planInputSchema.js';
export { type Routine, routineSchema } from './routineSchema.js';
export { type Seed, seedSchema } from './seedSchema.js';
export { type Team, teamSchema } from './teamSchema.js';
export { type Unit, unitSchema } from './unitSchema.js';
export { formatPath, validate } from './validate.js';
