/**
 * The network graph model of record: a graphology undirected multigraph of sites and links, with indexed
 * access for algorithms, great-circle distances, and a set of failed (blocked) links.
 *
 * Source: graphology 0.26 MultiUndirectedGraph (https://graphology.github.io); design.md "Data flow".
 * Assumptions: topology and link data are immutable after build (build a new graph to change them), so
 * routers may cache views of it; only the blocked set changes, and routers read it at every query.
 * Parallel edges are allowed (two fibres, or fibre and free space, between the same sites).
 */
import { MultiUndirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import { ParameterError, didYouMean, type Hertz, type Metres } from '../../core/index.js';
import { greatCircleDistance } from '../../physics/index.js';
import { hasCoordinates, type NetworkEdge, type NetworkGraphInput, type NetworkNode } from './graph-types.js';
import { validateGraphInput } from './validate-graph-input.js';

/** graphology node attributes: the validated node record. */
export type NetworkNodeAttributes = NetworkNode & Attributes;
/** graphology edge attributes: the validated edge record. */
export type NetworkEdgeAttributes = NetworkEdge & Attributes;
/** The underlying graphology graph type. */
export type NetworkGraphology = MultiUndirectedGraph<NetworkNodeAttributes, NetworkEdgeAttributes>;

/** A validated network: build it with {@link buildNetworkGraph}. */
export class NetworkGraph {
  private graphology: NetworkGraphology | undefined;
  /** Nodes in input order (`nodes[i].index === i`). */
  readonly nodes: readonly NetworkNode[];
  /** Edges in input order (`edges[i].index === i`). */
  readonly edges: readonly NetworkEdge[];
  /** Node index of each edge's source, indexed by edge index. */
  readonly edgeSourceIndex: Int32Array;
  /** Node index of each edge's target, indexed by edge index. */
  readonly edgeTargetIndex: Int32Array;
  /** Largest edge `rate` in hertz, or undefined when no edge has a positive rate. */
  readonly maximumRate: Hertz | undefined;
  private readonly nodeByKey: ReadonlyMap<string, NetworkNode>;
  private readonly edgeByKey: ReadonlyMap<string, NetworkEdge>;
  private readonly incidence: readonly (readonly number[])[];
  private readonly blocked = new Set<string>();

  /** Use {@link buildNetworkGraph}; the constructor trusts validated records. */
  constructor(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[], blocked: readonly string[] = []) {
    this.nodes = nodes;
    this.edges = edges;
    this.nodeByKey = new Map(nodes.map((node) => [node.key, node]));
    this.edgeByKey = new Map(edges.map((edge) => [edge.key, edge]));
    const incidence: number[][] = nodes.map(() => []);
    this.edgeSourceIndex = new Int32Array(edges.length);
    this.edgeTargetIndex = new Int32Array(edges.length);
    let maximumRate = 0;
    for (const edge of edges) {
      const sourceIndex = this.nodeByKey.get(edge.source)!.index;
      const targetIndex = this.nodeByKey.get(edge.target)!.index;
      this.edgeSourceIndex[edge.index] = sourceIndex;
      this.edgeTargetIndex[edge.index] = targetIndex;
      incidence[sourceIndex]!.push(edge.index);
      incidence[targetIndex]!.push(edge.index);
      if (edge.rate !== undefined && edge.rate > maximumRate) maximumRate = edge.rate;
    }
    this.incidence = incidence;
    this.maximumRate = maximumRate > 0 ? maximumRate : undefined;
    for (const key of blocked) this.blockEdge(key);
  }

  /**
   * The graphology multigraph (model of record) of these validated records. Read it; do not mutate it
   * (attributes are frozen). Built on first read: routing and planning use the indexed arrays, and building the
   * graphology graph was 0.15 s of a 10,000-node plan (issue 3).
   */
  get graph(): NetworkGraphology {
    if (!this.graphology) {
      const graph: NetworkGraphology = new MultiUndirectedGraph<NetworkNodeAttributes, NetworkEdgeAttributes>(
        {
          allowSelfLoops: false,
        },
      );
      for (const node of this.nodes) graph.addNode(node.key, node as NetworkNodeAttributes);
      for (const edge of this.edges)
        graph.addEdgeWithKey(edge.key, edge.source, edge.target, edge as NetworkEdgeAttributes);
      this.graphology = graph;
    }
    return this.graphology;
  }

  /** Number of nodes. */
  get nodeCount(): number {
    return this.nodes.length;
  }

  /** Number of edges (parallel edges counted separately). */
  get edgeCount(): number {
    return this.edges.length;
  }

  /** True when a node with this key exists. */
  hasNode(key: string): boolean {
    return this.nodeByKey.has(key);
  }

  /** True when an edge with this key exists. */
  hasEdge(key: string): boolean {
    return this.edgeByKey.has(key);
  }

  /**
   * The node with this key.
   * @param field name used in the error message (default 'node').
   * @throws ParameterError `field: unknown node "x" (did you mean "y"?)`.
   */
  node(key: string, field = 'node'): NetworkNode {
    const node = this.nodeByKey.get(key);
    if (!node)
      throw new ParameterError(
        field,
        `unknown node "${key}"${didYouMean(String(key), this.nodeByKey.keys())}`,
      );
    return node;
  }

  /**
   * The edge with this key.
   * @throws ParameterError `field: unknown edge "x"`.
   */
  edge(key: string, field = 'edge'): NetworkEdge {
    const edge = this.edgeByKey.get(key);
    if (!edge)
      throw new ParameterError(
        field,
        `unknown edge "${key}"${didYouMean(String(key), this.edgeByKey.keys())}`,
      );
    return edge;
  }

  /** Keys of the distinct nodes joined to `key` by at least one edge (blocked edges included). */
  neighbours(key: string): string[] {
    this.node(key);
    return this.graph.neighbors(key);
  }

  /** Keys of the edges at node `key`, in input order. */
  incidentEdges(key: string): string[] {
    return this.incidence[this.node(key).index]!.map((index) => this.edges[index]!.key);
  }

  /** Indices (into {@link edges}) of the edges at the node with index `nodeIndex`, in input order. */
  incidentEdgeIndices(nodeIndex: number): readonly number[] {
    const list = this.incidence[nodeIndex];
    if (!list) throw new ParameterError('nodeIndex', `must be an integer in [0, ${this.nodes.length - 1}]`);
    return list;
  }

  /** Index of the node at the other end of edge `edgeIndex` from node `nodeIndex` (unchecked). */
  oppositeIndex(nodeIndex: number, edgeIndex: number): number {
    const source = this.edgeSourceIndex[edgeIndex]!;
    return source === nodeIndex ? this.edgeTargetIndex[edgeIndex]! : source;
  }

  /** Keys of the (parallel) edges joining `a` and `b`, in input order; empty when none. */
  edgesBetween(a: string, b: string): string[] {
    this.node(a, 'a');
    const other = this.node(b, 'b').key;
    return this.incidentEdges(a).filter((key) => {
      const edge = this.edgeByKey.get(key)!;
      return edge.source === other || edge.target === other;
    });
  }

  /** The node at the other end of `edgeKey` from `nodeKey`. */
  opposite(nodeKey: string, edgeKey: string): string {
    const edge = this.edge(edgeKey);
    if (edge.source === nodeKey) return edge.target;
    if (edge.target === nodeKey) return edge.source;
    throw new ParameterError('nodeKey', `node "${nodeKey}" is not an end of edge "${edgeKey}"`);
  }

  /**
   * Great-circle distance in metres between two nodes (haversine, R = 6371.0088 km), or undefined when
   * either node has no coordinates.
   */
  greatCircleDistance(a: string, b: string): Metres | undefined {
    const nodeA = this.node(a, 'a');
    const nodeB = this.node(b, 'b');
    if (!hasCoordinates(nodeA) || !hasCoordinates(nodeB)) return undefined;
    return greatCircleDistance(nodeA, nodeB);
  }

  /** Keys of the currently failed (blocked) edges; routers never use them. */
  get blockedEdges(): ReadonlySet<string> {
    return this.blocked;
  }

  /** True when the edge is currently blocked. */
  isBlocked(edgeKey: string): boolean {
    this.edge(edgeKey);
    return this.blocked.has(edgeKey);
  }

  /** Marks an edge as failed (idempotent). @throws ParameterError for an unknown edge key. */
  blockEdge(edgeKey: string): void {
    this.edge(edgeKey, 'edgeKey');
    this.blocked.add(edgeKey);
  }

  /** Marks a failed edge as working again (idempotent). @throws ParameterError for an unknown edge key. */
  unblockEdge(edgeKey: string): void {
    this.edge(edgeKey, 'edgeKey');
    this.blocked.delete(edgeKey);
  }
}

/**
 * Validates the input and builds the graph.
 * @throws ParameterError naming the offending path, e.g. `edges[2].source: unknown node "tokio" (did you mean
 *   "tokyo"?)`, `nodes[0].latitude: must be between -90 and 90 (got 91)`,
 *   `edges[1].key: duplicate edge key "f"`.
 */
export function buildNetworkGraph(input: NetworkGraphInput): NetworkGraph {
  const { nodes, edges, blocked } = validateGraphInput(input);
  return new NetworkGraph(nodes, edges, blocked);
}
