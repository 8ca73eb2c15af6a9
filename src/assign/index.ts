export type { AssignInspector } from './AssignInspector.js';
export type { Assignment } from './Assignment.js';
export type { AssignOptions, RecusalRule } from './AssignOptions.js';
export type { AssignVisit } from './AssignVisit.js';
export { assignInspectors } from './assignInspectors.js';
export { INELIGIBILITY_WORDING, type IneligibilityReason, ineligibility } from './ineligibility.js';
export { type InspectorChange, substituteInspector } from './substituteInspector.js';
