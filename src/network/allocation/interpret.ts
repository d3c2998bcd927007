/**
 * Reading a solver's answer back into user terms: per-demand and per-path rates in pairs/s, the use of every
 * edge capacity and node memory budget with HiGHS's dual values, which saturated constraints hold each demand
 * back, and a status with a sentence for every outcome (solver statuses mapped as in HiGHS's documentation of
 * `HighsModelStatus`). Rates are unscaled here (LP values times the rate scale S of prepare.ts).
 */
import type { AllocationLp } from './formulate.js';
import type { LpSolution, LpStatus } from './lp-solver.js';
import type { PreparedAllocation } from './prepare.js';
import type {
  AllocationResult,
  AllocationStatus,
  ConstraintRef,
  ConstraintUsage,
  DemandAllocation,
} from './types.js';

/** Utilisation at or above 1 - this counts as saturated (binding). HiGHS's feasibility tolerance is 1e-7. */
const BINDING_TOLERANCE = 1e-6;
/** LP values below this (in units of the rate scale) are solver noise and reported as 0. */
const NOISE_FLOOR = 1e-10;

function describeRate(rate: number): string {
  return `${Number(rate.toPrecision(4))} pairs/s`;
}

/** Maps a HiGHS model status to an allocation status and a sentence. */
export function describeLpStatus(status: LpStatus): { status: AllocationStatus; message: string } {
  switch (status) {
    case 'Optimal':
      return { status: 'optimal', message: 'optimal allocation found' };
    case 'Infeasible':
      return {
        status: 'infeasible',
        message: 'infeasible: the network cannot deliver every demand its minimumRate at the same time',
      };
    case 'Unbounded':
    case 'Primal infeasible or unbounded':
      return {
        status: 'unbounded',
        message: `unbounded (${status}): some rate is not limited by any finite capacity; check the edge capacities`,
      };
    case 'Empty':
      return { status: 'empty', message: 'nothing to allocate: the LP has no variables' };
    default:
      return {
        status: 'solver-failed',
        message: `the LP solver stopped without an answer (HiGHS status "${status}")`,
      };
  }
}

/** A result with every rate 0, for outcomes without a solution; each demand carries `reason` and its own notes. */
export function unsolvedResult(
  prepared: PreparedAllocation,
  status: Exclude<AllocationStatus, 'optimal'>,
  message: string,
  extraExplanations: ReadonlyMap<number, readonly string[]> = new Map(),
): AllocationResult {
  const demands = prepared.demands.map((demand, d): DemandAllocation => ({
    key: demand.key,
    rate: 0,
    ...(demand.requestedRate === undefined ? {} : { requestedRate: demand.requestedRate, satisfaction: 0 }),
    paths: Array.from({ length: demand.pathCount }, (_, pathIndex) => ({ pathIndex, rate: 0 })),
    limitedBy: [],
    explanations: [...demand.explanations, ...(extraExplanations.get(d) ?? []), `no allocation: ${message}`],
  }));
  return {
    status,
    message,
    objective: prepared.objective,
    totalRate: 0,
    demands,
    constraints: [],
    dualsFrom: prepared.objective === 'max-total' ? 'max-total' : 'max-min-share',
    lpSize: { variables: prepared.paths.length, rows: 0 },
  };
}

/**
 * The smallest share any demand with a usable path received: min rate_d / (weight_d requestedRate_d), or
 * min rate_d / weight_d without requests. Read from the rates rather than the LP's `share` column, so it is
 * the same whether or not the second, total-maximising stage ran.
 */
function achievedShare(prepared: PreparedAllocation, demands: readonly DemandAllocation[]): number {
  let share = Number.POSITIVE_INFINITY;
  prepared.demands.forEach((demand, d) => {
    if (demand.usablePaths.length === 0) return;
    const reference = demand.weight * (prepared.sharesAreFractions ? demand.requestedRate! : 1);
    share = Math.min(share, demands[d]!.rate / reference);
  });
  return Number.isFinite(share) ? share : 0;
}

function refText(ref: ConstraintRef, usage: ConstraintUsage): string {
  return ref.kind === 'edge'
    ? `edge "${ref.key}" (capacity ${describeRate(usage.limit)}, fully used)`
    : `memory at node "${ref.key}" (${Number(usage.limit.toPrecision(4))} qubits, fully used)`;
}

/**
 * Turns the solution of `lp` into an allocation result.
 * @throws Error when the solution does not match the LP (a solver bug, not a user error).
 */
export function interpretAllocation(
  prepared: PreparedAllocation,
  lp: AllocationLp,
  solution: LpSolution,
): AllocationResult {
  const mapped = describeLpStatus(solution.Status);
  if (mapped.status !== 'optimal') return unsolvedResult(prepared, mapped.status, mapped.message);

  const scale = prepared.rateScale;
  const pathRates = lp.pathVariables.map((name) => {
    const value = solution.Columns[name]?.Primal;
    if (value === undefined || !Number.isFinite(value))
      throw new Error(`allocation LP: no value for ${name}`);
    return value < NOISE_FLOOR ? 0 : value * scale;
  });

  const edgeUse = new Float64Array(prepared.edges.length);
  const nodeUse = new Float64Array(prepared.nodes.length);
  prepared.paths.forEach((path, i) => {
    for (const term of path.edgeTerms) edgeUse[term.index]! += term.cost * pathRates[i]!;
    for (const term of path.nodeTerms) nodeUse[term.index]! += term.cost * pathRates[i]!;
  });

  // Shadow prices in user units: d(objective)/d(limit) = dual * (objective unit) / S, where the objective unit
  // is S for rate totals and for rate shares, and 1 for fractional shares.
  const objectiveUnit = lp.stage === 'max-min-share' && prepared.sharesAreFractions ? 1 : scale;
  const constraints: ConstraintUsage[] = [];
  const edgeUsage = new Map<number, ConstraintUsage>();
  const nodeUsage = new Map<number, ConstraintUsage>();
  if (solution.Rows.length !== lp.rows.size) {
    throw new Error(`allocation LP: ${solution.Rows.length} rows in the solution, ${lp.rows.size} written`);
  }
  [...lp.rows].forEach(([name, meaning], r) => {
    const row = solution.Rows[r]!;
    if (row.Name !== undefined && row.Name !== name)
      throw new Error(`allocation LP: row ${r} is ${row.Name}, not ${name}`);
    if (meaning.kind !== 'edge' && meaning.kind !== 'node') return;
    const isEdge = meaning.kind === 'edge';
    const key = isEdge ? prepared.edges[meaning.index]!.key : prepared.nodes[meaning.index]!.key;
    const limit = isEdge
      ? prepared.edges[meaning.index]!.capacity
      : prepared.nodes[meaning.index]!.memoryLimit!;
    const used = isEdge ? edgeUse[meaning.index]! : nodeUse[meaning.index]!;
    const utilisation = Math.min(1, Math.max(0, used / limit));
    const dual = row.Dual ?? 0;
    const usage: ConstraintUsage = {
      kind: meaning.kind,
      key,
      used,
      limit,
      utilisation,
      binding: utilisation >= 1 - BINDING_TOLERANCE,
      shadowPrice: Math.abs(dual) < 1e-12 ? 0 : (dual * objectiveUnit) / scale,
    };
    constraints.push(usage);
    (isEdge ? edgeUsage : nodeUsage).set(meaning.index, usage);
  });

  const demands = prepared.demands.map((demand): DemandAllocation => {
    const paths = Array.from({ length: demand.pathCount }, (_, pathIndex) => ({ pathIndex, rate: 0 }));
    let rate = 0;
    const limitedBy = new Map<string, ConstraintRef>();
    const saturated: string[] = [];
    for (const p of demand.usablePaths) {
      const path = prepared.paths[p]!;
      paths[path.pathIndex] = { pathIndex: path.pathIndex, rate: pathRates[p]! };
      rate += pathRates[p]!;
      for (const [terms, usageMap, kind] of [
        [path.edgeTerms, edgeUsage, 'edge'],
        [path.nodeTerms, nodeUsage, 'node'],
      ] as const) {
        for (const term of terms) {
          const usage = usageMap.get(term.index)!;
          const id = `${kind}:${usage.key}`;
          if (usage.binding && !limitedBy.has(id)) {
            limitedBy.set(id, { kind, key: usage.key });
            saturated.push(refText({ kind, key: usage.key }, usage));
          }
        }
      }
    }
    const request = demand.requestedRate;
    const fullyServed = request !== undefined && rate >= request * (1 - BINDING_TOLERANCE);
    const explanations = [...demand.explanations];
    if (!fullyServed && demand.usablePaths.length > 0) {
      const got = rate === 0 ? 'got 0 pairs/s' : `got ${describeRate(rate)}`;
      const asked = request === undefined ? '' : ` of ${describeRate(request)} requested`;
      explanations.push(
        saturated.length > 0
          ? `${got}${asked}: limited by ${saturated.join(', ')}`
          : `${got}${asked}: held at the fair share, no constraint on its paths is saturated`,
      );
    }
    return {
      key: demand.key,
      rate,
      ...(request === undefined ? {} : { requestedRate: request, satisfaction: Math.min(1, rate / request) }),
      paths,
      limitedBy: fullyServed ? [] : [...limitedBy.values()],
      explanations,
    };
  });

  const totalRate = demands.reduce((sum, demand) => sum + demand.rate, 0);
  const fairShare = prepared.objective === 'max-min' ? achievedShare(prepared, demands) : undefined;
  const served = demands.filter((demand) => demand.rate > 0).length;
  const shareText =
    fairShare === undefined
      ? ''
      : prepared.sharesAreFractions
        ? `, every demand gets at least ${Number((fairShare * 100).toPrecision(4))}% of its weighted request`
        : `, every demand gets at least ${describeRate(fairShare)} per unit weight`;
  return {
    status: 'optimal',
    message: `optimal: ${served} of ${demands.length} demands served, ${describeRate(totalRate)} in total${shareText}`,
    objective: prepared.objective,
    totalRate,
    ...(fairShare === undefined ? {} : { fairShare }),
    demands,
    constraints,
    dualsFrom: lp.stage,
    lpSize: { variables: lp.pathVariables.length, rows: lp.rows.size },
  };
}
