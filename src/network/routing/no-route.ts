/**
 * Explains why a route query has no answer, in words a planner can act on, and a variant of `route` that
 * throws UnreachableError with that explanation instead of returning undefined.
 *
 * Source: connectivity tests by breadth-first search (graph/components.ts), applied with successively
 * more edges removed: none, then the failed ones, then those unusable for the metric, then avoided nodes.
 * Assumptions: the first removal step that separates the two nodes is reported as the cause.
 */
import { UnreachableError } from '../../core/index.js';
import { inSameComponent, type NetworkGraph } from '../graph/index.js';
import { edgeCost, unusableEdgeRule } from './edge-costs.js';
import { resolveQuery } from './route-query.js';
import type { Path, RouteOptions, Router } from './routing-types.js';

/** The message for nodes that no sequence of links joins at all. */
export const DIFFERENT_COMPONENTS = 'no path: nodes are in different components';

/**
 * Why `source` and `target` have no route for these options, or undefined when a route exists.
 * Possible answers: {@link DIFFERENT_COMPONENTS}; 'no path: every route crosses a blocked link (failed, or unusable)';
 * 'no path: every route crosses a link unusable for metric "fidelity" (no fidelity, or fidelity <= 1/4)';
 * 'no path: the source or target is an avoided node'; 'no path: every route passes through an avoided node'.
 * @throws ParameterError for invalid queries (as Router.route).
 */
export function explainNoRoute(
  network: NetworkGraph,
  source: string,
  target: string,
  options: RouteOptions,
): string | undefined {
  const query = resolveQuery(network, source, target, options);
  const avoided = new Set(query.avoidedNodes);
  if (avoided.has(query.sourceIndex) || avoided.has(query.targetIndex)) {
    return 'no path: the source or target is an avoided node';
  }
  if (query.sourceIndex === query.targetIndex) return undefined;
  if (!inSameComponent(network, source, target)) return DIFFERENT_COMPONENTS;
  const blocked = new Set(query.blockedEdges);
  const notBlocked = (edge: { index: number }): boolean => !blocked.has(edge.index);
  if (!inSameComponent(network, source, target, { edgeFilter: notBlocked })) {
    return 'no path: every route crosses a blocked link (failed, or unusable)';
  }
  const usable = (edge: NetworkGraph['edges'][number]): boolean =>
    notBlocked(edge) && edgeCost(edge, query.metric, network.maximumRate) < Number.POSITIVE_INFINITY;
  if (!inSameComponent(network, source, target, { edgeFilter: usable })) {
    return `no path: every route crosses a link unusable for metric "${query.metric}" (${unusableEdgeRule(query.metric)})`;
  }
  if (avoided.size > 0) {
    const clear = (edge: NetworkGraph['edges'][number]): boolean =>
      usable(edge) &&
      !avoided.has(network.edgeSourceIndex[edge.index]!) &&
      !avoided.has(network.edgeTargetIndex[edge.index]!);
    if (!inSameComponent(network, source, target, { edgeFilter: clear })) {
      return 'no path: every route passes through an avoided node';
    }
  }
  return undefined;
}

/**
 * Like `router.route`, but a missing route is an error.
 * @throws UnreachableError with the explanation of {@link explainNoRoute} when no route exists.
 * @throws ParameterError for invalid queries.
 */
export function requireRoute(router: Router, source: string, target: string, options: RouteOptions): Path {
  const path = router.route(source, target, options);
  if (path) return path;
  const reason = explainNoRoute(router.network, source, target, options) ?? 'no path';
  throw new UnreachableError(`${source} -> ${target}: ${reason}`);
}
