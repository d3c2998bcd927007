/**
 * The routing contract: metrics, query options, the Path result and the Router interface implemented by
 * the fast ngraph.path router and by the graphology Dijkstra reference router.
 *
 * Source: design.md "Data flow" (routing step); metric definitions in edge-costs.ts.
 * Assumptions: paths are simple (no repeated node); parallel edges are distinct links, and a path names
 * the exact edge used on every hop.
 */
import type { Metres } from '../../core/index.js';
import type { NetworkGraph } from '../graph/index.js';

/**
 * What a route minimises (all additive, non-negative per-hop costs):
 * - 'hops': number of links;
 * - 'length': fibre length in metres;
 * - 'rate': -ln of the per-hop success (probability, or rate normalised to the network's best rate),
 *   so the route maximises the product of per-hop successes;
 * - 'fidelity': -ln of the per-hop Werner parameter w = (4F-1)/3, so the route maximises the end-to-end
 *   Werner parameter after perfect swaps (w multiplies under swapping).
 */
export type RoutingMetric = 'hops' | 'length' | 'rate' | 'fidelity';

/** Every routing metric, in documentation order. */
export const ROUTING_METRICS: readonly RoutingMetric[] = ['hops', 'length', 'rate', 'fidelity'];

/** Options of one route query. */
export interface RouteOptions {
  /** What to minimise. */
  readonly metric: RoutingMetric;
  /** Edge keys not to use for this query, in addition to the network's blocked edges. Default none. */
  readonly blocked?: readonly string[] | ReadonlySet<string>;
  /**
   * Node keys the route must not pass through (used by Yen's algorithm). A route whose source or target
   * is avoided does not exist. Default none.
   */
  readonly avoidNodes?: readonly string[] | ReadonlySet<string>;
}

/** A route: the nodes and the exact edges it uses, its metric cost and its fibre length. */
export interface Path {
  /** Node keys from source to target (one node when source equals target). */
  readonly nodes: readonly string[];
  /** Edge keys, `edges[i]` joining `nodes[i]` and `nodes[i + 1]`. */
  readonly edges: readonly string[];
  /** Sum of the per-hop costs of the query's metric (hops, metres, or nepers of -ln success / -ln w). */
  readonly cost: number;
  /** Total edge length in metres. */
  readonly length: Metres;
}

/** Finds optimal routes on one network. */
export interface Router {
  /** The network routed on; its blocked edges are honoured at every query. */
  readonly network: NetworkGraph;
  /**
   * An optimal path for the metric, or undefined when no usable path exists (see explainNoRoute).
   * @throws ParameterError for an unknown source, target, metric, blocked edge or avoided node.
   */
  route(source: string, target: string, options: RouteOptions): Path | undefined;
}
