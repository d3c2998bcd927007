/**
 * Every node and edge kind validates and resolves: free-space geometry (direct, satellite at a given
 * elevation or above the midpoint), microwave loss, carrier transit times and defaults, fibre options,
 * workloads and demands with defaults, frozen results in file order.
 */
import { describe, expect, it } from 'vitest';
import {
  greatCircleDistance,
  slantRangeAtCentralAngle,
  satelliteSlantRange as slantRangeAtElevation,
} from '../../../src/physics/index.js';
import {
  DEFAULT_CARRIER_SPEED_KM_PER_H,
  parseScenarioValue,
  type CarrierEdge,
  type FibreEdge,
  type FreeSpaceEdge,
  type MicrowaveEdge,
  type Scenario,
} from '../../../src/network/index.js';
import { expectClose } from '../../support/close.js';
import { allKindsDocument, loadPresets, minimalDocument } from './fixtures.js';

const presets = loadPresets();

function parseDocument(document: unknown): Scenario {
  const result = parseScenarioValue(document, { presets });
  if (!result.ok) throw result.error;
  return result.value;
}

function edge<T>(scenario: Scenario, key: string): T {
  return scenario.edgeByKey.get(key) as T;
}

describe('every node and edge kind', () => {
  const scenario = parseDocument(allKindsDocument());

  it('validates every node kind', () => {
    expect(new Set(scenario.nodes.map((node) => node.kind))).toEqual(
      new Set(['end-node', 'repeater', 'transducer-site', 'port', 'ground-station']),
    );
  });

  it('validates every edge kind', () => {
    expect(new Set(scenario.edges.map((e) => e.kind))).toEqual(
      new Set(['fibre', 'free-space', 'microwave', 'carrier']),
    );
  });

  it('free space via a satellite above the midpoint: equal slant ranges from the geometry', () => {
    const micius = edge<FreeSpaceEdge>(scenario, 'micius');
    const a = scenario.nodeByKey.get('delingha')!.position!;
    const b = scenario.nodeByKey.get('lijiang')!.position!;
    const halfAngle = greatCircleDistance(a, b) / 6_371_008.8 / 2;
    expect(micius.path).toEqual({
      kind: 'satellite',
      altitude: 500_000,
      slantRangeSource: slantRangeAtCentralAngle(500_000, halfAngle),
      slantRangeTarget: slantRangeAtCentralAngle(500_000, halfAngle),
      slantRangeFrom: 'coordinates',
    });
    // Yin et al., Science 356, 1140 (2017): the Micius ground stations are 1203 km apart.
    expectClose(greatCircleDistance(a, b), 1.203e6, { relative: 0.01 });
    expect(micius).toMatchObject({
      transmitterAperture: 0.3,
      receiverAperture: 1.2,
      atmosphericTransmissivity: 1,
      pointingEfficiency: 1,
      scheme: 'double-click',
    });
    expectClose(micius.wavelength, 810e-9);
  });

  it('free space via a satellite at a given elevation, and direct links', () => {
    const low = edge<FreeSpaceEdge>(scenario, 'micius-low');
    expect(low.path).toMatchObject({ kind: 'satellite', elevation: 30, slantRangeFrom: 'elevationDeg' });
    expect(low.path.kind === 'satellite' && low.path.slantRangeSource).toBe(
      slantRangeAtElevation(500_000, 30),
    );
    expect(low).toMatchObject({
      atmosphericTransmissivity: 0.5,
      pointingEfficiency: 0.8,
      scheme: 'midpoint-source',
    });
    expect(edge<FreeSpaceEdge>(scenario, 'ground-link').path).toMatchObject({
      kind: 'direct',
      distanceFrom: 'coordinates',
    });
    expect(edge<FreeSpaceEdge>(scenario, 'ground-link-given').path).toEqual({
      kind: 'direct',
      distance: 144_000,
      distanceFrom: 'distanceKm',
    });
  });

  it('microwave: transmissivity from dB/m x length, or given', () => {
    const a = edge<MicrowaveEdge>(scenario, 'cryo-a');
    expect(a.transmissivityFrom).toBe('attenuationDbPerM');
    expectClose(a.transmissivity, 10 ** (-0.3 / 10));
    expect(edge<MicrowaveEdge>(scenario, 'cryo-b')).toMatchObject({
      transmissivity: 0.9,
      transmissivityFrom: 'transmissivity',
      temperature: 0.05,
    });
  });

  it('carriers: transit time from days, or from distance and speed; defaults per carrier type', () => {
    const ship = edge<CarrierEdge>(scenario, 'ship');
    expect(ship).toMatchObject({
      transitTime: 20 * 86_400,
      transitTimeFrom: 'transitDays',
      vehicles: 3,
      departureInterval: 7 * 86_400,
      portTime: 48 * 3600,
      containersPerVehicle: 10_000,
      memoryVolumePerContainer: 1,
      errorModel: 'devitt-2016',
      targetInfidelity: 1e-10,
      surfaceCodePatch: 'unrotated',
      cycleTimeGateFactor: 1,
      distanceFrom: 'coordinates',
    });
    expect(ship.platform!.parameters.gateTime).toBe(1e-6);
    expectClose(ship.speed, (DEFAULT_CARRIER_SPEED_KM_PER_H['container-ship'] * 1000) / 3600);
    const plane = edge<CarrierEdge>(scenario, 'plane');
    expectClose(plane.speed, 250);
    expectClose(plane.transitTime, plane.distance! / 250);
    expect(plane).toMatchObject({
      transitTimeFrom: 'distance-and-speed',
      errorModel: 'fowler-2012',
      targetInfidelity: 1e-12,
      surfaceCodePatch: 'rotated',
      cycleTimeGateFactor: 8,
      loadingRate: 1e9,
      containersPerVehicle: 2,
      memoryVolumePerContainer: 0.5,
    });
    const truck = edge<CarrierEdge>(scenario, 'truck');
    expect(truck).toMatchObject({ distance: 300_000, distanceFrom: 'distanceKm', containersPerVehicle: 1 });
    expectClose(truck.transitTime, 300_000 / ((80 * 1000) / 3600));
    const train = edge<CarrierEdge>(scenario, 'train');
    expect(train.distance).toBeUndefined();
    expect(train.transitTime).toBe(1.5 * 86_400);
  });

  it('fibre options and defaults', () => {
    const fibre = edge<FibreEdge>(scenario, 'fibre');
    expect(fibre).toMatchObject({ length: 50_000, modes: 10, lightSpeed: 1.99e8, scheme: 'single-click' });
    const derived = edge<FibreEdge>(scenario, 'fibre-coords');
    expect(derived.scheme).toBe('double-click');
    expectClose(derived.attenuation, 0.18e-3);
    expect(derived.lightSpeed).toBe(2.04e8);
    const tokyo = scenario.nodeByKey.get('tokyo-port')!.position!;
    const la = scenario.nodeByKey.get('la-port')!.position!;
    expectClose(derived.length, greatCircleDistance(tokyo, la) * 1.5);
  });

  it('nodes: memoryCount from the node, overrides converted, positions only when given', () => {
    expect(scenario.nodeByKey.get('processor')!.memoryCount).toBe(5);
    const relay = scenario.nodeByKey.get('relay')!;
    expect(relay.platform!.parameters).toMatchObject({ multiplexingModes: 100, t2: 3600 });
    expect(relay.position).toBeUndefined();
    expect('position' in relay).toBe(false);
    expect(scenario.nodeByKey.get('converter')!.platform!.parameters.transducerBandwidth).toBe(1e6);
  });

  it('workloads and demands: defaults applied, optional fields absent stay absent', () => {
    const linear = scenario.workloadByKey.get('linear')!;
    expect(linear).toEqual({
      key: 'linear',
      model: 'linear-classifier',
      dimension: 2,
      layers: 1,
      paramsPerUnitary: 1,
      epsilon: 0.5,
      delta: 0.5,
      bitsPerNumber: 32,
      classicalRate: 1,
      classicalLatency: 1,
      shadowConstant: 1,
      margin: 1,
      encoding: 'state-preparation',
      parallelQpus: 1,
    });
    expect(scenario.workloadByKey.get('gcn')).toMatchObject({
      trainingSteps: 10_000,
      encoding: 'qram',
      logicalGateTime: 1e-6,
      classicalFlopRate: 1e15,
      bitsPerNumber: 16,
    });
    expect(scenario.demandByKey.get('qkd')).toEqual({
      key: 'qkd',
      source: 'delingha',
      target: 'lijiang',
      targetFidelity: 0.26,
    });
  });

  it('keeps lists in file order with lookups by key, and freezes the result', () => {
    const document = allKindsDocument() as { edges: { key: string }[] };
    expect(scenario.edges.map((e) => e.key)).toEqual(document.edges.map((e) => e.key));
    expect(Object.isFrozen(scenario)).toBe(true);
    expect(Object.isFrozen(scenario.edges[0])).toBe(true);
    expect(Object.isFrozen(scenario.document.nodes[0])).toBe(true);
  });

  it('uses built-in defaults when the file has none', () => {
    const minimal = parseDocument(minimalDocument());
    expect(minimal.defaults).toEqual({
      fibreAttenuation: 0.2e-3,
      fibreLightSpeed: 2e8,
      routeFactor: 1,
      scheme: 'single-click',
    });
    expect(minimal.workloads).toEqual([]);
  });
});
