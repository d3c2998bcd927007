/**
 * GraphML and GEXF files in the app: parsing with graphology-graphml / graphology-gexf (their `browser`
 * entries, which use the page's DOMParser) and writing GEXF with graphology-gexf, around the pure
 * conversions of graph-to-scenario.ts and scenario-to-graph.ts.
 * Assumptions: a file ending in .gexf is GEXF, anything else GraphML; multi-edges and mixed direction kept.
 */
import { MultiGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml/browser/index.js';
import { parse as parseGexf, write as writeGexf } from 'graphology-gexf/browser/index.js';
import type { ScenarioDraft } from '../state/draft-types.js';
import { scenarioFromGraph, type GraphImport, type SerializedGraphLike } from './graph-to-scenario.js';
import { graphFromScenario } from './scenario-to-graph.js';

/** Graph file formats the app reads and writes. */
export type GraphFormat = 'graphml' | 'gexf';

/** The format of a file by its name. */
export function graphFormatOf(fileName: string): GraphFormat {
  return /\.gexf$/i.test(fileName) ? 'gexf' : 'graphml';
}

/**
 * Parses a GraphML or GEXF file into a scenario document with notes.
 * @throws Error with a message fit to show when the XML is not a graph of that format.
 */
export function importGraphFile(text: string, fileName: string, defaultPlatform: string): GraphImport {
  const format = graphFormatOf(fileName);
  let graph: SerializedGraphLike;
  try {
    const parsed =
      format === 'gexf'
        ? parseGexf(MultiGraph, text, { addMissingNodes: true, allowUndeclaredAttributes: true })
        : parseGraphml(MultiGraph, text, { addMissingNodes: true });
    graph = parsed.export() as unknown as SerializedGraphLike;
  } catch (error) {
    throw new Error(
      `${fileName}: not a readable ${format === 'gexf' ? 'GEXF' : 'GraphML'} file (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
  return scenarioFromGraph(graph, { name: fileName, defaultPlatform });
}

/** GEXF 1.3 text of the document's topology. */
export function exportGexf(document: ScenarioDraft): string {
  const graph = new MultiGraph({ type: 'undirected' });
  graph.import(graphFromScenario(document) as unknown as Parameters<typeof graph.import>[0]);
  return writeGexf(graph, { version: '1.3' });
}
