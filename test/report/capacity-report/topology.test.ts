import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../../src/core/index.js';
import {
  layoutTopology,
  renderTopologySvg,
  routeColour,
  routesOfDemands,
  ROUTE_COLOURS,
} from '../../../src/report/capacity-report/index.js';
import { expectClose } from '../../support/close.js';
import { sampleReport } from './sample-report.js';

const BOX = { width: 800, height: 500, padding: 40 };

describe('layoutTopology', () => {
  it('projects equirectangularly: east is right, north is up, aspect kept, box filled', () => {
    const nodes = [
      { key: 'sw', latitude: 50, longitude: 4 },
      { key: 'ne', latitude: 52, longitude: 8 },
      { key: 'mid', latitude: 51, longitude: 6 },
    ];
    const { positions, method } = layoutTopology(nodes, BOX);
    expect(method).toBe('equirectangular');
    const [sw, ne, mid] = ['sw', 'ne', 'mid'].map((key) => positions.get(key)!);
    expect(ne!.x).toBeGreaterThan(sw!.x);
    expect(ne!.y).toBeLessThan(sw!.y);
    // Width on the map / height on the map = Δlon·cos(51°) / Δlat.
    expectClose((ne!.x - sw!.x) / (sw!.y - ne!.y), (4 * Math.cos((51 * Math.PI) / 180)) / 2, {
      relative: 1e-12,
    });
    // The limiting dimension (height here) spans exactly the inner box, centred.
    expectClose(sw!.y - ne!.y, BOX.height - 2 * BOX.padding, { relative: 1e-12 });
    expectClose(mid!.x, BOX.width / 2, { relative: 1e-12 });
    expectClose(mid!.y, BOX.height / 2, { relative: 1e-12 });
  });

  it('keeps a network across the antimeridian together', () => {
    const { positions } = layoutTopology(
      [
        { key: 'fiji', latitude: -17, longitude: 179 },
        { key: 'samoa', latitude: -14, longitude: -172 },
      ],
      BOX,
    );
    const fiji = positions.get('fiji')!;
    const samoa = positions.get('samoa')!;
    // Samoa lies east of Fiji once longitudes are unwrapped.
    expect(samoa.x).toBeGreaterThan(fiji.x);
  });

  it('uses a deterministic circle when a node has no coordinates', () => {
    const nodes = [{ key: 'a', latitude: 1, longitude: 2 }, { key: 'b' }, { key: 'c' }, { key: 'd' }];
    const first = layoutTopology(nodes, BOX);
    expect(first.method).toBe('circular');
    expect(first.positions.get('a')).toEqual({ x: 400, y: 40 });
    const b = first.positions.get('b')!;
    expectClose(b.x, 400 + 210, { relative: 1e-12 });
    expectClose(b.y, 250, { relative: 1e-12 });
    expect([...layoutTopology(nodes, BOX).positions]).toEqual([...first.positions]);
  });

  it('puts a single node or coincident nodes at the centre', () => {
    expect(layoutTopology([{ key: 'x' }], BOX).positions.get('x')).toEqual({ x: 400, y: 250 });
    const twins = layoutTopology(
      [
        { key: 'p', latitude: 10, longitude: 10 },
        { key: 'q', latitude: 10, longitude: 10 },
      ],
      BOX,
    );
    expect(twins.positions.get('q')).toEqual({ x: 400, y: 250 });
  });

  it('rejects a bad box naming the field', () => {
    expect(() => layoutTopology([], { width: 0, height: 10 })).toThrow(ParameterError);
    expect(() => layoutTopology([], { width: 0, height: 10 })).toThrow(/^width: /);
    expect(() => layoutTopology([], { width: 10, height: 10, padding: -1 })).toThrow(/^padding: /);
  });

  it('keeps every node inside the box for any coordinates', () => {
    const node = fc.record({
      latitude: fc.double({ min: -90, max: 90, noNaN: true }),
      longitude: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 30 }), (coordinates) => {
        const nodes = coordinates.map((c, index) => ({ key: `n${index}`, ...c }));
        for (const point of layoutTopology(nodes, BOX).positions.values()) {
          expect(point.x).toBeGreaterThanOrEqual(BOX.padding - 1e-6);
          expect(point.x).toBeLessThanOrEqual(BOX.width - BOX.padding + 1e-6);
          expect(point.y).toBeGreaterThanOrEqual(BOX.padding - 1e-6);
          expect(point.y).toBeLessThanOrEqual(BOX.height - BOX.padding + 1e-6);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('renderTopologySvg', () => {
  const report = sampleReport();
  const svg = renderTopologySvg(report.network, routesOfDemands(report.demands));

  it('draws every edge and node, no namespace URL, no ids', () => {
    expect(svg.startsWith('<svg class="qnet-topology" viewBox="0 0 760 ')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg.match(/<line x1="[^"]+" y1="[^"]+" x2="[^"]+" y2="[^"]+"><title>/g)).toHaveLength(4);
    expect(svg.match(/<circle [^>]*r="5"/g)).toHaveLength(6);
    expect(svg).not.toMatch(/http|\sid="/);
  });

  it('offsets routes that share an edge so both stay visible', () => {
    const shared = renderTopologySvg(
      {
        nodes: [
          { key: 'a', latitude: 0, longitude: 0 },
          { key: 'b', latitude: 0, longitude: 1 },
        ],
        edges: [{ key: 'ab', source: 'a', target: 'b' }],
      },
      [
        { key: 'one', nodes: ['a', 'b'] },
        { key: 'two', nodes: ['a', 'b'] },
      ],
    );
    const points = [...shared.matchAll(/<polyline class="route"[^>]* points="([^"]+)"/g)].map(
      (match) => match[1],
    );
    expect(points).toHaveLength(2);
    expect(points[0]).not.toBe(points[1]);
    // Horizontal edge: the two routes sit ROUTE_GAP (5 px) apart vertically.
    const y = (text: string) => Number(text.split(' ')[0]!.split(',')[1]);
    expectClose(Math.abs(y(points[0]!) - y(points[1]!)), 5, { absolute: 0.11 });
  });

  it('gives the first seven routes distinct colours, then adds a dash pattern', () => {
    expect(new Set(ROUTE_COLOURS).size).toBe(ROUTE_COLOURS.length);
    expect(routeColour(ROUTE_COLOURS.length)).toBe(ROUTE_COLOURS[0]);
    const nodes = Array.from({ length: 9 }, (_, index) => ({ key: `n${index}` }));
    const routes = nodes.slice(1).map((node, index) => ({ key: `d${index}`, nodes: ['n0', node.key] }));
    const many = renderTopologySvg({ nodes, edges: [] }, routes);
    const polylines = many.match(/<polyline [^>]*>/g)!;
    expect(polylines).toHaveLength(8);
    expect(polylines[6]).not.toContain('stroke-dasharray');
    expect(polylines[7]).toContain('stroke-dasharray="10 4"');
  });

  it('escapes labels and keys', () => {
    const out = renderTopologySvg({ nodes: [{ key: 'k"<', label: '<tspan>&' }], edges: [] }, [
      { key: '"><script>', nodes: ['k"<'] },
    ]);
    expect(out).toContain('&lt;tspan&gt;&amp;');
    expect(out).toContain('data-demand="&quot;&gt;&lt;script&gt;"');
    expect(out).not.toContain('<script>');
  });

  it('rejects a non-positive size naming the option', () => {
    expect(() => renderTopologySvg({ nodes: [], edges: [] }, [], { height: -1 })).toThrow(/^height: /);
  });
});
