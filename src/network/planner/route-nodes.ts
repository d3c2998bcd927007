/**
 * A scenario node as path analysis sees it: its memory decoherence, the noise of its local operations and its
 * memory count, from the node's platform preset (with per-node overrides already applied by the parser).
 *
 * Choices (listed in the plan's assumptions): T1 and T2 both known -> amplitude damping plus dephasing; only T2 ->
 * pure dephasing; neither -> no memory decoherence (stated per node, because it flatters the result). A two-qubit
 * gate fidelity is read as the gate's process fidelity and converted to the depolarising reliability
 * p2 = (16F - 1)/15 (physics/local-operation-noise.ts); missing values mean perfect operations, again stated.
 * Amplitude damping requires T2 <= 2 T1; a preset violating it falls back to pure dephasing with T2, stated.
 */
import { gateReliabilityFromProcessFidelity, type MemoryNoise } from '../../physics/index.js';
import type { RouteNode } from '../path-analysis/index.js';
import type { ScenarioNode } from '../scenario/index.js';

/** The route node and the assumptions made for it. */
export interface ResolvedRouteNode {
  readonly node: RouteNode;
  readonly assumptions: readonly string[];
}

/** Builds the path-analysis view of a scenario node. */
export function routeNodeOf(scenarioNode: ScenarioNode): ResolvedRouteNode {
  const parameters = scenarioNode.platform?.parameters;
  const assumptions: string[] = [];
  const { t1, t2 } = parameters ?? {};
  let memory: MemoryNoise | undefined;
  if (t2 !== undefined && t1 !== undefined && t2 <= 2 * t1) memory = { model: 'amplitude-damping', t1, t2 };
  else if (t2 !== undefined) memory = { model: 'dephasing', t2 };
  if (!memory)
    assumptions.push(`node "${scenarioNode.key}": no T2 known, so its memories are treated as perfect`);
  else if (t1 !== undefined && t2 !== undefined && t2 > 2 * t1) {
    assumptions.push(
      `node "${scenarioNode.key}": T2 > 2 T1 in its platform values; using pure dephasing with T2`,
    );
  }
  const gateFidelity = parameters?.twoQubitGateFidelity;
  const measurementFidelity = parameters?.measurementFidelity;
  if (gateFidelity === undefined || measurementFidelity === undefined) {
    assumptions.push(`node "${scenarioNode.key}": missing gate or measurement fidelity taken as perfect`);
  }
  const node: RouteNode = {
    key: scenarioNode.key,
    ...(memory ? { memory } : {}),
    localNoise: {
      twoQubitGateReliability:
        gateFidelity === undefined ? 1 : gateReliabilityFromProcessFidelity(gateFidelity),
      measurementFidelity: measurementFidelity === undefined ? 1 : Math.max(0.5, measurementFidelity),
    },
    ...(scenarioNode.memoryCount === undefined ? {} : { memoryCount: scenarioNode.memoryCount }),
  };
  return { node, assumptions };
}
