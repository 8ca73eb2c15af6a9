export { buildHorizonNetwork, type HorizonNetwork } from './buildHorizonNetwork.js';
export { cancelCycles } from './cancelCycles.js';
export { horizonCounts } from './horizonCounts.js';
export { pinNearIntegral } from './pinNearIntegral.js';
export { drawHorizon, type HorizonDraw, type RoundHorizonOptions, roundHorizon } from './roundHorizon.js';
export { GRID_BITS, GRID_ONE, snapToGrid } from './snapToGrid.js';
