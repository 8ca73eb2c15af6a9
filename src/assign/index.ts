export { assignInspectors } from './assignInspectors.js';
export { INELIGIBILITY_WORDING, type IneligibilityReason, ineligibility } from './ineligibility.js';
export { type InspectorChange, substituteInspector } from './substituteInspector.js';
export type { AssignInspector, Assignment, AssignOptions, AssignVisit, RecusalRule } from './types.js';
