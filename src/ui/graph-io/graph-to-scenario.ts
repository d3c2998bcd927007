/**
 * Topologies from graph tools (Gephi, yEd, NetworkX via GraphML or GEXF) to a scenario document: nodes and
 * fibre edges, with coordinates and lengths taken from common attribute names, and every assumption written
 * down as a note the app shows after import. Works on graphology's serialised form (graph.export()), so it is
 * pure and independent of the XML parser (browser or Node entry of graphology-graphml/-gexf).
 * Attribute names understood (case-insensitive): latitude/lat, longitude/lon/lng/long; x/y as longitude/
 * latitude only when no latitude is given and every node's x, y lie in [-180, 180] x [-90, 90] (OSMnx
 * convention); edge lengthKm/length_km (km), length (assumed km), distance (assumed km).
 * Assumptions: every edge is a fibre link (0.2 dB/km default attenuation); nodes get one default platform.
 */
import { NODE_KINDS } from '../../network/index.js';
import type { DocumentEdge, DocumentNode, ScenarioDraft } from '../state/draft-types.js';

/** graphology's serialised graph (graph.export()), the part this module reads. */
export interface SerializedGraphLike {
  readonly attributes?: Readonly<Record<string, unknown>>;
  readonly nodes: readonly {
    readonly key: string;
    readonly attributes?: Readonly<Record<string, unknown>>;
  }[];
  readonly edges: readonly {
    readonly key?: string;
    readonly source: string;
    readonly target: string;
    readonly attributes?: Readonly<Record<string, unknown>>;
  }[];
}

/** Options of {@link scenarioFromGraph}. */
export interface GraphImportOptions {
  /** Scenario name when the graph has none (e.g. the file name). */
  readonly name: string;
  /** Platform preset id given to every node without a `platform` attribute (e.g. `nv-diamond`). */
  readonly defaultPlatform: string;
  /** Length of edges with neither a length attribute nor coordinates at both ends, km (default 10). */
  readonly fallbackLengthKm?: number;
}

/** The imported document and what was assumed to build it. */
export interface GraphImport {
  readonly document: ScenarioDraft;
  readonly notes: readonly string[];
}

function numberAttribute(
  attributes: Readonly<Record<string, unknown>> | undefined,
  names: readonly string[],
) {
  if (!attributes) return undefined;
  for (const [key, raw] of Object.entries(attributes)) {
    if (!names.includes(key.toLowerCase())) continue;
    const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
    if (typeof value === 'number' && Number.isFinite(value)) return { key, value };
  }
  return undefined;
}

function stringAttribute(attributes: Readonly<Record<string, unknown>> | undefined, name: string) {
  const value = attributes?.[name];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Converts a graph to a scenario document with notes on every assumption. */
export function scenarioFromGraph(graph: SerializedGraphLike, options: GraphImportOptions): GraphImport {
  const notes: string[] = [];
  const fallbackLengthKm = options.fallbackLengthKm ?? 10;
  const geo = graph.nodes.map((node) => ({
    lat: numberAttribute(node.attributes, ['latitude', 'lat']),
    lon: numberAttribute(node.attributes, ['longitude', 'lon', 'lng', 'long']),
    x: numberAttribute(node.attributes, ['x']),
    y: numberAttribute(node.attributes, ['y']),
  }));
  const anyLatitude = geo.some((g) => g.lat !== undefined && g.lon !== undefined);
  const xyAreDegrees =
    !anyLatitude &&
    geo.length > 0 &&
    geo.every((g) => g.x && g.y && Math.abs(g.x.value) <= 180 && Math.abs(g.y.value) <= 90);
  if (xyAreDegrees)
    notes.push('Node x/y attributes read as longitude/latitude in degrees (OSMnx convention).');
  else if (!anyLatitude && geo.some((g) => g.x && g.y)) {
    notes.push(
      'Node x/y attributes are drawing positions, not coordinates: not kept; the map lays the nodes out.',
    );
  }
  let platformDefaulted = 0;
  let kindDefaulted = 0;
  const nodes: DocumentNode[] = graph.nodes.map((node, index) => {
    const g = geo[index]!;
    const latitude = anyLatitude ? g.lat?.value : xyAreDegrees ? g.y?.value : undefined;
    const longitude = anyLatitude ? g.lon?.value : xyAreDegrees ? g.x?.value : undefined;
    const rawKind = stringAttribute(node.attributes, 'kind');
    const kind = rawKind && (NODE_KINDS as readonly string[]).includes(rawKind) ? rawKind : 'end-node';
    if (kind !== rawKind) kindDefaulted++;
    const platform = stringAttribute(node.attributes, 'platform') ?? options.defaultPlatform;
    if (platform === options.defaultPlatform && !stringAttribute(node.attributes, 'platform'))
      platformDefaulted++;
    const label = stringAttribute(node.attributes, 'label');
    return {
      key: node.key,
      kind,
      ...(label && label !== node.key ? { label } : {}),
      ...(latitude !== undefined &&
      longitude !== undefined &&
      Math.abs(latitude) <= 90 &&
      Math.abs(longitude) <= 180
        ? { latitude, longitude }
        : {}),
      platform,
    };
  });
  if (platformDefaulted > 0)
    notes.push(`${platformDefaulted} node(s) given the default platform "${options.defaultPlatform}".`);
  if (kindDefaulted > 0) notes.push(`${kindDefaulted} node(s) without a known kind made "end-node".`);
  const positioned = new Set(nodes.filter((n) => n.latitude !== undefined).map((n) => n.key));
  const usedKeys = new Set<string>();
  let fromCoordinates = 0;
  let fallback = 0;
  let loops = 0;
  const lengthNotes = new Set<string>();
  const edges: DocumentEdge[] = [];
  for (const edge of graph.edges) {
    if (edge.source === edge.target) {
      loops++;
      continue;
    }
    let key = edge.key && !/^geid_\d+_\d+$/.test(edge.key) ? edge.key : `${edge.source}-${edge.target}`;
    for (let n = 2; usedKeys.has(key); n++) key = `${edge.source}-${edge.target}-${n}`;
    usedKeys.add(key);
    const km = numberAttribute(edge.attributes, ['lengthkm', 'length_km']);
    const assumedKm = km ? undefined : numberAttribute(edge.attributes, ['length', 'distance']);
    if (assumedKm) lengthNotes.add(`Edge attribute "${assumedKm.key}" read as kilometres.`);
    let lengthKm = (km ?? assumedKm)?.value;
    if (lengthKm !== undefined && !(lengthKm > 0)) lengthKm = undefined;
    if (lengthKm === undefined) {
      if (positioned.has(edge.source) && positioned.has(edge.target)) fromCoordinates++;
      else {
        lengthKm = fallbackLengthKm;
        fallback++;
      }
    }
    const label = stringAttribute(edge.attributes, 'label');
    edges.push({
      key,
      source: edge.source,
      target: edge.target,
      kind: 'fibre',
      ...(lengthKm !== undefined ? { lengthKm } : {}),
      ...(label ? { label } : {}),
    });
  }
  notes.push(...lengthNotes);
  notes.push('Every edge imported as a fibre link (default attenuation 0.2 dB/km).');
  if (fromCoordinates > 0)
    notes.push(`${fromCoordinates} edge length(s) from the coordinates x route factor.`);
  if (fallback > 0)
    notes.push(
      `${fallback} edge(s) with no length and no coordinates set to ${fallbackLengthKm} km: check them.`,
    );
  if (loops > 0) notes.push(`${loops} self-loop(s) dropped.`);
  const name =
    stringAttribute(graph.attributes, 'name') ?? stringAttribute(graph.attributes, 'title') ?? options.name;
  const document: ScenarioDraft = {
    schemaVersion: 1,
    name,
    description: `Imported from ${options.name}. ${notes.join(' ')}`,
    seed: 1,
    metadata: {},
    defaults: { routeFactor: 1 },
    nodes,
    edges,
    demands: [],
  };
  return { document, notes };
}
