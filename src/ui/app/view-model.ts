/**
 * What the map draws, derived from the document and the latest plan: nodes (with coordinates when the
 * document has them), edges with their length, and each demand's route with its bottleneck. Pure and cheap,
 * so it runs after every edit; the view diffs it.
 * Map items are cached per document item (documents are immutable, so an unchanged node keeps its object):
 * a drag that moves one node of 1,000 hands the view 999 identical objects, which its diff skips cheaply.
 * Assumptions: an edge's drawn length is its lengthKm/distanceKm, the km form of lengthM (microwave), or the
 * planned length from the report; 0 when none is known yet.
 */
import type { CapacityReport } from '../../report/index.js';
import type { MapEdge, MapNode, MapRoute, NetworkViewModel, Selection } from '../map/index.js';
import type { ScenarioDraft } from '../state/draft-types.js';

function edgeLengthKm(edge: ScenarioDraft['edges'][number], planned: ReadonlyMap<string, number>): number {
  for (const field of ['lengthKm', 'distanceKm'])
    if (typeof edge[field] === 'number') return edge[field] as number;
  if (typeof edge['lengthM'] === 'number') return (edge['lengthM'] as number) / 1000;
  return planned.get(edge.key) ?? 0;
}

/** Drawing positions of nodes without coordinates (the file format has no place for them): session only. */
export type PlanePositions = ReadonlyMap<string, { readonly x: number; readonly y: number }>;

const nodeCache = new WeakMap<object, MapNode>();
const planeCache = new WeakMap<object, { readonly at: object; readonly mapped: MapNode }>();
const edgeCache = new WeakMap<object, { readonly lengthKm: number; readonly edge: MapEdge }>();

function mapNode(node: ScenarioDraft['nodes'][number], plane: PlanePositions): MapNode {
  const at = plane.get(node.key);
  if (at && !(typeof node.latitude === 'number' && typeof node.longitude === 'number')) {
    const cachedPlane = planeCache.get(node);
    if (cachedPlane?.at === at) return cachedPlane.mapped;
    const mapped = { ...mapNode(node, new Map()), x: at.x, y: at.y };
    planeCache.set(node, { at, mapped });
    return mapped;
  }
  const cached = nodeCache.get(node);
  if (cached) return cached;
  const geo = typeof node.latitude === 'number' && typeof node.longitude === 'number';
  const mapped: MapNode = {
    id: node.key,
    label: typeof node.label === 'string' && node.label !== '' ? node.label : node.key,
    ...(geo ? { latDeg: node.latitude, lonDeg: node.longitude } : {}),
    ...(typeof node.platform === 'string' ? { platform: node.platform } : {}),
  };
  nodeCache.set(node, mapped);
  return mapped;
}

function mapEdge(edge: ScenarioDraft['edges'][number], planned: ReadonlyMap<string, number>): MapEdge {
  const lengthKm = edgeLengthKm(edge, planned);
  const cached = edgeCache.get(edge);
  if (cached && cached.lengthKm === lengthKm) return cached.edge;
  const mapped: MapEdge = {
    id: edge.key,
    source: edge.source,
    target: edge.target,
    kind: String(edge.kind),
    lengthKm,
  };
  edgeCache.set(edge, { lengthKm, edge: mapped });
  return mapped;
}

/** The map's model for a document, the plan of (possibly an earlier revision of) it, and the selection. */
export function networkViewModel(
  document: ScenarioDraft,
  report: CapacityReport | undefined,
  selection: Selection,
  plane: PlanePositions = new Map(),
): NetworkViewModel {
  const planned = new Map<string, number>();
  for (const edge of report?.network.edges ?? [])
    if (edge.lengthM !== undefined) planned.set(edge.key, edge.lengthM / 1000);
  const nodeKeys = new Set<string>();
  const nodes: MapNode[] = [];
  for (const node of document.nodes) {
    if (typeof node.key !== 'string' || nodeKeys.has(node.key)) continue;
    nodeKeys.add(node.key);
    nodes.push(mapNode(node, plane));
  }
  const edgeKeys = new Set<string>();
  const edges: MapEdge[] = [];
  for (const edge of document.edges) {
    if (typeof edge.key !== 'string' || edgeKeys.has(edge.key)) continue;
    if (!nodeKeys.has(edge.source) || !nodeKeys.has(edge.target) || edge.source === edge.target) continue;
    edgeKeys.add(edge.key);
    edges.push(mapEdge(edge, planned));
  }
  const demandKeys = new Set(document.demands.map((demand) => demand.key));
  const routes: MapRoute[] = [];
  for (const demand of report?.demands ?? []) {
    if (!demandKeys.has(demand.key) || !demand.route) continue;
    // A plan of an older revision may name nodes or edges deleted since: draw only what still exists.
    if (
      !demand.route.nodes.every((key) => nodeKeys.has(key)) ||
      !demand.route.edges.every((key) => edgeKeys.has(key))
    )
      continue;
    routes.push({
      demandId: demand.key,
      nodeIds: demand.route.nodes,
      edgeIds: demand.route.edges,
      ...(demand.bottleneck && edgeKeys.has(demand.bottleneck.edgeKey)
        ? { bottleneckEdgeId: demand.bottleneck.edgeKey }
        : {}),
      ok: demand.status === 'ok',
    });
  }
  return { nodes, edges, routes, selection };
}
