/**
 * Test fixtures for scenario parsing: the committed platform presets and example scenarios (read from
 * disk here, in the test, since src stays free of I/O), and small documents that exercise every node and
 * edge kind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createPresetRegistry, parsePreset, type PresetRegistry } from '../../../src/network/index.js';

/** Repository root. */
export const ROOT = path.resolve(import.meta.dirname, '../../..');
/** network-models/ */
export const MODELS_DIR = path.join(ROOT, 'network-models');
/** network-models/platforms/ */
export const PLATFORMS_DIR = path.join(MODELS_DIR, 'platforms');

/** File names of the committed presets (without the schema file). */
export function presetFileNames(): string[] {
  return readdirSync(PLATFORMS_DIR)
    .filter((name) => name.endsWith('.json') && name !== 'platform.schema.json')
    .sort();
}

/** The committed presets as a registry; throws if any fails to parse (tests elsewhere check why). */
export function loadPresets(): PresetRegistry {
  const presets = presetFileNames().map((name) => {
    const parsed = parsePreset(readFileSync(path.join(PLATFORMS_DIR, name), 'utf8'), name);
    if (!parsed.ok) throw parsed.error;
    return parsed.value;
  });
  const registry = createPresetRegistry(presets);
  if (!registry.ok) throw registry.error;
  return registry.value;
}

/** File names of the committed example scenarios. */
export function exampleFileNames(): string[] {
  return readdirSync(MODELS_DIR)
    .filter((name) => name.endsWith('.qnet.json'))
    .sort();
}

/** Text of an example scenario. */
export function exampleText(name: string): string {
  return readFileSync(path.join(MODELS_DIR, name), 'utf8');
}

/** A minimal valid document with two nodes, one fibre edge and one demand; callers add or change parts. */
export function minimalDocument(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    name: 'minimal',
    description: '',
    seed: 1,
    metadata: {},
    nodes: [
      { key: 'alice', kind: 'end-node', platform: 'nv-diamond' },
      { key: 'bob', kind: 'end-node', platform: 'nv-diamond' },
    ],
    edges: [{ key: 'link', source: 'alice', target: 'bob', kind: 'fibre', lengthKm: 10 }],
    demands: [{ key: 'demand', source: 'alice', target: 'bob', targetFidelity: 0.8 }],
  };
}

/**
 * A document using every node kind, every edge kind (free space direct and via satellite, microwave with
 * attenuation and with transmissivity, carrier with and without coordinates) and a workload.
 */
export function allKindsDocument(): Record<string, unknown> {
  return {
    $schema: './scenario.schema.json',
    schemaVersion: 1,
    name: 'all kinds',
    description: 'Every node and edge kind.',
    seed: 4294967295,
    metadata: { author: 'test', created: '2024-02-29', tags: ['a', 'b'], notes: 'n' },
    defaults: {
      fibreAttenuationDbPerKm: 0.18,
      fibreLightSpeedKmPerS: 204000,
      routeFactor: 1.2,
      scheme: 'double-click',
    },
    nodes: [
      { key: 'delingha', kind: 'ground-station', latitude: 37.3783, longitude: 97.7294 },
      { key: 'lijiang', kind: 'ground-station', latitude: 26.6944, longitude: 100.0289 },
      {
        key: 'tokyo-port',
        kind: 'port',
        latitude: 35.6528,
        longitude: 139.8395,
        platform: 'superconducting-transducer',
      },
      { key: 'la-port', kind: 'port', latitude: 33.7405, longitude: -118.272 },
      { key: 'processor', kind: 'end-node', platform: 'superconducting-transducer', memoryCount: 5 },
      {
        key: 'converter',
        kind: 'transducer-site',
        platform: 'superconducting-transducer',
        overrides: { transducerBandwidthHz: 1e6 },
      },
      {
        key: 'relay',
        kind: 'repeater',
        platform: 'rare-earth-memory',
        overrides: { multiplexingModes: 100, t2S: 3600 },
      },
    ],
    edges: [
      {
        key: 'micius',
        source: 'delingha',
        target: 'lijiang',
        kind: 'free-space',
        transmitterApertureM: 0.3,
        receiverApertureM: 1.2,
        wavelengthNm: 810,
        satellite: { altitudeKm: 500 },
      },
      {
        key: 'micius-low',
        source: 'delingha',
        target: 'lijiang',
        kind: 'free-space',
        transmitterApertureM: 0.3,
        receiverApertureM: 1.2,
        wavelengthNm: 810,
        satellite: { altitudeKm: 500, elevationDeg: 30 },
        atmosphericTransmissivity: 0.5,
        pointingEfficiency: 0.8,
        scheme: 'midpoint-source',
      },
      {
        key: 'ground-link',
        source: 'delingha',
        target: 'lijiang',
        kind: 'free-space',
        transmitterApertureM: 0.1,
        receiverApertureM: 0.1,
        wavelengthNm: 1550,
      },
      {
        key: 'ground-link-given',
        source: 'lijiang',
        target: 'delingha',
        kind: 'free-space',
        distanceKm: 144,
        transmitterApertureM: 0.1,
        receiverApertureM: 1,
        wavelengthNm: 1550,
      },
      {
        key: 'cryo-a',
        source: 'processor',
        target: 'converter',
        kind: 'microwave',
        lengthM: 30,
        attenuationDbPerM: 0.01,
      },
      {
        key: 'cryo-b',
        source: 'processor',
        target: 'converter',
        kind: 'microwave',
        lengthM: 5,
        transmissivity: 0.9,
        temperatureK: 0.05,
      },
      { key: 'cryo-c', source: 'converter', target: 'processor', kind: 'microwave', lengthM: 1 },
      {
        key: 'ship',
        source: 'tokyo-port',
        target: 'la-port',
        kind: 'carrier',
        carrier: 'container-ship',
        transitDays: 20,
        platform: 'nv-diamond',
        overrides: { gateTimeS: 1e-6 },
        vehicles: 3,
        departureIntervalDays: 7,
        portTimeH: 48,
      },
      {
        key: 'plane',
        source: 'tokyo-port',
        target: 'la-port',
        kind: 'carrier',
        carrier: 'aircraft',
        routeFactor: 1.05,
        errorModel: 'fowler-2012',
        targetInfidelity: 1e-12,
        surfaceCodePatch: 'rotated',
        cycleTimeGateFactor: 8,
        loadingRatePerS: 1e9,
        containersPerVehicle: 2,
        memoryVolumeM3: 0.5,
        speedKmPerH: 900,
      },
      {
        key: 'truck',
        source: 'processor',
        target: 'relay',
        kind: 'carrier',
        carrier: 'truck',
        distanceKm: 300,
      },
      {
        key: 'train',
        source: 'relay',
        target: 'converter',
        kind: 'carrier',
        carrier: 'rail',
        transitDays: 1.5,
      },
      {
        key: 'drone',
        source: 'relay',
        target: 'processor',
        kind: 'carrier',
        carrier: 'drone',
        distanceKm: 12,
      },
      {
        key: 'fibre',
        source: 'converter',
        target: 'relay',
        kind: 'fibre',
        lengthKm: 50,
        modes: 10,
        lightSpeedKmPerS: 199000,
        scheme: 'single-click',
        attenuationDbPerKm: 0.2,
      },
      { key: 'fibre-coords', source: 'tokyo-port', target: 'la-port', kind: 'fibre', routeFactor: 1.5 },
    ],
    demands: [
      {
        key: 'ml',
        label: 'ML',
        source: 'processor',
        target: 'relay',
        targetFidelity: 1,
        requestedRatePerS: 1000,
        workload: 'gcn',
      },
      { key: 'qkd', source: 'delingha', target: 'lijiang', targetFidelity: 0.26 },
    ],
    workloads: [
      {
        key: 'gcn',
        label: 'graph CNN',
        model: 'graph-cnn',
        dimension: 1048576,
        layers: 10,
        paramsPerUnitary: 1000,
        epsilon: 0.01,
        delta: 0.01,
        bitsPerNumber: 16,
        trainingSteps: 10000,
        classicalRateBitsPerS: 1e9,
        classicalLatencyS: 0,
        shadowConstant: 2,
        encoding: 'qram',
        logicalGateTimeS: 1e-6,
        parallelQpus: 4,
        classicalFlopsPerS: 1e15,
      },
      {
        key: 'linear',
        model: 'linear-classifier',
        dimension: 2,
        layers: 1,
        paramsPerUnitary: 1,
        epsilon: 0.5,
        delta: 0.5,
        classicalRateBitsPerS: 1,
        classicalLatencyS: 1,
        margin: 1,
      },
    ],
  };
}

/** A scenario document under construction in a test: plain JSON that tests mutate freely. */
export type DocumentDraft = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
