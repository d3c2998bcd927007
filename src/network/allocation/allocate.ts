/**
 * Capacity allocation across demands: validates the problem, writes the LP (formulate.ts), has the caller's
 * solver solve it, and reads the answer back (interpret.ts). 'max-total' is one LP. 'max-min' is the
 * two-stage lexicographic scheme: maximise the fair share t, then maximise the weighted total with every
 * demand kept at or above t (Bertsekas & Gallager, "Data Networks", §6.5.2 for max-min fairness; the second
 * stage is the first step of progressive filling, not the full max-min-fair vector; see decision 0003).
 * Pure: the solver is passed in, so this file does no I/O.
 */
import type { Hertz } from '../../core/index.js';
import { formulateAllocationLp, SHARE_VARIABLE } from './formulate.js';
import { interpretAllocation, unsolvedResult } from './interpret.js';
import type { LpSolver } from './lp-solver.js';
import { prepareAllocation, type PreparedAllocation } from './prepare.js';
import type { AllocationOptions, AllocationProblem, AllocationResult } from './types.js';

/**
 * The stage-1 share is relaxed by this fraction before it is imposed in stage 2, so that the solver's
 * feasibility tolerance (1e-7) cannot turn the fixed share into an infeasible stage 2.
 */
const SHARE_RELAXATION = 1e-7;

function rateText(rate: Hertz): string {
  return `${Number(rate.toPrecision(4))} pairs/s`;
}

/**
 * Upper bound on what a demand could get with the network to itself: the sum over its usable paths of each
 * path's bottleneck (edge capacity / pair cost, memory limit / memory cost). It over-estimates when paths
 * share an edge, so a minimumRate above it is certainly impossible; below it, it may still conflict with others.
 */
export function standaloneRateBound(prepared: PreparedAllocation, demandIndex: number): Hertz {
  let bound = 0;
  for (const p of prepared.demands[demandIndex]!.usablePaths) {
    const path = prepared.paths[p]!;
    let bottleneck = Number.POSITIVE_INFINITY;
    for (const term of path.edgeTerms)
      bottleneck = Math.min(bottleneck, prepared.edges[term.index]!.capacity / term.cost);
    for (const term of path.nodeTerms) {
      bottleneck = Math.min(bottleneck, prepared.nodes[term.index]!.memoryLimit! / term.cost);
    }
    bound += bottleneck;
  }
  return bound;
}

function minimumRateNotes(prepared: PreparedAllocation, onlyImpossible: boolean): Map<number, string[]> {
  const notes = new Map<number, string[]>();
  prepared.demands.forEach((demand, d) => {
    if (demand.minimumRate <= 0) return;
    const bound = standaloneRateBound(prepared, d);
    if (demand.minimumRate > bound * (1 + 1e-9)) {
      notes.set(d, [
        `minimumRate ${rateText(demand.minimumRate)} exceeds the ${rateText(bound)} its usable paths could carry even alone`,
      ]);
    } else if (!onlyImpossible) {
      notes.set(d, [
        `needs at least ${rateText(demand.minimumRate)} (minimumRate), alone it could get up to ${rateText(bound)}`,
      ]);
    }
  });
  return notes;
}

/** Solves one LP and, when the solver proves infeasibility, says which minimum rates are involved. */
function solveStage(
  prepared: PreparedAllocation,
  solver: LpSolver,
  stage: 'max-total' | 'max-min-share' | 'max-min-total',
  fixedShare?: number,
): { result: AllocationResult; share?: number } {
  const lp = formulateAllocationLp(prepared, stage, fixedShare);
  const solution = solver.solveModel ? solver.solveModel(lp.model) : solver.solve(lp.text);
  const result = interpretAllocation(prepared, lp, solution);
  if (result.status === 'infeasible') {
    return {
      result: unsolvedResult(prepared, 'infeasible', result.message, minimumRateNotes(prepared, false)),
    };
  }
  const share = solution.Columns[SHARE_VARIABLE]?.Primal;
  return { result, ...(share === undefined ? {} : { share }) };
}

/**
 * Shares link capacity and node memory among demands over their candidate paths by linear programming.
 *
 * @param problem demands with candidate paths, edge capacities (pairs/s), optional node memory budgets (qubits).
 * @param solver an LP solver (src/cli/highs-solver.ts provides HiGHS); called once ('max-total') or twice
 *   ('max-min' with `lexicographic`, the default).
 * @param options objective ('max-total' by default) and whether max-min runs its second stage.
 * @returns rates per demand and per path, constraint use with shadow prices, and a status with a message;
 *   demands without a usable path get 0 and an explanation rather than an error.
 * @throws ParameterError naming the field for invalid input (unknown edge, pair cost < 1, negative capacity, ...).
 */
export function allocateCapacity(
  problem: AllocationProblem,
  solver: LpSolver,
  options: AllocationOptions = {},
): AllocationResult {
  const prepared = prepareAllocation(problem, options);
  const impossible = minimumRateNotes(prepared, true);
  if (impossible.size > 0) {
    const keys = [...impossible.keys()].map((d) => `"${prepared.demands[d]!.key}"`).join(', ');
    return unsolvedResult(
      prepared,
      'infeasible',
      `infeasible: the minimumRate of ${keys} cannot be met`,
      impossible,
    );
  }
  if (prepared.paths.length === 0) {
    const message =
      prepared.demands.length === 0
        ? 'nothing to allocate: there are no demands'
        : 'nothing to allocate: no demand has a usable candidate path';
    return unsolvedResult(prepared, 'empty', message);
  }
  if (prepared.objective === 'max-total') return solveStage(prepared, solver, 'max-total').result;

  const first = solveStage(prepared, solver, 'max-min-share');
  if (first.result.status !== 'optimal' || !prepared.lexicographic) return first.result;
  const fixedShare = Math.max(0, first.share ?? 0) * (1 - SHARE_RELAXATION);
  const second = solveStage(prepared, solver, 'max-min-total', fixedShare);
  if (second.result.status !== 'optimal') {
    return {
      ...first.result,
      message: `${first.result.message} (second stage failed: ${second.result.message}; rates are from the first stage)`,
    };
  }
  return second.result;
}
