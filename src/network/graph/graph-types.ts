/**
 * Input and record types of the network graph model: nodes (sites with optional coordinates) and edges
 * (links between two sites, possibly several in parallel, e.g. two fibres or a fibre and a free-space link).
 *
 * Source: the scenario model of docs (design.md, "Scenario files"); graph part after graphology's
 * serialisation (nodes with a key, edges with key, source and target).
 * Assumptions: links are undirected (entanglement is symmetric); all values are SI (metres, hertz) and the
 * caller (the scenario adapter) has already converted user units such as km.
 */
import type { Degrees, Fidelity, Hertz, Metres, Probability } from '../../core/index.js';

/** A node as given to {@link buildNetworkGraph}. */
export interface NetworkNodeInput {
  /** Unique, non-empty identifier. */
  readonly key: string;
  /** Latitude in degrees, in [-90, 90]; give both coordinates or neither. */
  readonly latitude?: Degrees;
  /** Longitude in degrees, in [-180, 180]; give both coordinates or neither. */
  readonly longitude?: Degrees;
  /** What the node is (e.g. 'endpoint', 'repeater', 'router'); non-empty. */
  readonly kind: string;
}

/** An edge (link) as given to {@link buildNetworkGraph}. */
export interface NetworkEdgeInput {
  /** Unique, non-empty identifier. */
  readonly key: string;
  /** Key of one end node. */
  readonly source: string;
  /** Key of the other end node (must differ from source: self-loops carry no entanglement). */
  readonly target: string;
  /** What the link is (e.g. 'fibre', 'free-space', 'transducer'); non-empty. */
  readonly kind: string;
  /** Fibre (or path) length in metres, >= 0. */
  readonly length: Metres;
  /**
   * Probability in [0, 1] that one attempt delivers an elementary pair over this hop. Used by the
   * 'rate' routing metric in preference to `rate`.
   */
  readonly successProbability?: Probability;
  /** Elementary pair rate of the hop in hertz, >= 0. Used by 'rate' without a probability. */
  readonly rate?: Hertz;
  /** Fidelity in [0, 1] of the elementary pairs of this hop (Werner-state assumption in routing). */
  readonly fidelity?: Fidelity;
  /** Further data carried through untouched (hardware preset ids, notes). */
  readonly attributes?: Readonly<Record<string, unknown>>;
}

/** The whole input of {@link buildNetworkGraph}. */
export interface NetworkGraphInput {
  readonly nodes: readonly NetworkNodeInput[];
  readonly edges: readonly NetworkEdgeInput[];
  /** Keys of edges that start out failed (blocked for routing); default none. */
  readonly blocked?: readonly string[];
}

/** A validated node; also the graphology node attributes. */
export interface NetworkNode {
  readonly key: string;
  readonly kind: string;
  /** Degrees; present exactly when longitude is. */
  readonly latitude?: Degrees;
  /** Degrees; present exactly when latitude is. */
  readonly longitude?: Degrees;
  /** Position in the input's node list (0-based); stable identity for array-indexed algorithms. */
  readonly index: number;
}

/** A validated edge; also the graphology edge attributes. */
export interface NetworkEdge {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly kind: string;
  /** Metres, >= 0. */
  readonly length: Metres;
  readonly successProbability?: Probability;
  /** Hertz, >= 0. */
  readonly rate?: Hertz;
  readonly fidelity?: Fidelity;
  readonly attributes?: Readonly<Record<string, unknown>>;
  /** Position in the input's edge list (0-based); used to break ties between parallel edges. */
  readonly index: number;
}

/** True when the node has both coordinates (the model guarantees both or neither). */
export function hasCoordinates(
  node: NetworkNode,
): node is NetworkNode & { readonly latitude: Degrees; readonly longitude: Degrees } {
  return node.latitude !== undefined && node.longitude !== undefined;
}
