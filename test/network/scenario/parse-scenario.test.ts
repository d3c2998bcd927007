/**
 * Parsing valid scenarios: every example and every node/edge kind validates, values are converted to SI
 * once, defaults apply, derived lengths come from coordinates, and platforms resolve with provenance.
 */
import { describe, expect, it } from 'vitest';
import { greatCircleDistance } from '../../../src/physics/index.js';
import {
  parseScenario,
  parseScenarioValue,
  type FibreEdge,
  type MicrowaveEdge,
  type Scenario,
} from '../../../src/network/index.js';
import { expectClose } from '../../support/close.js';
import {
  exampleFileNames,
  exampleText,
  loadPresets,
  minimalDocument,
  type DocumentDraft,
} from './fixtures.js';

const presets = loadPresets();

function edge<T>(scenario: Scenario, key: string): T {
  return scenario.edgeByKey.get(key) as T;
}

describe('parseScenario on the examples', () => {
  it('finds the foundation examples among the shipped scenarios', () => {
    expect(exampleFileNames()).toEqual(
      expect.arrayContaining([
        'continental-repeater-chain.qnet.json',
        'metro-three-node.qnet.json',
        'transducer-site.qnet.json',
      ]),
    );
  });

  it.each(exampleFileNames())('%s validates', (name) => {
    const result = parseScenario(exampleText(name), { presets, fileName: name });
    expect(result.ok ? [] : result.error.issues).toEqual([]);
  });

  it('metro: coordinate lengths are great circle x route factor, given lengths are kept, units are SI', () => {
    const result = parseScenario(exampleText('metro-three-node.qnet.json'), { presets });
    if (!result.ok) throw result.error;
    const scenario = result.value;
    const delft = scenario.nodeByKey.get('delft')!;
    const hague = scenario.nodeByKey.get('the-hague')!;
    const derived = edge<FibreEdge>(scenario, 'delft-the-hague');
    expect(derived.lengthFrom).toBe('coordinates');
    expectClose(derived.length, greatCircleDistance(delft.position!, hague.position!) * 1.3);
    const given = edge<FibreEdge>(scenario, 'delft-leiden');
    expect(given).toMatchObject({ length: 25_000, lengthFrom: 'lengthKm', scheme: 'single-click' });
    expectClose(given.attenuation, 0.25e-3);
    expectClose(derived.attenuation, 0.2e-3);
    expect(derived.lightSpeed).toBe(2e8);
    expect(scenario.defaults).toEqual({
      fibreAttenuation: 0.2e-3,
      fibreLightSpeed: 2e8,
      routeFactor: 1.3,
      scheme: 'single-click',
    });
  });

  it('metro: platform values resolve to SI with provenance, and overrides win', () => {
    const result = parseScenario(exampleText('metro-three-node.qnet.json'), { presets });
    if (!result.ok) throw result.error;
    const platform = result.value.nodeByKey.get('delft')!.platform!;
    expect(platform.presetId).toBe('nv-diamond');
    expectClose(platform.parameters.wavelength!, 637e-9);
    expect(platform.parameters.brightStatePopulation).toBe(0.05);
    expect(platform.provenance.brightStatePopulation.origin).toBe('override');
    expect(platform.provenance.t2.origin).toBe('preset');
    expect(platform.provenance.cycleTime.origin).toBe('preset');
    expect(platform.provenance.conversionEfficiency.origin).toBe('missing');
    expect(result.value.nodeByKey.get('delft')!.memoryCount).toBe(2);
  });

  it('continental chain: about 1090 km of great circle in eleven ~99 km hops, with a workload', () => {
    const result = parseScenario(exampleText('continental-repeater-chain.qnet.json'), { presets });
    if (!result.ok) throw result.error;
    const scenario = result.value;
    const ends = [scenario.nodeByKey.get('hamburg')!, scenario.nodeByKey.get('florence')!];
    expectClose(greatCircleDistance(ends[0]!.position!, ends[1]!.position!), 1.0916e6, { relative: 1e-3 });
    expect(scenario.edges).toHaveLength(11);
    for (const link of scenario.edges as FibreEdge[])
      expectClose(link.length, 99.2e3 * 1.1, { relative: 3e-3 });
    expect(scenario.nodes.filter((node) => node.kind === 'repeater')).toHaveLength(10);
    const workload = scenario.workloadByKey.get('inference-4096')!;
    expect(workload).toMatchObject({
      dimension: 4096,
      layers: 2,
      bitsPerNumber: 32,
      classicalRate: 1e9,
      classicalLatency: 0.006,
    });
    expect(scenario.demandByKey.get('hamburg-florence')).toMatchObject({
      requestedRate: 0.1,
      workload: 'inference-4096',
    });
  });

  it('transducer site: microwave transmissivity and transducer overrides come through', () => {
    const result = parseScenario(exampleText('transducer-site.qnet.json'), { presets });
    if (!result.ok) throw result.error;
    const microwave = edge<MicrowaveEdge>(result.value, 'microwave-a');
    expect(microwave).toMatchObject({
      length: 5,
      transmissivity: 0.95,
      transmissivityFrom: 'transmissivity',
      temperature: 0.01,
    });
    const site = result.value.nodeByKey.get('transducer-b')!.platform!;
    expect(site.parameters.transductionEfficiency).toBe(0.15);
    expect(site.provenance.transductionEfficiency).toMatchObject({
      origin: 'override',
      replaced: { source: expect.stringContaining('Sahu') },
    });
  });
});

describe('microwave edges without a loss figure', () => {
  it('are flagged as assumed lossless', () => {
    const document = minimalDocument() as DocumentDraft;
    document.edges = [{ key: 'line', source: 'alice', target: 'bob', kind: 'microwave', lengthM: 5 }];
    const result = parseScenarioValue(document, { presets });
    if (!result.ok) throw result.error;
    expect(edge<MicrowaveEdge>(result.value, 'line')).toMatchObject({
      transmissivity: 1,
      transmissivityFrom: 'assumed-lossless',
    });
  });
});
