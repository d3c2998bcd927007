/**
 * The cost of a generation row on a chosen basis (ebits or secret bits), used to pick the cheapest row
 * and the cheapest code. Source of the cost function: Muralidharan et al., Sci. Rep. 6, 20463 (2016)
 * (see generation-formulas.ts). Assumption: an infeasible row, or one without that rate, has no cost.
 */
import type { CostBasis, GenerationRow } from './generation-types.js';

/** Cost per km of `row` on `basis`, or undefined when the row is infeasible or delivers no such rate. */
export function rowCost(row: GenerationRow, basis: CostBasis): number | undefined {
  if (row.status !== 'feasible') return undefined;
  return basis === 'ebit' ? row.costPerEbitPerKm : row.costPerSecretBitPerKm;
}

/** The row with the lowest cost on `basis`, or undefined when no row has a cost. */
export function cheapestRow<T extends GenerationRow>(rows: readonly T[], basis: CostBasis): T | undefined {
  let best: T | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const row of rows) {
    const cost = rowCost(row, basis);
    if (cost !== undefined && cost < bestCost) {
      best = row;
      bestCost = cost;
    }
  }
  return best;
}
