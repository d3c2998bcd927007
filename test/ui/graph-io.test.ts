/**
 * GraphML / GEXF topologies to scenario documents and back: coordinates and lengths from common attribute
 * names, notes for every assumption, valid scenarios out, round trips through the real parsers (the Node
 * entries of graphology-graphml / graphology-gexf; the app uses their browser entries).
 */
import { MultiGraph } from 'graphology';
import { parse as parseGexf, write as writeGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { parseScenarioValue } from '../../src/network/index.js';
import { scenarioFromGraph, type SerializedGraphLike } from '../../src/ui/graph-io/graph-to-scenario.js';
import { graphFromScenario, scenarioToGraphml } from '../../src/ui/graph-io/scenario-to-graph.js';
import { asDraft } from '../../src/ui/state/index.js';
import { exampleText, presets } from './support.js';

const registry = presets();

const YED_LIKE = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="lat" attr.type="double"/>
  <key id="d1" for="node" attr.name="lon" attr.type="double"/>
  <key id="d2" for="node" attr.name="label" attr.type="string"/>
  <key id="d3" for="edge" attr.name="length" attr.type="double"/>
  <graph id="G" edgedefault="undirected">
    <node id="ams"><data key="d0">52.37</data><data key="d1">4.9</data><data key="d2">Amsterdam</data></node>
    <node id="utr"><data key="d0">52.09</data><data key="d1">5.12</data></node>
    <node id="ehv"><data key="d0">51.44</data><data key="d1">5.48</data></node>
    <edge source="ams" target="utr"><data key="d3">40</data></edge>
    <edge source="utr" target="ehv"/>
    <edge source="ehv" target="ehv"/>
  </graph>
</graphml>`;

function validate(document: unknown) {
  const parsed = parseScenarioValue(document, { presets: registry });
  return parsed.ok ? [] : parsed.error.issues;
}

describe('graph import', () => {
  it('reads a GraphML topology with lat/lon and length attributes into a valid scenario', () => {
    const graph = parseGraphml(MultiGraph, YED_LIKE).export() as unknown as SerializedGraphLike;
    const { document, notes } = scenarioFromGraph(graph, {
      name: 'dutch.graphml',
      defaultPlatform: 'nv-diamond',
    });
    expect(document.nodes).toEqual([
      {
        key: 'ams',
        kind: 'end-node',
        label: 'Amsterdam',
        latitude: 52.37,
        longitude: 4.9,
        platform: 'nv-diamond',
      },
      { key: 'utr', kind: 'end-node', latitude: 52.09, longitude: 5.12, platform: 'nv-diamond' },
      { key: 'ehv', kind: 'end-node', latitude: 51.44, longitude: 5.48, platform: 'nv-diamond' },
    ]);
    expect(document.edges.map((e) => [e.source, e.target, e['lengthKm']])).toEqual([
      ['ams', 'utr', 40],
      ['utr', 'ehv', undefined],
    ]);
    expect(notes.join(' ')).toMatch(/"length" read as kilometres/);
    expect(notes.join(' ')).toMatch(/3 node\(s\) given the default platform "nv-diamond"/);
    expect(notes.join(' ')).toMatch(/1 edge length\(s\) from the coordinates/);
    expect(notes.join(' ')).toMatch(/1 self-loop\(s\) dropped/);
    expect(validate(document)).toEqual([]);
  });

  it('reads NetworkX/OSMnx x/y as longitude/latitude, and yEd pixel x/y as layout only', () => {
    const degrees: SerializedGraphLike = {
      nodes: [
        { key: 'a', attributes: { x: 4.3, y: 52 } },
        { key: 'b', attributes: { x: 4.5, y: 52.1 } },
      ],
      edges: [{ source: 'a', target: 'b' }],
    };
    const geo = scenarioFromGraph(degrees, { name: 'g', defaultPlatform: 'trapped-ion' });
    expect(geo.document.nodes[0]).toMatchObject({ latitude: 52, longitude: 4.3 });
    expect(geo.notes[0]).toMatch(/longitude\/latitude/);
    const pixels: SerializedGraphLike = {
      nodes: [
        { key: 'a', attributes: { x: 400, y: 520 } },
        { key: 'b', attributes: { x: 450, y: 52 } },
      ],
      edges: [{ source: 'a', target: 'b' }],
    };
    const flat = scenarioFromGraph(pixels, { name: 'g', defaultPlatform: 'trapped-ion' });
    expect(flat.document.nodes[0]).not.toHaveProperty('latitude');
    expect(flat.document.edges[0]!['lengthKm']).toBe(10);
    expect(flat.notes.join(' ')).toMatch(/set to 10 km/);
    expect(validate(flat.document)).toEqual([]);
  });

  it('reads a GEXF file written by graphology-gexf', () => {
    const graph = new MultiGraph({ type: 'undirected' });
    graph.addNode('x', { label: 'X', latitude: 10, longitude: 20 });
    graph.addNode('y', { label: 'Y', latitude: 10.5, longitude: 20.5 });
    graph.addEdge('x', 'y', { lengthKm: 77 });
    const text = writeGexf(graph);
    const back = parseGexf(MultiGraph, text).export() as unknown as SerializedGraphLike;
    const { document } = scenarioFromGraph(back, { name: 'g.gexf', defaultPlatform: 'nv-diamond' });
    expect(document.edges[0]!['lengthKm']).toBe(77);
    expect(document.nodes[1]).toMatchObject({ key: 'y', label: 'Y', latitude: 10.5 });
    expect(validate(document)).toEqual([]);
  });
});

describe('graph export', () => {
  const metro = asDraft(JSON.parse(exampleText('metro-three-node.qnet.json')));

  it('writes GraphML that graphology-graphml reads back into the same topology', () => {
    const text = scenarioToGraphml(metro);
    const graph = parseGraphml(MultiGraph, text);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttributes('delft')).toMatchObject({
      latitude: 52.0116,
      platform: 'nv-diamond',
      label: 'Delft',
    });
    const back = scenarioFromGraph(graph.export() as unknown as SerializedGraphLike, {
      name: 'm',
      defaultPlatform: 'nv-diamond',
    });
    expect(back.document.edges.map((e) => e.key)).toEqual([
      'delft-the-hague',
      'the-hague-leiden',
      'delft-leiden',
    ]);
    // Drawn lengths come out as great-circle x 1.3; the typed one as written.
    expect(back.document.edges[2]!['lengthKm']).toBe(25);
    expect(back.document.edges[0]!['lengthKm']).toBeGreaterThan(7);
    expect(validate(back.document)).toEqual([]);
  });

  it('escapes XML in keys and labels', () => {
    const draft = asDraft({ nodes: [{ key: 'a<&>"', label: "it's" }], edges: [], demands: [] });
    const text = scenarioToGraphml(draft);
    expect(text).toContain('id="a&lt;&amp;&gt;&quot;"');
    expect(parseGraphml(MultiGraph, text).hasNode('a<&>"')).toBe(true);
  });

  it('exports node and edge attributes as a serialised graph', () => {
    const graph = graphFromScenario(metro);
    expect(graph.nodes).toHaveLength(3);
    expect(graph.edges[2]).toMatchObject({
      key: 'delft-leiden',
      attributes: { kind: 'fibre', lengthKm: 25, label: 'older cable' },
    });
  });
});
