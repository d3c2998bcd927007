/**
 * network/allocation: sharing link pair-generation capacity and node memory among end-to-end demands over
 * candidate paths, by linear programming (decision 0003). Pure: the LP solver is passed in as an
 * {@link LpSolver}; highs-model-result.ts turns a loaded HiGHS runtime into one (src/cli/highs-solver.ts and
 * src/ui/planning/browser-highs-solver.ts load the runtime).
 */
export * from './types.js';
export type * from './lp-solver.js';
export { lpModelOf } from './lp-model.js';
export type { LpModel, LpRow } from './lp-model.js';
export { allocateCapacity, standaloneRateBound } from './allocate.js';
export { prepareAllocation, MAX_EDGE_CAPACITY } from './prepare.js';
export type { PreparedAllocation, PreparedDemand, PreparedPath, PathTerm } from './prepare.js';
export { formulateAllocationLp, SHARE_VARIABLE } from './formulate.js';
export type { AllocationLp, AllocationStage, LpRowMeaning } from './formulate.js';
export { interpretAllocation, describeLpStatus, unsolvedResult } from './interpret.js';
export {
  HIGHS_STATUS_NAMES,
  highsLpSolver,
  solveLpModelWithHighs,
  solveLpWithHighs,
} from './highs-model-result.js';
