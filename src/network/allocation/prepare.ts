/**
 * Validation and preparation of an allocation problem: checks every input at entry (ParameterError naming
 * the field, e.g. `demands[2].paths[0].pairCosts[1]`), resolves edge and node keys to indices, merges
 * repeated edges or nodes of a path, and sets aside unusable paths with a reason, so that the LP only
 * contains paths that can carry traffic and every demand that gets nothing can be told why.
 *
 * A path is unusable when it crosses an edge of capacity 0 or needs memory at a node whose limit is 0:
 * its flow would be forced to 0, and leaving it out keeps a dead demand from pinning the max-min share at 0.
 */
import {
  ParameterError,
  didYouMean,
  requireFinite,
  requireInRange,
  requireNonNegative,
  requirePositive,
  type Hertz,
} from '../../core/index.js';
import type { AllocationObjective, AllocationOptions, AllocationPath, AllocationProblem } from './types.js';

/** Largest accepted capacity, pairs/s: HiGHS treats bounds >= 1e20 as infinite, so stay far below. */
export const MAX_EDGE_CAPACITY: Hertz = 1e15;

/** A coefficient of a path on one edge or node. */
export interface PathTerm {
  /** Index into PreparedAllocation.edges or .nodes. */
  readonly index: number;
  /** Elementary pairs (edge) or qubit-seconds (node) per delivered pair. */
  readonly cost: number;
}

/** A usable candidate path. */
export interface PreparedPath {
  readonly demandIndex: number;
  /** Index in the demand's input `paths`. */
  readonly pathIndex: number;
  readonly edgeTerms: readonly PathTerm[];
  /** Only nodes with a memory limit and a positive memory cost. */
  readonly nodeTerms: readonly PathTerm[];
}

/** A validated demand. */
export interface PreparedDemand {
  readonly key: string;
  readonly requestedRate?: Hertz;
  readonly minimumRate: Hertz;
  readonly weight: number;
  /** Number of input candidate paths. */
  readonly pathCount: number;
  /** Indices into PreparedAllocation.paths of this demand's usable paths. */
  readonly usablePaths: readonly number[];
  /** Why candidate paths are unusable (or that there are none). */
  readonly explanations: readonly string[];
}

/** A validated problem, ready to formulate. */
export interface PreparedAllocation {
  readonly objective: AllocationObjective;
  readonly lexicographic: boolean;
  readonly demands: readonly PreparedDemand[];
  readonly paths: readonly PreparedPath[];
  readonly edges: readonly { readonly key: string; readonly capacity: Hertz }[];
  readonly nodes: readonly { readonly key: string; readonly memoryLimit?: number }[];
  /** Whether every demand gives a requestedRate (then the max-min share is a fraction of the request). */
  readonly sharesAreFractions: boolean;
  /**
   * Rate unit of the LP, pairs/s: the largest capacity among edges on usable paths. Dividing every rate by it
   * keeps LP numbers near 1, where HiGHS's absolute tolerances (1e-7) are small relative to the data.
   */
  readonly rateScale: Hertz;
}

function indexKeys(field: string, items: readonly { readonly key: string }[]): Map<string, number> {
  const indices = new Map<string, number>();
  items.forEach((item, i) => {
    if (typeof item.key !== 'string') throw new ParameterError(`${field}[${i}].key`, 'must be a string');
    if (indices.has(item.key)) throw new ParameterError(`${field}[${i}].key`, `duplicate key "${item.key}"`);
    indices.set(item.key, i);
  });
  return indices;
}

function mergeTerms(terms: PathTerm[]): PathTerm[] {
  const merged = new Map<number, number>();
  for (const term of terms) merged.set(term.index, (merged.get(term.index) ?? 0) + term.cost);
  return [...merged].map(([index, cost]) => ({ index, cost }));
}

function checkPathShape(field: string, path: AllocationPath, endpoints: readonly string[] | undefined): void {
  if (!Array.isArray(path.edges as unknown) || path.edges.length === 0) {
    throw new ParameterError(`${field}.edges`, 'must list at least one edge');
  }
  if (!Array.isArray(path.nodes as unknown) || path.nodes.length !== path.edges.length + 1) {
    throw new ParameterError(
      `${field}.nodes`,
      `must list ${path.edges.length + 1} nodes (edges + 1, both ends)`,
    );
  }
  if (path.pairCosts !== undefined && path.pairCosts.length !== path.edges.length) {
    throw new ParameterError(`${field}.pairCosts`, `must have one entry per edge (${path.edges.length})`);
  }
  if (path.memoryCosts !== undefined && path.memoryCosts.length !== path.nodes.length) {
    throw new ParameterError(`${field}.memoryCosts`, `must have one entry per node (${path.nodes.length})`);
  }
  if (endpoints !== undefined) {
    const [first, last] = [path.nodes[0]!, path.nodes[path.nodes.length - 1]!];
    const same = first === endpoints[0] && last === endpoints[1];
    const reversed = first === endpoints[1] && last === endpoints[0];
    if (!same && !reversed) {
      throw new ParameterError(
        `${field}.nodes`,
        `must join the same ends as paths[0] ("${endpoints[0]}" and "${endpoints[1]}"), got "${first}" to "${last}"`,
      );
    }
  }
}

/**
 * Validates a problem and resolves it into index form.
 * @throws ParameterError naming the offending field for any invalid input.
 */
export function prepareAllocation(
  problem: AllocationProblem,
  options: AllocationOptions = {},
): PreparedAllocation {
  const objective = options.objective ?? 'max-total';
  if (objective !== 'max-total' && objective !== 'max-min') {
    throw new ParameterError('objective', `must be "max-total" or "max-min" (got "${String(objective)}")`);
  }
  if (!Array.isArray(problem.demands as unknown)) throw new ParameterError('demands', 'must be an array');
  if (!Array.isArray(problem.edges as unknown)) throw new ParameterError('edges', 'must be an array');
  const nodeList = problem.nodes ?? [];
  if (!Array.isArray(nodeList as unknown)) throw new ParameterError('nodes', 'must be an array');

  const edgeIndex = indexKeys('edges', problem.edges);
  const nodeIndex = indexKeys('nodes', nodeList);
  indexKeys('demands', problem.demands);
  const edges = problem.edges.map((edge, i) => {
    const capacity = edge.capacity;
    if (!(capacity >= 0 && capacity <= MAX_EDGE_CAPACITY)) {
      requireInRange(`edges[${i}].capacity`, capacity, 0, MAX_EDGE_CAPACITY);
    }
    return { key: edge.key, capacity };
  });
  const nodes = nodeList.map((node, i) =>
    node.memoryLimit === undefined
      ? { key: node.key }
      : { key: node.key, memoryLimit: requireNonNegative(`nodes[${i}].memoryLimit`, node.memoryLimit) },
  );

  const requestCount = problem.demands.filter((demand) => demand.requestedRate !== undefined).length;
  if (objective === 'max-min' && requestCount !== 0 && requestCount !== problem.demands.length) {
    const missing = problem.demands.findIndex((demand) => demand.requestedRate === undefined);
    throw new ParameterError(
      `demands[${missing}].requestedRate`,
      'max-min needs a requestedRate on every demand or on none (a share cannot mix fractions and rates)',
    );
  }

  const paths: PreparedPath[] = [];
  const demands = problem.demands.map((demand, d): PreparedDemand => {
    const field = `demands[${d}]`;
    const weight = demand.weight === undefined ? 1 : requirePositive(`${field}.weight`, demand.weight);
    const requestedRate =
      demand.requestedRate === undefined
        ? undefined
        : requirePositive(`${field}.requestedRate`, demand.requestedRate);
    const minimumRate =
      demand.minimumRate === undefined ? 0 : requireNonNegative(`${field}.minimumRate`, demand.minimumRate);
    if (requestedRate !== undefined && minimumRate > requestedRate) {
      throw new ParameterError(`${field}.minimumRate`, `must be <= requestedRate (${requestedRate})`);
    }
    if (!Array.isArray(demand.paths as unknown))
      throw new ParameterError(`${field}.paths`, 'must be an array');

    const usablePaths: number[] = [];
    const explanations: string[] = [];
    if (demand.paths.length === 0) explanations.push('no candidate path joins its ends');
    let endpoints: readonly string[] | undefined;
    demand.paths.forEach((path, p) => {
      const pathField = `${field}.paths[${p}]`;
      checkPathShape(pathField, path, endpoints);
      endpoints ??= [path.nodes[0]!, path.nodes[path.nodes.length - 1]!];
      const reasons: string[] = [];
      const edgeTerms = path.edges.map((key, i): PathTerm => {
        const index = edgeIndex.get(key);
        if (index === undefined) {
          throw new ParameterError(
            `${pathField}.edges[${i}]`,
            `unknown edge "${key}"${didYouMean(key, edgeIndex.keys())}`,
          );
        }
        const cost = path.pairCosts === undefined ? 1 : path.pairCosts[i]!;
        // Field names are built only on failure: this loop runs once per path edge (tens of thousands of times).
        if (!(Number.isFinite(cost) && cost >= 1)) {
          requireFinite(`${pathField}.pairCosts[${i}]`, cost);
          throw new ParameterError(
            `${pathField}.pairCosts[${i}]`,
            `must be >= 1 elementary pair per delivered pair (got ${cost})`,
          );
        }
        if (edges[index]!.capacity === 0) reasons.push(`edge "${key}" has capacity 0`);
        return { index, cost };
      });
      const nodeTerms: PathTerm[] = [];
      path.nodes.forEach((key, j) => {
        if (typeof key !== 'string') throw new ParameterError(`${pathField}.nodes[${j}]`, 'must be a string');
        const index = nodeIndex.get(key);
        const limit = index === undefined ? undefined : nodes[index]!.memoryLimit;
        if (limit === undefined) return;
        if (path.memoryCosts === undefined) {
          throw new ParameterError(`${pathField}.memoryCosts`, `required: node "${key}" has a memoryLimit`);
        }
        const cost = path.memoryCosts[j]!;
        if (!(Number.isFinite(cost) && cost >= 0)) requireNonNegative(`${pathField}.memoryCosts[${j}]`, cost);
        if (cost === 0) return;
        if (limit === 0) reasons.push(`node "${key}" has memory limit 0`);
        nodeTerms.push({ index: index!, cost });
      });
      if (reasons.length > 0) {
        explanations.push(`path ${p} is unusable: ${reasons.join(', ')}`);
        return;
      }
      usablePaths.push(paths.length);
      paths.push({
        demandIndex: d,
        pathIndex: p,
        edgeTerms: mergeTerms(edgeTerms),
        nodeTerms: mergeTerms(nodeTerms),
      });
    });
    if (demand.paths.length > 0 && usablePaths.length === 0)
      explanations.unshift('every candidate path is unusable');
    return {
      key: demand.key,
      ...(requestedRate === undefined ? {} : { requestedRate }),
      minimumRate,
      weight,
      pathCount: demand.paths.length,
      usablePaths,
      explanations,
    };
  });

  let rateScale = 0;
  for (const path of paths)
    for (const term of path.edgeTerms) rateScale = Math.max(rateScale, edges[term.index]!.capacity);
  return {
    objective,
    lexicographic: options.lexicographic ?? true,
    demands,
    paths,
    edges,
    nodes,
    sharesAreFractions: requestCount === problem.demands.length && requestCount > 0,
    rateScale: rateScale > 0 ? rateScale : 1,
  };
}
