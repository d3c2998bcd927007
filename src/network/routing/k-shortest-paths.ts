/**
 * The k shortest simple paths between two nodes, by Yen's algorithm, for multipath routing.
 *
 * Source: J. Y. Yen, "Finding the k shortest loopless paths in a network", Management Science 17, 712
 * (1971). For each accepted path and each spur node on it, the root path's nodes (except the spur node)
 * are avoided and the next edge of every accepted path sharing that root is blocked; the best spur path
 * completes a candidate, and the cheapest candidate is accepted next.
 * Assumptions: paths are compared by their edge sequence, so in a multigraph two paths over the same sites
 * but different parallel links are different paths (they are different physical routes). Ties in cost are
 * broken by fewer hops, then by the edge keys, so the output is deterministic. Cost: O(k * V) route queries.
 */
import { requireInteger } from '../../core/index.js';
import { requireRoutingMetric } from './edge-costs.js';
import { pathFromEdgeKeys } from './route-query.js';
import type { Path, RouteOptions, Router, RoutingMetric } from './routing-types.js';

/** Options of {@link kShortestPaths}. */
export interface KShortestPathsOptions {
  /** How many paths at most; an integer >= 1. */
  readonly k: number;
  /** What to minimise. */
  readonly metric: RoutingMetric;
  /** Edge keys not to use (besides the network's blocked edges). Default none. */
  readonly blocked?: RouteOptions['blocked'];
}

/** Orders paths by cost, then hop count, then edge keys. */
export function comparePaths(a: Path, b: Path): number {
  if (a.cost !== b.cost) return a.cost - b.cost;
  if (a.edges.length !== b.edges.length) return a.edges.length - b.edges.length;
  const keyA = a.edges.join('\u0000');
  const keyB = b.edges.join('\u0000');
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

function sharesRoot(path: Path, rootEdges: readonly string[]): boolean {
  if (path.edges.length <= rootEdges.length) return false;
  for (let i = 0; i < rootEdges.length; i++) if (path.edges[i] !== rootEdges[i]) return false;
  return true;
}

/**
 * Up to `k` simple paths from `source` to `target` in order of increasing cost (fewer when fewer exist;
 * empty when none). The first is the router's optimal path.
 * @throws ParameterError for k not an integer >= 1, an unknown metric, node or blocked edge.
 */
export function kShortestPaths(
  router: Router,
  source: string,
  target: string,
  options: KShortestPathsOptions,
): Path[] {
  const k = requireInteger('k', options.k, 1);
  const metric = requireRoutingMetric('metric', options.metric);
  const baseBlocked = [...(options.blocked ?? [])];
  const first = router.route(source, target, { metric, blocked: baseBlocked });
  if (!first) return [];
  const accepted: Path[] = [first];
  const candidates: Path[] = [];
  const seen = new Set<string>([first.edges.join('\u0000')]);
  while (accepted.length < k) {
    const previous = accepted[accepted.length - 1]!;
    for (let spur = 0; spur + 1 < previous.nodes.length; spur++) {
      const rootEdges = previous.edges.slice(0, spur);
      const blocked = new Set(baseBlocked);
      for (const path of accepted) if (sharesRoot(path, rootEdges)) blocked.add(path.edges[spur]!);
      const spurPath = router.route(previous.nodes[spur]!, target, {
        metric,
        blocked,
        avoidNodes: previous.nodes.slice(0, spur),
      });
      if (!spurPath) continue;
      const edges = [...rootEdges, ...spurPath.edges];
      const signature = edges.join('\u0000');
      if (seen.has(signature)) continue;
      seen.add(signature);
      candidates.push(pathFromEdgeKeys(router.network, source, edges, metric));
    }
    if (candidates.length === 0) break;
    let best = 0;
    for (let i = 1; i < candidates.length; i++)
      if (comparePaths(candidates[i]!, candidates[best]!) < 0) best = i;
    accepted.push(candidates.splice(best, 1)[0]!);
  }
  return accepted;
}
