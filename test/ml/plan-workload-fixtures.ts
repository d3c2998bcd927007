/**
 * Fixtures for workload tests: the committed example scenarios (read from disk here, in the test) with a
 * distributed-ML workload attached in memory, so network-models/ stays as committed.
 */
import { parseScenarioValue, type Scenario } from '../../src/network/index.js';
import { exampleText, loadPresets, type DocumentDraft } from '../network/scenario/fixtures.js';

/** The distributed-ml.md first test case as a scenario workload, with quantum data on fast logical gates. */
export const METRO_WORKLOAD = {
  key: 'inference-4096',
  label: 'Deep unitary model, N = 2^12',
  model: 'deep-unitary',
  dimension: 4096,
  layers: 2,
  paramsPerUnitary: 16,
  epsilon: 0.05,
  delta: 0.05,
  trainingSteps: 10,
  classicalRateBitsPerS: 1e9,
  classicalLatencyS: 0.001,
  encoding: 'quantum-data',
  logicalGateTimeS: 1e-6,
};

/** An example scenario with `change` applied to its document. */
export function exampleScenario(
  name: string,
  change: (document: DocumentDraft) => void = () => {},
): Scenario {
  const document = JSON.parse(exampleText(name)) as DocumentDraft;
  change(document);
  const parsed = parseScenarioValue(document, { presets: loadPresets() });
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
}

/** metro-three-node.qnet.json with {@link METRO_WORKLOAD} on its first demand (delft-leiden). */
export function metroWithWorkload(workload: Record<string, unknown> = METRO_WORKLOAD): Scenario {
  return exampleScenario('metro-three-node.qnet.json', (document) => {
    document.workloads = [workload];
    document.demands[0].workload = workload.key;
  });
}
