/**
 * Scenario document to a graph for Gephi, yEd or NetworkX: graphology's serialised form (nodes with
 * key/attributes, edges with source/target, design.md "Scenario files") and a GraphML writer, since
 * graphology-graphml 0.5 only parses. Attributes: node label, kind, platform, latitude, longitude; edge kind,
 * label, lengthKm (given, or the great-circle distance x route factor for drawn fibre without one).
 * Source: GraphML primer (graphml.graphdrawing.org/primer/graphml-primer.html), `key` declarations with
 * attr.name/attr.type. Assumptions: the graph is undirected; attributes absent on a node are left out.
 */
import type { ScenarioDraft } from '../state/draft-types.js';
import { routeFactorOf, suggestedLengthKm } from '../state/edge-length.js';
import type { SerializedGraphLike } from './graph-to-scenario.js';

type Attributes = Record<string, string | number>;

/** The document's nodes and edges as a serialised graph with scenario fields as attributes. */
export function graphFromScenario(
  document: ScenarioDraft,
): SerializedGraphLike & { options: { type: 'undirected'; multi: true; allowSelfLoops: false } } {
  const byKey = new Map(document.nodes.map((node) => [node.key, node]));
  const routeFactor = routeFactorOf(document);
  return {
    options: { type: 'undirected', multi: true, allowSelfLoops: false },
    attributes: { name: String(document.name ?? '') },
    nodes: document.nodes.map((node) => {
      const attributes: Attributes = { label: node.label ?? node.key };
      if (typeof node.kind === 'string') attributes['kind'] = node.kind;
      if (typeof node.platform === 'string') attributes['platform'] = node.platform;
      if (typeof node.latitude === 'number' && typeof node.longitude === 'number') {
        attributes['latitude'] = node.latitude;
        attributes['longitude'] = node.longitude;
      }
      return { key: node.key, attributes };
    }),
    edges: document.edges.map((edge) => {
      const attributes: Attributes = { kind: edge.kind };
      if (typeof edge['label'] === 'string') attributes['label'] = edge['label'];
      const given = edge['lengthKm'] ?? edge['distanceKm'];
      const from = byKey.get(edge.source);
      const to = byKey.get(edge.target);
      const length =
        typeof given === 'number' ? given : from && to ? suggestedLengthKm(from, to, routeFactor) : undefined;
      if (length !== undefined) attributes['lengthKm'] = length;
      return { key: edge.key, source: edge.source, target: edge.target, attributes };
    }),
  };
}

function xml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

function keyDeclarations(
  items: readonly { attributes?: Readonly<Record<string, unknown>> }[],
  domain: 'node' | 'edge',
) {
  const types = new Map<string, 'double' | 'string'>();
  for (const item of items) {
    for (const [name, value] of Object.entries(item.attributes ?? {})) {
      const type = typeof value === 'number' ? 'double' : 'string';
      if (types.get(name) !== 'string') types.set(name, type);
    }
  }
  return [...types].map(([name, type]) => ({ id: `${domain[0]}_${name}`, name, type, domain }));
}

function data(attributes: Readonly<Record<string, unknown>> | undefined, prefix: string): string {
  return Object.entries(attributes ?? {})
    .map(([name, value]) => `<data key="${xml(`${prefix}_${name}`)}">${xml(String(value))}</data>`)
    .join('');
}

/** GraphML text of the document's topology (UTF-8, undirected). */
export function scenarioToGraphml(document: ScenarioDraft): string {
  const graph = graphFromScenario(document);
  const keys = [...keyDeclarations(graph.nodes, 'node'), ...keyDeclarations(graph.edges, 'edge')];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map(
      (key) =>
        `  <key id="${xml(key.id)}" for="${key.domain}" attr.name="${xml(key.name)}" attr.type="${key.type}"/>`,
    ),
    `  <graph id="${xml(String(graph.attributes?.['name'] || 'network'))}" edgedefault="undirected">`,
    ...graph.nodes.map((node) => `    <node id="${xml(node.key)}">${data(node.attributes, 'n')}</node>`),
    ...graph.edges.map(
      (edge) =>
        `    <edge id="${xml(edge.key ?? '')}" source="${xml(edge.source)}" target="${xml(edge.target)}">${data(edge.attributes, 'e')}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}
